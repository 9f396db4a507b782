"""iCalendar files parse with a real iCalendar library and keep the right
instant across a daylight-saving change."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from community.factories import LearningNetworkFactory, UserFactory
from webinars.calendar import feed_token
from webinars.factories import WebinarPageFactory

pytestmark = pytest.mark.django_db
NEW_YORK = ZoneInfo("America/New_York")


def _events(response) -> list:
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_one_webinar_as_an_ics_file(client, archive):
    (event,) = _events(client.get(archive.upcoming.url + "event/"))
    assert str(event["summary"]) == "Next steps in safe sleep"
    assert event.decoded("dtstart") == archive.upcoming.starts_at
    assert (
        event.decoded("dtend") - event.decoded("dtstart")
        == archive.upcoming.ends_at - archive.upcoming.starts_at
    )
    assert "Helen Osei" in str(event["description"])


def test_the_same_local_hour_on_both_sides_of_a_dst_change(client, archive):
    # US clocks go forward on 14 March 2027.
    before = WebinarPageFactory(
        parent=archive.series,
        slug="before-dst",
        time_zone="America/New_York",
        starts_at=datetime(2027, 3, 12, 14, 0, tzinfo=NEW_YORK),
    )
    after = WebinarPageFactory(
        parent=archive.series,
        slug="after-dst",
        time_zone="America/New_York",
        starts_at=datetime(2027, 3, 15, 14, 0, tzinfo=NEW_YORK),
    )
    instants = {}
    for webinar in (before, after):
        (event,) = _events(client.get(webinar.url + "event/"))
        instants[webinar.slug] = event.decoded("dtstart").astimezone(UTC)
    assert instants["before-dst"] == datetime(2027, 3, 12, 19, 0, tzinfo=UTC)  # EST, UTC-5
    assert instants["after-dst"] == datetime(2027, 3, 15, 18, 0, tzinfo=UTC)  # EDT, UTC-4
    assert before.local_start.hour == after.local_start.hour == 14


def test_the_public_feed_lists_upcoming_webinars_optionally_by_network(client, archive):
    smoking = LearningNetworkFactory(slug="smoking-cessation")
    other = WebinarPageFactory(parent=archive.series, slug="quitlines", title="Quitlines work")
    other.networks.set([smoking])
    url = reverse("webinar_calendar")
    assert url == "/webinars/calendar.ics"
    titles = {str(e["summary"]) for e in _events(client.get(url))}
    assert titles == {"Next steps in safe sleep", "Quitlines work"}  # not the past one
    titles = {str(e["summary"]) for e in _events(client.get(url, {"network": "safe-sleep"}))}
    assert titles == {"Next steps in safe sleep"}


def test_a_members_own_feed_holds_what_they_registered_for(client, archive):
    ana = UserFactory(username="ana")
    client.force_login(ana)
    client.post(archive.upcoming.url + "register/", {"action": "register"})
    client.logout()  # calendar apps do not log in
    url = reverse("personal_webinar_calendar", args=[feed_token(ana)])
    assert [str(e["summary"]) for e in _events(client.get(url))] == ["Next steps in safe sleep"]
    client.force_login(ana)
    client.post(archive.upcoming.url + "register/", {"action": "cancel"})
    client.logout()
    assert _events(client.get(url)) == []


def test_a_forged_feed_token_is_refused(client, archive):
    ana = UserFactory(username="ana")
    token = feed_token(ana)
    forged = f"{ana.pk + 1}-{token.split('-', 1)[1]}"
    assert client.get(reverse("personal_webinar_calendar", args=[forged])).status_code == 404
    assert client.get(reverse("personal_webinar_calendar", args=["nonsense"])).status_code == 404


def test_a_member_can_kill_a_leaked_calendar_link(client, archive):
    ana = UserFactory(username="ana")
    old = reverse("personal_webinar_calendar", args=[feed_token(ana)])
    assert client.get(old).status_code == 200
    client.force_login(ana)
    response = client.post(reverse("renew_webinar_calendar"), {"next": "https://evil.example/"})
    assert response.status_code == 302 and response.url == "/webinars/"
    client.logout()
    assert client.get(old).status_code == 404
    new = reverse("personal_webinar_calendar", args=[feed_token(ana)])
    assert new != old and client.get(new).status_code == 200
