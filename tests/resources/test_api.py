"""/api/resources/: the same permissions, filters and counts as the site,
and a submit endpoint for scripts holding a personal API token."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import APIToken

from kernel.pdf import simple_pdf
from resources.models import Resource
from tests.queries import queries_for

pytestmark = pytest.mark.django_db
URL = "/api/resources/"


def _bearer(user) -> dict:
    _, plaintext = APIToken.create_token(user=user, name="state website")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def test_visitors_get_public_resources_with_facets(client, library):
    body = client.get(URL).json()
    assert [r["title"] for r in body["results"]] == ["Public checklist"]
    assert body["count"] == 1
    kinds = {c["value"]: c["count"] for c in body["facets"]["kind"]}
    assert kinds["toolkit"] == 1
    assert body["results"][0]["download_url"].endswith(
        f"/resources/{library['public'].pk}/download/"
    )


def test_a_team_members_token_sees_what_the_team_may_see(client, library, people):
    body = client.get(URL, **_bearer(people["same team"])).json()
    assert {r["title"] for r in body["results"]} == {
        "Public checklist",
        "Members guide",
        "Team notes",
    }
    other = client.get(URL, **_bearer(people["other team"])).json()
    assert "Team notes" not in {r["title"] for r in other["results"]}


def test_a_bad_token_is_no_one(client, library):
    body = client.get(URL, HTTP_AUTHORIZATION="Bearer wagtail_nonsense").json()
    assert [r["title"] for r in body["results"]] == ["Public checklist"]


def test_one_resource_and_hidden_ones_are_404(client, library, people):
    assert client.get(f"{URL}{library['public'].pk}/").json()["title"] == "Public checklist"
    assert client.get(f"{URL}{library['team'].pk}/").status_code == 404
    headers = _bearer(people["same team"])
    assert client.get(f"{URL}{library['team'].pk}/", **headers).status_code == 200
    assert client.get(f"{URL}{library['draft'].pk}/", **headers).status_code == 404


def test_filters_are_the_sites(client, library, network):
    assert client.get(URL, {"network": network.slug, "kind": "policy"}).json()["count"] == 0
    assert client.get(URL, {"q": "checklist"}).json()["count"] == 1


def test_the_list_costs_fixed_queries(client, library, network):
    from resources.factories import ResourceFactory

    ResourceFactory(title="Tagged", networks=[network], topics=["first"])  # every prefetch runs
    before = queries_for(client, URL)
    for n in range(10):
        ResourceFactory(title=f"Extra {n}", networks=[network], topics=[f"t{n}"])
    assert queries_for(client, URL) == before


def test_a_script_submits_a_pdf_with_its_token(
    client, lead, team, network, django_capture_on_commit_callbacks
):
    data = {
        "title": "County safe sleep brief",
        "summary": "What our county learned from a year of reviews.",
        "kind": "data_report",
        "team": team.slug,
        "networks": [network.slug],
        "jurisdictions": ["OH"],
        "visibility": "public",
        "file": SimpleUploadedFile("brief.pdf", simple_pdf("Brief", ["saffron review"])),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, data, **_bearer(lead))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "in review"
    resource = Resource.objects.get(pk=body["id"])
    assert not resource.live and "saffron review" in resource.file_text


def test_submission_errors_say_what_is_wrong_and_store_nothing(client, lead, team, network):
    bad = {
        "title": "Renamed program",
        "summary": "x",
        "kind": "toolkit",
        "team": team.slug,
        "networks": [network.slug],
        "visibility": "public",
        "file": SimpleUploadedFile("report.pdf", b"MZ" + b"\0" * 100),
    }
    response = client.post(URL, bad, **_bearer(lead))
    assert response.status_code == 400
    assert "Windows program" in str(response.json()["detail"])
    wrong_team = {**bad, "team": "texas", "file": SimpleUploadedFile("a.pdf", simple_pdf("A", []))}
    assert client.post(URL, wrong_team, **_bearer(lead)).status_code == 400
    assert not Resource.objects.exists()


def test_submitting_needs_a_token_or_a_session(client, team, network):
    response = client.post(URL, {"title": "x"})
    assert response.status_code == 401


def test_the_openapi_description_lists_the_endpoints(client):
    spec = client.get("/api/openapi.json").json()
    assert "/api/resources/" in spec["paths"]
    assert {"get", "post"} <= set(spec["paths"]["/api/resources/"])


def test_a_member_creates_and_revokes_a_token(client, lead, outsider, library):
    client.force_login(lead)
    page = client.post("/accounts/api-tokens/", {"name": "Ohio website"}).content.decode()
    plaintext = page.split('<code class="token">', 1)[1].split("<", 1)[0]
    assert plaintext.startswith("wagtail_")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    client.logout()
    assert client.get(URL, **headers).json()["count"] == 3  # public, members, team
    token = APIToken.objects.get(user=lead)
    client.force_login(outsider)
    client.post("/accounts/api-tokens/", {"revoke": token.pk})
    assert APIToken.objects.get(pk=token.pk).revoked_at is None  # not theirs
    client.force_login(lead)
    client.post("/accounts/api-tokens/", {"revoke": token.pk})
    client.logout()
    assert client.get(URL, **headers).json()["count"] == 1  # back to what visitors see


def _shared_for(client, lead, team, network, state: str):
    data = {
        "title": f"Brief for {state}",
        "summary": "Where our county stands.",
        "kind": "data_report",
        "team": team.slug,
        "networks": [network.slug],
        "jurisdictions": [state],
        "external_url": "https://example.org/brief",
    }
    return client.post(URL, data, **_bearer(lead))


@pytest.mark.parametrize("state", ["OH", "oh", "ohio", "Ohio"])
def test_a_state_is_named_the_same_way_to_filter_and_to_submit(
    client, lead, team, network, state, django_capture_on_commit_callbacks
):
    from community.models import Jurisdiction
    from resources.factories import ResourceFactory

    ohio = Jurisdiction.objects.get(slug="ohio")
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(title="For Ohio", networks=[network], jurisdictions=[ohio])
        ResourceFactory(title="For Texas", networks=[network], jurisdictions=[])
    body = client.get(URL, {"jurisdiction": state}).json()
    assert [r["title"] for r in body["results"]] == ["For Ohio"]
    assert body["results"][0]["jurisdictions"] == ["OH"]
    assert [c["value"] for c in body["facets"]["jurisdiction"] if c["selected"]] == ["ohio"]

    response = _shared_for(client, lead, team, network, state)
    assert response.status_code == 201, response.content
    submitted = Resource.objects.get(pk=response.json()["id"])
    assert list(submitted.jurisdictions.all()) == [ohio]


def test_an_unknown_state_is_a_clear_error_and_stores_nothing(client, lead, team, network):
    response = client.get(URL, {"jurisdiction": "Ohioo"})
    assert response.status_code == 400
    assert (
        "No state or jurisdiction is called 'Ohioo'" in response.json()["detail"]["jurisdiction"][0]
    )
    response = _shared_for(client, lead, team, network, "ZZ")
    assert response.status_code == 400
    assert "postal code (OH) or slug (ohio)" in response.json()["detail"]["jurisdictions"][0]
    assert not Resource.objects.exists()


def test_the_description_says_how_to_name_a_state(client):
    spec = client.get("/api/openapi.json").json()
    listing = spec["paths"]["/api/resources/"]["get"]
    (parameter,) = [p for p in listing["parameters"] if p["name"] == "jurisdiction"]
    assert "postal code (OH) or slug (ohio)" in parameter["description"]
    assert "400" in listing["responses"]
    out = spec["components"]["schemas"]["ResourceOut"]["properties"]["jurisdictions"]
    assert out["description"].startswith("Postal codes (OH)")
    form = spec["paths"]["/api/resources/"]["post"]["requestBody"]["content"]
    fields = next(iter(form.values()))["schema"]
    assert "postal code (OH)" in str(fields)
