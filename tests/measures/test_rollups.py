"""Teams' figures added up: network totals, a team against its network,
aims, and the public state and county profiles, each with small numbers
hidden and each seen only by whom it is for."""

import csv
import io
from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse

from community.factories import TeamFactory, UserFactory
from community.models import Jurisdiction
from kernel.roles import SiteRole
from measures import rollups
from measures.factories import EntryFactory, MeasureFactory, TrackedMeasureFactory
from measures.models import Entry, StratumCategory, StratumValue
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

REVIEWED = Entry.Status.REVIEWED


def _month(i: int) -> date:
    return date(2025 + i // 12, i % 12 + 1, 1)


@pytest.fixture
def audit(network):
    return MeasureFactory(name="Crib audit compliance", slug="crib-audit", networks=[network])


@pytest.fixture
def teams(team, network, audit):
    """Four teams of the network with a year of reviewed figures; the last
    audits so few infants that its counts are small."""
    others = [
        TeamFactory(name=name, slug=slug, networks=[network])
        for name, slug in (("Dayton", "dayton"), ("Akron", "akron"), ("Tiny", "tiny"))
    ]
    sizes = {team: (80, 100), others[0]: (60, 100), others[1]: (90, 100), others[2]: (0, 0)}
    for member_team, (safe, audited) in sizes.items():
        TrackedMeasureFactory(team=member_team, measure=audit)
        for i in range(12):
            small = member_team.slug == "tiny"
            EntryFactory(
                team=member_team,
                measure=audit,
                period=_month(i),
                numerator=(1 if i < 6 else 0) if small else safe,
                denominator=1 if small else audited,
                status=REVIEWED,
            )
    return [team, *others]


def test_totals_sum_numerators_and_denominators_and_skip_drafts(team, network, audit):
    other = TeamFactory(slug="dayton", networks=[network])
    EntryFactory(
        team=team, measure=audit, period=_month(0), numerator=1, denominator=2, status=REVIEWED
    )
    EntryFactory(
        team=other, measure=audit, period=_month(0), numerator=90, denominator=100, status=REVIEWED
    )
    EntryFactory(team=other, measure=audit, period=_month(1), numerator=50, denominator=50)  # draft
    (total,) = rollups.totals(audit, rollups.network_teams(network))
    assert (total.shown.numerator, total.shown.denominator, total.teams) == (91, 102, 2)
    assert total.shown.rate == pytest.approx(91 / 102)  # not the mean of 50% and 90%


def test_a_small_total_is_hidden(team, network, audit):
    EntryFactory(
        team=team, measure=audit, period=_month(0), numerator=4, denominator=40, status=REVIEWED
    )
    (total,) = rollups.totals(audit, rollups.network_teams(network))
    assert total.shown.numerator is None and total.shown.rate is None
    with override_settings(MEASURES_SMALL_NUMBER_THRESHOLD=3):
        (total,) = rollups.totals(audit, rollups.network_teams(network))
        assert total.shown.numerator == 4


def test_the_benchmark_names_only_the_viewers_teams_and_those_who_chose(teams, network, audit):
    ohio, dayton, akron, tiny = teams
    found = rollups.benchmark(audit, network, frozenset({ohio.pk}))
    names = [t.name for t in found.teams]
    # Best first (higher is better); the hidden one last.
    assert names == ["Another team", "Ohio State Team", "Another team", "Another team"]
    assert "Dayton" not in names and "Akron" not in names
    # Tiny counted 6 safe of 12: a rate from a small count, hidden.
    assert found.hidden == 1
    assert sorted(t.rate for t in found.teams if t.rate is not None) == [60, 80, 90]
    assert found.median == 80
    assert found.top_quartile == 85  # the better quarter: higher is better
    dayton.tracked.filter(measure=audit).update(named_in_benchmarks=True)
    named = rollups.benchmark(audit, network, frozenset({ohio.pk}))
    assert "Dayton" in [t.name for t in named.teams]
    everyone = rollups.benchmark(audit, network, None)  # an administrator
    assert {t.name for t in everyone.teams} == {"Ohio State Team", "Dayton", "Akron", "Tiny"}
    assert [t.rate for t in everyone.teams if t.name == "Tiny"] == [50]


def test_aims_are_counted_against_each_teams_frozen_baseline(team, network, audit):
    tracked = TrackedMeasureFactory(team=team, measure=audit)
    tracked.aim_percent, tracked.baseline_end = 20, _month(11)
    tracked.save()
    for i in range(24):
        safe = 50 if i < 12 else 61  # 22% up on a 20% aim
        EntryFactory(
            team=team,
            measure=audit,
            period=_month(i),
            numerator=safe,
            denominator=100,
            status=REVIEWED,
        )
    assert rollups.aims(audit, rollups.network_teams(network)).met == 1
    tracked.aim_percent = 40
    tracked.save()
    aims = rollups.aims(audit, rollups.network_teams(network))
    assert (aims.met, aims.moving, aims.not_yet) == (0, 1, 0)


# --- Who sees a network's figures ---------------------------------------------------


def test_the_network_page_is_for_the_networks_people(
    client, teams, network, audit, member, outsider
):
    url = reverse("measures:network_figures", args=[audit.slug, network.slug])
    assert client.get(url).status_code == 302
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    assert client.get(url + "data.csv").status_code == 404
    coach = UserFactory(username="coach")
    teams[1].faculty.add(coach)  # coaches Dayton only
    editor = UserFactory(username="ed")
    editor.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    for person in (member, coach, editor):
        client.force_login(person)
        page = client.get(url)
        assert page.status_code == 200, person
        assert "Akron" not in page.content.decode()
    client.force_login(coach)
    assert "Dayton" in client.get(url).content.decode()


def test_the_team_chart_shows_the_team_against_its_network(client, teams, network, audit, member):
    client.force_login(member)
    page = client.get(reverse("measures:chart", args=["ohio", audit.slug])).content.decode()
    assert "Against Safe Sleep" in page and "(this team)" in page
    assert "Dayton" not in page and "Akron" not in page


def test_only_the_lead_or_data_lead_lets_the_network_see_the_teams_name(
    client, teams, audit, lead, member
):
    url = reverse("measures:naming", args=["ohio", audit.slug])
    client.force_login(member)
    assert client.post(url, {"named": "on"}).status_code == 403
    assert not teams[0].tracked.get(measure=audit).named_in_benchmarks
    client.force_login(lead)
    client.post(url, {"named": "on"})
    assert teams[0].tracked.get(measure=audit).named_in_benchmarks


# --- Public profiles -----------------------------------------------------------------


@pytest.fixture
def bootheel(network):
    """A Missouri hub's year of postpartum visits by county, published;
    Mississippi County's count is small."""
    missouri = Jurisdiction.objects.get(postal_code="MO")
    hub = TeamFactory(
        name="Pemiscot County Hub", slug="pemiscot", jurisdiction=missouri, networks=[network]
    )
    measure = MeasureFactory(
        name="Postpartum visit",
        slug="postpartum",
        dimensions=["county"],
        strata_add_up=True,
        data_published=True,
    )
    counties = {
        slug: StratumCategory.objects.create(
            dimension="county", name=f"{slug.title()} County", slug=slug, jurisdiction=missouri
        )
        for slug in ("dunklin", "mississippi", "pemiscot")
    }
    # Over the year: Dunklin 240 of 300, Mississippi 7 of 24, Pemiscot 120 of 180.
    figures = {"dunklin": (20, 25), "pemiscot": (10, 15)}
    for i in range(12):
        entry_figures = dict(figures)
        # Mississippi County: all seven visits (of 24 mothers) in January.
        entry_figures["mississippi"] = (7, 24) if i == 0 else (0, 0)
        numerator = sum(n for n, _ in entry_figures.values())
        denominator = sum(d for _, d in entry_figures.values())
        entry = EntryFactory(
            team=hub,
            measure=measure,
            period=_month(i),
            numerator=numerator,
            denominator=denominator,
            status=REVIEWED,
        )
        for slug, (n, d) in entry_figures.items():
            StratumValue.objects.create(
                entry=entry, category=counties[slug], numerator=n, denominator=d
            )
    return measure


def test_the_state_profile_hides_small_counts_and_what_gives_them_away(client, bootheel):
    page = client.get(reverse("measures:state_profile", args=["missouri"]))
    assert page.status_code == 200
    (profile,) = page.context["profiles"]
    lines = {line.key: line for line in profile.counties}
    assert (lines["dunklin"].shown.numerator, lines["dunklin"].shown.denominator) == (240, 300)
    assert lines["mississippi"].shown.numerator is None  # 7: small
    assert lines["pemiscot"].shown.numerator is None  # the next smallest, else 367 - 240 - 120 = 7
    assert profile.total.shown.numerator == 367
    html = page.content.decode()
    assert ">120<" not in html and ">7<" not in html
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(reverse("measures:state_csv", args=["missouri"])).content.decode()
            )
        )
    )
    pemiscot = next(r for r in rows if r[4] == "Pemiscot County")
    assert pemiscot[5] == "" and pemiscot[7] == ""
    assert not any(r[5] in ("7", "120") for r in rows[1:])


