"""Coarse, anonymous engagement counts, shown to editors only."""

import time

import pytest

from community.factories import UserFactory
from webinars.models import WebinarEngagement

pytestmark = pytest.mark.django_db


def test_a_view_counts_once_per_visit(client, archive):
    for _ in range(3):
        client.get(archive.recorded.url)
    assert WebinarEngagement.objects.get(webinar=archive.recorded).views == 1


def _counts(webinar) -> tuple[int, ...]:
    counts = WebinarEngagement.objects.get(webinar=webinar)
    return (counts.views, counts.plays, counts.reached_25, counts.reached_50, counts.reached_75)


def _played_earlier(client, webinar, seconds_ago: float) -> None:
    """As if the visit's first play had been that long ago."""
    session = client.session
    session[f"webinar-{webinar.pk}-played-since"] = time.time() - seconds_ago
    session.save()


def test_opening_at_a_moment_counts_a_view_and_nothing_watched(client, archive):
    client.get(archive.recorded.url + "?t=605")
    assert _counts(archive.recorded) == (1, 0, 0, 0, 0)


def test_milestones_count_once_per_visit_when_the_played_time_supports_them(client, archive):
    url = archive.recorded.url + "progress/"
    client.get(archive.recorded.url)  # the page sets the CSRF cookie
    assert client.post(url, {"event": "play"}).status_code == 204
    _played_earlier(client, archive.recorded, 400)
    quarter = {"event": "25", "played": "300.0", "length": "1200.0"}
    assert client.post(url, quarter).status_code == 204
    assert client.post(url, quarter).status_code == 204
    # 24% less a second is a quarter: the player's clock ticks coarsely.
    assert client.post(url, {"event": "50", "played": "587", "length": "1200"}).status_code == 204
    assert client.post(url, {"event": "999"}).status_code == 400
    assert client.get(url).status_code == 405
    assert _counts(archive.recorded) == (1, 1, 1, 1, 0)


@pytest.mark.parametrize(
    ("played_since", "fields", "why"),
    [
        # opened at ?t=605 and never played: the playhead is at half of it
        (None, {"event": "50", "played": "0", "length": "1200"}, "not 50%"),
        (None, {"event": "25", "played": "300", "length": "1200"}, "Nothing was played"),
        # played from 605 for 10 s
        (10, {"event": "25", "played": "10", "length": "1200"}, "not 25%"),
        # 300 s cannot be played in 30 s, even at the fastest speed
        (30, {"event": "25", "played": "300", "length": "1200"}, "cannot have been played"),
        (400, {"event": "25", "played": "1300", "length": "1200"}, "do not fit"),
        (400, {"event": "25", "played": "300", "length": "0"}, "do not fit"),
        (400, {"event": "25", "played": "nan", "length": "1200"}, "seconds were played"),
        (400, {"event": "25", "played": "-5", "length": "1200"}, "seconds were played"),
        (400, {"event": "25", "length": "1200"}, "seconds were played"),
    ],
)
def test_a_milestone_the_played_time_cannot_support_is_refused_and_counts_nothing(
    client, archive, played_since, fields, why
):
    url = archive.recorded.url + "progress/"
    client.get(archive.recorded.url + "?t=605")
    if played_since is not None:
        client.post(url, {"event": "play"})
        _played_earlier(client, archive.recorded, played_since)
    response = client.post(url, fields)
    assert response.status_code == 400
    assert why in response.content.decode()
    plays = 0 if played_since is None else 1
    assert _counts(archive.recorded) == (1, plays, 0, 0, 0)


def test_only_editors_see_the_counts(client, archive):
    client.force_login(UserFactory(username="member"))
    assert "Engagement" not in client.get(archive.recorded.url).content.decode()
    admin = UserFactory(username="root")
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    page = client.get(archive.recorded.url).content.decode()
    assert "Engagement" in page and "Page views" in page
