"""The Elasticsearch backend's request bodies, index definition and response
parsing, checked without a cluster; then the same bodies against real
clusters: OpenSearch 2.19, which the tests start themselves (never skipped in
CI), and Elasticsearch when SEARCH_URL names one (no Elasticsearch server
can be installed on these machines)."""

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from elasticsearch import Elasticsearch, NotFoundError

from search import terms
from search.backends import elasticsearch as es
from search.backends.base import FACETS, START, STOP, SearchRequest
from search.backends.elasticsearch import (
    ElasticsearchBackend,
    build_autocomplete,
    build_count,
    build_search,
    document_body,
    facet_counts,
    index_settings,
    results_from,
)
from search.models import SearchDocument, SearchTerm
from search.query import Clause, ParsedQuery

SEARCH_URL = os.environ.get("SEARCH_URL", "")
SNIPPET = {"fragment_size": 150, "number_of_fragments": 2}
TAGS = {"pre_tags": [START], "post_tags": [STOP]}
FIELDS = ["title^4", "text^1"]
SPANISH_FIELDS = ["title_es^4", "text_es^1"]


def one_word(word: str = "sleep") -> ParsedQuery:
    return ParsedQuery(word, [Clause((word,))])


def request_for(query: ParsedQuery, **options: Any) -> SearchRequest:
    return SearchRequest(query, options.pop("access", ["public"]), **options)


def matching(body: dict[str, Any]) -> dict[str, Any]:
    """The bool inside the boost: what decides whether a document is found."""
    return body["query"]["function_score"]["query"]["bool"]


def in_language(language: str, query: dict[str, Any], field: str = "language") -> dict[str, Any]:
    return {"bool": {"must": [query], "filter": [{"term": {field: language}}]}}


def in_text(phrase: str, name: str | None = "clause-0/0") -> list[dict[str, Any]]:
    """A required phrase is named, and matches all when it is only stop words:
    once in each language, over its fields and its documents."""
    found = []
    for language, fields in (("en", FIELDS), ("es", SPANISH_FIELDS)):
        query = {"query": phrase, "fields": fields, "type": "phrase"}
        required = {"_name": f"{name}/{language}", "zero_terms_query": "all"} if name else {}
        found.append(in_language(language, {"multi_match": {**query, **required}}))
    return found


def page_phrases(*phrases: str, required: bool = True) -> dict[str, Any]:
    """Any of the phrases on a page, each in the page's language."""
    zero = {"zero_terms_query": "all"} if required else {}
    queries = [
        in_language(
            language,
            {"match_phrase": {f"pages.{field}": {"query": phrase, **zero}}},
            "pages.language",
        )
        for phrase in phrases
        for language, field in (("en", "text"), ("es", "text_es"))
    ]
    return {"dis_max": {"queries": queries}}


def inner_hits(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "size": 1,
        "_source": False,
        "sort": [{"pages.n": "asc"}],
        "highlight": {"fields": {"pages.text": SNIPPET, "pages.text_es": SNIPPET}, **TAGS},
    }


def in_pages(query: dict[str, Any], name: str | None = "clause-0") -> dict[str, Any]:
    nested = {"path": "pages", "query": query, "score_mode": "max"}
    if name:
        nested["inner_hits"] = inner_hits(name)
    return {"nested": nested}


def facet_aggregation(names: list[str], others: list[str]) -> dict[str, Any]:
    """One pass counting these facets' values under the other filters."""
    kept = {"bool": {"filter": [{"term": {"facets": key}} for key in others]}}
    values = {"field": "facets", "include": f"({'|'.join(names)})=.*", "size": 100 * len(names)}
    return {"filter": kept if others else {"match_all": {}}, "aggs": {"values": {"terms": values}}}


# --- request bodies ----------------------------------------------------------


