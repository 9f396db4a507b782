"""Writes on the webinar archive: registrations and the emails around them
(the confirmation, reminders, the recording), transcripts rebuilt from
captions, and the coarse engagement counts.

Every email goes after the write commits, to one person (it holds their own
join link and address), and only to a registrant the policy still tells
(`permissions.may_be_told`). Each is stamped on its registration in the
same transaction that decides to send it, so no email goes twice."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.utils import dateformat, timezone
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from wagtail.search import index as search_index

from kernel.links import page_url
from kernel.mail import email_after_commit
from kernel.standing import Account
from webinars import permissions
from webinars.calendar import build_calendar
from webinars.captions import Cue, parse_pasted_transcript, read_captions_file
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


Reminders = Registration.Reminders

# How long before the start each reminder is due, and the text of its subject.
REMINDER_LEADS = {"day": timedelta(hours=24), "hour": timedelta(hours=1)}
# Translators: the start of a reminder email's subject, "Tomorrow: <webinar>".
REMINDER_SUBJECTS = {"day": gettext_lazy("Tomorrow"), "hour": gettext_lazy("In an hour")}
# Which reminders each choice asks for.
CHOSEN = {
    Reminders.DAY: ("day",),
    Reminders.HOUR: ("hour",),
    Reminders.BOTH: ("day", "hour"),
    Reminders.NONE: (),
}


def reminder_choice(value: str | None) -> Reminders:
    """A choice from a form: absent is the default (the day before); one
    that is not on the list is refused, so nothing is stored."""
    if not value:
        return Reminders.DAY
    if value not in Reminders.values:
        raise ValidationError(_("Choose a reminder from the list."))
    return Reminders(value)


@transaction.atomic
def register(user: Account, webinar: WebinarPage, reminders: str | None = None) -> Registration:
    """Idempotent: registering twice keeps one place (and sends one
    confirmation); after a cancel it is taken up again and confirmed again."""
    if not permissions.can_register(user, webinar):
        raise PermissionDenied(_("Registration is open to signed-in members until it starts."))
    choice = reminder_choice(reminders)
    try:
        with transaction.atomic():
            registration, created = Registration.objects.get_or_create(
                webinar=webinar, user=user, defaults={"reminders": choice}
            )
    except IntegrityError:  # two clicks at once: the other click confirms
        return Registration.objects.get(webinar=webinar, user=user)
    if not created:
        # Lock the row, so two clicks after a cancel confirm once.
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.cancelled_at is None:
            return registration
        # Registered anew: reminders whose moment passed before now are not
        # due to this place (see send_due_reminders).
        registration.cancelled_at = None
        registration.registered_at = timezone.now()
        registration.reminders = choice
        registration.save(update_fields=["cancelled_at", "registered_at", "reminders"])
    _send_confirmation(registration)
    return registration


@transaction.atomic
def choose_reminders(user: Account, webinar: WebinarPage, reminders: str) -> Registration:
    """Change the reminders of the person's own place; a bad choice or no
    place changes nothing."""
    choice = reminder_choice(reminders)
    registration = (
        permissions.registrations.view_objects(user)
        .filter(webinar=webinar, user=user, cancelled_at__isnull=True)
        .first()
    )
    if registration is None:
        raise PermissionDenied(_("You are not registered for this webinar."))
    registration.reminders = choice
    registration.save(update_fields=["reminders"])
    return registration


@transaction.atomic
def cancel_registration(user: Account, webinar: WebinarPage) -> None:
    """Idempotent: cancelling what is not there changes nothing. A cancelled
    place is sent nothing more (`permissions.standing_registrations`)."""
    Registration.objects.filter(webinar=webinar, user=user, cancelled_at__isnull=True).update(
        cancelled_at=timezone.now()
    )


def when_in_words(webinar: WebinarPage) -> str:
    """The start as people say it, in the organiser's wall clock and zone as
    the page shows it ("Tuesday 15 December 2026, 2:00 PM EST"), not
    converted to the site's zone."""
    # Translators: a date format (Django's date filter letters), e.g. "Tuesday 15 December
    # 2026, 2:00 PM EST". Escape literal letters with a backslash.
    return dateformat.format(webinar.local_start, pgettext("date format", "l j F Y, g:i A T"))


