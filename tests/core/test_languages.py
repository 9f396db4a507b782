"""Which language a person reads in: the address, the switcher, the
profile, the browser on a first visit, and pages with or without a
Spanish translation."""

import re

import pytest
from django.conf import settings
from wagtail.models import Locale

from community.models import Profile
from toolkit.factories import (
    ChangeIdeaPageFactory,
    DriverFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def html_lang(response) -> str:
    found = re.search(r'<html lang="([^"]+)"', response.content.decode())
    assert found is not None
    return found.group(1)


def alternates(response) -> dict[str, str]:
    found = re.findall(
        r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', response.content.decode()
    )
    return dict(found)


@pytest.fixture
def spanish(db) -> Locale:
    return Locale.objects.get_or_create(language_code="es")[0]


@pytest.fixture
def idea(home_page):
    toolkit = ToolkitIndexPageFactory(parent=home_page)
    area = StrategyAreaPageFactory(parent=toolkit, title="Safe sleep", slug="safe-sleep")
    return ChangeIdeaPageFactory(
        parent=area,
        driver=DriverFactory(strategy_area=area, parent=DriverFactory(strategy_area=area)),
        title="Share one safe-sleep message",
        slug="one-message",
    )


@pytest.fixture
def idea_in_spanish(idea, spanish):
    """The idea and the pages above it, each copied into Spanish and published."""
    for ancestor in idea.get_ancestors().filter(depth__gt=1):
        ancestor.specific.copy_for_translation(spanish).save_revision().publish()
    copy = idea.copy_for_translation(spanish)
    copy.title = "Un solo mensaje de sueño seguro"
    copy.save_revision().publish()
    return copy


def test_the_address_says_the_language(client, home_page):
    english = client.get("/teams/")
    spanish = client.get("/es/teams/")
    assert (english.status_code, spanish.status_code) == (200, 200)
    assert (html_lang(english), html_lang(spanish)) == ("en", "es")
    assert alternates(spanish) == {
        "en": "http://testserver/teams/",
        "x-default": "http://testserver/teams/",
        "es": "http://testserver/es/teams/",
    }


def test_a_first_visit_follows_the_browsers_first_language(client, home_page):
    response = client.get("/teams/?page=2", headers={"accept-language": "es-US,es;q=0.9,en;q=0.8"})
    assert response.status_code == 302
    assert response["Location"] == "/es/teams/?page=2"
    assert response.cookies[COOKIE].value == "es"
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


def test_an_english_browser_or_a_later_choice_stays_put(client, home_page):
    assert client.get("/teams/", headers={"accept-language": "en-US,es;q=0.5"}).status_code == 200
    client.cookies[COOKIE] = "en"
    assert client.get("/teams/", headers={"accept-language": "es"}).status_code == 200


def test_the_switcher_remembers_and_keeps_the_page(client, home_page, member):
    client.force_login(member)
    response = client.get("/language/es/", {"next": "/es/teams/ohio/"})
    assert (response.status_code, response["Location"]) == (302, "/es/teams/ohio/")
    assert response.cookies[COOKIE].value == "es"
    assert Profile.objects.get(user=member).language == "es"
    # On another device (no cookie), the profile brings them to Spanish.
    client.cookies.clear()
    client.force_login(member)
    assert client.get("/teams/ohio/")["Location"] == "/es/teams/ohio/"


def test_the_switcher_links_to_the_same_page_in_the_other_language(client, home_page):
    body = client.get("/es/teams/").content.decode()
    assert 'href="/language/en/?next=%2Fteams%2F"' in body
    assert 'lang="en">English</a>' in body


def test_the_switcher_refuses_what_it_cannot_do(client, home_page, member):
    assert client.get("/language/fr/", {"next": "/"}).status_code == 404
    elsewhere = client.get("/language/es/", {"next": "https://example.com/"})
    assert elsewhere["Location"] == "/es/"
    client.force_login(member)
    client.get("/language/xx/")
    assert Profile.objects.get(user=member).language == ""


def test_forms_and_machine_addresses_are_not_sent_elsewhere(client, home_page, member):
    client.cookies[COOKIE] = "es"
    assert client.post("/accounts/login/", {"username": "x", "password": "y"}).status_code == 200
    assert client.get("/alive").status_code == 200
    assert client.get("/api/docs").status_code in (200, 301)
    client.force_login(member)
    admin = client.get("/admin/")
    assert not admin.get("Location", "").startswith("/es/")


def test_a_page_without_a_translation_is_shown_in_english_and_says_so(client, idea, spanish):
    response = client.get("/es/toolkit/safe-sleep/one-message/")
    body = response.content.decode()
    assert response.status_code == 200
    assert html_lang(response) == "es"
    assert "Share one safe-sleep message" in body
    assert "untranslated-note" in body
    assert '<div class="main-content" lang="en">' in body
    # Only the English page is claimed as a language version of it.
    assert set(alternates(response)) == {"en", "x-default"}


def test_a_translated_page_is_served_and_linked_in_each_language(client, idea_in_spanish):
    response = client.get("/es/toolkit/safe-sleep/one-message/")
    body = response.content.decode()
    assert "Un solo mensaje de sueño seguro" in body
    assert "untranslated-note" not in body
    assert alternates(response)["en"] == "http://testserver/toolkit/safe-sleep/one-message/"
    assert alternates(response)["es"] == "http://testserver/es/toolkit/safe-sleep/one-message/"
    english = client.get("/toolkit/safe-sleep/one-message/").content.decode()
    assert "Share one safe-sleep message" in english
    assert "Un solo mensaje" not in english


def test_an_unknown_spanish_address_is_a_404(client, idea, spanish):
    assert client.get("/es/toolkit/no-such-idea/").status_code == 404


def test_choosing_spanish_in_the_profile_applies_at_once(client, home_page, member):
    client.force_login(member)
    response = client.post(
        "/accounts/profile/",
        {
            "display_name": "Ana",
            "language": "es",
            "email_digest": "weekly",
            "notice_email": "digest",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == "/es/people/teammate/"
    assert response.cookies[COOKIE].value == "es"


def test_logging_in_brings_the_members_language_to_this_browser(client, home_page, member):
    Profile.objects.filter(user=member).update(language="es")
    member.set_password("a long enough secret 1")
    member.save()
    response = client.post(
        "/accounts/login/", {"username": member.username, "password": "a long enough secret 1"}
    )
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "es"


def test_a_link_to_an_untranslated_page_keeps_the_readers_language(client, idea, spanish):
    from django.utils.translation import override

    with override("es"):
        assert idea.url == "/es/toolkit/safe-sleep/one-message/"
    assert idea.url == "/toolkit/safe-sleep/one-message/"
    # The switcher on that page still offers the English page at its own address.
    body = client.get("/es/toolkit/safe-sleep/one-message/").content.decode()
    assert 'href="/language/en/?next=%2Ftoolkit%2Fsafe-sleep%2Fone-message%2F"' in body


def test_a_listing_shows_each_page_once_in_the_readers_language(client, idea_in_spanish):
    english = client.get("/toolkit/change-ideas/").content.decode()
    spanish_listing = client.get("/es/toolkit/change-ideas/").content.decode()
    assert "Share one safe-sleep message" in english
    assert "Un solo mensaje" not in english
    assert "Un solo mensaje de sueño seguro" in spanish_listing
    assert "Share one safe-sleep message" not in spanish_listing


@pytest.mark.parametrize(
    "header,expected",
    [
        ("es-MX,es;q=0.9", "es"),
        ("en-US,es;q=0.5", "en"),
        ("fr-FR,es;q=0.9", None),
        ("", None),
        (";;,", None),
    ],
)
def test_the_browsers_first_language_decides(header, expected):
    from kernel.languages import browser_language

    assert browser_language(header) == expected


@pytest.mark.parametrize(
    "query,expected",
    [(b"lang=es", "es"), (b"lang=%3Cscript%3E", "en"), (b"", "en"), (b"lang=", "en")],
)
def test_a_socket_speaks_its_pages_language_or_english(query, expected):
    from kernel.languages import socket_language

    assert socket_language({"query_string": query}) == expected


def test_the_switcher_refuses_a_script_address(client, home_page):
    response = client.get("/language/es/", {"next": "javascript:alert(1)"})
    assert response["Location"] == "/es/"