def test_a_one_word_query_is_the_whole_expected_body():
    body = build_search(request_for(one_word())).to_dict()

    assert body == {
        "query": {
            "function_score": {
                "query": {
                    "bool": {
                        "must": [
                            {
                                "dis_max": {
                                    "queries": [
                                        *in_text("sleep"),
                                        in_pages(page_phrases("sleep")),
                                    ]
                                }
                            }
                        ],
                        "filter": [{"terms": {"access": ["public"]}}],
                    }
                },
                "functions": [{"field_value_factor": {"field": "boost", "missing": 1}}],
                "boost_mode": "multiply",
            }
        },
        "aggs": {"+".join(FACETS): facet_aggregation(list(FACETS), [])},
        "highlight": {
            "fields": {
                "title": SNIPPET,
                "text": {**SNIPPET, "no_match_size": 150},
                "title_es": SNIPPET,
                "text_es": {**SNIPPET, "no_match_size": 150},
            },
            **TAGS,
        },
        "_source": ["key", "kind", "heading", "url", "context", "date", "page_count"],
        "sort": ["_score", {"date": {"order": "desc", "missing": "_last"}}, "key"],
        "track_total_hits": 10_000,  # counted exactly up to SEARCH_COUNT_CAP
        "from": 0,
        "size": 20,
    }


def test_a_synonym_clause_matches_any_of_its_alternatives():
    query = ParsedQuery("sids", [Clause(("sids", "safe sleep", "sudden infant death"))])

    must = matching(build_search(request_for(query)).to_dict())["must"]

    pages = page_phrases("sids", "safe sleep", "sudden infant death")
    # Scored by the best alternative: three synonyms in one document do not triple it.
    assert must == [
        {
            "dis_max": {
                "queries": [
                    *in_text("sids", "clause-0/0"),
                    *in_text("safe sleep", "clause-0/1"),
                    *in_text("sudden infant death", "clause-0/2"),
                    in_pages(pages),
                ]
            }
        }
    ]


def test_every_clause_is_required_and_named_for_its_page():
    query = ParsedQuery("crib bumpers", [Clause(("crib",)), Clause(("bumpers",))])

    found = matching(build_search(request_for(query)).to_dict())
    must = found["must"]

    assert [clause["dis_max"]["queries"][:2] for clause in must] == [
        in_text("crib", "clause-0/0"),
        in_text("bumpers", "clause-1/0"),
    ]
    assert [c["dis_max"]["queries"][2]["nested"]["inner_hits"]["name"] for c in must] == [
        "clause-0",
        "clause-1",
    ]
    # The words typed, close together, earn a bonus without being required.
    assert found["should"] == [
        {
            "multi_match": {
                "query": "crib bumpers",
                "type": "phrase",
                "slop": 2,
                "fields": FIELDS + SPANISH_FIELDS,
                "boost": 5,
            }
        }
    ]


def test_a_quoted_phrase_is_matched_as_a_phrase():
    query = ParsedQuery('"safe sleep"', [Clause(("safe sleep",), quoted=True)])

    must = matching(build_search(request_for(query)).to_dict())["must"]

    assert must[0]["dis_max"]["queries"] == [
        *in_text("safe sleep"),
        in_pages(page_phrases("safe sleep")),
    ]


def test_an_excluded_word_is_kept_out_of_title_text_and_pages():
    query = ParsedQuery("sleep -bed", [Clause(("sleep",)), Clause(("bed",), excluded=True)])

    found = matching(build_search(request_for(query)).to_dict())

    assert len(found["must"]) == 1
    assert found["must_not"] == [
        *in_text("bed", name=None),
        in_pages(page_phrases("bed", required=False), name=None),
    ]


def test_only_excluded_words_search_everything_else():
    query = ParsedQuery("-bed", [Clause(("bed",), excluded=True)])

    found = matching(build_search(request_for(query)).to_dict())

    assert found["must"] == [{"match_all": {}}]
    assert "inner_hits" not in str(found["must_not"])


def test_the_viewers_access_keys_filter_the_matches():
    access = ["public", "members", "team=12", "space=3"]

    found = matching(build_search(request_for(one_word(), access=access)).to_dict())

    assert found["filter"] == [{"terms": {"access": access}}]


def test_a_viewer_without_keys_finds_nothing():
    found = matching(build_search(request_for(one_word(), access=[])).to_dict())

    assert found["filter"] == [{"terms": {"access": []}}]


def test_facet_filters_narrow_the_hits_after_counting():
    filters = {"type": "resource", "network": "safe-sleep", "year": "2024"}

    body = build_search(request_for(one_word(), filters=filters)).to_dict()

    chosen = ["network=safe-sleep", "type=resource", "year=2024"]
    assert body["post_filter"] == {"bool": {"filter": [{"term": {"facets": k}} for k in chosen]}}
    assert "facets" not in str(body["query"])  # the matches themselves stay unfiltered


