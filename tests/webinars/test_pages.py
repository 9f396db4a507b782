"""Webinar page types in the admin: where they live, creation and editing,
and a malformed captions file refused with its line number."""

import struct
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from community.factories import LearningNetworkFactory, UserFactory
from community.home import ensure_home_page
from community.models import HomePage
from resources.factories import ResourceFactory
from webinars.factories import (
    PersonFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
    document,
)
from webinars.media_length import recording_seconds
from webinars.models import WebinarIndexPage, WebinarPage, WebinarSeriesPage

DEMO_RECORDING = Path(__file__).resolve().parents[2] / "webinars/demo_media/recording.webm"


def webm(seconds: float) -> bytes:
    """The smallest WebM header that states a duration (milliseconds, at the
    default timecode scale)."""
    scale = b"\x2a\xd7\xb1\x83\x0f\x42\x40"
    duration = b"\x44\x89\x88" + struct.pack(">d", seconds * 1000)
    info = b"\x15\x49\xa9\x66" + bytes([0x80 | len(scale + duration)]) + scale + duration
    unknown_size = b"\x01\xff\xff\xff\xff\xff\xff\xff"
    return b"\x1a\x45\xdf\xa3\x80" + b"\x18\x53\x80\x67" + unknown_size + info


def mp4(seconds: int) -> bytes:
    """An MP4 whose `moov` comes after its media data, as many encoders write it."""
    box = lambda kind, body: struct.pack(">I", 8 + len(body)) + kind + body  # noqa: E731
    mvhd = box(b"mvhd", b"\0\0\0\0" + struct.pack(">IIII", 0, 0, 600, seconds * 600))
    return box(b"ftyp", b"isom\0\0\0\0") + box(b"mdat", b"\0" * 5000) + box(b"moov", mvhd)


@pytest.mark.parametrize(
    "data, seconds",
    [(webm(1234.5), 1234.5), (mp4(3600), 3600), (b"not a video at all", None), (b"", None)],
)
def test_a_recordings_length_is_read_from_its_header(data, seconds):
    assert recording_seconds(BytesIO(data)) == seconds


def test_the_demo_recording_is_twenty_minutes_long():
    with DEMO_RECORDING.open("rb") as handle:
        assert recording_seconds(handle) == 1200


GOOD = b"WEBVTT\n\n00:00.000 --> 00:05.000\nWelcome.\n\n00:05.000 --> 00:09.000\nData first.\n"
BROKEN = b"WEBVTT\n\n00:00.000 --> 00:05.000\nWelcome.\n\n00:05.000 -> 00:09.000\nOops.\n"


