"""Webinar page types in the admin: where they live, creation and editing,
and a malformed captions file refused with its line number."""

from datetime import timedelta

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
from webinars.models import WebinarIndexPage, WebinarPage, WebinarSeriesPage

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