def test_each_facet_counts_with_the_other_filters_but_not_its_own():
    filters = {"type": "resource", "network": "safe-sleep"}

    aggs = build_search(request_for(one_word(), filters=filters)).to_dict()["aggs"]

    # The facets left unchosen count under both filters, in one pass.
    both = ["network=safe-sleep", "type=resource"]
    assert aggs == {
        "type": facet_aggregation(["type"], ["network=safe-sleep"]),
        "network": facet_aggregation(["network"], ["type=resource"]),
        "jurisdiction+region+year+topic+language": facet_aggregation(
            ["jurisdiction", "region", "year", "topic", "language"], both
        ),
    }


def test_a_count_asks_for_the_filtered_matches_and_nothing_else():
    request = request_for(one_word(), filters={"type": "resource"})

    body = build_count(request).to_dict()

    assert (body["size"], body["track_total_hits"]) == (0, 10_000)
    assert not {"aggs", "highlight", "post_filter", "sort"} & set(body)
    assert body["query"] == {
        "bool": {
            "must": [{"bool": matching(build_search(request).to_dict())}],
            "filter": [{"term": {"facets": "type=resource"}}],
        }
    }


def test_no_facet_filter_means_no_post_filter():
    assert "post_filter" not in build_search(request_for(one_word())).to_dict()


def test_pages_of_results():
    body = build_search(request_for(one_word(), page=3, per_page=25)).to_dict()

    assert (body["from"], body["size"], body["track_total_hits"]) == (50, 25, 10_000)


def test_autocomplete_matches_title_prefixes_the_viewer_may_open():
    body = build_autocomplete("safe sl", ["public", "team=4"], 8).to_dict()

    assert body == {
        "query": {
            "bool": {
                "must": [{"match": {"title_prefix": {"query": "safe sl", "operator": "and"}}}],
                "filter": [
                    {"terms": {"access": ["public", "team=4"]}},
                    {"exists": {"field": "title_prefix"}},
                ],
            }
        },
        "collapse": {"field": "heading"},
        "sort": ["_score", {"boost": "desc"}, "heading"],
        "_source": ["key", "kind", "heading", "url", "context"],
        "size": 8,
    }


# --- the index ---------------------------------------------------------------


def test_the_english_analyzer_stems_and_folds_accents_without_synonyms():
    analysis = index_settings()["settings"]["analysis"]

    english = analysis["analyzer"]["english_folded"]
    assert english["tokenizer"] == "standard"
    assert {"lowercase", "asciifolding", "english_stemmer"} <= set(english["filter"])
    assert analysis["filter"]["english_stemmer"] == {"type": "stemmer", "language": "english"}
    assert "synonym" not in str(analysis)  # expanded at query time instead


def test_the_spanish_analyzer_stems_as_postgresql_folds_accents_and_drops_stop_words():
    analysis = index_settings()["settings"]["analysis"]

    spanish = analysis["analyzer"]["spanish_folded"]
    # Stop words before folding: the list spells them with their accents ("está").
    assert spanish["filter"] == ["lowercase", "spanish_stop", "asciifolding", "spanish_stemmer"]
    assert analysis["filter"]["spanish_stop"] == {"type": "stop", "stopwords": "_spanish_"}
    # Snowball's Spanish, as PostgreSQL's: "apoyar" finds "apoya".
    assert analysis["filter"]["spanish_stemmer"] == {"type": "stemmer", "language": "spanish"}


def test_a_spanish_document_fills_the_spanish_fields_only():
    doc = stored(title="Sueño seguro", text="Guía.", file_text="Uno\fDos", language="es")

    body = document_body(doc)

    assert (body["language"], body["title_es"], body["text_es"]) == ("es", "Sueño seguro", "Guía.")
    assert "title" not in body and "text" not in body
    assert body["title_prefix"] == "Sueño seguro"  # folded alike in both languages
    assert body["pages"] == [
        {"n": 1, "language": "es", "text_es": "Uno"},
        {"n": 2, "language": "es", "text_es": "Dos"},
    ]


def test_the_readers_language_weighs_a_little_more():
    body = build_search(request_for(one_word(), language="es")).to_dict()

    assert body["query"]["function_score"]["functions"] == [
        {"field_value_factor": {"field": "boost", "missing": 1}},
        {"filter": {"term": {"language": "es"}}, "weight": 1.1},
    ]
    assert body["query"]["function_score"]["score_mode"] == "multiply"


