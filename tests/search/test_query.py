"""What a person typed, as clauses: phrases, exclusions and the editors'
synonyms."""

import pytest

from search.models import Synonym
from search.query import Clause, parse, words_typed


def test_words_phrases_and_exclusions():
    query = parse('crib  "safe sleep" -blanket', synonyms=False)
    assert query.clauses == [
        Clause(("crib",)),
        Clause(("safe sleep",), quoted=True),
        Clause(("blanket",), excluded=True),
    ]
    assert words_typed(query) == ["crib"]


def test_punctuation_and_case_are_dropped_and_length_is_bounded():
    query = parse("  Bassinets!!! <script>  " + "x " * 500, synonyms=False)
    assert query.clauses[0] == Clause(("bassinets",))
    assert Clause(("script",)) in query.clauses
    assert len(query.text) <= 200
    assert len(query.clauses) <= 8


def test_only_exclusions_or_nothing_is_an_empty_query():
    assert not parse("-crib", synonyms=False)
    assert not parse('  "" - ', synonyms=False)


@pytest.mark.django_db
def test_a_synonym_becomes_one_clause_of_alternatives_with_the_typed_words_first():
    Synonym.objects.create(terms="SUID, sudden unexpected infant death, SIDS, safe sleep")
    query = parse("safe sleep disparities")
    assert query.clauses[0].alternatives[0] == "safe sleep"
    assert set(query.clauses[0].alternatives) == {
        "safe sleep",
        "suid",
        "sudden unexpected infant death",
        "sids",
    }
    assert query.clauses[1] == Clause(("disparities",))


@pytest.mark.django_db
def test_the_longest_synonym_wins_and_quoted_synonyms_expand():
    Synonym.objects.create(terms="EED, early elective delivery")
    Synonym.objects.create(terms="delivery, birth")
    assert parse("early elective delivery rates").clauses[0].alternatives == (
        "early elective delivery",
        "eed",
    )
    assert parse('"EED"').clauses[0].alternatives == ("eed", "early elective delivery")
    assert parse("-EED").clauses[0] == Clause(("eed",), excluded=True)


@pytest.mark.django_db
def test_an_editors_change_applies_to_the_next_search():
    assert parse("LARC").clauses[0].alternatives == ("larc",)
    synonym = Synonym.objects.create(terms="LARC, long-acting reversible contraception")
    assert "long-acting reversible contraception" in parse("LARC").clauses[0].alternatives
    synonym.delete()
    assert parse("LARC").clauses[0].alternatives == ("larc",)


@pytest.mark.django_db
def test_either_spelling_finds_both_without_any_synonym():
    assert parse("haemorrhage").clauses[0].alternatives == ("haemorrhage", "hemorrhage")
    assert parse("pediatric practices").clauses == [
        Clause(("pediatric", "paediatric")),
        Clause(("practices",)),
    ]
    assert parse('"labour"').clauses[0].alternatives == ("labour", "labor")
    assert parse("-centre").clauses[0] == Clause(("centre",), excluded=True)


@pytest.mark.django_db
def test_an_editors_synonym_is_found_in_either_spelling():
    Synonym.objects.create(terms="PPH, postpartum hemorrhage")
    assert parse("postpartum haemorrhage drills").clauses[0].alternatives == (
        "postpartum haemorrhage",
        "pph",
        "postpartum hemorrhage",
    )
    assert "postpartum haemorrhage" in parse("PPH").clauses[0].alternatives


@pytest.mark.django_db
def test_a_synonym_needs_two_terms():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        Synonym(terms="SIDS").full_clean()
    with pytest.raises(ValidationError):
        Synonym(terms="SIDS, sids").full_clean()


def test_a_synonym_typed_in_part_completes_to_what_it_stands_for():
    from search.query import synonyms_completing

    groups = [
        ["sdoh", "social determinants of health", "social determinants"],
        ["larc", "long-acting reversible contraception"],
        ["co", "community organizer"],
    ]
    assert synonyms_completing("SDO", groups) == [
        "social determinants of health",
        "social determinants",
    ]
    assert synonyms_completing("lar", groups) == ["long-acting reversible contraception"]
    assert synonyms_completing("social det", groups) == ["sdoh"]
    assert synonyms_completing("co", groups) == []  # every alternative begins so: nothing to add
    assert synonyms_completing("s", groups) == []
