"""The site frame and the community pages, as an anonymous visitor and as a member."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from community.factories import LearningNetworkFactory, MembershipFactory, TeamFactory
from community.models import HomePage, Jurisdiction, Team

pytestmark = pytest.mark.django_db


def test_home_page_lists_the_networks_and_the_site_frame(client, home_page, network):
    page = client.get("/").content.decode()
    assert "Safe Sleep (SIDS/SUID)" in page
    assert 'href="#main"' in page and '<main id="main"' in page
    assert '<nav aria-label="Main">' in page
    # Sections whose apps have not landed are not linked from the header.
    assert 'href="/networks/"' in page and 'href="/teams/"' in page


def test_home_page_can_be_edited_in_the_admin(admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Home",
            "slug": "home",
            "hero_heading": "Every baby to a first birthday",
            "hero_intro": rich_text("<p>Teams learning together.</p>"),
            "body": streamfield(
                [("section", {"heading": "All teach, all learn", "text": rich_text("<p>Hi</p>")})]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home_page.pk]), data)
    assert response.status_code == 302
    home_page.refresh_from_db()
    assert home_page.body[0].value["heading"] == "All teach, all learn"
    assert "All teach, all learn" in admin_client.get("/").content.decode()


def test_only_one_home_page_and_only_under_the_root(home_page):
    assert not HomePage.can_create_at(home_page)
    assert HomePage.max_count == 1


def test_network_page_lists_its_teams(client, team, network):
    other = TeamFactory(name="Texas State Team", networks=[LearningNetworkFactory()])
    page = client.get(reverse("network_detail", args=["safe-sleep"])).content.decode()
    assert "Ohio State Team" in page and other.name not in page
    assert client.get(reverse("network_detail", args=["no-such"])).status_code == 404


def test_team_list_filters_combine(client, team, network):
    texas = Jurisdiction.objects.get(postal_code="TX")
    TeamFactory(
        name="Houston Hub", kind=Team.Kind.COUNTY_HUB, jurisdiction=texas, networks=[network]
    )
    TeamFactory(name="Dallas Hospital", kind=Team.Kind.HOSPITAL, jurisdiction=texas)
    url = reverse("team_list")
    names = lambda response: [t.name for t in response.context["page"]]  # noqa: E731
    assert names(client.get(url, {"network": "safe-sleep"})) == ["Ohio State Team", "Houston Hub"]
    assert names(client.get(url, {"jurisdiction": "texas", "kind": "hospital"})) == [
        "Dallas Hospital"
    ]
    assert names(client.get(url, {"kind": "nonsense"})) == [
        "Ohio State Team",
        "Dallas Hospital",
        "Houston Hub",
    ]


def test_team_list_query_count_does_not_grow_with_teams(
    client, network, django_assert_max_num_queries
):
    for _ in range(30):
        team = TeamFactory(networks=[network])
        MembershipFactory(team=team)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("team_list"))
    assert len(response.context["page"]) == 24


def test_jurisdiction_pages(client, team):
    page = client.get(reverse("jurisdiction_list")).content.decode()
    assert "HHS Region 10" in page and "Palau" in page
    page = client.get(reverse("jurisdiction_detail", args=["ohio"])).content.decode()
    assert "Ohio State Team" in page


def test_person_page_shows_profile_and_teams(client, lead):
    lead.profile.title = "Title V program director"
    lead.profile.save()
    page = client.get(reverse("person_detail", args=["lead"])).content.decode()
    assert "Title V program director" in page and "Ohio State Team" in page
    assert lead.email not in page


def test_inactive_people_have_no_public_page(client, outsider):
    outsider.is_active = False
    outsider.save()
    assert client.get(reverse("person_detail", args=["outsider"])).status_code == 404


@pytest.mark.parametrize(
    "snippet", ["learningnetwork", "jurisdiction", "team", "membership", "profile"]
)
def test_the_community_is_managed_in_the_wagtail_admin(admin_client, team, lead, snippet):
    response = admin_client.get(reverse(f"wagtailsnippets_core_{snippet}:list"))
    assert response.status_code == 200
    response = admin_client.get(reverse(f"wagtailsnippets_core_{snippet}:add"))
    assert response.status_code == 200


def test_join_requests_are_read_only_in_the_admin(admin_client, team, outsider):
    from community.models import JoinRequest

    join_request = JoinRequest.objects.create(user=outsider, team=team)
    name = "wagtailsnippets_core_joinrequest"
    assert admin_client.get(reverse(f"{name}:list")).status_code == 200
    assert admin_client.get(reverse(f"{name}:inspect", args=[join_request.pk])).status_code == 200
    assert admin_client.get(reverse(f"{name}:add")).status_code == 302
    response = admin_client.post(
        reverse(f"{name}:edit", args=[join_request.pk]), {"status": "approved"}
    )
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert join_request.is_pending


def test_404_page_uses_the_site_frame(client, home_page):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "We cannot find that page" in response.content.decode()


@pytest.mark.parametrize("url", ["/accounts/login/", "/accounts/password/reset/", "/teams/"])
def test_the_header_names_the_collaborative_on_every_page(client, url):
    # Django's auth views put the host name in `site_name`; the brand must not follow it.
    assert "<span>Collaboratory</span>" in client.get(url).content.decode()


def test_the_demo_home_page_states_the_number_of_teams_it_counts(client):
    """The demo's home page once said "51 teams" in its text above a count of
    the twenty it holds: every number of teams the page states is the count."""
    import random
    import re

    from django.utils.html import strip_tags

    from community import demo

    demo.seed(random.Random(7), lambda *args: None)
    text = " ".join(strip_tags(client.get("/").content.decode()).split())
    stated = re.findall(r"\b(\d[\d,]*)\s+(?:[A-Za-z-]+\s+){0,4}?teams\b", text)
    assert stated, text
    assert {int(n.replace(",", "")) for n in stated} == {Team.objects.count()}
