"""Search served by an Elasticsearch cluster (8 or 9; the request bodies
stay within what OpenSearch 2 also accepts, and search/backends/opensearch.py
sends the same bodies through its own client).

The stored SearchDocument rows remain the source of truth: this backend
only copies them into one index (an alias over a timestamped index, so a
rebuild swaps atomically and searches never see a half-built index) and
translates the parsed query into request bodies. The builders are pure
functions returning `elasticsearch.dsl.Search` objects, so tests can compare
the exact bodies without a cluster.

The official client refuses to talk to a server of an older major version
(client 9 sends `compatible-with=9`, which Elasticsearch 8 rejects) and to
OpenSearch (product check): the installed client must match the cluster."""

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar

import elastic_transport
from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, NotFoundError
from elasticsearch.dsl import A, Q, Search
from elasticsearch.helpers import bulk

from search import terms
from search.backends import database_backend
from search.backends.base import (
    FACETS,
    START,
    STOP,
    Hit,
    SearchBackend,
    SearchRequest,
    SearchResults,
    cluster_nodes,
    count_cap,
    facet_key,
    marked,
    split_key,
)
from search.languages import READERS_LANGUAGE_BOOST
from search.models import SearchDocument
from search.query import Clause, ParsedQuery

log = logging.getLogger(__name__)
ALREADY_EXISTS = "resource_already_exists_exception"
T = TypeVar("T")

BATCH = 500
FACET_SIZE = 100
# The same caps as the PostgreSQL vectors: they also keep every field under
# Elasticsearch's highlighting limit (index.highlight.max_analyzed_offset, 1M).
MAX_TEXT = 100_000
MAX_FILE_TEXT = 500_000
# Each language's text goes in its own fields, analysed in that language: a
# document's words in the fields of its language only (search.languages).
SEARCHED = {"en": ["title^4", "text^1"], "es": ["title_es^4", "text_es^1"]}
PAGE_TEXT = {"en": "text", "es": "text_es"}
# A hit's snippet: from its text, else from its title.
HIGHLIGHTED = ("text", "text_es", "title", "title_es")
SNIPPET: dict[str, Any] = {"fragment_size": 150, "number_of_fragments": 2}
TAGS: dict[str, Any] = {"pre_tags": [START], "post_tags": [STOP]}
ELLIPSIS = " … "
RETURNED = ["key", "kind", "heading", "url", "context", "date", "page_count"]
VECTORS = ("search_vector", "title_vector", "title_words")  # PostgreSQL's own; not sent

# No synonym filter: the editors' synonyms are expanded at query time
# (search.query.Clause.alternatives), so editing one never needs a reindex
# and every backend treats them alike.
ANALYSIS: dict[str, Any] = {
    "filter": {
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        "spanish_stop": {"type": "stop", "stopwords": "_spanish_"},
        "spanish_stemmer": {"type": "stemmer", "language": "spanish"},
        "title_edges": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
        "title_truncate": {"type": "truncate", "length": 20},
    },
    "analyzer": {
        "english_folded": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "english_possessive",
                "lowercase",
                "asciifolding",
                "english_stop",
                "english_stemmer",
            ],
        },
        # Stop words before folding: the list holds "él" and "está".
        "spanish_folded": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "spanish_stop", "asciifolding", "spanish_stemmer"],
        },
        # Every word of a title indexed by its prefixes; what is typed is cut
        # to the longest prefix kept, so a long word still finds itself.
        "title_prefix_index": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "title_edges"],
        },
        "title_prefix_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "title_truncate"],
        },
    },
}

ENGLISH: dict[str, Any] = {"type": "text", "analyzer": "english_folded", "index_options": "offsets"}
SPANISH: dict[str, Any] = {"type": "text", "analyzer": "spanish_folded", "index_options": "offsets"}
KEYWORD: dict[str, Any] = {"type": "keyword"}

MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        **dict.fromkeys(("key", "kind", "access", "facets", "url", "language"), KEYWORD),
        **dict.fromkeys(("heading", "context", "file_name"), KEYWORD),
        "title": ENGLISH,
        "text": ENGLISH,
        "title_es": SPANISH,
        "text_es": SPANISH,
        "pages": {
            "type": "nested",
            "properties": {
                "n": {"type": "integer"},
                "language": KEYWORD,
                "text": ENGLISH,
                "text_es": SPANISH,
            },
        },
        "page_count": {"type": "integer"},
        "title_prefix": {
            "type": "text",
            "analyzer": "title_prefix_index",
            "search_analyzer": "title_prefix_search",
        },
        "date": {"type": "date"},
        "boost": {"type": "float"},
    },
}