def test_a_spanish_page_gives_its_snippet():
    raw = {
        **RESPONSE["hits"]["hits"][1],
        "matched_queries": [],
        "inner_hits": {
            "clause-0": {
                "hits": {
                    "hits": [
                        {
                            "_nested": {"offset": 1},
                            "highlight": {"pages.text_es": [f"{START}sueño{STOP} seguro"]},
                        }
                    ]
                }
            }
        },
    }

    hit = results_from({**RESPONSE, "hits": {**RESPONSE["hits"], "hits": [raw]}}).hits[0]

    assert (hit.in_file, hit.snippet) == (True, "<mark>sueño</mark> seguro")


def test_titles_are_indexed_by_prefix_for_autocomplete():
    settings = index_settings()
    analyzers = settings["settings"]["analysis"]["analyzer"]
    field = settings["mappings"]["properties"]["title_prefix"]

    assert "title_edges" in analyzers[field["analyzer"]]["filter"]
    assert "title_edges" not in analyzers[field["search_analyzer"]]["filter"]
    assert settings["settings"]["analysis"]["filter"]["title_edges"]["type"] == "edge_ngram"


def test_the_mapping_has_nested_pages_and_keywords():
    properties = index_settings()["mappings"]["properties"]

    assert properties["pages"] == {
        "type": "nested",
        "properties": {
            "n": {"type": "integer"},
            "language": {"type": "keyword"},
            "text": {"type": "text", "analyzer": "english_folded", "index_options": "offsets"},
            "text_es": {"type": "text", "analyzer": "spanish_folded", "index_options": "offsets"},
        },
    }
    for name in ("title", "text"):
        assert properties[name]["analyzer"] == "english_folded"
        assert properties[f"{name}_es"]["analyzer"] == "spanish_folded"
    keywords = ("kind", "key", "access", "facets", "url", "heading", "context", "file_name")
    keywords += ("language",)
    assert all(properties[name] == {"type": "keyword"} for name in keywords)
    assert properties["date"] == {"type": "date"}
    assert properties["boost"] == {"type": "float"}
    assert "suggest_text" not in properties  # "did you mean" reads the stored word list


def stored(**fields: Any) -> SearchDocument:
    defaults = {
        "key": "resource:12",
        "owner": "resource:12",
        "kind": "resource",
        "title": "Safe sleep toolkit",
        "heading": "Safe sleep toolkit",
        "context": "Toolkit · Ohio State Team",
        "url": "/library/safe-sleep-toolkit/",
        "text": "How to talk about safe sleep.",
        "access": " public ",
        "facets": " type=resource network=safe-sleep year=2024 ",
    }
    return SearchDocument(**{**defaults, **fields})


def test_a_document_body_splits_keys_and_pages():
    doc = stored(
        file_text="Cover\fBassinets and cribs\f",
        file_name="toolkit.pdf",
        date=datetime(2024, 3, 1, 12, tzinfo=UTC),
        boost=1.3,
    )

    body = document_body(doc)

    assert body == {
        "key": "resource:12",
        "kind": "resource",
        "language": "en",
        "title": "Safe sleep toolkit",
        "title_prefix": "Safe sleep toolkit",
        "heading": "Safe sleep toolkit",
        "context": "Toolkit · Ohio State Team",
        "url": "/library/safe-sleep-toolkit/",
        "text": "How to talk about safe sleep.",
        "pages": [
            {"n": 1, "language": "en", "text": "Cover"},
            {"n": 2, "language": "en", "text": "Bassinets and cribs"},
            {"n": 3, "language": "en", "text": ""},
        ],
        "page_count": 3,
        "file_name": "toolkit.pdf",
        "date": "2024-03-01T12:00:00+00:00",
        "boost": 1.3,
        "access": ["public"],
        "facets": ["type=resource", "network=safe-sleep", "year=2024"],
    }


def test_a_document_without_title_or_file_has_no_prefixes_or_pages():
    body = document_body(stored(title="", heading="A webinar", facets=""))

    assert "title_prefix" not in body
    assert (body["pages"], body["page_count"], body["facets"], body["date"]) == ([], 0, [], None)


# --- responses ---------------------------------------------------------------


