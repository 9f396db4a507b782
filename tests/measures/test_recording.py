"""Recording a team's data: every bad value is a clear error and nothing is
stored; every change is kept; a change after review is a late correction;
submitting tells the coaches, reviewing tells the team."""

from datetime import date

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from measures import services
from measures.factories import MeasureFactory, TrackedMeasureFactory
from measures.models import (
    DataType,
    Dimension,
    Entry,
    EntryChange,
    Frequency,
    ReviewComment,
    StratumCategory,
)
from measures.services import Figures, Reading

pytestmark = pytest.mark.django_db
MARCH = date(2026, 3, 1)


@pytest.fixture
def audit(team):
    """Crib audit compliance, a proportion broken down by race and payer
    whose groups must add up."""
    measure = MeasureFactory(
        name="Crib audit compliance",
        slug="crib-audit",
        dimensions=[Dimension.RACE, Dimension.PAYER],
        strata_add_up=True,
    )
    TrackedMeasureFactory(team=team, measure=measure)
    return measure


def _group(slug: str) -> StratumCategory:
    return StratumCategory.objects.get(slug=slug, jurisdiction=None)


def _record(user, team, *readings):
    return services.record(user, team, list(readings))


def _errors(user, team, *readings) -> list[str]:
    with pytest.raises(ValidationError) as raised:
        _record(user, team, *readings)
    return raised.value.messages


def test_a_month_is_stored_with_its_groups_and_its_history(team, data_lead, audit):
    groups = {
        _group("black"): Figures(numerator=10, denominator=14),
        _group("white"): Figures(numerator=30, denominator=36),
    }
    [entry] = _record(
        data_lead, team, Reading(audit, MARCH, Figures(numerator=40, denominator=50), groups)
    )
    assert (entry.numerator, entry.denominator, entry.status) == (40, 50, Entry.Status.DRAFT)
    assert {s.category.slug: (s.numerator, s.denominator) for s in entry.strata.all()} == {
        "black": (10, 14),
        "white": (30, 36),
    }
    fields = set(EntryChange.objects.filter(entry=entry).values_list("field", "old", "new"))
    assert ("numerator", "", "40") in fields and ("race/black:denominator", "", "14") in fields


@pytest.mark.parametrize(
    "figures, message",
    [
        (Figures(numerator=51, denominator=50), "the numerator (51) is above the denominator (50)"),
        (
            Figures(numerator=-1, denominator=50),
            "a numerator or denominator below zero is not a count",
        ),
        (Figures(numerator=3), "give both the numerator and the denominator"),
        (Figures(numerator=2.5, denominator=9), "numerators and denominators are whole numbers"),
        (Figures(numerator=4, denominator=0), "a numerator of 4 over a denominator of 0"),
        (Figures(numerator=float("nan"), denominator=9), "a figure is not a number"),
    ],
)
def test_a_bad_proportion_is_refused_with_its_reason(team, data_lead, audit, figures, message):
    errors = _errors(data_lead, team, Reading(audit, MARCH, figures))
    assert errors == [f"Crib audit compliance, March 2026: {message}."]
    assert not Entry.objects.exists()


def test_counts_levels_and_answers_are_checked_by_type(team, data_lead):
    count = MeasureFactory(name="Crib audits done", slug="audits", data_type=DataType.COUNT)
    level = MeasureFactory(
        name="Policy in place",
        slug="policy",
        data_type=DataType.LEVEL,
        levels="None\nDraft\nAdopted",
    )
    answer = MeasureFactory(name="Champion named", slug="champion", data_type=DataType.YES_NO)
    for measure in (count, level, answer):
        TrackedMeasureFactory(team=team, measure=measure)
    errors = _errors(
        data_lead,
        team,
        Reading(count, MARCH, Figures(value=-2)),
        Reading(level, MARCH, Figures(value=4)),
        Reading(answer, MARCH, Figures(value=2)),
    )
    assert errors == [
        "Crib audits done, March 2026: a count is a whole number, 0 or more (not -2).",
        "Policy in place, March 2026: the level is a whole number from 1 to 3.",
        "Champion named, March 2026: answer 1 for yes or 0 for no.",
    ]


def test_one_bad_reading_stores_nothing_of_the_others(team, data_lead, audit):
    good = Reading(audit, date(2026, 2, 1), Figures(numerator=9, denominator=10))
    bad = Reading(audit, MARCH, Figures(numerator=11, denominator=10))
    with pytest.raises(ValidationError):
        _record(data_lead, team, good, bad)
    assert not Entry.objects.exists() and not EntryChange.objects.exists()


