"""Demo content for the webinar archive: presenters, two series, upcoming
and recorded webinars with a real (generated, 20-minute) recording, WebVTT
captions, transcripts, chapters and slides. The words live in YAML files
under `webinars/demo_data/` (see its README); the recording is
`demo_media/recording.webm`. Every step is idempotent."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from community.home import ensure_home_page
from community.models import LearningNetwork
from kernel import demo_loader
from kernel.pdf import simple_pdf
from resources.citations import cite_demo_resources
from webinars.media_length import recording_seconds
from webinars.models import (
    CaptionTrack,
    Chapter,
    Person,
    WebinarIndexPage,
    WebinarPage,
    WebinarResource,
    WebinarSeriesPage,
)
from webinars.models.recordings import TRACK_LANGUAGES

MEDIA = Path(__file__).resolve().parent / "demo_media"
Document = get_document_model()


@dataclass(frozen=True)
class WebinarContent:
    """The webinar archive's demo words, as the seeder walks them."""

    intro: str  # of the archive's index page
    presenters: list[dict[str, Any]]
    series: list[dict[str, Any]]
    webinars: list[dict[str, Any]]  # in the order they are added to their series


def load_content() -> WebinarContent:
    """Read `webinars/demo_data/`: one file per webinar, the rest shared."""
    archive = demo_loader.load("webinars", "archive")
    return WebinarContent(
        intro=archive["intro"],
        presenters=demo_loader.load("webinars", "presenters"),
        series=archive["series"],
        webinars=demo_loader.load_dir("webinars", "webinars"),
    )


class WebinarSeeder:
    def __init__(self, out) -> None:
        self.out = out
        self.created = 0
        self.content = load_content()

    def _document(self, title: str, name: str, data: bytes):
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title)
        document.file.save(name, ContentFile(data), save=False)
        document.save()
        self.created += 1
        return document

    def run(self) -> None:
        home = ensure_home_page()
        index = home.get_children().filter(slug="webinars").first()
        if index is None:
            index = WebinarIndexPage(
                title="Webinars",
                slug="webinars",
                intro=self.content.intro,
            )
            home.add_child(instance=index)
            index.save_revision().publish()
            self.created += 1
        people = {spec["slug"]: self.person(spec) for spec in self.content.presenters}
        series = {spec["slug"]: self.series(index, spec) for spec in self.content.series}
        recording = self._document(
            "Demo webinar recording",
            "webinar-recording.webm",
            (MEDIA / "recording.webm").read_bytes(),
        )
        for spec in self.content.webinars:
            self.webinar(series[spec["series"]], spec, people, recording)
        self.out(f"  webinars: {self.created} new rows")

    def person(self, spec: dict) -> Person:
        user = (
            get_user_model().objects.filter(username=spec["user"]).first() if spec["user"] else None
        )
        person, created = Person.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "title": spec["title"],
                "organisation": spec["organisation"],
                "bio": spec["bio"],
                "user": user,
            },
        )
        self.created += int(created)
        return person

    def series(self, index, spec: dict) -> WebinarSeriesPage:
        existing = index.get_children().filter(slug=spec["slug"]).first()
        if existing:
            return existing.specific
        page = WebinarSeriesPage(
            title=spec["title"], slug=spec["slug"], intro=f"<p>{spec['intro']}</p>"
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def webinar(self, series, spec: dict, people: dict, recording) -> None:
        # Titles of the demo library's resources this webinar cites.
        titles = spec.get("cites", [])
        existing = series.get_children().filter(slug=spec["slug"]).first()
        if existing:
            # A webinar seeded before pages could cite resources gets them now.
            page = existing.specific
            cited = cite_demo_resources(page, titles, WebinarResource)
            # A webinar seeded before webinars had join links gets its link now.
            join = not page.join_url and spec.get("join_url", "")
            if join:
                page.join_url = join
            # One seeded before recordings had captions in other languages gets them now.
            tracks = self.caption_tracks(page, spec)
            if cited or join or tracks:
                page.save_revision().publish()
                self.created += 1
            return
        zone = ZoneInfo(spec["time_zone"])
        day = timezone.localdate() + timedelta(days=spec["days_from_now"])
        hour, minute = (int(part) for part in spec["start"].split(":"))
        starts_at = datetime.combine(day, time(hour, minute), tzinfo=zone)
        page = WebinarPage(
            title=spec["title"],
            slug=spec["slug"],
            starts_at=starts_at,
            time_zone=spec["time_zone"],
            duration_minutes=spec["duration_minutes"],
            join_url=spec.get("join_url", ""),
            abstract="".join(f"<p>{paragraph.strip()}</p>" for paragraph in spec["abstract"]),
        )
        page.presenters = [people[slug] for slug in spec["presenters"]]
        page.networks = list(LearningNetwork.objects.filter(slug__in=spec["networks"]))
        # The toolkit's change ideas, through the relation (the toolkit's demo runs first).
        change_ideas = WebinarPage._meta.get_field("change_ideas").related_model
        page.change_ideas = list(change_ideas.objects.filter(slug__in=spec["change_ideas"]))
        if spec["recorded"]:
            page.video_file = recording
            with recording.open_file() as handle:
                seconds = recording_seconds(handle)
            page.recording_seconds = round(seconds) if seconds else None
            page.captions = self._document(
                f"Captions: {spec['title']}", f"{spec['slug']}.vtt", spec["captions"].encode()
            )
            page.slides = self._document(
                f"Slides: {spec['title']}",
                f"{spec['slug']}-slides.pdf",
                simple_pdf(spec["title"], [chapter["title"] for chapter in spec["chapters"]]),
            )
            page.chapters = [
                Chapter(start=chapter["start"], title=chapter["title"])
                for chapter in spec["chapters"]
            ]
            self.caption_tracks(page, spec)
        cite_demo_resources(page, titles, WebinarResource)
        series.add_child(instance=page)
        page.topics.add(*spec["topics"])
        page.save_revision().publish()
        self.created += 1

    def caption_tracks(self, page: WebinarPage, spec: dict) -> bool:
        """Attach the captions in other languages the webinar's file has
        (`captions_<language>`), each once. True if one was added."""
        added = False
        for language, _name in TRACK_LANGUAGES:
            text = spec.get(f"captions_{language.replace('-', '_')}")
            if not text or (page.pk and page.caption_tracks.filter(language=language).exists()):
                continue
            document = self._document(
                f"Captions ({language}): {spec['title']}",
                f"{spec['slug']}.{language}.vtt",
                text.encode(),
            )
            page.caption_tracks.add(CaptionTrack(language=language, captions=document))
            added = True
        return added


def seed(rng, out) -> None:
    WebinarSeeder(out).run()
