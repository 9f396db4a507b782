"""Captions in other languages: the admin reads each track's file as it
reads the recording's own captions, `captions/<language>/` serves a track as
WebVTT behind the page's own privacy, the player offers every track and
starts with the one in the reader's language, and the demo gives one
recording a Spanish track."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from community.factories import LearningNetworkFactory, UserFactory
from kernel.roles import SiteRole
from webinars.captions import parse_webvtt
from webinars.demo import WebinarSeeder, load_content
from webinars.factories import PersonFactory, WebinarPageFactory, document
from webinars.models import CaptionTrack, WebinarPage

from .conftest import VIDEO

pytestmark = pytest.mark.django_db

SPANISH = """WEBVTT

00:00.000 --> 00:10.000
Bienvenidos al seminario sobre sueño seguro.

00:10.000 --> 12:34.000
Primero miramos los datos.
"""
SPANISH_SRT = (
    "1\r\n00:00:00,000 --> 00:00:10,000\r\nBienvenidos.\r\n\r\n"
    "2\r\n00:00:10,000 --> 00:12:34,000\r\nLos datos.\r\n"
)
BROKEN = "WEBVTT\n\n00:00.000 --> 00:10.000\nBienvenidos.\n\n00:10.000 -> 00:20.000\nRoto.\n"
ENGLISH = b"WEBVTT\n\n00:00.000 --> 00:05.000\nWelcome.\n"


def _add_track(webinar, language: str, text: str) -> CaptionTrack:
    captions = document(f"{language} captions", f"{language}.vtt", text.encode())
    track = CaptionTrack(language=language, captions=captions)
    webinar.caption_tracks.add(track)
    webinar.save_revision().publish()
    return webinar.caption_tracks.get(language=language)


@pytest.fixture
def spanish_track(archive):
    return _add_track(archive.recorded, "es", SPANISH)


@pytest.fixture
def spanish_locale(db):
    return Locale.objects.get_or_create(language_code="es")[0]


# --- The admin ---------------------------------------------------------------


@pytest.fixture
def admin_client(client, archive):
    admin = UserFactory(username="admin-user", is_superuser=True, is_staff=True)
    client.force_login(admin)
    return client


def _form(slug: str, tracks: list[dict]) -> dict:
    data = nested_form_data(
        {
            "title": "Hemorrhage drills",
            "slug": slug,
            "abstract": rich_text("<p>Drills on every unit.</p>"),
            "starts_at": timezone.localtime(timezone.now() - timedelta(days=3)).strftime(
                "%Y-%m-%d %H:%M"
            ),
            "time_zone": "America/Chicago",
            "duration_minutes": 60,
            "join_url": "",
            "video_url": "https://media.example.org/drills.mp4",
            "captions": document("Drill captions", "drills.vtt", ENGLISH).pk,
            "transcript_text": "",
            "topics": "drills",
            "chapters": inline_formset([]),
            "resource_citations": inline_formset([]),
            "caption_tracks": inline_formset(tracks),
            "action-publish": "publish",
        }
    )
    data["presenters"] = [PersonFactory.create().pk]
    data["networks"] = [LearningNetworkFactory.create(slug="pph").pk]
    return data


def _add_url(archive) -> str:
    return reverse("wagtailadmin_pages:add", args=("webinars", "webinarpage", archive.series.pk))


def _track_errors(response) -> list[str]:
    formset = response.context["form"].formsets["caption_tracks"]
    return [
        message for form in formset.forms for field in form.errors.values() for message in field
    ]


def test_an_editor_adds_a_spanish_track_and_the_page_serves_it(admin_client, archive):
    srt = document("Subtítulos", "drills.es.srt", SPANISH_SRT.encode())
    response = admin_client.post(
        _add_url(archive), _form("drills", [{"language": "es", "captions": srt.pk}])
    )
    assert response.status_code == 302, _track_errors(response)
    webinar = WebinarPage.objects.get(slug="drills")
    assert [(t.language, t.captions_id) for t in webinar.caption_tracks.all()] == [("es", srt.pk)]
    served = admin_client.get(webinar.url + "captions/es/")
    assert served.status_code == 200  # SRT in, WebVTT out
    assert [c.text for c in parse_webvtt(served.content.decode())] == ["Bienvenidos.", "Los datos."]


def test_a_broken_spanish_track_is_refused_naming_its_language_and_line(admin_client, archive):
    broken = document("Subtítulos rotos", "broken.es.vtt", BROKEN.encode())
    response = admin_client.post(
        _add_url(archive), _form("drills", [{"language": "es", "captions": broken.pk}])
    )
    assert response.status_code == 200
    (error,) = _track_errors(response)
    assert error.startswith("Spanish captions: The captions file cannot be read. Line 6:")
    assert "timing line" in error
    assert not WebinarPage.objects.filter(slug="drills").exists()
    assert not CaptionTrack.objects.exists()


def test_a_track_that_is_not_utf8_is_refused(admin_client, archive):
    latin1 = document("Latin-1", "latin1.vtt", SPANISH.encode("latin-1"))
    response = admin_client.post(
        _add_url(archive), _form("drills", [{"language": "es", "captions": latin1.pk}])
    )
    assert _track_errors(response) == ["Spanish captions: The captions file must be UTF-8 text."]
    assert not WebinarPage.objects.filter(slug="drills").exists()


def test_one_track_per_language(admin_client, archive):
    one = document("Uno", "uno.vtt", SPANISH.encode())
    two = document("Dos", "dos.vtt", SPANISH.encode())
    tracks = [{"language": "es", "captions": one.pk}, {"language": "es", "captions": two.pk}]
    response = admin_client.post(_add_url(archive), _form("drills", tracks))
    assert response.status_code == 200
    assert _track_errors(response) == [
        "Spanish captions: there is already a track in this language; keep one."
    ]
    assert not WebinarPage.objects.filter(slug="drills").exists()


def test_the_recordings_own_language_is_not_offered_as_another(admin_client, archive):
    response = admin_client.get(_add_url(archive))
    form = response.context["form"].formsets["caption_tracks"].empty_form
    codes = [code for code, _name in form.fields["language"].choices if code]
    assert "es" in codes and "en" not in codes


# --- captions/<language>/ ----------------------------------------------------


def test_the_spanish_track_is_served_as_webvtt(client, archive, spanish_track):
    response = client.get(archive.recorded.url + "captions/es/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    body = response.content.decode()
    assert body.startswith("WEBVTT\n")
    cues = parse_webvtt(body)
    assert [(c.start, c.end, c.text) for c in cues] == [
        (0.0, 10.0, "Bienvenidos al seminario sobre sueño seguro."),
        (10.0, 754.0, "Primero miramos los datos."),
    ]


@pytest.mark.parametrize("language", ["pt", "en", "xx", "ES", "es-mx", "..", "%2e%2e"])
def test_a_language_without_a_track_is_not_found(client, archive, spanish_track, language):
    assert client.get(archive.recorded.url + f"captions/{language}/").status_code == 404


def test_a_track_whose_file_broke_since_is_not_found_rather_than_an_error(
    client, archive, spanish_track
):
    spanish_track.captions.file.save("replaced.vtt", ContentFile(BROKEN.encode()))
    assert client.get(archive.recorded.url + "captions/es/").status_code == 404


def test_an_unpublished_draft_track_is_not_served(client, archive):
    page = archive.recorded
    page.caption_tracks.add(
        CaptionTrack(language="es", captions=document("Draft", "d.vtt", SPANISH.encode()))
    )
    page.save_revision()  # a draft: the live page has no Spanish track yet
    assert client.get(page.url + "captions/es/").status_code == 404


def test_a_private_webinars_spanish_track_is_refused_to_whoever_may_not_see_it(
    client, archive, spanish_track
):
    """As captions/ is: the track is part of the page, so Wagtail's view
    restriction on the page (here on its series) answers for it."""
    editors = Group.objects.get(name=SiteRole.EDITOR.value)
    restriction = PageViewRestriction.objects.create(
        page=archive.series, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([editors])
    url = archive.recorded.url + "captions/es/"
    for who in (None, UserFactory(username="member-of-no-group")):
        if who:
            client.force_login(who)
        for path in (url, archive.recorded.url + "captions/"):
            response = client.get(path)
            assert response.status_code == 302 and "login" in response["Location"]
            assert b"Bienvenidos" not in response.content and b"WEBVTT" not in response.content
    editor = UserFactory(username="editor")
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get(url).content.decode().startswith("WEBVTT")


def test_a_password_protected_webinars_track_asks_for_the_password(client, archive, spanish_track):
    PageViewRestriction.objects.create(
        page=archive.recorded, restriction_type=PageViewRestriction.PASSWORD, password="quokka"
    )
    response = client.get(archive.recorded.url + "captions/es/")
    assert b"Bienvenidos" not in response.content and b"WEBVTT" not in response.content


def test_an_unpublished_webinars_track_is_not_served(client, archive, spanish_track):
    archive.recorded.unpublish()
    assert client.get(archive.recorded.url + "captions/es/").status_code == 404


# --- The player --------------------------------------------------------------


def _tracks(response) -> list[dict]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        {
            "src": track["src"],
            "srclang": track["srclang"],
            "label": track["label"],
            "default": track.has_attr("default"),
        }
        for track in soup.select("video#player track[kind=captions]")
    ]


def test_the_player_offers_both_tracks_and_starts_with_english_in_english(
    client, archive, spanish_track
):
    tracks = _tracks(client.get(archive.recorded.url))
    url = archive.recorded.url
    assert tracks == [
        {"src": f"{url}captions/", "srclang": "en", "label": "English captions", "default": True},
        {
            "src": f"{url}captions/es/",
            "srclang": "es",
            "label": "Spanish captions",
            "default": False,
        },
    ]
    for track in tracks:
        assert client.get(track["src"]).content.decode().startswith("WEBVTT")


def test_on_a_spanish_page_the_spanish_track_is_the_default(
    client, archive, spanish_track, spanish_locale
):
    response = client.get("/es" + archive.recorded.url)
    tracks = _tracks(response)
    assert [(t["srclang"], t["label"], t["default"]) for t in tracks] == [
        ("en", "Subtítulos en inglés", False),
        ("es", "Subtítulos en español", True),
    ]
    for track in tracks:
        assert client.get(track["src"]).content.decode().startswith("WEBVTT")
    # The transcript beside the player is the recording's own, and says so.
    soup = BeautifulSoup(response.content, "html.parser")
    transcript = soup.select_one("[data-transcript]")
    assert transcript["lang"] == "en"
    assert "Welcome to the safe sleep webinar." in transcript.get_text()


def test_on_a_spanish_page_without_a_spanish_track_english_stays_the_default(
    client, archive, spanish_locale
):
    tracks = _tracks(client.get("/es" + archive.recorded.url))
    assert [(t["srclang"], t["label"], t["default"]) for t in tracks] == [
        ("en", "Subtítulos en inglés", True)
    ]


def test_a_recording_with_only_a_spanish_track(client, archive, spanish_locale):
    page = WebinarPageFactory(
        parent=archive.series,
        slug="solo-spanish",
        starts_at=timezone.now() - timedelta(days=5),
        video_file=document("Recording", "recording.webm", VIDEO),
    )
    _add_track(page, "es", SPANISH)
    english = _tracks(client.get(page.url))
    assert [(t["srclang"], t["default"]) for t in english] == [("es", False)]
    spanish = _tracks(client.get("/es" + page.url))
    assert [(t["srclang"], t["default"]) for t in spanish] == [("es", True)]


# --- The demo ----------------------------------------------------------------


def _smoke_free() -> dict:
    return next(w for w in load_content().webinars if w["slug"] == "smoke-free-homes-after-birth")


def test_the_demo_spanish_track_has_the_english_cue_times_in_other_words():
    spec = _smoke_free()
    english, spanish = parse_webvtt(spec["captions"]), parse_webvtt(spec["captions_es"])
    assert [(c.start, c.end) for c in spanish] == [(c.start, c.end) for c in english]
    assert all(es.text != en.text for es, en in zip(spanish, english, strict=True))
    assert spanish[0].text.startswith("Helen: Buenos días desde California")
    # Who speaks is named where the English names them.
    speakers = [c.text.split(":")[0] for c in english if c.text.startswith(("Helen:", "Beth Ann:"))]
    assert speakers == [
        c.text.split(":")[0] for c in spanish if c.text.startswith(("Helen:", "Beth Ann:"))
    ]


def test_the_demo_attaches_the_spanish_track_once(client, archive):
    spec = _smoke_free()
    people = {slug: PersonFactory(slug=slug) for slug in spec["presenters"]}
    recording = document("Demo webinar recording", "recording.webm", VIDEO)
    seeder = WebinarSeeder(lambda _line: None)
    seeder.webinar(archive.series, spec, people, recording)
    page = WebinarPage.objects.get(slug=spec["slug"])
    (track,) = page.caption_tracks.all()
    assert track.language == "es"
    response = client.get(page.url + "captions/es/")
    assert "Buenos días desde California" in response.content.decode()
    # Running the demo again adds nothing.
    seeder.webinar(archive.series, spec, people, recording)
    assert CaptionTrack.objects.filter(webinar=page).count() == 1


def test_a_demo_webinar_seeded_before_tracks_gets_its_track(archive):
    spec = _smoke_free()
    people = {slug: PersonFactory(slug=slug) for slug in spec["presenters"]}
    recording = document("Demo webinar recording", "recording.webm", VIDEO)
    seeder = WebinarSeeder(lambda _line: None)
    without = {key: value for key, value in spec.items() if key != "captions_es"}
    seeder.webinar(archive.series, without, people, recording)
    page = WebinarPage.objects.get(slug=spec["slug"])
    assert not page.caption_tracks.exists()
    seeder.webinar(archive.series, spec, people, recording)
    page.refresh_from_db()
    assert [t.language for t in page.caption_tracks.all()] == ["es"]
    assert page.live and not page.has_unpublished_changes
