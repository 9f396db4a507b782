"""/api/measures/: the dictionary, a team's figures and chart for those who
see them, and submitting figures with a personal API token through the same
checks as the form."""

from datetime import date

import pytest
from wagtail.models import APIToken

from community.factories import UserFactory
from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from measures.models import Dimension, Entry

pytestmark = pytest.mark.django_db


def _bearer(user) -> dict:
    _, plaintext = APIToken.create_token(user=user, name="state data system")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


@pytest.fixture
def audit(team):
    measure = MeasureFactory(
        name="Crib audit compliance", slug="crib-audit", dimensions=[Dimension.RACE]
    )
    TrackedMeasureFactory(team=team, measure=measure)
    for month in range(1, 13):
        EntryFactory(team=team, measure=measure, period=date(2025, month, 1), numerator=30 + month)
    return measure


def test_the_dictionary_lists_what_the_caller_may_see(client, team):
    MeasureFactory(name="Crib audit compliance", slug="crib-audit")
    MeasureFactory(name="Our own", slug="own", team=team)
    assert [m["slug"] for m in client.get("/api/measures/").json()] == ["crib-audit"]


def test_a_teams_figures_and_chart_are_for_its_members_and_coaches(client, team, audit, member):
    url = f"/api/measures/teams/{team.slug}/entries/"
    assert client.get(url).status_code == 404
    stranger = UserFactory(username="stranger")
    assert client.get(url, **_bearer(stranger)).status_code == 404
    figures = client.get(url, **_bearer(member)).json()
    assert len(figures) == 12 and figures[0]["numerator"] == 31
    chart = client.get(f"/api/measures/teams/{team.slug}/charts/crib-audit/", **_bearer(member))
    body = chart.json()
    assert body["control_chart"] == "p" and len(body["values"]) == 12
    assert any(s["kind"] == "trend" for s in body["run_signals"])  # 31, 32, … 42
    assert "Trend: 12 months going up, January 2025 to December 2025." in body["findings"]


def test_a_data_lead_submits_figures_by_token(client, team, data_lead, audit):
    url = f"/api/measures/teams/{team.slug}/entries/"
    readings = [
        {
            "measure": "crib-audit",
            "period": "2026-03-01",
            "numerator": 40,
            "denominator": 50,
            "groups": {"race/black": {"numerator": 10, "denominator": 14}},
        }
    ]
    response = client.post(url, readings, content_type="application/json", **_bearer(data_lead))
    assert response.status_code == 201, response.content
    assert response.json()[0]["status"] == "draft"
    entry = Entry.objects.get(period=date(2026, 3, 1))
    assert entry.strata.get().numerator == 10


def test_a_bad_submission_stores_nothing_and_says_why(client, team, data_lead, member, audit):
    url = f"/api/measures/teams/{team.slug}/entries/"
    readings = [
        {"measure": "crib-audit", "period": "2026-04-01", "numerator": 9, "denominator": 10},
        {"measure": "crib-audit", "period": "2026-05-01", "numerator": 11, "denominator": 10},
        {"measure": "nope", "period": "2026-05-01", "value": 1},
    ]
    response = client.post(url, readings, content_type="application/json", **_bearer(data_lead))
    assert response.status_code == 400
    assert response.json()["detail"] == ["Reading 3: the team does not track a measure “nope”."]
    response = client.post(url, readings[:2], content_type="application/json", **_bearer(data_lead))
    assert response.json()["detail"] == [
        "Reading 2: the numerator (11) is above the denominator (10)."
    ]
    refused = client.post(url, readings[:1], content_type="application/json", **_bearer(member))
    assert refused.status_code == 403
    assert not Entry.objects.filter(period__gte=date(2026, 1, 1)).exists()