def _email_context(registration: Registration) -> dict[str, object]:
    webinar = registration.webinar
    page = page_url(webinar)
    return {
        "registration": registration,
        "webinar": webinar,
        "name": registration.user.profile.name or registration.user.get_username(),
        # Lazy: put in words in each recipient's language, as the email is rendered.
        "when": lazy(when_in_words, str)(webinar),
        "join_url": webinar.join_url,
        "page_url": page,
        # The page's "You are registered" box: reminders and cancelling.
        "manage_url": f"{page}#registration",
        "reminders": lazy(registration.get_reminders_display, str)(),
    }


def _send_confirmation(registration: Registration) -> None:
    """The place, the time in words, the join link and the event itself as
    an attachment, after commit.

    The attachment's METHOD is PUBLISH: a published event, which Outlook,
    Apple Calendar and Google Calendar all offer to add. REQUEST would make
    it a meeting invitation from an organiser, which clients answer with
    accept/decline replies to our no-reply address and which needs ORGANIZER
    and ATTENDEE lines naming people."""
    webinar = registration.webinar
    ics = build_calendar([webinar], webinar.title, with_join_link=True, method="PUBLISH")
    email_after_commit(
        "webinars/emails/registered.txt",
        _email_context(registration),
        [registration.user],
        attachments=[(f"{webinar.slug}.ics", ics, "text/calendar")],
    )


def _told(found: QuerySet[Registration]) -> list[Registration]:
    """Registrations, locked, whose person the policy still tells; another
    sender running at once skips the rows this one holds."""
    rows = (
        permissions.standing_registrations(found)
        .select_related("user__profile", "webinar")
        .select_for_update(skip_locked=True, of=("self",))
        .order_by("pk")
    )
    return permissions.may_be_told(rows)


def _stamp(sent: Iterable[Registration], field: str, now: datetime) -> None:
    Registration.objects.filter(pk__in=[r.pk for r in sent]).update(**{field: now})


@transaction.atomic
def send_due_reminders(now: datetime) -> int:
    """Send every reminder that is due and not yet sent; the number sent.

    A reminder is due from its moment (24 hours or 1 hour before the start)
    until half its lead is left (12 hours, 30 minutes): a sender that was
    down a while still reminds, but nobody is told "tomorrow" on the day
    itself. Someone who registered after a reminder's moment gets none of
    that kind: their confirmation, just sent, says the same. Each reminder
    is stamped on its registration as it is sent, so calling this again (or
    from two workers at once) sends nothing twice; a webinar put back to a
    later day is reminded of again. The queries are the same however many
    registrants: run it every few minutes."""
    sent = 0
    for kind, lead in REMINDER_LEADS.items():
        chosen = [choice for choice, kinds in CHOSEN.items() if kind in kinds]
        moment = F("webinar__starts_at") - lead
        stamp = f"{kind}_reminder_sent_at"
        due = Registration.objects.filter(
            # Not sent, or sent before this moment: for the time the webinar
            # had before it was put back (a reminder is sent at its moment or
            # later, so one for the present time is never sent again).
            Q(**{f"{stamp}__isnull": True}) | Q(**{f"{stamp}__lt": moment}),
            reminders__in=chosen,
            webinar__starts_at__gt=now + lead / 2,
            webinar__starts_at__lte=now + lead,
            registered_at__lte=moment,
        )
        told = _told(due)
        _stamp(told, stamp, now)
        for registration in told:
            context = {
                **_email_context(registration),
                "soon": REMINDER_SUBJECTS[kind],
                "lead": kind,
            }
            email_after_commit("webinars/emails/reminder.txt", context, [registration.user])
        sent += len(told)
    return sent


@transaction.atomic
def send_recording(webinar: WebinarPage, now: datetime | None = None) -> int:
    """Email the webinar's registrants its recording's link, once each: the
    first publish with a recording after the start; later publishes send
    nothing. The number sent."""
    now = now or timezone.now()
    if not (webinar.live and webinar.has_recording and webinar.starts_at <= now):
        return 0
    waiting = Registration.objects.filter(webinar=webinar, recording_sent_at__isnull=True)
    told = _told(waiting)
    _stamp(told, "recording_sent_at", now)
    for registration in told:
        email_after_commit(
            "webinars/emails/recording.txt",
            _email_context(registration),
            [registration.user],
        )
    return len(told)


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
        return read_captions_file(webinar.captions)
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