def page_hits(offset: int, fragment: str) -> dict[str, Any]:
    hit = {
        "_index": "collaboratory_documents-20250301120000000000",
        "_id": "resource:13",
        "_nested": {"field": "pages", "offset": offset},
        "_score": None,
        "highlight": {"pages.text": [fragment]},
        "sort": [offset + 1],
    }
    return {"hits": {"total": {"value": 2, "relation": "eq"}, "max_score": None, "hits": [hit]}}


NO_PAGES = {"hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []}}


def buckets(*pairs: tuple[str, int]) -> dict[str, Any]:
    found = [{"key": key, "doc_count": n} for key, n in pairs]
    values = {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": found}
    return {"doc_count": sum(n for _, n in pairs), "values": values}


RESPONSE: dict[str, Any] = {
    "took": 12,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 42, "relation": "eq"},
        "max_score": None,
        "hits": [
            {
                "_index": "collaboratory_documents-20250301120000000000",
                "_id": "resource:12",
                "_score": 7.31,
                "_source": {
                    "key": "resource:12",
                    "kind": "resource",
                    "heading": "Safe sleep toolkit",
                    "url": "/library/safe-sleep-toolkit/",
                    "context": "Toolkit · Ohio State Team",
                    "date": "2024-03-01T12:00:00+00:00",
                    "page_count": 0,
                },
                "highlight": {
                    "title": [f"{START}Safe{STOP} {START}sleep{STOP} toolkit"],
                    "text": [
                        f"Talking about {START}safe sleep{STOP} <b>early</b>",
                        f"R&D on {START}sleep{STOP}",
                    ],
                },
                "inner_hits": {"clause-0": NO_PAGES},
                "matched_queries": ["clause-0/1"],
                "sort": [7.31, 1709294400000, "resource:12"],
            },
            {
                "_index": "collaboratory_documents-20250301120000000000",
                "_id": "resource:13",
                "_score": 2.05,
                "_source": {
                    "key": "resource:13",
                    "kind": "resource",
                    "heading": "County report",
                    "url": "/library/county-report/",
                    "context": "Report",
                    "date": None,
                    "page_count": 12,
                },
                "highlight": {"text": ["The county's yearly figures, by month and cause."]},
                "inner_hits": {
                    "clause-0": page_hits(3, f"Deaths in a {START}bassinet{STOP} < 1 year")
                },
                "sort": [2.05, -9223372036854775808, "resource:13"],
            },
        ],
    },
    "aggregations": {
        "type": buckets(("type=resource", 30), ("type=webinar", 12)),
        "network+jurisdiction+region+year+topic": buckets(
            ("network=safe-sleep", 25),
            ("year=2024", 20),
            ("jurisdiction=oh", 9),
            ("region=5", 9),
            ("network=perinatal", 3),
            ("year=2023", 2),
        ),
    },
}


def test_a_response_becomes_results_with_facet_counts():
    results = results_from(RESPONSE)

    assert results.total == 42
    assert [hit.key for hit in results.hits] == ["resource:12", "resource:13"]
    assert results.facets == {
        "type": {"resource": 30, "webinar": 12},
        "network": {"safe-sleep": 25, "perinatal": 3},
        "jurisdiction": {"oh": 9},
        "region": {"5": 9},
        "year": {"2024": 20, "2023": 2},
        "topic": {},
        "language": {},
    }
    assert not results.more and not results.at_least


def test_a_total_past_the_cap_is_more_and_the_aggregated_facets_stay_exact():
    capped = {**RESPONSE["hits"], "total": {"value": 10_000, "relation": "gte"}}

    results = results_from({**RESPONSE, "hits": capped})

    assert (results.total, results.more) == (10_000, True)
    assert not results.at_least  # aggregations count every match, past the cap too


def test_a_shared_pass_still_gives_each_facet_its_own_first_hundred():
    topics = [(f"topic=t{n}", 500 - n) for n in range(150)]
    group = buckets(*topics, ("year=2024", 3))

    facets = facet_counts({"topic+year": group})

    assert len(facets["topic"]) == 100 and facets["topic"]["t0"] == 500
    assert "t100" not in facets["topic"]
    assert facets["year"] == {"2024": 3}


def test_snippets_are_escaped_and_marked():
    hit = results_from(RESPONSE).hits[0]

    assert hit.snippet == (
        "Talking about <mark>safe sleep</mark> &lt;b&gt;early&lt;/b&gt; … "
        "R&amp;D on <mark>sleep</mark>"
    )
    assert (hit.title, hit.kind) == ("Safe sleep toolkit", "resource")
    assert (hit.url, hit.context) == ("/library/safe-sleep-toolkit/", "Toolkit · Ohio State Team")
    assert hit.date == datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert (hit.in_file, hit.file_page) == (False, None)