def index_settings() -> dict[str, Any]:
    """The body that creates the index: analysis and mappings."""
    return {"settings": {"analysis": ANALYSIS}, "mappings": MAPPINGS}


# --- documents ----------------------------------------------------------------


def _pages(file_text: str, language: str = "en") -> list[dict[str, Any]]:
    """Every page in order, blank ones too, so a nested hit's offset is its
    page number minus one; each in its document's language's field."""
    if not file_text:
        return []
    pages = file_text[:MAX_FILE_TEXT].split("\f")
    field = PAGE_TEXT[language]
    return [{"n": n, "language": language, field: text} for n, text in enumerate(pages, 1)]


def document_body(doc: SearchDocument) -> dict[str, Any]:
    """The source indexed for one stored row."""
    access = doc.access.split()
    language = doc.language if doc.language in SEARCHED else "en"
    pages = _pages(doc.file_text, language)
    title, text = (name.partition("^")[0] for name in SEARCHED[language])
    body: dict[str, Any] = {
        "key": doc.key,
        "kind": doc.kind,
        "language": language,
        title: doc.title,
        "heading": doc.heading,
        "context": doc.context,
        "url": doc.url,
        text: doc.text[:MAX_TEXT],
        "pages": pages,
        "page_count": len(pages),
        "file_name": doc.file_name,
        "date": doc.date.isoformat() if doc.date else None,
        "boost": doc.boost,
        "access": access,
        "facets": doc.facets.split(),
    }
    if doc.title:
        body["title_prefix"] = doc.title
    return body


# --- queries --------------------------------------------------------------------


def _any(queries: list[Q]) -> Q:
    """Any of them, scored by the best: a document that names a thing by
    three synonyms is not three times as relevant."""
    return queries[0] if len(queries) == 1 else Q("dis_max", queries=queries)


def _all(queries: list[Q]) -> Q:
    return Q("bool", filter=queries) if queries else Q("match_all")


def _in_language(language: str, query: Q, field: str = "language") -> Q:
    """`query` over the documents (or pages) in `language` only."""
    return Q("bool", must=[query], filter=[Q("term", **{field: language})])


def _in_text(alternative: str, name: str | None = None) -> list[Q]:
    """One query per language, over its fields, for its documents only.
    Named when required; a required word the language's analyzer drops
    ("of", "de") then matches every document in that language, as
    PostgreSQL leaves a row's stop words out of its query, while an
    excluded one keeps nothing out."""
    queries = []
    for language, fields in SEARCHED.items():
        options = {"_name": f"{name}/{language}", "zero_terms_query": "all"} if name else {}
        found = Q("multi_match", query=alternative, type="phrase", fields=fields, **options)
        queries.append(_in_language(language, found))
    return queries


def _inner_hits(name: str) -> dict[str, Any]:
    """The first page that matches, with its snippet."""
    fields = {f"pages.{field}": dict(SNIPPET) for field in PAGE_TEXT.values()}
    highlight = {"fields": fields, **TAGS}
    return {
        "name": name,
        "size": 1,
        "_source": False,
        "sort": [{"pages.n": "asc"}],
        "highlight": highlight,
    }


def _in_pages(clause: Clause, name: str | None = None) -> Q:
    zero = {"zero_terms_query": "all"} if name else {}
    phrases = [
        _in_language(
            language,
            Q("match_phrase", **{f"pages.{field}": {"query": alt, **zero}}),
            "pages.language",
        )
        for alt in clause.alternatives
        for language, field in PAGE_TEXT.items()
    ]
    options = {"inner_hits": _inner_hits(name)} if name else {}
    return Q("nested", path="pages", query=_any(phrases), score_mode="max", **options)


def clause_query(clause: Clause, name: str) -> Q:
    """One required clause: any alternative, in the title, the text or a page.

    Each alternative's text query is named "<clause>/<n>" and the page's inner
    hits "<clause>", so a hit's `matched_queries` tells a clause found only
    inside the file (names are kept unique: Elasticsearch may keep only one
    query per name). The pages are one nested query per clause, not per
    alternative: inner hit names must be unique in a request, and one page
    per clause is enough."""
    texts = [q for n, alt in enumerate(clause.alternatives) for q in _in_text(alt, f"{name}/{n}")]
    return _any([*texts, _in_pages(clause, name)])


