import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from webinars.captions import clock

# The language recordings are given in: the page's own `captions` are in it.
RECORDING_LANGUAGE = settings.LANGUAGE_CODE

# The languages a recording's captions may be in, each with its name (for
# editors) and the player's label for its track (for viewers), both in the
# interface's language.
CAPTION_LANGUAGES = {
    "en": (gettext_lazy("English"), gettext_lazy("English captions")),
    "es": (gettext_lazy("Spanish"), gettext_lazy("Spanish captions")),
    "ar": (gettext_lazy("Arabic"), gettext_lazy("Arabic captions")),
    "zh-hans": (gettext_lazy("Chinese (simplified)"), gettext_lazy("Chinese captions")),
    "ht": (gettext_lazy("Haitian Creole"), gettext_lazy("Haitian Creole captions")),
    "pt": (gettext_lazy("Portuguese"), gettext_lazy("Portuguese captions")),
    "vi": (gettext_lazy("Vietnamese"), gettext_lazy("Vietnamese captions")),
}
TRACK_LANGUAGES = [
    (code, name) for code, (name, _label) in CAPTION_LANGUAGES.items() if code != RECORDING_LANGUAGE
]


def caption_label(language: str) -> str:
    """The player's name for a track, e.g. "Spanish captions", in the
    interface's language."""
    return str(CAPTION_LANGUAGES[language][1])


class Chapter(Orderable):
    """A titled moment of a recording, listed beside the player."""

    webinar = ParentalKey("webinars.WebinarPage", on_delete=models.CASCADE, related_name="chapters")
    title = models.CharField(max_length=150)
    start = models.PositiveIntegerField(
        help_text=gettext_lazy("Seconds from the start of the recording.")
    )

    class Meta(Orderable.Meta):
        ordering = ["start"]

    def __str__(self) -> str:
        return f"{clock(self.start)} {self.title}"

    @property
    def clock(self) -> str:
        return clock(self.start)


class CaptionTrack(Orderable):
    """The recording's captions in another language, offered by the player
    beside its own (`WebinarPage.captions`). The file is read, as the own
    captions are, when the page is saved (`WebinarForm`) and again each time
    the track is asked for (`captions/<language>/`)."""

    webinar = ParentalKey(
        "webinars.WebinarPage", on_delete=models.CASCADE, related_name="caption_tracks"
    )
    language = models.CharField(gettext_lazy("language"), max_length=8, choices=TRACK_LANGUAGES)
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=gettext_lazy("captions"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=gettext_lazy("Captions in this language as WebVTT (.vtt) or SRT (.srt)."),
    )

    panels = [FieldPanel("language"), FieldPanel("captions")]

    def __str__(self) -> str:
        return caption_label(self.language)

    @property
    def label(self) -> str:
        return caption_label(self.language)


class TranscriptSegment(index.Indexed, models.Model):
    """One time-coded line of a recording's transcript. Rebuilt from the
    pasted transcript or the captions each time the webinar is published."""

    webinar = models.ForeignKey(
        "webinars.WebinarPage", on_delete=models.CASCADE, related_name="transcript_segments"
    )
    position = models.PositiveIntegerField()
    start = models.FloatField()
    end = models.FloatField()
    text = models.TextField()

    search_fields = [index.SearchField("text"), index.FilterField("webinar_id")]

    class Meta:
        ordering = ["webinar", "position"]
        constraints = [
            models.UniqueConstraint(fields=["webinar", "position"], name="one_segment_per_position")
        ]

    def __str__(self) -> str:
        return f"{self.clock} {self.text[:60]}"

    def get_absolute_url(self) -> str:
        return f"{self.webinar.url}?t={self.second}"

    @property
    def clock(self) -> str:
        return clock(self.start)

    @property
    def second(self) -> int:
        return int(self.start)


class Registration(models.Model):
    """A member's place at an upcoming webinar, with the reminders they chose
    and when each email went. Cancelling keeps the row."""

    class Reminders(models.TextChoices):
        DAY = "day", gettext_lazy("The day before")
        HOUR = "hour", gettext_lazy("An hour before")
        BOTH = "both", gettext_lazy("The day before and an hour before")
        NONE = "none", gettext_lazy("No reminder")

    webinar = models.ForeignKey(
        "webinars.WebinarPage", on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_registrations"
    )
    registered_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminders = models.CharField(max_length=4, choices=Reminders.choices, default=Reminders.DAY)
    # When each email went: a stamp is what makes sending it twice impossible.
    day_reminder_sent_at = models.DateTimeField(null=True, blank=True)
    hour_reminder_sent_at = models.DateTimeField(null=True, blank=True)
    recording_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["registered_at"]
        constraints = [
            models.UniqueConstraint(fields=["webinar", "user"], name="one_registration_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.webinar}"

    @property
    def is_active(self) -> bool:
        return self.cancelled_at is None


class WebinarEngagement(models.Model):
    """Coarse, anonymous counts for editors: how many opened the page, pressed
    play, and watched a quarter, half, three quarters or all of it. Nothing
    identifies a viewer and no third party is involved."""

    webinar = models.OneToOneField(
        "webinars.WebinarPage", on_delete=models.CASCADE, related_name="engagement"
    )
    views = models.PositiveIntegerField(default=0)
    plays = models.PositiveIntegerField(default=0)
    reached_25 = models.PositiveIntegerField(default=0)
    reached_50 = models.PositiveIntegerField(default=0)
    reached_75 = models.PositiveIntegerField(default=0)
    reached_100 = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return _("Engagement with %(webinar)s") % {"webinar": self.webinar}


def _new_secret() -> str:
    return secrets.token_urlsafe(24)


class CalendarKey(models.Model):
    """The secret behind a member's personal calendar link. Replacing it
    kills every copy of the old link."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_key"
    )
    secret = models.CharField(max_length=64, default=_new_secret)

    def __str__(self) -> str:
        return _("Calendar key of %(user)s") % {"user": self.user}

    def renew(self) -> None:
        self.secret = _new_secret()
        self.save(update_fields=["secret"])
