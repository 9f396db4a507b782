""" "Did you mean", word by word: only the words that find nothing or little
are respelled, each preferring the collaborative's own words (public titles,
topic names, the editors' synonyms) over the rest of the public words. On
PostgreSQL and on SQLite alike."""

import pytest
from taggit.models import Tag

from search import terms
from search.documents import Doc
from search.indexing import store
from search.models import SearchDocument, SearchTerm, Synonym
from search.query import parse

pytestmark = pytest.mark.django_db


def words(**known: tuple[int, bool]) -> None:
    """Stored words: word=(documents, the collaborative's own)."""
    SearchTerm.objects.bulk_create(
        [SearchTerm(word=w, documents=n, collaborative=own) for w, (n, own) in known.items()]
    )


def respelled(text: str) -> str | None:
    return terms.respelled(parse(text))


def test_each_unknown_word_is_respelled_and_the_known_ones_kept():
    words(safe=(35, True), save=(3, False), sleep=(42, True), crib=(9, True))
    assert respelled("saef sleep") == "safe sleep"
    assert respelled("safe sleap") == "safe sleep"
    assert respelled("saef sleap") == "safe sleep"
    assert respelled("crib saef") == "crib safe"
    assert respelled("safe sleep") is None
    assert respelled("save sleap") == "save sleep"  # "save" is a word of its own


def test_the_collaboratives_words_win_over_more_common_dictionary_words():
    words(sleep=(2, True), slap=(50, False), leap=(40, False))
    assert respelled("sleap") == "sleep"


def test_a_rare_word_is_changed_only_for_one_of_the_collaboratives():
    words(bassinet=(12, True), bassinat=(1, False), tobaco=(1, False), tobacco=(2, False))
    assert respelled("bassinat") == "bassinet"
    assert respelled("tobaco") is None  # neither is the collaborative's, nor far more common


def test_synonyms_are_known_words_and_candidates():
    Synonym.objects.create(terms="SDOH, social determinants of health")
    words(health=(20, True), shoe=(30, False))
    assert respelled("sdoh") is None
    assert respelled("sdho") == "sdoh"


def test_a_neighbour_that_makes_a_synonym_phrase_breaks_a_tie():
    Synonym.objects.create(terms="SUID, safe sleep")
    words(sleep=(5, True), steep=(5, True))
    assert respelled("safe sleup") == "safe sleep"


def test_nothing_close_enough_is_no_suggestion():
    words(sleep=(5, True))
    assert respelled("xylophone") is None
    assert respelled("slp") is None  # two edits on a short word is another word


def test_the_word_list_marks_public_titles_and_topic_names_as_the_collaboratives():
    Tag.objects.create(name="Breastfeeding support", slug="breastfeeding-support")
    SearchDocument.objects.create(
        key="resource:1",
        owner="resource:1",
        kind="resource",
        title="Safe sleep guide",
        heading="Safe sleep guide",
        url="/r/1/",
        text="Save the date for the crib drive.",
        access=" public ",
        facets=" type=resource topic=breastfeeding-support ",
    )
    SearchDocument.objects.create(
        key="message:2",
        owner="message:2",
        kind="message",
        title="Marmot huddle",
        heading="Marmot huddle",
        url="/m/2/",
        text="Private words.",
        access=" team=3 ",
    )
    terms.refresh()
    stored = dict(SearchTerm.objects.values_list("word", "collaborative"))
    assert stored["safe"] and stored["guide"] and stored["breastfeeding"] and stored["support"]
    assert stored["save"] is False and stored["crib"] is False
    assert "marmot" not in stored and "private" not in stored


def test_a_stored_public_document_lends_its_title_words_as_the_collaboratives():
    words(bassinet=(4, False))
    doc = Doc(
        "resource:7",
        "resource",
        "Bassinet audit",
        "/r/7/",
        ["public"],
        text="Audit every bassinet monthly.",
    )
    hidden = Doc("message:8", "message", "Quokka plans", "/m/8/", ["team=3"], text="Quokka.")
    store({"resource:7": [doc], "message:8": [hidden]})
    stored = dict(SearchTerm.objects.values_list("word", "collaborative"))
    assert stored["bassinet"] and stored["audit"]
    assert stored["monthly"] is False
    assert "quokka" not in stored


def test_the_demo_synonyms_spell_out_the_collaboratives_abbreviations():
    from search.demo import SYNONYMS
    from search.models import split_terms

    groups = [split_terms(terms) for terms, _ in SYNONYMS]
    expected = {
        "larc": "long-acting reversible contraception",
        "pph": "postpartum hemorrhage",
        "eed": "early elective delivery",
        "suid": "sudden unexpected infant death",
        "nas": "neonatal abstinence syndrome",
        "nows": "neonatal opioid withdrawal syndrome",
        "moud": "medications for opioid use disorder",
        "oud": "opioid use disorder",
        "pqc": "perinatal quality collaborative",
        "aim": "alliance for innovation on maternal health",
        "hctf": "hospital-community task force",
        "co": "community organizer",
        "sdoh": "social determinants of health",
    }
    for short, spelled in expected.items():
        assert any(short in group and spelled in group for group in groups), short
    assert not any("oud" in group and "moud" in group for group in groups)  # condition ≠ treatment