def test_a_county_page_shows_the_same_hidden_cells_as_its_state(client, bootheel):
    page = client.get(reverse("measures:county", args=["missouri", "pemiscot"]))
    assert page.status_code == 200
    ((profile, line),) = page.context["rows"]
    assert line.shown.numerator is None and line.shown.denominator == 180
    assert ">120<" not in page.content.decode()


def test_only_published_measures_and_counted_figures_reach_the_profiles(client, bootheel):
    Entry.objects.update(status=Entry.Status.DRAFT)
    assert client.get(reverse("measures:state_profile", args=["missouri"])).status_code == 404
    Entry.objects.update(status=REVIEWED)
    bootheel.data_published = False
    bootheel.save()
    assert client.get(reverse("measures:state_profile", args=["missouri"])).status_code == 404
    assert client.get(reverse("measures:county", args=["missouri", "pemiscot"])).status_code == 404
    assert "Missouri" not in client.get(reverse("measures:places")).content.decode()


# --- The API says what the pages say -------------------------------------------------


def test_the_profile_api_hides_what_the_page_hides(client, bootheel):
    answer = client.get("/api/measures/places/missouri/")
    assert answer.status_code == 200
    (profile,) = answer.json()
    counties = {line["group"]: line for line in profile["counties"]}
    assert counties["dunklin"]["numerator"] == 240 and counties["dunklin"]["value"] == 80
    for hidden in ("mississippi", "pemiscot"):
        assert counties[hidden]["numerator"] is None and counties[hidden]["value"] is None
        assert counties[hidden]["hidden"] == ["numerator", "rate"]
    assert profile["total"]["numerator"] == 367
    assert "120" not in answer.content.decode().replace("1200", "")
    bootheel.data_published = False
    bootheel.save()
    assert client.get("/api/measures/places/missouri/").status_code == 404


