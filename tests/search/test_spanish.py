"""Search in Spanish: a Spanish document is indexed and matched in Spanish
(stems, accents optional), an English one in English, and neither's stems
leak into the other's; synonyms, "did you mean" and the language facet
speak both. Run on the database the suite runs on: PostgreSQL stems both
languages; SQLite matches words as written, with or without accents."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.utils import translation
from wagtail.models import Locale

from resources.factories import ResourceFactory
from resources.models import Resource
from search import indexing, keywords, terms
from search import query as parsing
from search.models import SearchDocument, Synonym
from search.results import find
from toolkit.factories import (
    ChangeIdeaPageFactory,
    DriverFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(db):
    """One Spanish resource, two English ones; one English word ("program")
    is what Spanish stems "programas" to, and must not find it."""
    things = {
        "es": ResourceFactory(
            title="Guía de lactancia y sueño seguro",
            summary="El programa apoya la lactancia materna en el hospital.",
            language="es",
        ),
        "en": ResourceFactory(
            title="Bassinet audit checklist",
            summary="Audit the bassinets on the unit; the hospital's breastfeeding policy.",
            language="en",
        ),
        "program": ResourceFactory(
            title="Quality program handbook", summary="How the program runs.", language="en"
        ),
    }
    indexing.rebuild()
    return things


def titles(text: str, **filters: str) -> list[str]:
    params = QueryDict(mutable=True)
    params.update({"q": text, **filters})
    return [hit.title for hit in find(AnonymousUser(), params, record=False).results.hits]


SPANISH_TITLE = "Guía de lactancia y sueño seguro"


@pytest.mark.parametrize("text", ["lactancia", "lactancia materna", "sueño seguro", "sueno seguro"])
def test_a_spanish_resource_is_found_in_spanish(library, text):
    assert titles(text) == [SPANISH_TITLE]


def test_accents_are_optional_either_way(library):
    assert titles("GUIA lactáncia") == [SPANISH_TITLE]


def test_a_synonym_finds_spanish_documents(library):
    Synonym.objects.create(terms="lactancia, lactancia materna, amamantar")
    assert titles("amamantar") == [SPANISH_TITLE]
    assert parsing.parse("amamantar").clauses[0].alternatives == (
        "amamantar",
        "lactancia",
        "lactancia materna",
    )


def test_english_is_still_stemmed_as_english(library):
    assert titles("bassinets audited") == ["Bassinet audit checklist"]


def test_spanish_stems_do_not_reach_english_documents(library):
    # "programas" is "program" to the Spanish stemmer: the Spanish document's
    # "programa", not the English one's "program".
    assert titles("programas") == [SPANISH_TITLE]


def test_each_row_says_its_language(library):
    languages = dict(SearchDocument.objects.values_list("title", "language"))
    assert languages[SPANISH_TITLE] == "es"
    assert languages["Bassinet audit checklist"] == "en"


def test_a_resource_in_another_language_is_stemmed_as_english_and_filed_as_other(db):
    ResourceFactory(title="Guide de l'allaitement", language="other")
    indexing.rebuild()
    row = SearchDocument.objects.get()
    assert row.language == "en"
    assert " language=other " in row.facets


def test_the_language_facet_counts_what_each_language_finds(library):
    params = QueryDict(mutable=True)
    params["q"] = "hospital"
    outcome = find(AnonymousUser(), params, record=False)
    counts = {c.value: c.count for c in outcome.facets["language"].choices}
    assert counts == {"en": 1, "es": 1}
    assert outcome.results.total == 2
    for language, n in counts.items():
        assert len(titles("hospital", language=language)) == n
    assert titles("hospital", language="es") == [SPANISH_TITLE]


def test_other_documents_are_filed_under_their_language(library, home_page):
    es = Locale.objects.get_or_create(language_code="es")[0]
    toolkit = ToolkitIndexPageFactory(parent=home_page)
    area = StrategyAreaPageFactory(parent=toolkit, title="Safe sleep", slug="safe-sleep")
    idea = ChangeIdeaPageFactory(
        parent=area,
        driver=DriverFactory(strategy_area=area, parent=DriverFactory(strategy_area=area)),
        title="Share one safe-sleep message",
    )
    for ancestor in idea.get_ancestors().filter(depth__gt=1):
        ancestor.specific.copy_for_translation(es).save_revision().publish()
    copy = idea.copy_for_translation(es)
    copy.title = "Un solo mensaje de sueño seguro"
    copy.save_revision().publish()
    indexing.rebuild()
    stored = dict(
        SearchDocument.objects.filter(kind="change_idea").values_list("title", "language")
    )
    assert stored == {"Share one safe-sleep message": "en", "Un solo mensaje de sueño seguro": "es"}
    assert "Un solo mensaje de sueño seguro" in titles("mensajes sueno", type="change_idea")


@pytest.mark.parametrize(
    ("typed", "meant"), [("lactansia", "lactancia"), ("sueno seguro", "sueño seguro")]
)
def test_did_you_mean_offers_the_spanish_words(library, typed, meant):
    assert terms.respelled(parsing.parse(typed)) == meant


def test_the_spanish_page_suggests_and_labels_in_spanish(library):
    client = Client()
    body = client.get("/es/search/", {"q": "lactansia"}).content.decode()
    assert "¿Quizás quiso decir" in body and "lactancia</a>" in body
    body = client.get("/es/search/", {"q": "lactancia"}).content.decode()
    for label in ("Idioma", "Cualquier idioma", "Español (1)", "Tipo", "Recursos"):
        assert label in body


def test_the_readers_language_comes_first_between_equals(db):
    for language in ("en", "es"):
        ResourceFactory(title="Hospital", summary="Hospital.", language=language)
    indexing.rebuild()

    def first(language: str) -> str:
        params = QueryDict("q=hospital")
        with translation.override(language):
            hits = find(AnonymousUser(), params, record=False).results.hits
        return SearchDocument.objects.get(key=hits[0].key).language

    assert (first("en"), first("es")) == ("en", "es")


def test_the_librarys_keywords_match_spanish_too(library):
    for words, expected in [("sueno", "es"), ("lactancia", "es"), ("bassinets", "en")]:
        found = Resource.objects.filter(keywords.matching(Resource, words))
        assert list(found) == [library[expected]]


def test_postgresql_stems_spanish(library, require_postgres):
    # Only a stemmer finds "seguros" in "seguro" and "apoyar" in "apoya".
    assert titles("seguros apoyar") == [SPANISH_TITLE]
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('collab_spanish', 'Sueño')::text")
        assert cursor.fetchone()[0] == "'suen':1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lactancia materna", [SPANISH_TITLE]),
        ("sueno seguro", [SPANISH_TITLE]),
        ("seguros apoyar", [SPANISH_TITLE]),
        ("programas", [SPANISH_TITLE]),
        ("bassinets audited", ["Bassinet audit checklist"]),
        # A Spanish stop word is left out for Spanish documents only.
        ("lactancia de", [SPANISH_TITLE]),
    ],
)
def test_opensearch_matches_each_document_in_its_language(library, opensearch, text, expected):
    from tests.search.conftest import searching_on

    with searching_on(opensearch.url):
        assert titles(text) == expected
