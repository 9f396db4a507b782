"""A recorded webinar: transcript from captions, seek links, captions track,
and a video file served in byte ranges so the player can jump."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from webinars.models import TranscriptSegment, WebinarPage

from .conftest import VIDEO

pytestmark = pytest.mark.django_db


def test_publishing_builds_the_transcript_from_the_captions(archive):
    segments = list(archive.recorded.transcript_segments.order_by("position"))
    assert [s.clock for s in segments] == ["0:00", "0:10", "12:34", "12:50"]
    assert segments[2].text == "Here we talk about safe sleep disparities by race."
    assert segments[2].get_absolute_url().endswith("/safe-sleep-equity/?t=754")


def test_the_transcript_is_searchable(archive):
    from wagtail.search.backends import get_search_backend

    hits = get_search_backend().search("disparities", TranscriptSegment)
    assert [hit.start for hit in hits] == [754.0]


def test_every_transcript_line_and_chapter_links_to_its_second(client, archive):
    soup = BeautifulSoup(client.get(archive.recorded.url).content, "html.parser")
    links = [a["href"] for a in soup.select("[data-transcript] a[data-seek]")]
    assert links == ["?t=0#player", "?t=10#player", "?t=754#player", "?t=770#player"]
    chapters = [a["href"] for a in soup.select(".chapters a")]
    assert chapters == ["?t=0#player", "?t=754#player"]
    track = soup.select_one("video track")
    assert track["kind"] == "captions" and track["src"].endswith("/captions/")


def test_a_moment_url_opens_the_page_at_that_time(client, archive):
    response = client.get(archive.recorded.url, {"t": "760"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#player")["data-start"] == "760"
    assert soup.select_one("#player source")["src"].endswith("#t=760")
    current = soup.select_one("[data-transcript] [aria-current=true]")
    assert "disparities" in current.get_text()


def test_the_captions_track_is_webvtt(client, archive):
    response = client.get(archive.recorded.url + "captions/")
    assert response["Content-Type"].startswith("text/vtt")
    body = response.content.decode()
    assert body.startswith("WEBVTT") and "00:12:34.000 --> 00:12:50.000" in body


def test_the_recording_is_served_in_byte_ranges(client, archive):
    url = archive.recorded.url + "recording/"
    whole = client.get(url)
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"
    assert b"".join(whole.streaming_content) == VIDEO
    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 100-199/{len(VIDEO)}"
    assert b"".join(part.streaming_content) == VIDEO[100:200]
    tail = client.get(url, HTTP_RANGE="bytes=-10")
    assert b"".join(tail.streaming_content) == VIDEO[-10:]
    beyond = client.get(url, HTTP_RANGE=f"bytes={len(VIDEO)}-")
    assert beyond.status_code == 416 and beyond["Content-Range"] == f"bytes */{len(VIDEO)}"


def test_slides_are_downloadable(client, archive):
    soup = BeautifulSoup(client.get(archive.recorded.url).content, "html.parser")
    link = next(a for a in soup.select("a[download]") if "Download the slides" in a.get_text())
    assert client.get(link["href"]).status_code == 200


@pytest.mark.parametrize(
    "offset, state",
    [
        (timedelta(minutes=-1), WebinarPage.State.UPCOMING),
        (timedelta(seconds=0), WebinarPage.State.LIVE),
        (timedelta(minutes=59), WebinarPage.State.LIVE),
        (timedelta(minutes=60), WebinarPage.State.RECORDED),
    ],
)
def test_state_follows_the_clock_around_the_start(archive, offset, state):
    webinar = archive.recorded
    assert webinar.state(now=webinar.starts_at + offset) == state


def test_a_past_webinar_without_recording_says_it_is_coming(archive):
    webinar = archive.upcoming
    later = webinar.starts_at + timedelta(hours=2)
    assert webinar.state(now=later) == WebinarPage.State.ENDED
    assert timezone.now() < webinar.starts_at


@pytest.mark.parametrize("t", ["²", "-5", "abc", "99999999"])
def test_a_nonsense_moment_opens_the_start(client, archive, t):
    response = client.get(archive.recorded.url, {"t": t})
    assert response.status_code == 200
    assert response.context["start_second"] == 0


def test_a_moment_link_highlights_the_line_it_came_from(client, archive):
    response = client.get(archive.recorded.url, {"t": "10"})
    assert response.context["current_segment"].text == "First we look at the data."


def test_unpublishing_takes_the_transcript_out_of_search(archive):
    from wagtail.search.backends import get_search_backend

    archive.recorded.unpublish()
    assert not TranscriptSegment.objects.filter(webinar=archive.recorded).exists()
    assert list(get_search_backend().search("disparities", TranscriptSegment)) == []


def test_a_presenter_only_on_drafts_has_no_public_page(client, archive):
    from webinars.factories import PersonFactory

    hidden = PersonFactory(slug="not-yet")
    draft = WebinarPage.objects.get(pk=archive.upcoming.pk)
    draft.presenters.add(hidden)
    draft.save_revision()  # not published
    assert client.get("/webinars/presenters/not-yet/").status_code == 404