def test_the_network_api_is_the_network_pages(client, teams, network, audit, member, outsider):
    url = f"/api/measures/measures/{audit.slug}/networks/{network.slug}/"
    assert client.get(url).status_code == 401
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(member)
    answer = client.get(url).json()
    assert len(answer["totals"]) == 12 and answer["totals"][0]["teams"] == 4
    names = [team["name"] for team in answer["benchmark"]["teams"]]
    assert names.count("Another team") == 3 and "Ohio State Team" in names
    assert answer["benchmark"]["hidden_teams"] == 1


def test_the_network_page_costs_the_same_queries_however_many_teams(
    client, teams, network, audit, member
):
    for tracked in audit.tracked_by.all():
        tracked.aim_percent, tracked.baseline_end = 10, _month(2)
        tracked.save()
    client.force_login(member)
    url = reverse("measures:network_figures", args=[audit.slug, network.slug])
    few = queries_for(client, url)
    for n in range(5):
        extra = TeamFactory(slug=f"extra-{n}", networks=[network])
        TrackedMeasureFactory(team=extra, measure=audit, aim_percent=10, baseline_end=_month(2))
        for i in range(12):
            EntryFactory(team=extra, measure=audit, period=_month(i), status=REVIEWED)
    assert queries_for(client, url) == few
