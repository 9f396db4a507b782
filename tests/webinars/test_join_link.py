"""A webinar's join link is for the people registered and those who run it:
on the page, in each calendar file, and never in anything served to someone
else (the public feed, the page for visitors and other members, search).
Every address in a calendar is on the site's public address (SITE_URL), not
the Wagtail Site record's localhost."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from icalendar import Calendar
from wagtail.models import PageViewRestriction, Site

from community.factories import UserFactory
from kernel.roles import SiteRole
from search import indexing
from webinars.calendar import feed_token
from webinars.models import Registration, WebinarPage
from webinars.permissions import can_see_join_link
from webinars.search_documents import webinar_documents

pytestmark = pytest.mark.django_db
JOIN = "https://meet.example.org/collaboratory/zqroom-4471"
PUBLIC = "https://collab.example.org"


@pytest.fixture
def webinar(archive, settings):
    # The Site record says what a fresh install says; the public address differs.
    Site.objects.update(hostname="localhost", port=80)
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    page = archive.upcoming
    page.join_url = JOIN
    page.save_revision().publish()
    return page


@pytest.fixture
def registered(webinar):
    ana = UserFactory(username="ana")
    Registration.objects.create(webinar=webinar, user=ana)
    return ana


def _event(response):
    assert response.status_code == 200
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    return event


def _everything(event) -> str:
    return "".join(str(event.get(k, "")) for k in ("url", "location", "description", "uid"))


def test_the_page_shows_the_link_to_registrants_and_those_who_run_it(
    client, webinar, registered, archive
):
    assert JOIN not in client.get(webinar.url).content.decode()  # a visitor
    client.force_login(UserFactory(username="not-registered"))
    assert JOIN not in client.get(webinar.url).content.decode()
    client.force_login(registered)
    page = client.get(webinar.url).content.decode()
    assert f'href="{JOIN}"' in page
    client.force_login(archive.presenter_user)  # presenting, not registered
    assert JOIN in client.get(webinar.url).content.decode()


def test_a_cancelled_registration_no_longer_shows_the_link(client, webinar, registered):
    client.force_login(registered)
    client.post(webinar.url + "register/", {"action": "cancel"})
    assert JOIN not in client.get(webinar.url).content.decode()
    assert JOIN not in _everything(_event(client.get(webinar.url + "event/")))


def test_a_place_taken_before_the_webinar_was_made_private_shows_no_link(
    client, webinar, registered, archive
):
    editors = Group.objects.get(name=SiteRole.EDITOR.value)
    restriction = PageViewRestriction.objects.create(
        page=archive.series, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([editors])
    assert not can_see_join_link(registered, webinar)
    client.force_login(registered)
    for response in (
        client.get(webinar.url),
        client.get(webinar.url + "event/"),
        client.get(reverse("personal_webinar_calendar", args=[feed_token(registered)])),
    ):
        assert JOIN.encode() not in response.content
    editor = UserFactory(username="editor")
    editor.groups.add(editors)
    assert can_see_join_link(editor, webinar)  # who runs it still sees it
    registered.groups.add(editors)
    assert can_see_join_link(registered, webinar)


def test_a_page_with_the_link_is_kept_by_no_shared_cache(client, webinar, registered):
    client.force_login(registered)
    response = client.get(webinar.url)
    assert JOIN in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_the_event_download_holds_the_link_for_a_registrant_only(client, webinar, registered):
    for who in (None, UserFactory(username="not-registered")):
        if who:
            client.force_login(who)
        event = _event(client.get(webinar.url + "event/"))
        assert JOIN not in _everything(event)
        assert str(event["location"]) == f"{PUBLIC}/webinars/expert-series/next-steps/"
    client.force_login(registered)
    response = client.get(webinar.url + "event/")
    event = _event(response)
    assert str(event["location"]) == JOIN and JOIN in str(event["description"])
    assert "private" in response["Cache-Control"]  # no shared cache keeps it


def test_the_public_feed_never_holds_the_link_even_for_a_registrant(client, webinar, registered):
    client.force_login(registered)
    response = client.get(reverse("webinar_calendar"))
    assert JOIN.encode() not in response.content
    assert b"Next steps in safe sleep" in response.content


def test_a_personal_feed_holds_the_links_of_its_owners_registrations(client, webinar, registered):
    other = UserFactory(username="other")
    theirs = client.get(reverse("personal_webinar_calendar", args=[feed_token(other)]))
    assert JOIN.encode() not in theirs.content
    mine = client.get(reverse("personal_webinar_calendar", args=[feed_token(registered)]))
    event = _event(mine)
    assert str(event["location"]) == JOIN
    assert "private" in mine["Cache-Control"]


def test_search_finds_nothing_of_the_link(client, webinar, registered):
    indexing.rebuild()  # the documents are built after commit, which a test never reaches
    for doc in webinar_documents(webinar):
        assert "zqroom" not in f"{doc.title} {doc.text} {doc.context} {doc.url}"
    client.force_login(registered)
    # The webinar is found by its words; its link is not among them.
    assert client.get("/api/search/", {"q": "next steps safe sleep"}).json()["count"] >= 1
    assert client.get("/api/search/", {"q": "zqroom"}).json()["count"] == 0
    page = client.get("/search/", {"q": "zqroom"}).content.decode()
    assert webinar.url not in page and JOIN not in page


def test_every_address_in_a_calendar_is_on_the_public_address(client, webinar, registered):
    calendars = [
        client.get(webinar.url + "event/"),
        client.get(reverse("webinar_calendar")),
        client.get(reverse("personal_webinar_calendar", args=[feed_token(registered)])),
    ]
    for response in calendars:
        event = _event(response)
        assert str(event["url"]) == f"{PUBLIC}/webinars/expert-series/next-steps/"
        assert str(event["uid"]) == f"webinar-{webinar.pk}@collab.example.org"
        assert b"localhost" not in response.content


@pytest.mark.parametrize(
    "link", ["ftp://files.example.org/call", "javascript:alert(1)", "meet.example.org/x"]
)
def test_a_join_link_must_be_a_web_address(link):
    field = WebinarPage._meta.get_field("join_url")
    with pytest.raises(ValidationError):
        field.clean(link, None)
    assert field.clean("https://meet.example.org/abc", None) == "https://meet.example.org/abc"
