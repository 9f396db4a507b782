from datetime import timedelta
from math import ceil
from zoneinfo import ZoneInfo, available_timezones

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Max
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from kernel.page_languages import ReadingLanguageUrls, in_reading_language, under_any_translation
from resources.citations import citations_panel
from resources.models import ResourceCitation
from webinars.captions import CaptionError, parse_pasted_transcript, read_captions_file
from webinars.media_length import recording_seconds
from webinars.models.recordings import caption_label

# A recording may run a little over the time booked (questions at the end);
# one longer than this past the stated length says the length is wrong.
OVERRUN_MINUTES = 15

TIME_ZONES = sorted((name, name.replace("_", " ")) for name in available_timezones() if "/" in name)
TIME_ZONE_NAMES = {name for name, _ in TIME_ZONES}


class WebinarIndexPage(RoutablePageMixin, ReadingLanguageUrls, Page):
    """/webinars/: upcoming webinars first, then the archive, with filters;
    presenters' pages hang off it (the calendar feeds are in webinars.urls)."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["webinars.WebinarSeriesPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from webinars.filters import webinar_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(webinar_listing(self, request.GET))
        return context

    @path("presenters/<slug:slug>/", name="presenter")
    def presenter(self, request, slug: str):
        from webinars.views.presenters import presenter_page

        return presenter_page(request, self, slug)


class WebinarSeriesPage(ReadingLanguageUrls, Page):
    """A run of webinars, e.g. an expert series for one learning network."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["webinars.WebinarIndexPage"]
    subpage_types = ["webinars.WebinarPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        webinars = in_reading_language(
            under_any_translation(WebinarPage.objects.live().public(), self)
        ).prefetch_related("presenters")
        now = timezone.now()
        context["upcoming"] = webinars.filter(starts_at__gte=now).order_by("starts_at")
        context["archive"] = webinars.filter(starts_at__lt=now).order_by("-starts_at")
        return context