def _excluded(clause: Clause) -> list[Q]:
    return [*(q for alt in clause.alternatives for q in _in_text(alt)), _in_pages(clause)]


def _together(query: ParsedQuery) -> list[Q]:
    """A bonus, not a condition, for the words typed found close together,
    as PostgreSQL's cover density ranks them ("safe sleep disparities" in a
    title before "safe sleep" in one and "disparities" far down the text)."""
    required = query.required
    if len(required) < 2:
        return []
    typed = " ".join(clause.alternatives[0] for clause in required)
    fields = [name for names in SEARCHED.values() for name in names]
    return [Q("multi_match", query=typed, type="phrase", slop=2, fields=fields, boost=5)]


def matching(request: SearchRequest) -> Q:
    """What may be found at all: every clause, no excluded one, the viewer's access."""
    required = [clause_query(c, f"clause-{i}") for i, c in enumerate(request.query.required)]
    return Q(
        "bool",
        must=required or [Q("match_all")],
        should=_together(request.query),
        must_not=[q for clause in request.query.excluded for q in _excluded(clause)],
        filter=[Q("terms", access=request.access)],
    )


def _boosted(query: Q, language: str = "") -> Q:
    """Relevance times the document's editorial boost (toolkit pages 1.3 …),
    and a little more in the reader's language."""
    factor = {"field": "boost", "missing": 1}
    if not language:
        return Q("function_score", query=query, field_value_factor=factor, boost_mode="multiply")
    functions = [
        {"field_value_factor": factor},
        {"filter": {"term": {"language": language}}, "weight": READERS_LANGUAGE_BOOST},
    ]
    return Q(
        "function_score",
        query=query,
        functions=functions,
        score_mode="multiply",
        boost_mode="multiply",
    )


def _facet_terms(keys: Iterable[str]) -> list[Q]:
    return [Q("term", facets=key) for key in sorted(keys)]


