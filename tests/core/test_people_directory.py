"""The members directory at /people/: members only; found by name, role,
team, state and network with counts; what each person's teams work on,
only as far as the viewer may see it; a fixed number of queries a page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from community.factories import (
    LearningNetworkFactory,
    MembershipFactory,
    TeamFactory,
    UserFactory,
)
from community.models import Jurisdiction, Membership
from kernel.roles import SiteRole
from measures.factories import MeasureFactory, TrackedMeasureFactory
from pdsa.factories import CycleFactory
from pdsa.models import Sharing
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

URL = "/people/"


@pytest.fixture
def safe_sleep():
    return LearningNetworkFactory(slug="safe-sleep", name="Safe Sleep")


@pytest.fixture
def ohio(safe_sleep):
    return TeamFactory(slug="ohio", name="Ohio State Team", networks=[safe_sleep])


@pytest.fixture
def missouri():
    missouri = Jurisdiction.objects.get(postal_code="MO")
    return TeamFactory(slug="missouri", name="Missouri State Team", jurisdiction=missouri)


@pytest.fixture
def ana(ohio):
    user = UserFactory(
        username="ana.lopez",
        first_name="Ana",
        last_name="Lopez",
        profile__display_name="Ana López-Rivera",
        profile__title="MCH epidemiologist",
    )
    MembershipFactory(user=user, team=ohio, role=Membership.Role.DATA_LEAD)
    return user


@pytest.fixture
def rosa(missouri):
    user = UserFactory(username="rosa", first_name="Rosa", last_name="Delgado")
    MembershipFactory(user=user, team=missouri, role=Membership.Role.MEMBER)
    return user


@pytest.fixture
def viewer(client, rosa):
    client.force_login(rosa)
    return rosa


def shown(client, query: str = "") -> list[str]:
    response = client.get(URL + query)
    assert response.status_code == 200
    return [person.account.username for person in response.context["people"]]


# --- Who sees it -----------------------------------------------------------------


def test_a_visitor_is_sent_to_log_in_and_sees_nobody(client, ana):
    response = client.get(URL + "?q=ana")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert "Ana" not in response.content.decode()


def test_a_member_sees_people_with_their_teams_and_roles(client, viewer, ana):
    page = client.get(URL).content.decode()
    assert "Ana López-Rivera" in page and "MCH epidemiologist" in page
    assert "Ohio State Team" in page and "Data lead" in page
    assert 'href="/people/ana.lopez/"' in page
    assert "Safe Sleep" in page


def test_a_newcomer_with_no_team_sees_the_directory_and_is_in_it(client, ana):
    newcomer = UserFactory(username="newcomer", profile__display_name="Sam Lee")
    client.force_login(newcomer)
    assert set(shown(client)) == {"ana.lopez", "newcomer"}
    assert "Not on a team yet" in client.get(URL + "?q=sam").content.decode()


def test_deactivated_accounts_never_appear(client, viewer, ana):
    ana.is_active = False
    ana.save()
    assert "ana.lopez" not in shown(client)
    assert "ana.lopez" not in shown(client, "?team=ohio")
    assert "Ana" not in client.get(URL + "?q=ana").content.decode()


def test_the_directory_is_not_in_the_sitemap_or_the_search(client, ana):
    assert client.get("/sitemap.xml").status_code in {200, 404}
    assert URL not in client.get("/sitemap.xml").content.decode()
    client.force_login(ana)
    assert "/people/ana.lopez/" not in client.get("/search/?q=ana").content.decode()


# --- Finding people -----------------------------------------------------------------


@pytest.mark.parametrize("words", ["ana", "LÓPEZ", "lopez", "ana lopez", "ana.lo", "Ana Rivera"])
def test_search_by_display_name_username_or_first_and_last_name(client, viewer, ana, words):
    assert shown(client, f"?q={words}") == ["ana.lopez"]


def test_a_name_nobody_has_finds_nobody_and_says_so(client, viewer, ana):
    page = client.get(URL + "?q=zebedee").content.decode()
    assert "Nobody matches these filters" in page


def test_filter_by_team_role_and_site_role_with_counts(client, viewer, ana):
    faculty = UserFactory(username="coach")
    faculty.groups.add(Group.objects.get(name=SiteRole.FACULTY.value))
    assert shown(client, "?role=data_lead") == ["ana.lopez"]
    assert shown(client, "?role=Faculty") == ["coach"]
    assert shown(client, "?role=member") == ["rosa"]
    roles = client.get(URL).context["facets"]["role"].choices
    counts = {choice.value: choice.count for choice in roles}
    assert counts["data_lead"] == 1 and counts["Faculty"] == 1 and counts["lead"] == 0


def test_filter_by_team_with_counts(client, viewer, ana, ohio):
    MembershipFactory(team=ohio, user__username="second")
    assert sorted(shown(client, "?team=ohio")) == ["ana.lopez", "second"]
    teams = {c.value: c.count for c in client.get(URL).context["facets"]["team"].choices}
    assert teams == {"ohio": 2, "missouri": 1}


def test_filter_by_state_of_the_profile_or_of_a_team(client, viewer, ana):
    texan = UserFactory(
        username="texan", profile__jurisdiction=Jurisdiction.objects.get(postal_code="TX")
    )
    assert shown(client, "?state=ohio") == ["ana.lopez"]
    assert shown(client, "?state=missouri") == ["rosa"]
    assert shown(client, "?state=texas") == [texan.username]
    states = {c.value: c.count for c in client.get(URL).context["facets"]["state"].choices}
    assert states == {"ohio": 1, "missouri": 1, "texas": 1}


def test_a_person_in_a_state_twice_counts_once(client, viewer, ohio):
    both = UserFactory(
        username="both", profile__jurisdiction=Jurisdiction.objects.get(postal_code="OH")
    )
    MembershipFactory(user=both, team=ohio)
    MembershipFactory(user=both, team=TeamFactory(slug="cleveland"))
    states = {c.value: c.count for c in client.get(URL).context["facets"]["state"].choices}
    assert states["ohio"] == 1


def test_filter_by_network_with_counts_beside_the_other_filters(client, viewer, ana):
    assert shown(client, "?network=safe-sleep") == ["ana.lopez"]
    facets = client.get(URL + "?role=member").context["facets"]
    networks = {c.value: c.count for c in facets["network"].choices}
    assert networks["safe-sleep"] == 0  # Rosa, the only member, is in no network


def test_the_list_is_paginated_by_name(client, viewer, ohio):
    for n in range(30):
        MembershipFactory(team=ohio, user__username=f"p{n:02}", user__first_name="Zed")
    first = client.get(URL).context["people"]
    assert len(first) == 24 and first.paginator.num_pages == 2
    names = [p.account.profile.name.lower() for p in first]
    assert names == sorted(names)
    assert len(client.get(URL + "?page=2").context["people"]) == 31 - 24


@pytest.mark.parametrize(
    "query",
    [
        "?team=%00",
        "?q=%00",
        "?state=%00ohio",
        "?page=abc",
        "?page=99999999999999999999",
        "?page=-1",
        "?role=nobody",
        "?network=" + "x" * 5000,
        "?q=" + "ana " * 2000,
        "?q=%F0%9F%91%B6&team=%E2%80%AE",
        "?team=ohio&team=missouri",
    ],
)
def test_bad_query_strings_give_a_page_never_an_error(client, viewer, ana, query):
    assert client.get(URL + query).status_code == 200


# --- What they work on, as far as the viewer may see ---------------------------------


def test_a_teams_private_cycles_and_measures_show_only_to_its_team(client, ana, ohio, rosa):
    CycleFactory(team=ohio, own_idea="Crib audits on every shift", sharing=Sharing.TEAM)
    TrackedMeasureFactory(team=ohio, measure=MeasureFactory(name="Safe sleep audits passed"))
    client.force_login(rosa)
    outsider = client.get(URL + "?team=ohio").content.decode()
    assert "Crib audits on every shift" not in outsider
    assert "Safe sleep audits passed" not in outsider
    teammate = MembershipFactory(team=ohio).user
    client.force_login(teammate)
    inside = client.get(URL + "?team=ohio").content.decode()
    assert "Crib audits on every shift" in inside
    assert "Safe sleep audits passed" in inside


def test_a_cycle_shared_with_everyone_shows_to_every_member(client, ana, ohio, rosa):
    CycleFactory(team=ohio, own_idea="Teach-back at discharge", sharing=Sharing.COLLABORATIVE)
    client.force_login(rosa)
    assert "Teach-back at discharge" in client.get(URL + "?team=ohio").content.decode()


def test_a_coach_sees_the_teams_work(client, ana, ohio):
    CycleFactory(team=ohio, own_idea="Crib audits on every shift", sharing=Sharing.TEAM)
    coach = UserFactory(username="coach")
    ohio.faculty.add(coach)
    client.force_login(coach)
    assert "Crib audits on every shift" in client.get(URL).content.decode()


def test_the_bio_shows_when_no_work_is_visible(client, viewer):
    UserFactory(username="bio", profile__bio="I run the county's fetal and infant mortality review")
    assert "fetal and infant mortality review" in client.get(URL).content.decode()


# --- Cost ---------------------------------------------------------------------------


def test_a_page_costs_the_same_queries_for_two_people_or_twenty_four(
    client, viewer, ana, ohio, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 0  # the counts are counted every time
    CycleFactory(team=ohio, own_idea="Crib audits", sharing=Sharing.COLLABORATIVE)
    one = queries_for(client, URL)
    for _ in range(30):
        team = TeamFactory(networks=[LearningNetworkFactory()])
        member = MembershipFactory(team=team, role=Membership.Role.LEAD).user
        member.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
        CycleFactory(team=team, sharing=Sharing.COLLABORATIVE)
        TrackedMeasureFactory(team=team)
    assert queries_for(client, URL) == one
    assert queries_for(client, URL + "?q=a&role=lead&network=safe-sleep&state=ohio") <= one
    # Pinned: the session and the viewer; the counts (roles twice: on teams
    # and on the site; teams, states, networks) and the total; the choices of
    # teams, states and networks; the page, its memberships, their networks
    # and the site roles; one query per kind of work (cycles, measures); and,
    # with nothing kept, the header's sections.
    assert one <= 18


def test_kept_counts_save_their_queries_and_are_recounted_when_people_change(
    client, viewer, ana, ohio, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 0
    counted = queries_for(client, URL)
    settings.FRAGMENT_CACHE_SECONDS = 600
    kept = queries_for(client, URL)
    assert kept <= counted - 6  # five facets' counts and the total
    teams = client.get(URL).context["facets"]["team"].choices
    assert {c.value: c.count for c in teams}["ohio"] == 1
    MembershipFactory(team=ohio)  # someone joins: counted again
    teams = client.get(URL).context["facets"]["team"].choices
    assert {c.value: c.count for c in teams}["ohio"] == 2
    ana.profile.jurisdiction = Jurisdiction.objects.get(postal_code="TX")
    ana.profile.save()  # a profile names another state
    states = client.get(URL).context["facets"]["state"].choices
    assert {c.value: c.count for c in states}["texas"] == 1


# --- Where members find it -------------------------------------------------------------


def test_the_dashboard_and_the_account_links_lead_to_it(client, viewer):
    page = client.get(reverse("dashboard")).content.decode()
    assert page.count(f'href="{URL}"') >= 2  # the dashboard's links and the account menu
    client.logout()
    assert f'href="{URL}"' not in client.get("/teams/").content.decode()
