"""Videos in the toolkit carry captions and can be sought in."""

import pytest
from django.core.exceptions import ValidationError

from toolkit.models import Video
from webinars.factories import document

pytestmark = pytest.mark.django_db


@pytest.fixture
def video(toolkit):
    clip = Video.objects.create(
        title="Modelling safe sleep",
        video_file=document("Clip", "clip.webm", b"0123456789" * 100),
        captions=document("Clip captions", "clip.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nHi\n"),
    )
    toolkit.safe_sleep.videos.add(clip)
    toolkit.safe_sleep.save_revision().publish()
    return clip


def test_a_video_plays_with_its_captions(client, toolkit, video):
    page = client.get(toolkit.safe_sleep.url).content.decode()
    assert f'src="/toolkit/videos/{video.pk}/file/"' in page
    assert '<track kind="captions"' in page


def test_the_video_file_is_served_in_byte_ranges(client, video):
    response = client.get(f"/toolkit/videos/{video.pk}/file/", HTTP_RANGE="bytes=10-19")
    assert response.status_code == 206
    assert b"".join(response.streaming_content) == b"0123456789"


def test_a_video_needs_one_source_and_webvtt_captions(video):
    video.video_url = "https://media.example.org/clip.mp4"
    with pytest.raises(ValidationError, match="not both"):
        video.full_clean()
    video.video_url = ""
    video.captions = document("Wrong", "captions.srt", b"1\n00:00:00,000 --> 00:00:01,000\nHi\n")
    with pytest.raises(ValidationError, match="WebVTT"):
        video.full_clean()
