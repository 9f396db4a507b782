"""Writes on the webinar archive: registrations, transcripts rebuilt from
captions, and the coarse engagement counts."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.search import index as search_index

from kernel.standing import Account
from webinars import permissions
from webinars.captions import Cue, parse_captions, parse_pasted_transcript
from webinars.models import (
    CalendarKey,
    Registration,
    TranscriptSegment,
    WebinarEngagement,
    WebinarPage,
)

MILESTONES = {
    "play": "plays",
    "25": "reached_25",
    "50": "reached_50",
    "75": "reached_75",
    "100": "reached_100",
}
# The fastest a viewer can have played the recording: players' own speed
# menus stop at 2x, some viewers use faster ones.
FASTEST_PLAYBACK = 4
# Seconds of slack for the player's coarse clock (a few ticks a second).
CLOCK_SLACK = 2.0


@transaction.atomic
def register(user: Account, webinar: WebinarPage) -> Registration:
    """Idempotent: registering twice keeps one place; after a cancel it is
    taken up again."""
    if not permissions.can_register(user, webinar):
        raise PermissionDenied("Registration is open to signed-in members until it starts.")
    try:
        with transaction.atomic():
            registration, created = Registration.objects.get_or_create(webinar=webinar, user=user)
    except IntegrityError:  # two clicks at once
        registration, created = Registration.objects.get(webinar=webinar, user=user), False
    if not created and registration.cancelled_at is not None:
        registration.cancelled_at = None
        registration.save(update_fields=["cancelled_at"])
    return registration


@transaction.atomic
def cancel_registration(user: Account, webinar: WebinarPage) -> None:
    """Idempotent: cancelling what is not there changes nothing."""
    Registration.objects.filter(webinar=webinar, user=user, cancelled_at__isnull=True).update(
        cancelled_at=timezone.now()
    )


def renew_calendar_link(user: Account) -> None:
    """Replace the member's calendar secret: every old link stops working."""
    key, created = CalendarKey.objects.get_or_create(user=user)
    if not created:
        key.renew()


def transcript_cues(webinar: WebinarPage) -> list[Cue]:
    """The pasted transcript if there is one, else the captions, else nothing."""
    if webinar.transcript_text.strip():
        return parse_pasted_transcript(webinar.transcript_text)
    if webinar.captions_id and webinar.captions is not None:
        with webinar.captions.open_file() as handle:
            return parse_captions(handle.read().decode("utf-8-sig"))
    return []


@transaction.atomic
def drop_transcript(webinar: WebinarPage) -> None:
    """Delete the stored segments and their search index entries."""
    old = list(TranscriptSegment.objects.filter(webinar=webinar))
    TranscriptSegment.objects.filter(webinar=webinar).delete()
    for segment in old:
        search_index.remove_object(segment)


@transaction.atomic
def rebuild_transcript(webinar: WebinarPage) -> int:
    """Replace the stored segments, and their search index entries, with
    those of the published transcript."""
    cues = transcript_cues(webinar)
    drop_transcript(webinar)
    segments = TranscriptSegment.objects.bulk_create(
        TranscriptSegment(webinar=webinar, position=i, start=c.start, end=c.end, text=c.text)
        for i, c in enumerate(cues)
    )
    for segment in TranscriptSegment.objects.filter(webinar=webinar):
        search_index.insert_or_update_object(segment)
    return len(segments)


def count_engagement(webinar: WebinarPage, event: str) -> None:
    """Add one to a counter: "view", "play" or a milestone "25" … "100"."""
    field = "views" if event == "view" else MILESTONES[event]
    engagement, _ = WebinarEngagement.objects.get_or_create(webinar=webinar)
    WebinarEngagement.objects.filter(pk=engagement.pk).update(**{field: F(field) + 1})


def check_watched(
    milestone: str, played: float, length: float, seconds_since_play: float | None
) -> None:
    """Refuse a milestone that the reported playing time cannot support.

    The player reports how many seconds of the recording it actually played
    (`played`) and how long the recording is (`length`). The milestone needs
    that share of the recording, within a percent and a second (the player
    counts the same way), and the time since the visit's first "play" must
    have been long enough to play it even at FASTEST_PLAYBACK: a milestone
    with no play before it, or sooner than it could be watched, is refused."""
    mark = int(milestone)
    if length <= 0 or not 0 <= played <= length + CLOCK_SLACK:
        raise ValidationError("The played time and the recording's length do not fit together.")
    if played + 1 < length * (mark - 1) / 100:
        raise ValidationError(
            f"{played:.0f} s played is not {mark}% of a {length:.0f} s recording."
        )
    if seconds_since_play is None:
        raise ValidationError("Nothing was played in this visit.")
    if played > seconds_since_play * FASTEST_PLAYBACK + CLOCK_SLACK:
        raise ValidationError(
            f"{played:.0f} s cannot have been played in the {seconds_since_play:.0f} s since play."
        )
