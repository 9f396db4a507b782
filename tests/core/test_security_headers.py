"""Every response carries a strict Content-Security-Policy; what is rendered
for a signed-in person is never stored by browsers or proxies."""

import logging

import pytest
from django.urls import reverse

from collaboratory.security import PERMISSIONS_POLICY

pytestmark = pytest.mark.django_db


def _directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    parts = (part.strip().split(" ", 1) for part in header.split(";"))
    return {name: (value[0] if value else "") for name, *value in parts}


def _strict(response) -> None:
    policy = _directives(response)
    script = policy["script-src"]
    assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script
    assert "'nonce-" in script
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert response["Referrer-Policy"] == "same-origin"


@pytest.fixture
def site_pages(home_page, team):
    return [
        "/",
        reverse("team_list"),
        team.get_absolute_url(),
        reverse("resources:index"),
        reverse("search:index") + "?q=sleep",
        reverse("login"),
        reverse("signup"),
        "/no-such-page/",
    ]


def test_every_site_page_has_a_strict_policy_with_a_fresh_nonce(client, site_pages):
    nonces = set()
    for url in site_pages:
        response = client.get(url)
        _strict(response)
        nonces.add(_directives(response)["script-src"])
    assert len(nonces) == len(site_pages)


def test_signed_in_pages_are_private_and_never_stored(client, site_pages, lead):
    client.force_login(lead)
    private = [
        reverse("dashboard"),
        reverse("api_tokens"),
        reverse("edit_profile"),
        reverse("resources:mine"),
        reverse("forums:index"),
        *site_pages,
    ]
    for url in private:
        response = client.get(url)
        _strict(response)
        kept = set(response["Cache-Control"].replace(" ", "").split(","))
        assert {"private", "no-store"} <= kept, url
        assert "Cookie" in response["Vary"], url


def test_visitors_pages_stay_cacheable(client, site_pages):
    forms = {reverse("login"), reverse("signup")}  # Django marks these never_cache itself
    for url in set(site_pages) - forms:
        assert "no-store" not in client.get(url).get("Cache-Control", "")


def test_api_calls_with_a_token_are_not_stored(client, lead):
    from community.services import create_api_token

    _, secret = create_api_token(lead, "state website")
    response = client.get("/api/resources/", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_download_keeps_its_own_sandbox(client):
    from resources.factories import ResourceFactory

    resource = ResourceFactory()
    response = client.get(reverse("resources:download", args=[resource.pk]))
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_the_admin_is_the_one_declared_exception(client, lead):
    lead.is_superuser = lead.is_staff = True
    lead.save()
    client.force_login(lead)
    policy = _directives(client.get("/admin/"))
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == "'none'" and policy["base-uri"] == "'none'"


def test_violation_reports_are_logged_and_bounded(client, caplog):
    report = b'{"csp-report": {"blocked-uri": "inline", "violated-directive": "script-src"}}'
    with caplog.at_level(logging.WARNING, logger="collaboratory.csp"):
        response = client.post(reverse("csp_report"), report, content_type="application/csp-report")
    assert response.status_code == 204
    assert "violated-directive" in caplog.text
    assert client.get(reverse("csp_report")).status_code == 405