def test_words_found_only_in_the_file_give_its_page_and_snippet():
    hit = results_from(RESPONSE).hits[1]

    assert hit.in_file is True
    assert hit.file_page == 4  # nested offset 3 is the fourth page
    assert hit.snippet == "Deaths in a <mark>bassinet</mark> &lt; 1 year"
    assert hit.date is None


def test_the_page_comes_from_the_clause_the_text_did_not_match():
    raw = {
        **RESPONSE["hits"]["hits"][1],
        "matched_queries": ["clause-0/0"],
        "inner_hits": {
            "clause-0": page_hits(0, f"{START}crib{STOP} on the cover"),
            "clause-1": page_hits(5, f"{START}bumpers{STOP} on page six"),
        },
    }

    hit = results_from({**RESPONSE, "hits": {**RESPONSE["hits"], "hits": [raw]}}).hits[0]

    assert (hit.in_file, hit.file_page) == (True, 6)
    assert hit.snippet == "<mark>bumpers</mark> on page six"


def test_a_clause_matched_in_the_text_is_not_reported_in_the_file():
    raw = {
        **RESPONSE["hits"]["hits"][1],
        "matched_queries": ["clause-0/2"],
        "inner_hits": {"clause-0": page_hits(0, f"{START}crib{STOP} on the cover")},
    }

    hit = results_from({**RESPONSE, "hits": {**RESPONSE["hits"], "hits": [raw]}}).hits[0]

    assert (hit.in_file, hit.file_page) == (False, None)
    assert hit.snippet == "The county&#x27;s yearly figures, by month and cause."


def test_a_single_page_file_gives_no_page_number():
    raw = RESPONSE["hits"]["hits"][1]
    single = {**raw, "_source": {**raw["_source"], "page_count": 1}}

    hit = results_from({**RESPONSE, "hits": {**RESPONSE["hits"], "hits": [single]}}).hits[0]

    assert (hit.in_file, hit.file_page) == (True, None)


def test_a_title_highlight_serves_when_the_text_has_none():
    raw = {**RESPONSE["hits"]["hits"][0], "highlight": {"title": [f"{START}Safe{STOP} crib"]}}

    hit = results_from({**RESPONSE, "hits": {**RESPONSE["hits"], "hits": [raw]}}).hits[0]

    assert hit.snippet == "<mark>Safe</mark> crib"


# --- the backend against a stand-in client ------------------------------------


class StubIndices:
    """Records index administration; `aliased` are the indices behind the alias."""

    def __init__(self, aliased: list[str] | None = None, plain: bool = False) -> None:
        self.aliased = aliased or []
        self.plain = plain  # an ordinary index holds the alias's name
        self.calls: list[tuple] = []

    def exists(self, index: str) -> bool:
        return bool(self.aliased) or self.plain

    def get_alias(self, name: str) -> SimpleNamespace:
        if not self.aliased:
            raise NotFoundError("alias missing", meta=None, body={})
        return SimpleNamespace(body={index: {"aliases": {name: {}}} for index in self.aliased})

    def create(self, index: str, **body: Any) -> None:
        self.calls.append(("create", index, body))

    def refresh(self, index: str) -> None:
        self.calls.append(("refresh", index))

    def update_aliases(self, actions: list[dict]) -> None:
        self.calls.append(("update_aliases", actions))

    def delete(self, index: str) -> None:
        self.calls.append(("delete", index))


class StubClient:
    def __init__(self, response: dict[str, Any] | None = None, **indices: Any) -> None:
        self.response = response or {}
        self.requests: list[tuple[str, dict]] = []
        self.indices = StubIndices(**indices)

    def search(self, index: str, body: dict[str, Any]) -> SimpleNamespace:
        self.requests.append((index, body))
        return SimpleNamespace(body=self.response)


@pytest.fixture
def bulk_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[dict], dict]]:
    calls: list[tuple[list[dict], dict]] = []

    def fake_bulk(client: object, actions: Any, **options: Any) -> tuple[int, list]:
        actions = list(actions)
        calls.append((actions, options))
        return len(actions), []

    monkeypatch.setattr(es, "bulk", fake_bulk)
    return calls


