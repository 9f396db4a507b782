"""A team's chart page keeps its drawn sections under a digest of what they
are drawn from (measures/team_chart.py): after any change to those inputs the
kept page is the page drawn afresh, the team and its coaches share one
drawing, and a second view draws nothing."""

import re
from datetime import date

import pytest
from django.test import override_settings
from django.urls import reverse

from measures import charts, services
from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from measures.models import Dimension, Entry, StratumCategory, StratumValue, TrackedMeasure
from pdsa.factories import CycleFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def initiation(team, network):
    """Eighteen months of breastfeeding initiation by race, the Black rate
    rising after a year."""
    measure = MeasureFactory(
        name="Breastfeeding initiation",
        slug="initiation",
        networks=[network],
        dimensions=[Dimension.RACE],
    )
    TrackedMeasureFactory(team=team, measure=measure)
    black = StratumCategory.objects.get(slug="black", jurisdiction=None)
    white = StratumCategory.objects.get(slug="white", jurisdiction=None)
    for month in range(18):
        fed = 50 if month < 12 else 75
        entry = EntryFactory(
            team=team,
            measure=measure,
            period=date(2025 + month // 12, month % 12 + 1, 1),
            numerator=fed + 80,
            denominator=200,
        )
        StratumValue.objects.create(entry=entry, category=black, numerator=fed, denominator=100)
        StratumValue.objects.create(entry=entry, category=white, numerator=80, denominator=100)
    return measure


def _page(client, url: str) -> str:
    body = client.get(url).content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body)


def _fresh(client, url: str) -> str:
    with override_settings(FRAGMENT_CACHE_SECONDS=0):
        return _page(client, url)


def _record_a_month(team, measure, data_lead):
    services.record(
        data_lead,
        team,
        [
            services.Reading(
                measure, date(2026, 7, 1), services.Figures(numerator=150, denominator=200)
            )
        ],
    )


def _change_a_group_only(team, measure, data_lead):
    StratumValue.objects.filter(entry__period=date(2026, 6, 1), category__slug="black").update(
        numerator=20
    )


def _submit(team, measure, data_lead):
    Entry.objects.filter(team=team).update(status=Entry.Status.SUBMITTED)


def _mark(team, measure, data_lead):
    tracked = TrackedMeasure.objects.get(team=team, measure=measure)
    services.annotate(
        data_lead, tracked, date(2026, 1, 1), "change", "Skin-to-skin in theatre", True
    )


def _cycle(team, measure, data_lead):
    tracked = TrackedMeasure.objects.get(team=team, measure=measure)
    CycleFactory(
        team=team, measure=tracked, title="Lactation visit on day one", starts_on=date(2026, 2, 9)
    )


def _rule_set(team, measure, data_lead):
    measure.rule_set = "anhoj"
    measure.save()


def _aim(team, measure, data_lead):
    TrackedMeasure.objects.filter(team=team, measure=measure).update(
        baseline_end=date(2025, 12, 1), aim_percent=20
    )


def _group_renamed(team, measure, data_lead):
    StratumCategory.objects.filter(slug="black", jurisdiction=None).update(name="Black mothers")


@pytest.mark.parametrize(
    "change",
    [
        _record_a_month,
        _change_a_group_only,
        _submit,
        _mark,
        _cycle,
        _rule_set,
        _aim,
        _group_renamed,
    ],
)
def test_after_any_change_the_kept_page_is_the_page_drawn_afresh(
    client, team, initiation, data_lead, change
):
    url = reverse("measures:chart", args=[team.slug, initiation.slug])
    client.force_login(data_lead)
    before = _page(client, url)
    change(team, initiation, data_lead)
    after = _page(client, url)
    assert after != before  # the change shows
    assert after == _fresh(client, url)


def test_a_second_view_draws_nothing_and_the_coach_shares_the_drawing(
    client, team, initiation, data_lead, coach, monkeypatch
):
    drawn = []
    real = charts.charts_for
    monkeypatch.setattr(charts, "charts_for", lambda *a, **k: drawn.append(1) or real(*a, **k))
    url = reverse("measures:chart", args=[team.slug, initiation.slug])
    client.force_login(data_lead)
    _page(client, url)
    first = len(drawn)
    assert first >= 1
    _page(client, url)
    client.force_login(coach)
    _page(client, url)
    assert len(drawn) == first


def test_a_kept_page_costs_fewer_queries_than_drawing_it(client, team, initiation, data_lead):
    url = reverse("measures:chart", args=[team.slug, initiation.slug])
    client.force_login(data_lead)
    kept = queries_for(client, url)
    with override_settings(FRAGMENT_CACHE_SECONDS=0):
        drawn = queries_for(client, url)
    assert kept < drawn


def test_the_reviewer_still_sees_what_waits_for_review(client, team, initiation, data_lead, coach):
    url = reverse("measures:chart", args=[team.slug, initiation.slug])
    client.force_login(coach)
    assert "Waiting for your review" not in _page(client, url)
    services.submit(data_lead, team, date(2026, 6, 1))
    page = _page(client, url)
    assert "Waiting for your review" in page and "June 2026" in page