def _facet_groups(filters: dict[str, str]) -> dict[tuple[str, ...], list[str]]:
    """The facets that count under the same filters, keyed by those filters:
    all of them while nothing is chosen, and one group more for each facet
    chosen (it counts without its own filter)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in FACETS:
        others = tuple(sorted(facet_key(n, v) for n, v in filters.items() if n != name))
        groups.setdefault(others, []).append(name)
    return groups


def _with_facets(search: Search, filters: dict[str, str]) -> Search:
    """Disjunctive faceting: the chosen filters narrow the hits as a
    post_filter, so each facet's counts keep the other filters but not its own.
    The facets of one group share one pass over the matches (a pass per facet
    cost twice as much on broad queries); its size holds every value while
    the facets together have no more than FACET_SIZE each."""
    for others, names in _facet_groups(filters).items():
        kept = _all(_facet_terms(others))
        counts = A("filter", filter=kept)
        values = f"({'|'.join(names)})=.*"
        size = FACET_SIZE * len(names)
        counts.bucket("values", "terms", field="facets", include=values, size=size)
        search.aggs.bucket("+".join(names), counts)
    chosen = _facet_terms(facet_key(n, v) for n, v in filters.items())
    return search.post_filter(_all(chosen)) if chosen else search


def build_search(request: SearchRequest) -> Search:
    search = Search().query(_boosted(matching(request), request.language))
    search = _with_facets(search, request.filters)
    for title, text in SEARCHED.values():
        search = search.highlight(title.partition("^")[0], **SNIPPET)
        search = search.highlight(text.partition("^")[0], **SNIPPET, no_match_size=150)
    search = search.highlight_options(**TAGS).source(RETURNED)
    search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}}, "key")
    # Counted exactly up to the cap, as on PostgreSQL; the facets' aggregations
    # still count every match, and the top hits are the best of them all.
    search = search.extra(track_total_hits=count_cap())
    return search[request.offset : request.offset + request.per_page]


def build_count(request: SearchRequest) -> Search:
    """The matches, filtered, counted: no hits, highlights or facets."""
    chosen = _facet_terms(facet_key(n, v) for n, v in request.filters.items())
    search = Search().query(Q("bool", must=[matching(request)], filter=chosen))
    return search.extra(size=0, track_total_hits=count_cap())


def build_autocomplete(prefix: str, access: list[str], limit: int) -> Search:
    """Titles holding every typed word as a word prefix; one hit per heading."""
    typed = Q("match", title_prefix={"query": prefix, "operator": "and"})
    allowed = [Q("terms", access=access), Q("exists", field="title_prefix")]
    search = Search().query(Q("bool", must=[typed], filter=allowed))
    search = search.collapse("heading").sort("_score", {"boost": "desc"}, "heading")
    return search.source(["key", "kind", "heading", "url", "context"])[:limit]


# --- responses ----------------------------------------------------------------


def _date(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _snippet(highlight: dict[str, list[str]], field: str) -> str:
    return ELLIPSIS.join(marked(fragment) for fragment in highlight.get(field, []))


def _file_page(raw: dict[str, Any]) -> dict[str, Any] | None:
    """The first page found for a clause that matched neither title nor text."""
    matched = {query.partition("/")[0] for query in raw.get("matched_queries", [])}
    for name, inner in raw.get("inner_hits", {}).items():
        pages = inner["hits"]["hits"]
        if name not in matched and pages:
            return pages[0]
    return None


def hit_from(raw: dict[str, Any]) -> Hit:
    source, highlight = raw["_source"], raw.get("highlight", {})
    hit = Hit(source["key"], source["kind"], source["heading"], source["url"], source["context"])
    hit.date = _date(source.get("date"))
    hit.snippet = next((found for name in HIGHLIGHTED if (found := _snippet(highlight, name))), "")
    page = _file_page(raw)
    if page is not None:
        hit.in_file = True
        found = page.get("highlight", {})
        hit.snippet = next(
            (snippet for f in PAGE_TEXT.values() if (snippet := _snippet(found, f"pages.{f}"))),
            hit.snippet,
        )
        number = page["_nested"]["offset"] + 1
        hit.file_page = number if source.get("page_count", 0) > 1 else None
    return hit


def facet_counts(aggregations: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Each group's buckets (most documents first) shared out to its facets,
    the first FACET_SIZE values of each."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for group in aggregations.values():
        for bucket in group.get("values", {}).get("buckets", []):
            name, value = split_key(bucket["key"])
            if name in counts and len(counts[name]) < FACET_SIZE:
                counts[name][value] = bucket["doc_count"]
    return counts


def results_from(response: dict[str, Any]) -> SearchResults:
    hits = response["hits"]
    facets = facet_counts(response.get("aggregations", {}))
    total = hits["total"]
    more = total["relation"] == "gte"  # past track_total_hits
    return SearchResults([hit_from(h) for h in hits["hits"]], total["value"], facets, more=more)


def suggestion_from(raw: dict[str, Any]) -> Hit:
    source = raw["_source"]
    return Hit(source["key"], source["kind"], source["heading"], source["url"], source["context"])


# --- the backend -----------------------------------------------------------------


def _chunks(keys: list[str], size: int = BATCH) -> Iterator[list[str]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]


def _actions(rows: Iterable[SearchDocument], index: str) -> Iterator[dict[str, Any]]:
    for doc in rows:
        yield {"_index": index, "_id": doc.key, "_source": document_body(doc)}


class ElasticsearchBackend:
    """A cluster fed from the stored documents; everything goes through the
    alias prefix+"documents"."""

    def __init__(
        self, client: Any, prefix: str = "collaboratory_", retire_after: float = 5
    ) -> None:
        self.client = client  # an Elasticsearch client here, an OpenSearch one in the subclass
        self.alias = f"{prefix}documents"
        # Seconds a replaced index outlives the alias swap: a search that
        # resolved the alias just before it would fail on a deleted index.
        self.retire_after = retire_after
        self._ready = False

    @classmethod
    def from_settings(cls) -> "ElasticsearchBackend":
        timeout = getattr(settings, "SEARCH_TIMEOUT", 5)
        client = Elasticsearch(
            cluster_nodes(), request_timeout=timeout, retry_on_timeout=True, max_retries=2
        )
        return cls(client, getattr(settings, "SEARCH_INDEX_PREFIX", "collaboratory_"), timeout)

    # --- the client's calls: what an OpenSearch client spells differently ---

    def _run(self, search: Search) -> dict[str, Any]:
        return self.client.search(index=self.alias, body=search.to_dict()).body

    def _bulk(self, actions: Iterable[dict[str, Any]], **options: Any) -> tuple[int, Any]:
        return bulk(self.client, actions, **options)

    def _create(self, name: str, aliases: dict[str, Any] | None = None) -> None:
        extra = {"aliases": aliases} if aliases else {}
        try:
            self.client.indices.create(index=name, **index_settings(), **extra)
        except ApiError as error:
            # The client retries a create that timed out; a busy cluster may
            # have made the index the first time. Its name is ours alone.
            if error.error != ALREADY_EXISTS:
                raise

    def _aliased(self) -> list[str]:
        """The concrete indices behind the alias."""
        try:
            return list(self.client.indices.get_alias(name=self.alias).body)
        except NotFoundError:
            return []

    def _update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self.client.indices.update_aliases(actions=actions)

    # --- searching ---------------------------------------------------------------

    def unavailable(self, error: Exception) -> bool:
        """Whether the cluster could not answer (down, unreachable, too slow,
        or no copy of the index left), rather than refused the request."""
        if isinstance(error, elastic_transport.TransportError):
            return True
        return isinstance(error, ApiError) and error.meta.status == 503

    def _away(self, error: Exception) -> bool:
        if not self.unavailable(error):
            return False
        log.warning("Search cluster unavailable (%s): the database answers.", error)
        return True

    def _or_database(self, ask: Callable[[], T], instead: Callable[[SearchBackend], T]) -> T:
        """The cluster's answer; the database's while the cluster is away.
        Both search the same stored documents with the same access keys, so
        what each person may find is the same; only the order may differ."""
        try:
            return ask()
        except Exception as error:
            if not self._away(error):
                raise
        return instead(database_backend())

    def search(self, request: SearchRequest) -> SearchResults:
        return self._or_database(
            lambda: results_from(self._run(build_search(request))),
            lambda database: replace(database.search(request), from_database=True),
        )

    def count(self, request: SearchRequest) -> int:
        return self._or_database(
            lambda: self._run(build_count(request))["hits"]["total"]["value"],
            lambda database: database.count(request),
        )

    def autocomplete(self, prefix: str, access: list[str], limit: int = 8) -> list[Hit]:
        prefix = " ".join(prefix.split())
        if len(prefix) < 2:
            return []
        return self._or_database(
            lambda: [
                suggestion_from(raw)
                for raw in self._run(build_autocomplete(prefix, access, limit))["hits"]["hits"]
            ],
            lambda database: database.autocomplete(prefix, access, limit),
        )

    def suggest(self, query: ParsedQuery) -> str | None:
        """From the stored word list, as on the database: it prefers the
        collaborative's own words (titles, topics, synonyms), which the
        cluster's term suggester cannot tell from the rest."""
        return terms.respelled(query)

    def index(self, keys: list[str]) -> None:
        """Copy these rows; a key without a row is left to `remove`."""
        self._ensure_index()
        for chunk in _chunks(keys):
            rows = SearchDocument.objects.filter(key__in=chunk).defer(*VECTORS)
            self._bulk(_actions(rows, self.alias))

    def remove(self, keys: list[str]) -> None:
        """Delete by key (the `_id`); one already gone is no error."""
        self._ensure_index()
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": key} for key in keys)
        self._bulk(actions, ignore_status=(404,))

    def rebuild(self) -> int:
        """Every stored row into a new index, then the alias moved to it in
        one step; the old index is deleted once no search can still be on it."""
        name = self._new_name()
        self._create(name)
        rows = SearchDocument.objects.defer(*VECTORS).order_by("pk").iterator(chunk_size=BATCH)
        count, _ = self._bulk(_actions(rows, name), chunk_size=BATCH)
        self.client.indices.refresh(index=name)
        self._point_alias(name)
        self._ready = True
        return count

    def _new_name(self) -> str:
        """A concrete index behind the alias, named for when it was built."""
        return f"{self.alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"

    def _point_alias(self, name: str) -> None:
        actions: list[dict[str, Any]] = [{"add": {"index": name, "alias": self.alias}}]
        old = self._aliased()
        if not old and self.client.indices.exists(index=self.alias):
            # A plain index under the alias's name must go in the same step.
            actions.append({"remove_index": {"index": self.alias}})
        actions += [{"remove": {"index": index, "alias": self.alias}} for index in old]
        self._update_aliases(actions)
        if old:
            time.sleep(self.retire_after)
            self.client.indices.delete(index=",".join(old))

    def _ensure_index(self) -> None:
        """Create the index before a first write, or the cluster would
        invent one with guessed mappings."""
        if self._ready or self.client.indices.exists(index=self.alias):
            self._ready = True
            return
        name = self._new_name()
        self._create(name, aliases={self.alias: {}})
        self._ready = True