def test_search_sends_the_built_body_to_the_alias():
    client = StubClient(RESPONSE)
    backend = ElasticsearchBackend(client, prefix="site_")
    request = request_for(one_word(), filters={"type": "resource"})

    results = backend.search(request)

    assert client.requests == [("site_documents", build_search(request).to_dict())]
    assert results.total == 42


def test_autocomplete_needs_two_characters_and_returns_hits():
    source = {"key": "page:3", "kind": "strategy_area", "heading": "Safe sleep"}
    raw = {"_id": "page:3", "_source": {**source, "url": "/safe-sleep/", "context": "Area"}}
    client = StubClient({"hits": {"total": {"value": 1, "relation": "eq"}, "hits": [raw]}})
    backend = ElasticsearchBackend(client)

    assert backend.autocomplete(" s ", ["public"]) == []
    assert client.requests == []
    hits = backend.autocomplete("safe  sl", ["public"], limit=5)

    assert [(h.key, h.title, h.url) for h in hits] == [("page:3", "Safe sleep", "/safe-sleep/")]
    assert client.requests[0][1] == build_autocomplete("safe sl", ["public"], 5).to_dict()


@pytest.mark.django_db
def test_suggest_respells_from_the_stored_words_without_asking_the_cluster():
    SearchTerm.objects.bulk_create(
        [
            SearchTerm(word="sleep", documents=9, collaborative=True),
            SearchTerm(word="crib", documents=5),
        ]
    )
    client = StubClient()
    query = ParsedQuery("Sleap crib", [Clause(("sleap",)), Clause(("crib",))])

    assert ElasticsearchBackend(client).suggest(query) == "sleep crib"
    quoted = ParsedQuery('"safe sleap"', [Clause(("safe sleap",), quoted=True)])
    assert ElasticsearchBackend(client).suggest(quoted) is None
    assert client.requests == []


def test_remove_deletes_by_key_and_ignores_missing(bulk_calls):
    backend = ElasticsearchBackend(StubClient(aliased=["c_documents-1"]), prefix="c_")

    backend.remove(["resource:1", "page:2"])

    actions, options = bulk_calls[0]
    assert actions == [
        {"_op_type": "delete", "_index": "c_documents", "_id": "resource:1"},
        {"_op_type": "delete", "_index": "c_documents", "_id": "page:2"},
    ]
    assert options == {"ignore_status": (404,)}


@pytest.mark.django_db
def test_rebuild_fills_a_new_index_and_moves_the_alias(bulk_calls):
    stored(key="resource:1").save()
    stored(key="message:2", access=" team=99 ").save()
    client = StubClient(aliased=["c_documents-20240101000000000000"])

    count = ElasticsearchBackend(client, prefix="c_", retire_after=0).rebuild()

    assert count == 2
    (_, created, body), (_, refreshed), (_, actions), deleted = client.indices.calls
    assert created.startswith("c_documents-") and refreshed == created
    assert body == index_settings()
    # The alias moves in one step; the old index is deleted after it, not in
    # it, so a search that had just resolved the alias still finds its shards.
    assert actions == [
        {"add": {"index": created, "alias": "c_documents"}},
        {"remove": {"index": "c_documents-20240101000000000000", "alias": "c_documents"}},
    ]
    assert deleted == ("delete", "c_documents-20240101000000000000")
    sent, _ = bulk_calls[0]
    assert [(a["_index"], a["_id"]) for a in sent] == [
        (created, "resource:1"),
        (created, "message:2"),
    ]
    assert sent[1]["_source"] == document_body(SearchDocument.objects.get(key="message:2"))


@pytest.mark.django_db
def test_rebuild_replaces_a_plain_index_with_the_alias(bulk_calls):
    client = StubClient(plain=True)

    assert ElasticsearchBackend(client, prefix="c_", retire_after=0).rebuild() == 0

    actions = client.indices.calls[-1][1]
    assert actions[1] == {"remove_index": {"index": "c_documents"}}


@pytest.mark.django_db
def test_index_creates_the_index_first_then_copies_the_rows(bulk_calls):
    stored(key="resource:1").save()
    client = StubClient()

    ElasticsearchBackend(client, prefix="c_").index(["resource:1", "resource:404"])

    [(_, created, body)] = client.indices.calls
    assert body == {**index_settings(), "aliases": {"c_documents": {}}}
    [(sent, _)] = bulk_calls
    assert [(a["_index"], a["_id"]) for a in sent] == [("c_documents", "resource:1")]