class TestWebinarPages(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = ensure_home_page()
        cls.index = WebinarIndexPageFactory(parent=cls.home)
        cls.series = WebinarSeriesPageFactory(parent=cls.index)
        cls.webinar = WebinarPageFactory(parent=cls.series)
        cls.person = PersonFactory()
        cls.network = LearningNetworkFactory(slug="safe-sleep")

    def setUp(self):
        admin = UserFactory(username="admin-user")
        admin.is_superuser = admin.is_staff = True
        admin.save()
        self.client.force_login(admin)

    def _form(self, slug: str, **extra) -> dict:
        starts = timezone.localtime(timezone.now() - timedelta(days=3))
        data = nested_form_data(
            {
                "title": "Hemorrhage drills",
                "slug": slug,
                "abstract": rich_text("<p>Drills on every unit.</p>"),
                "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
                "time_zone": "America/Chicago",
                "duration_minutes": 60,
                "join_url": "",
                "video_url": "https://media.example.org/drills.mp4",
                "transcript_text": "",
                "topics": "hemorrhage, drills",
                "chapters": inline_formset([{"title": "Welcome", "start": 0}]),
                "resource_citations": inline_formset([]),
                "caption_tracks": inline_formset([]),
            }
        )
        data.update(extra)
        data["presenters"] = [self.person.pk]
        data["networks"] = [self.network.pk]
        return data

    def test_where_each_page_type_may_live(self):
        self.assertAllowedParentPageTypes(WebinarIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(WebinarIndexPage, {WebinarSeriesPage})
        self.assertAllowedSubpageTypes(WebinarSeriesPage, {WebinarPage})
        self.assertAllowedSubpageTypes(WebinarPage, set())

    def test_every_page_renders_previews_and_edits(self):
        for page in (self.index, self.series):
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page)
            self.assertPageIsEditable(page)
        self.assertPageIsRenderable(self.webinar)
        data = self._form(self.webinar.slug)
        self.assertPageIsPreviewable(self.webinar, post_data=data)
        self.assertPageIsEditable(self.webinar, post_data=data)

    def test_an_editor_creates_a_webinar_with_captions_and_the_transcript_follows(self):
        captions = document("Drill captions", "drills.vtt", GOOD)
        self.assertCanCreate(self.series, WebinarPage, self._form("drills", captions=captions.pk))
        webinar = WebinarPage.objects.get(slug="drills")
        assert webinar.time_zone == "America/Chicago"
        assert [s.text for s in webinar.transcript_segments.all()] == ["Welcome.", "Data first."]
        assert list(webinar.topics.names()) == ["drills", "hemorrhage"] or set(
            webinar.topics.names()
        ) == {"drills", "hemorrhage"}

    def test_an_editor_cites_library_resources_and_the_page_lists_them(self):
        cart = ResourceFactory(title="Haemorrhage cart checklist")
        data = self._form(
            "cited",
            **nested_form_data({"resource_citations": inline_formset([{"resource": cart.pk}])}),
        )
        data["action-publish"] = "publish"
        self.assertCanCreate(self.series, WebinarPage, data)
        webinar = WebinarPage.objects.get(slug="cited")
        assert [c.resource for c in webinar.resource_citations.all()] == [cart]
        self.client.logout()
        page = self.client.get(webinar.url).content.decode()
        assert '<h2 id="resources-heading">Resources</h2>' in page
        assert f'<a href="{cart.get_absolute_url()}">Haemorrhage cart checklist</a>' in page

    def test_a_malformed_captions_file_is_refused_with_its_line(self):
        captions = document("Broken captions", "broken.vtt", BROKEN)
        url = f"/admin/pages/add/webinars/webinarpage/{self.series.pk}/"
        response = self.client.post(url, self._form("broken", captions=captions.pk))
        assert response.status_code == 200
        assert "Line 6: expected a timing line" in response.content.decode()
        assert not WebinarPage.objects.filter(slug="broken").exists()

    def test_a_recorded_webinar_lists_the_length_of_its_recording(self):
        """A webinar booked for 75 minutes whose recording runs 20 lists 20:
        the page says how long what a visitor can watch lasts."""
        video = document("Recording", "drills.webm", DEMO_RECORDING.read_bytes())
        data = self._form("recorded", duration_minutes=75, video_file=video.pk, video_url="")
        data["action-publish"] = "publish"
        self.assertCanCreate(self.series, WebinarPage, data)
        webinar = WebinarPage.objects.get(slug="recorded")
        assert webinar.recording_seconds == 1200 and webinar.listed_minutes == 20
        self.client.logout()
        page = self.client.get(webinar.url).content.decode()
        assert "recording, 20 minutes" in page and "75 minutes" not in page

    def test_a_stated_length_the_recording_contradicts_is_refused(self):
        video = document("Long recording", "long.webm", webm(95 * 60))
        url = f"/admin/pages/add/webinars/webinarpage/{self.series.pk}/"
        data = self._form("too-short", duration_minutes=60, video_file=video.pk, video_url="")
        response = self.client.post(url, data)
        assert "The recording runs 95 minutes, longer than the 60 minutes" in (
            response.content.decode()
        )
        assert not WebinarPage.objects.filter(slug="too-short").exists()
        self.assertCanCreate(self.series, WebinarPage, {**data, "duration_minutes": 90})

    def test_the_start_is_the_organisers_wall_clock_time(self):
        data = self._form("chicago", starts_at="2027-01-11 14:00", time_zone="America/Chicago")
        self.assertCanCreate(self.series, WebinarPage, data)
        webinar = WebinarPage.objects.get(slug="chicago")
        assert webinar.starts_at.isoformat() == "2027-01-11T20:00:00+00:00"  # CST is UTC-6
        edit = self.client.get(f"/admin/pages/{webinar.pk}/edit/").content.decode()
        assert "2027-01-11 14:00" in edit

    def test_a_pasted_transcript_wins_over_the_captions(self):
        captions = document("Captions", "c.vtt", GOOD)
        data = self._form(
            "pasted", captions=captions.pk, transcript_text="0:00 Hello.\n1:00 Goodbye."
        )
        self.assertCanCreate(self.series, WebinarPage, data)
        segments = WebinarPage.objects.get(slug="pasted").transcript_segments.all()
        assert [(s.clock, s.text) for s in segments] == [("0:00", "Hello."), ("1:00", "Goodbye.")]
