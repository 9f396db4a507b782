"""Saying where a shared resource comes from: "Adapted from" takes a library
resource's address or number, only for a resource the member may open, and
a resource's page links to a share form with it filled in."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import APIToken

from resources.forms import NOT_FOUND
from resources.models import Resource
from resources.services import ShareDetails, share_resource

pytestmark = pytest.mark.django_db
TITLE = "Night shift audit, adapted"


def _form(network, team, adapted_from: str) -> dict:
    return {
        "title": TITLE,
        "summary": "The checklist, cut down for one night nurse.",
        "kind": "toolkit",
        "team": team.pk,
        "networks": [network.pk],
        "external_url": "https://example.org/night-audit",
        "language": "en",
        "licence": "cc-by",
        "visibility": "members",
        "adapted_from": adapted_from,
    }


@pytest.mark.parametrize(
    "address",
    [
        lambda r: f"http://testserver{r.get_absolute_url()}",
        lambda r: f"  https://localhost:8000{r.get_absolute_url()}?from=list#top ",
        lambda r: r.get_absolute_url(),
        lambda r: f"/resources/{r.pk}",
        lambda r: f"http://testserver/resources/{r.pk}/download/",
        lambda r: str(r.pk),
        lambda r: f"#{r.pk}",
    ],
    ids=["address", "other port", "path", "short path", "download", "number", "hash number"],
)
def test_sharing_an_adaptation_by_address_or_number(
    client, people, library, network, team, address
):
    source = library["members"]
    client.force_login(people["same team"])
    response = client.post(reverse("resources:share"), _form(network, team, address(source)))
    assert response.status_code == 302, response.context["form"].errors
    assert Resource.objects.get(title=TITLE).adapted_from == source


def test_the_field_is_optional(client, people, network, team):
    client.force_login(people["same team"])
    assert client.post(reverse("resources:share"), _form(network, team, "")).status_code == 302
    assert Resource.objects.get(title=TITLE).adapted_from is None


@pytest.mark.parametrize(
    "address",
    [
        lambda lib: str(lib["team"].pk),  # another team's
        lambda lib: lib["draft"].get_absolute_url(),  # someone else's draft
        lambda lib: f"http://testserver{lib['withdrawn'].get_absolute_url()}",
        lambda lib: "987654",  # no such resource: the same answer
        lambda lib: f"https://example.org/resources/{lib['public'].pk}/",  # another site
        lambda lib: "/resources/collections/1/",
        lambda lib: "/toolkit/",
        lambda lib: "the blue checklist",
        lambda lib: "9" * 30,
    ],
    ids=[
        "team only",
        "draft",
        "withdrawn",
        "missing",
        "other site",
        "collection",
        "page",
        "words",
        "huge",
    ],
)
def test_a_resource_you_cannot_open_is_refused_and_nothing_is_saved(
    client, people, library, network, address
):
    other = people["other team"]
    client.force_login(other)
    team = other.memberships.get().team
    before = Resource.objects.count()
    response = client.post(reverse("resources:share"), _form(network, team, address(library)))
    assert response.status_code == 200
    assert response.context["form"].errors["adapted_from"] == [NOT_FOUND]
    assert NOT_FOUND in response.content.decode()
    assert Resource.objects.count() == before


def test_the_service_refuses_a_source_the_member_cannot_open(people, library, network):
    other = people["other team"]
    details = ShareDetails(
        title=TITLE,
        summary="x",
        kind="toolkit",
        team=other.memberships.get().team,
        visibility="members",
        networks=[network],
        external_url="https://example.org/x",
        adapted_from=library["team"],
    )
    with pytest.raises(PermissionDenied):
        share_resource(other, details, None)
    assert not Resource.objects.filter(title=TITLE).exists()


def test_a_resource_page_links_to_a_share_form_filled_in(client, people, library, network, team):
    source = library["public"]
    link = f"{reverse('resources:share')}?adapted_from={source.pk}"
    assert link not in client.get(source.get_absolute_url()).content.decode()  # visitors
    client.force_login(people["same team"])
    page = client.get(source.get_absolute_url()).content.decode()
    assert f'<a href="{link}">Share an adaptation of this' in page

    form_page = client.get(link)
    address = f"http://testserver{source.get_absolute_url()}"
    assert form_page.context["form"]["adapted_from"].value() == address
    html = form_page.content.decode()
    assert f'value="{address}"' in html and "Public checklist" in html
    response = client.post(link, _form(network, team, address))
    assert response.status_code == 302
    assert Resource.objects.get(title=TITLE).adapted_from == source


def test_a_filled_in_link_to_a_hidden_resource_fills_in_nothing(client, people, library):
    client.force_login(people["other team"])
    response = client.get(f"{reverse('resources:share')}?adapted_from={library['team'].pk}")
    assert response.status_code == 200
    assert response.context["form"]["adapted_from"].value() in (None, "")
    assert "Team notes" not in response.content.decode()


def test_the_api_takes_the_same_field(client, people, library, network, team):
    _, token = APIToken.create_token(user=people["same team"], name="state website")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    data = {
        "title": TITLE,
        "summary": "x",
        "kind": "toolkit",
        "team": team.slug,
        "networks": [network.slug],
        "external_url": "https://example.org/night-audit",
        "adapted_from": str(library["members"].pk),
    }
    response = client.post("/api/resources/", data, **headers)
    assert response.status_code == 201, response.content
    assert Resource.objects.get(pk=response.json()["id"]).adapted_from == library["members"]
    hidden = {**data, "title": "Another", "adapted_from": str(library["draft"].pk)}
    response = client.post("/api/resources/", hidden, **headers)
    assert response.status_code == 400
    assert response.json()["detail"]["adapted_from"] == [NOT_FOUND]