# --- a real cluster --------------------------------------------------------------


# OpenSearch always (the suite starts a node); Elasticsearch when SEARCH_URL
# names one, as none can be installed on the project's machines (its request
# bodies are tested above).
LIVE_ENGINES = ["opensearch", *(["elasticsearch"] if SEARCH_URL else [])]


def live_document(key: str, title: str, **fields: Any) -> SearchDocument:
    defaults = {"owner": key, "kind": "resource", "heading": title, "url": f"/{key}/"}
    doc = SearchDocument(key=key, title=title, **{**defaults, **fields})
    doc.save()
    return doc


def _live_backend(request: pytest.FixtureRequest, prefix: str) -> ElasticsearchBackend:
    if request.param == "opensearch":
        from opensearchpy import OpenSearch

        from search.backends.opensearch import OpenSearchBackend

        url = request.getfixturevalue("opensearch").url
        return OpenSearchBackend(OpenSearch([url], timeout=30), prefix=prefix)
    return ElasticsearchBackend(Elasticsearch(SEARCH_URL, request_timeout=30), prefix=prefix)


@pytest.mark.django_db
class TestLiveCluster:
    @pytest.fixture(params=LIVE_ENGINES)
    def backend(self, request: pytest.FixtureRequest) -> Iterator[ElasticsearchBackend]:
        live_document(
            "resource:1",
            "Safe sleep for infants",
            text="Place babies on their backs to sleep.",
            file_text="Cover page\fWhere bassinets are sold",
            access=" public ",
            facets=" type=resource network=safe-sleep year=2024 ",
        )
        live_document(
            "page:2",
            "Safe sleep strategies",
            kind="strategy_area",
            text="Sleep environments, tested by teams.",
            access=" public ",
            facets=" type=strategy_area network=safe-sleep ",
            boost=1.3,
        )
        live_document(
            "message:3",
            "Confidential sleep audit",
            kind="message",
            text="Our audit of hospital sleep practices.",
            access=" team=99 ",
            facets=" type=message ",
        )
        terms.refresh()  # the word list "did you mean" reads, as a rebuild makes it
        backend = _live_backend(request, prefix=f"test_{uuid.uuid4().hex[:10]}_")
        assert backend.rebuild() == 3
        yield backend
        for index in backend._aliased():
            backend.client.indices.delete(index=index)

    def test_a_search_finds_public_documents_with_facet_counts(self, backend):
        results = backend.search(request_for(one_word()))

        assert {hit.key for hit in results.hits} == {"resource:1", "page:2"}
        assert results.facets["network"] == {"safe-sleep": 2}
        assert results.facets["type"] == {"resource": 1, "strategy_area": 1}
        assert "<mark>" in results.hits[0].snippet

    def test_a_facet_filter_keeps_its_own_facet_counts(self, backend):
        results = backend.search(request_for(one_word(), filters={"type": "resource"}))

        assert [hit.key for hit in results.hits] == ["resource:1"]
        assert results.total == 1
        assert results.facets["type"] == {"resource": 1, "strategy_area": 1}

    def test_a_team_document_is_found_only_by_the_team(self, backend):
        query = one_word("confidential")

        assert backend.search(request_for(query, access=["public"])).total == 0
        found = backend.search(request_for(query, access=["team=99"]))
        assert [hit.key for hit in found.hits] == ["message:3"]

    def test_words_inside_the_file_give_the_page(self, backend):
        [hit] = backend.search(request_for(one_word("bassinet"))).hits

        assert (hit.key, hit.in_file, hit.file_page) == ("resource:1", True, 2)
        assert "<mark>bassinets</mark>" in hit.snippet

    def test_autocomplete_offers_titles_the_viewer_may_open(self, backend):
        assert {h.key for h in backend.autocomplete("safe sl", ["public"])} == {
            "resource:1",
            "page:2",
        }
        assert backend.autocomplete("confid", ["public"]) == []
        assert [h.key for h in backend.autocomplete("confid", ["team=99"])] == ["message:3"]

    def test_did_you_mean_offers_only_public_words(self, backend):
        assert backend.suggest(one_word("sleap")) == "sleep"
        assert backend.suggest(one_word("confidentiel")) is None