def test_future_duplicate_untracked_and_misaligned_periods_are_refused(team, data_lead, audit):
    other = MeasureFactory(name="Postpartum visits", slug="postpartum")
    quarterly = MeasureFactory(
        name="Quarterly review", slug="quarterly", frequency=Frequency.QUARTERLY
    )
    TrackedMeasureFactory(team=team, measure=quarterly)
    figures = Figures(numerator=1, denominator=2)
    errors = _errors(
        data_lead,
        team,
        Reading(audit, date(2099, 1, 1), figures),
        Reading(audit, MARCH, figures, where="Row 3"),
        Reading(audit, MARCH, figures, where="Row 4"),
        Reading(other, MARCH, figures),
        Reading(quarterly, date(2026, 2, 1), figures),
        Reading(audit, date(2026, 3, 15), figures),
    )
    assert errors == [
        "Crib audit compliance, January 2099: January 2099 is in the future.",
        "Row 4: the same period as Row 3.",
        "Postpartum visits, March 2026: Ohio State Team does not track Postpartum visits.",
        "Quarterly review, Q1 2026: 2026-02-01 is not the first day of a quarter.",
        "Crib audit compliance, March 2026: 2026-03-15 is not the first day of a month.",
    ]


def test_unknown_groups_and_groups_that_do_not_add_up_are_refused(team, data_lead, audit):
    age = _group("under-20")  # the measure is not broken down by age
    errors = _errors(
        data_lead,
        team,
        Reading(audit, MARCH, Figures(numerator=40, denominator=50), {age: Figures(1, 1, 1)}),
    )
    assert errors == [
        "Crib audit compliance, March 2026: Crib audit compliance is not broken down by Age group."
    ]
    groups = {
        _group("black"): Figures(numerator=10, denominator=14),
        _group("white"): Figures(numerator=29, denominator=36),
    }
    errors = _errors(
        data_lead, team, Reading(audit, MARCH, Figures(numerator=40, denominator=50), groups)
    )
    assert errors == [
        "Crib audit compliance, March 2026: the race and ethnicity groups' numerators add up "
        "to 39, not 40."
    ]


def test_only_the_lead_and_data_lead_record(team, member, audit):
    with pytest.raises(PermissionDenied):
        _record(member, team, Reading(audit, MARCH, Figures(numerator=1, denominator=2)))


def test_submit_tells_the_coaches_and_a_review_answers_the_team(
    team, data_lead, coach, audit, django_capture_on_commit_callbacks
):
    _record(data_lead, team, Reading(audit, MARCH, Figures(numerator=40, denominator=50)))
    with django_capture_on_commit_callbacks(execute=True):
        [entry] = services.submit(data_lead, team, MARCH)
    assert entry.status == Entry.Status.SUBMITTED
    assert [message.to for message in mail.outbox] == [["coach@example.org"]]
    assert "Crib audit compliance, March 2026" in mail.outbox[0].body

    with pytest.raises(PermissionDenied):
        services.review(data_lead, entry, "Looks right")  # not a coach
    with django_capture_on_commit_callbacks(execute=True):
        reviewed = services.review(coach, entry, "Clear, thank you.")
    assert reviewed.status == Entry.Status.REVIEWED and reviewed.reviewed_by == coach
    assert ReviewComment.objects.get().text == "Clear, thank you."
    assert mail.outbox[-1].to == [data_lead.email]


def test_a_change_after_review_is_a_late_correction_with_its_history(team, data_lead, coach, audit):
    _record(data_lead, team, Reading(audit, MARCH, Figures(numerator=40, denominator=50)))
    [entry] = services.submit(data_lead, team, MARCH)
    services.review(coach, entry)
    _record(data_lead, team, Reading(audit, MARCH, Figures(numerator=41, denominator=50)))
    entry.refresh_from_db()
    assert entry.corrected and entry.numerator == 41
    latest = EntryChange.objects.filter(entry=entry).first()
    assert (latest.field, latest.old, latest.new, latest.changed_by) == (
        "numerator",
        "40",
        "41",
        data_lead,
    )


def test_saving_the_same_figures_again_changes_nothing(team, data_lead, audit):
    reading = Reading(audit, MARCH, Figures(numerator=40, denominator=50))
    _record(data_lead, team, reading)
    before = EntryChange.objects.count()
    _record(data_lead, team, reading)
    assert EntryChange.objects.count() == before
