"""Marks on a team's chart: a change adopted that starts a new phase (the
centre computed afresh from there), PDSA cycles and notes; who may add
them, and what a wrong one is told."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from measures import charts, services
from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from measures.models import Annotation
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

BEFORE = [70, 72, 68, 71, 69, 73, 70, 67, 72, 71, 69, 70]
AFTER = [88, 91, 90, 89, 92, 90, 91, 89]


def _month(i: int) -> date:
    return date(2025 + i // 12, i % 12 + 1, 1)


@pytest.fixture
def tracked(team, network):
    measure = MeasureFactory(name="Crib audit compliance", slug="crib-audit", networks=[network])
    tracked = TrackedMeasureFactory(team=team, measure=measure)
    for i, safe in enumerate(BEFORE + AFTER):
        EntryFactory(team=team, measure=measure, period=_month(i), numerator=safe, denominator=100)
    return tracked


def _page(client, tracked):
    return client.get(reverse("measures:chart", args=["ohio", tracked.measure.slug]))


def test_a_change_starts_a_phase_with_its_own_median(client, tracked, data_lead):
    services.annotate(data_lead, tracked, _month(12), "change", "Crib huddle adopted", True)
    services.annotate(data_lead, tracked, _month(10), "pdsa", "PDSA cycle 3 on both units")
    client.force_login(data_lead)
    page = _page(client, tracked)
    drawn = page.context["charts"]
    medians = [phase.median for phase in drawn.run.phases]
    assert medians == [70, 90]
    assert [phase.label for phase in drawn.run.phases][1] == "Crib huddle adopted"
    assert drawn.control.centre[0] != drawn.control.centre[-1]  # limits per phase too
    html = page.content.decode()
    assert "From January 2026 (Crib huddle adopted): median 90, against 70 before." in html
    assert "PDSA cycle 3 on both units" in html and "spc-chart__phase" in html
    # The phase line breaks the median: two stretches, not one slanting line.
    assert len(page.context["run"]["lines"]["median"]) == 2
    assert [kind for _x, _n, kind, _label in page.context["run"]["notes"]] == ["pdsa", "change"]


def test_the_page_form_adds_and_removes_a_mark(client, tracked, data_lead):
    client.force_login(data_lead)
    url = reverse("measures:mark", args=["ohio", tracked.measure.slug])
    answer = client.post(url, {"period": "2025-06", "kind": "note", "text": "New charge nurse"})
    assert answer.status_code == 302
    note = tracked.annotations.get()
    assert (note.period, note.kind, note.new_phase) == (date(2025, 6, 1), "note", False)
    remove = reverse("measures:remove_mark", args=["ohio", tracked.measure.slug, note.pk])
    client.post(remove)
    assert not tracked.annotations.exists()


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        ({"period": "2025-06", "kind": "note", "text": " "}, "Say in a few words"),
        ({"period": "2099-01", "kind": "note", "text": "x"}, "has not started yet"),
        ({"period": "June", "kind": "note", "text": "x"}, "Choose a month"),
        ({"period": "2025-06", "kind": "rumour", "text": "x"}, "Choose what the mark is"),
        ({"period": "2025-06", "kind": "note", "text": "x", "new_phase": "on"}, "Only a change"),
    ],
)
def test_a_wrong_mark_is_refused_with_why_and_stores_nothing(
    client, tracked, data_lead, posted, message
):
    client.force_login(data_lead)
    answer = client.post(reverse("measures:mark", args=["ohio", tracked.measure.slug]), posted)
    assert answer.status_code == 200 and message in answer.content.decode()
    assert not Annotation.objects.exists()


def test_two_phases_cannot_start_in_one_month(tracked, data_lead):
    services.annotate(data_lead, tracked, _month(12), "change", "Huddle", True)
    with pytest.raises(ValidationError, match="already starts"):
        services.annotate(data_lead, tracked, _month(12), "change", "Script", True)


def test_only_the_lead_or_data_lead_marks_and_outsiders_see_nothing(
    client, tracked, member, data_lead, outsider
):
    with pytest.raises(PermissionDenied):
        services.annotate(member, tracked, _month(3), "note", "x")
    note = services.annotate(data_lead, tracked, _month(3), "note", "Secret plan")
    client.force_login(member)
    assert "Secret plan" in _page(client, tracked).content.decode()
    remove = reverse("measures:remove_mark", args=["ohio", tracked.measure.slug, note.pk])
    assert client.post(remove).status_code == 403
    client.force_login(outsider)
    assert _page(client, tracked).status_code == 404
    assert client.post(remove).status_code == 404
    assert Annotation.objects.filter(pk=note.pk).exists()


def test_the_api_chart_carries_phases_and_marks(client, tracked, data_lead):
    services.annotate(data_lead, tracked, _month(12), "change", "Huddle", True)
    client.force_login(data_lead)
    answer = client.get(f"/api/measures/teams/ohio/charts/{tracked.measure.slug}/").json()
    assert [(p["start"], p["median"]) for p in answer["phases"]] == [
        ("January 2025", 70),
        ("January 2026", 90),
    ]
    assert answer["marks"] == [
        {
            "period": "2026-01-01",
            "kind": "change",
            "text": "Huddle",
            "new_phase": True,
            "link": None,
        }
    ]


def test_marks_cost_no_query_per_mark(client, tracked, data_lead):
    client.force_login(data_lead)
    url = reverse("measures:chart", args=["ohio", tracked.measure.slug])
    services.annotate(data_lead, tracked, _month(1), "note", "one")
    one = queries_for(client, url)
    for i in range(2, 8):
        services.annotate(data_lead, tracked, _month(i), "pdsa", f"cycle {i}")
    assert queries_for(client, url) == one


def test_a_phase_at_the_first_month_is_the_start_not_a_second_phase(tracked, data_lead):
    services.annotate(data_lead, tracked, _month(0), "change", "Start", True)
    drawn = charts.charts_for(tracked.measure, list(tracked.measure.entries.all()), tracked)
    assert len(drawn.run.phases) == 1


def test_the_aim_is_drawn_from_the_frozen_baseline_and_said(client, tracked, data_lead):
    tracked.aim_percent, tracked.baseline_end = 20, _month(11)
    tracked.save()
    services.annotate(data_lead, tracked, _month(12), "change", "Huddle", True)
    client.force_login(data_lead)
    page = _page(client, tracked)
    assert page.context["charts"].aim == pytest.approx(84)  # 70 and 20% more
    assert page.context["run"]["lines"]["aim"]
    said = "Aim: 84, from the baseline's median of 70. Reached: the latest phase's median is 90."
    assert said in page.context["run_findings"]
    tracked.aim_percent = 40
    tracked.save()
    html = _page(client, tracked).content.decode()
    assert "Aim: 98, from the baseline&#x27;s median of 70. Not yet: the latest phase" in html


def test_no_aim_line_without_a_frozen_baseline(client, tracked, data_lead):
    tracked.aim_percent = 20
    tracked.save()
    client.force_login(data_lead)
    page = _page(client, tracked)
    assert page.context["charts"].aim is None and "aim" not in page.context["run"]["lines"]
