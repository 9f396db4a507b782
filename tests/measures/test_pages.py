"""The measure pages as their people use them: the public dictionary, a
team's measures for the team and its coaches, the period form, the chart
that says what it found, its table and CSV, and the coach's review."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse

from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from measures.models import Entry, EntryChange
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

# Eighteen months of crib audits: a year around 70% safe, then six months
# around 90% after the team adopted a crib audit huddle.
BEFORE = [70, 72, 68, 71, 69, 73, 70, 67, 72, 71, 69, 70]
AFTER = [88, 91, 90, 89, 92, 90]


@pytest.fixture
def audit(team, network):
    measure = MeasureFactory(
        name="Crib audit compliance", slug="crib-audit", networks=[network], target=85
    )
    TrackedMeasureFactory(team=team, measure=measure)
    for month, safe in enumerate(BEFORE + AFTER):
        period = date(2025 + month // 12, month % 12 + 1, 1)
        EntryFactory(team=team, measure=measure, period=period, numerator=safe, denominator=100)
    return measure


def test_the_dictionary_is_public_and_a_teams_own_measure_is_not(client, team, network, member):
    MeasureFactory(name="Crib audit compliance", slug="crib-audit", networks=[network])
    own = MeasureFactory(name="Our huddle count", slug="huddles", team=team)
    listing = client.get(reverse("measures:index")).content.decode()
    assert "Crib audit compliance" in listing and "Our huddle count" not in listing
    assert client.get(reverse("measures:measure", args=["crib-audit"])).status_code == 200
    assert client.get(own.get_absolute_url()).status_code == 404
    client.force_login(member)
    assert client.get(own.get_absolute_url()).status_code == 200


def test_the_team_and_its_coach_see_its_measures_others_do_not(
    client, team, audit, member, coach, outsider
):
    url = reverse("measures:team", args=[team.slug])
    assert client.get(url).status_code == 302  # sign in first
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    assert "Our measures" not in client.get(team.get_absolute_url()).content.decode()
    for person in (member, coach):
        client.force_login(person)
        assert "Crib audit compliance" in client.get(url).content.decode()
        assert "Our measures" in client.get(team.get_absolute_url()).content.decode()


def test_the_chart_says_what_the_rules_found(client, team, audit, member):
    client.force_login(member)
    page = client.get(reverse("measures:chart", args=[team.slug, audit.slug]))
    body = page.content.decode()
    assert page.status_code == 200
    # The six months after the change sit above the median of the eighteen.
    assert "Shift: 6 months above the median, from January 2026 to June 2026." in body
    assert "Special cause" in body  # the control chart (p) sees it too
    assert body.count("<svg") == 2 and 'role="img"' in body
    assert '<th scope="row">June 2026</th>' in body


def test_the_chart_page_costs_the_same_queries_however_long_the_series(client, team, audit, member):
    client.force_login(member)
    url = reverse("measures:chart", args=[team.slug, audit.slug])
    short = queries_for(client, url)
    for month in range(6, 12):
        EntryFactory(
            team=team, measure=audit, period=date(2026, month + 1, 1), numerator=90, denominator=100
        )
    assert queries_for(client, url) == short


def test_the_figures_download_as_csv(client, team, audit, coach):
    client.force_login(coach)
    response = client.get(reverse("measures:chart_csv", args=[team.slug, audit.slug]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert response["Content-Type"].startswith("text/csv")
    assert rows[0][:4] == ["Period", "Numerator", "Denominator", "Value"]
    assert rows[1][:4] == ["January 2025", "70", "100", "70"]
    assert len(rows) == 1 + 18


def test_a_data_lead_enters_a_month_by_the_form(client, team, data_lead, network):
    measure = MeasureFactory(name="Crib audit compliance", slug="crib-audit", networks=[network])
    TrackedMeasureFactory(team=team, measure=measure)
    client.force_login(data_lead)
    url = reverse("measures:enter", args=[team.slug]) + "?period=2026-03"
    form = client.get(url).content.decode()
    assert f'name="m{measure.pk}-numerator"' in form and "never enter anything about one" in form

    refused = client.post(
        url,
        {
            "period": "2026-03-01",
            f"m{measure.pk}-numerator": "60",
            f"m{measure.pk}-denominator": "50",
        },
    )
    assert "Nothing was saved" in refused.content.decode()
    assert "the numerator (60) is above the denominator (50)" in refused.content.decode()
    assert not Entry.objects.exists()

    saved = client.post(
        url,
        {
            "period": "2026-03-01",
            f"m{measure.pk}-numerator": "45",
            f"m{measure.pk}-denominator": "50",
        },
    )
    assert saved.status_code == 302
    entry = Entry.objects.get()
    assert (entry.period, entry.numerator, entry.denominator) == (date(2026, 3, 1), 45, 50)
    assert EntryChange.objects.filter(entry=entry, changed_by=data_lead).count() == 2

    submitted = client.post(reverse("measures:submit", args=[team.slug]), {"period": "2026-03-01"})
    assert submitted.status_code == 302
    entry.refresh_from_db()
    assert entry.status == Entry.Status.SUBMITTED


def test_a_member_who_is_not_the_data_lead_cannot_enter(client, team, member, audit):
    client.force_login(member)
    assert client.get(reverse("measures:enter", args=[team.slug])).status_code == 403


def test_a_coach_reviews_from_the_chart(client, team, audit, coach, member):
    entry = Entry.objects.filter(measure=audit).last()
    Entry.objects.filter(pk=entry.pk).update(status=Entry.Status.SUBMITTED)
    chart = reverse("measures:chart", args=[team.slug, audit.slug])
    client.force_login(member)
    assert "Waiting for your review" not in client.get(chart).content.decode()
    client.force_login(coach)
    assert "Waiting for your review" in client.get(chart).content.decode()
    client.post(reverse("measures:review", args=[entry.pk]), {"comment": "Matches the log."})
    entry.refresh_from_db()
    assert entry.status == Entry.Status.REVIEWED and entry.comments.get().author == coach


def test_the_site_search_finds_published_measures_only(
    client, team, network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        MeasureFactory(name="Breastfeeding initiation", slug="initiation", networks=[network])
        MeasureFactory(name="Breastfeeding huddles of ours", slug="ours", team=team)
    body = client.get(reverse("search:index"), {"q": "breastfeeding"}).content.decode()
    assert "Breastfeeding initiation" in body and "huddles of ours" not in body


def test_the_gap_between_groups_is_charted_as_a_ratio(client, team, member):
    from measures.models import Dimension, StratumCategory, StratumValue

    measure = MeasureFactory(
        name="Breastfeeding initiation", slug="initiation", dimensions=[Dimension.RACE]
    )
    TrackedMeasureFactory(team=team, measure=measure)
    black = StratumCategory.objects.get(slug="black", jurisdiction=None)
    white = StratumCategory.objects.get(slug="white", jurisdiction=None)
    for month in range(20):
        black_fed = 50 if month < 12 else 75
        entry = EntryFactory(
            team=team,
            measure=measure,
            period=date(2025 + month // 12, month % 12 + 1, 1),
            numerator=black_fed + 80,
            denominator=200,
        )
        StratumValue.objects.create(
            entry=entry, category=black, numerator=black_fed, denominator=100
        )
        StratumValue.objects.create(entry=entry, category=white, numerator=80, denominator=100)
    client.force_login(member)
    body = client.get(reverse("measures:chart", args=[team.slug, measure.slug])).content.decode()
    assert "By race and ethnicity" in body
    assert (
        "In August 2026, the Black or African American rate was 0.94 times the White rate." in body
    )
    assert (
        "The gap was narrower than usual: 8 months above the ratio&#x27;s median, "
        "January 2026 to August 2026." in body
    )


def test_a_refused_figure_is_shown_in_its_row(client, team, data_lead, network):
    measure = MeasureFactory(name="Crib audit compliance", slug="crib-audit", networks=[network])
    TrackedMeasureFactory(team=team, measure=measure)
    client.force_login(data_lead)
    url = reverse("measures:enter", args=[team.slug]) + "?period=2026-03"
    body = client.post(
        url, {f"m{measure.pk}-numerator": "60", f"m{measure.pk}-denominator": "50"}
    ).content.decode()
    assert 'class="has-error"' in body
    assert f'id="row-error-{measure.pk}-1"' in body
    assert f'aria-describedby="row-error-{measure.pk}-1"' in body and 'aria-invalid="true"' in body


def test_a_period_not_yet_begun_is_refused_with_a_message(client, team, data_lead):
    client.force_login(data_lead)
    response = client.get(
        reverse("measures:enter", args=[team.slug]) + "?period=2099-01", follow=True
    )
    assert "January 2099 has not begun yet." in response.content.decode()


def test_a_measure_cannot_take_the_profiles_address():
    from django.core.exceptions import ValidationError

    measure = MeasureFactory.build(slug="places")
    with pytest.raises(ValidationError, match="taken"):
        measure.full_clean()