class WebinarTag(TaggedItemBase):
    content_object = ParentalKey(
        "webinars.WebinarPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class WebinarResource(ResourceCitation):
    """A library resource a webinar cites."""

    page = ParentalKey(
        "webinars.WebinarPage", on_delete=models.CASCADE, related_name="resource_citations"
    )


def captions_file_error(document) -> str | None:
    """Why a captions file cannot be used, naming the line, or None when it reads."""
    try:
        read_captions_file(document)
    except UnicodeDecodeError:
        return _("The captions file must be UTF-8 text.")
    except CaptionError as error:
        return _("The captions file cannot be read. %(error)s") % {"error": error}
    return None


class WebinarForm(WagtailAdminPageForm):
    """Reads the captions and the pasted transcript before anything is saved,
    so a broken file is refused with the line of the error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "time_zone" in self.fields:
            self.fields["time_zone"] = forms.ChoiceField(
                choices=TIME_ZONES,
                initial="America/New_York",
                help_text=self.fields["time_zone"].help_text,
            )
        if self.instance.pk and self.instance.starts_at and "starts_at" in self.fields:
            # Shown as the organiser's wall-clock time, not the editor's.
            self.initial["starts_at"] = self.instance.local_start.replace(tzinfo=None)

    def clean_starts_at(self):
        """The admin reads the time in the site's zone; the editor meant the
        webinar's own zone. Keep the wall-clock time and attach that zone."""
        value = self.cleaned_data.get("starts_at")
        zone_name = self.data.get("time_zone") or "America/New_York"
        if value is None or zone_name not in TIME_ZONE_NAMES:
            return value
        wall_clock = timezone.localtime(value).replace(tzinfo=None)
        return wall_clock.replace(tzinfo=ZoneInfo(zone_name))

    def clean(self):
        cleaned = super().clean()
        captions = cleaned.get("captions")
        if captions is not None and (error := captions_file_error(captions)):
            self.add_error("captions", error)
        self._check_caption_tracks()
        if pasted := cleaned.get("transcript_text", "").strip():
            try:
                parse_pasted_transcript(pasted)
            except CaptionError as error:
                self.add_error(
                    "transcript_text",
                    _("The transcript cannot be read. %(error)s") % {"error": error},
                )
        if cleaned.get("video_file") and cleaned.get("video_url"):
            self.add_error("video_url", _("Upload a video file or give a link, not both."))
        self._measure_recording(cleaned)
        return cleaned

    def _check_caption_tracks(self) -> None:
        """Each track in another language is read as the own captions are,
        and a language has one track: the error names the track."""
        formset = self.formsets.get("caption_tracks")
        if formset is None or not formset.is_valid():
            return  # the formset's own errors (a missing file…) show as they are
        seen: set[str] = set()
        for form in formset.forms:
            unused = not form.has_changed() and not form.instance.pk
            if unused or form.cleaned_data.get("DELETE"):
                continue
            language = form.cleaned_data.get("language")
            captions = form.cleaned_data.get("captions")
            if not language or captions is None:
                continue
            track = caption_label(language)
            if language in seen:
                form.add_error(
                    "language",
                    _("%(track)s: there is already a track in this language; keep one.")
                    % {"track": track},
                )
            elif error := captions_file_error(captions):
                form.add_error("captions", f"{track}: {error}")
            seen.add(language)

    def _measure_recording(self, cleaned) -> None:
        """Keep the uploaded recording's length, so the page lists what a
        visitor can watch, and refuse a stated length it contradicts."""
        video = cleaned.get("video_file")
        seconds = None
        if video is not None:
            with video.open_file() as handle:
                seconds = recording_seconds(handle)
        self.instance.recording_seconds = round(seconds) if seconds else None
        minutes = cleaned.get("duration_minutes")
        if seconds and minutes and seconds / 60 > minutes + OVERRUN_MINUTES:
            self.add_error(
                "duration_minutes",
                _(
                    "The recording runs %(recording)s minutes, longer than the %(given)s "
                    "minutes given here: give the webinar's real length."
                )
                % {"recording": round(seconds / 60), "given": minutes},
            )


class WebinarPage(RoutablePageMixin, ReadingLanguageUrls, Page):
    """A webinar: when it is, who presents, and — once it has happened — its
    recording with captions, transcript, chapters and slides."""

    class State(models.TextChoices):
        UPCOMING = "upcoming", gettext_lazy("Upcoming")
        LIVE = "live", gettext_lazy("Live now")
        RECORDED = "recorded", gettext_lazy("Recorded")
        ENDED = "ended", gettext_lazy("Recording coming soon")

    abstract = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    starts_at = models.DateTimeField(
        help_text=gettext_lazy("Start, in the time zone chosen below.")
    )
    # Choices are set on the form: the zone list depends on the machine's tz database.
    time_zone = models.CharField(
        max_length=64,
        default="America/New_York",
        help_text=gettext_lazy("The organizer's time zone; visitors also see their own."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        default=60,
        help_text=gettext_lazy("The time booked, in minutes (a recording lists its own length)."),
    )
    presenters = ParentalManyToManyField("webinars.Person", related_name="webinars")
    networks = ParentalManyToManyField("core.LearningNetwork", related_name="webinars")
    topics = ClusterTaggableManager(through=WebinarTag, blank=True)
    change_ideas = ParentalManyToManyField(
        "toolkit.ChangeIdeaPage", blank=True, related_name="webinars"
    )
    join_url = models.URLField(
        gettext_lazy("join link"),
        blank=True,
        validators=[URLValidator(schemes=["https", "http"])],
        help_text=gettext_lazy(
            "The meeting link (Zoom, Teams…). Shown only to people registered, the "
            "presenters and organizers: on the page, in their calendar and in their emails."
        ),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=gettext_lazy("The recording as an MP4 or WebM file."),
    )
    video_url = models.URLField(
        blank=True, help_text=gettext_lazy("Or a direct link to the recording file.")
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=gettext_lazy("Captions as WebVTT (.vtt) or SRT (.srt)."),
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Read from the uploaded recording's header when the page is saved.
    recording_seconds = models.PositiveIntegerField(null=True, blank=True, editable=False)
    transcript_text = models.TextField(
        gettext_lazy("pasted transcript"),
        blank=True,
        help_text=gettext_lazy(
            "Optional: WebVTT, SRT, or one line per moment starting with its time "
            "(“12:34 Text”). Left empty, the transcript comes from the captions."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("abstract"),
        MultiFieldPanel(
            [
                FieldPanel("starts_at"),
                FieldPanel("time_zone"),
                FieldPanel("duration_minutes"),
                FieldPanel("join_url"),
            ],
            heading=gettext_lazy("When"),
        ),
        FieldPanel("presenters"),
        FieldPanel("networks"),
        FieldPanel("topics"),
        FieldPanel("change_ideas"),
        citations_panel(),
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("video_url"),
                FieldPanel("captions"),
                InlinePanel(
                    "caption_tracks",
                    label=gettext_lazy("Captions in other languages"),
                    help_text=gettext_lazy(
                        "The player offers each beside the recording's own captions, and "
                        "starts with the one in the reader's language."
                    ),
                ),
                FieldPanel("slides"),
                FieldPanel("transcript_text"),
            ],
            heading=gettext_lazy("Recording"),
        ),
        InlinePanel("chapters", label=gettext_lazy("Chapters")),
    ]
    base_form_class = WebinarForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("abstract"),
        index.FilterField("starts_at"),
        index.RelatedFields("presenters", [index.SearchField("name")]),
    ]
    parent_page_types = ["webinars.WebinarSeriesPage"]
    subpage_types: list[str] = []

    class Meta:
        indexes = [models.Index(fields=["starts_at"])]

    def clean(self) -> None:
        super().clean()
        if self.time_zone not in TIME_ZONE_NAMES:
            raise ValidationError({"time_zone": _("Choose a time zone from the list.")})

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, ZoneInfo(self.time_zone))

    @property
    def listed_minutes(self) -> int:
        """The length the page lists: the recording's, once there is one
        whose length is known (what a visitor can watch), else the time booked."""
        if self.has_recording and self.recording_seconds:
            return max(1, round(self.recording_seconds / 60))
        return self.duration_minutes

    @property
    def has_recording(self) -> bool:
        return bool(self.video_file_id or self.video_url)

    @cached_property
    def recording_length(self) -> int | None:
        """Seconds: read from the recording's file when it was stored, else as
        far as the transcript goes (it covers the recording); None while
        neither is known."""
        if self.recording_seconds:
            return self.recording_seconds
        if not self.pk:
            return None
        end = self.transcript_segments.aggregate(end=Max("end"))["end"]
        return None if end is None else ceil(end)

    def state(self, now=None) -> "WebinarPage.State":
        now = now or timezone.now()
        if now < self.starts_at:
            return self.State.UPCOMING
        if now < self.ends_at:
            return self.State.LIVE
        return self.State.RECORDED if self.has_recording else self.State.ENDED

    @cached_property
    def current_state(self) -> "WebinarPage.State":
        return self.state()

    def get_context(self, request, *args, **kwargs):
        from webinars.views.recordings import webinar_context

        context = super().get_context(request, *args, **kwargs)
        context.update(webinar_context(request, self))
        return context

    @path("event/", name="event")
    def event(self, request):
        from webinars.views.calendar import event_file

        return event_file(request, self)

    @path("captions/", name="captions")
    def captions_vtt(self, request):
        from webinars.views.recordings import captions_file

        return captions_file(request, self)

    @path("captions/<slug:language>/", name="caption_track")
    def caption_track_vtt(self, request, language: str):
        from webinars.views.recordings import caption_track_file

        return caption_track_file(request, self, language)

    @path("recording/", name="recording")
    def recording(self, request):
        from webinars.views.recordings import recording_file

        return recording_file(request, self)

    @path("register/", name="register")
    def register(self, request):
        from webinars.views.registration import register

        return register(request, self)

    @path("registrations/", name="registrations_csv")
    def registrations_csv(self, request):
        from webinars.views.registration import registrations_csv

        return registrations_csv(request, self)

    @path("progress/", name="progress")
    def progress(self, request):
        from webinars.views.recordings import record_progress

        return record_progress(request, self)
