"""Writes to a team's workspace. Each checks the meetings policy, then
everything it was given, before storing anything: a refused write stores
nothing and says why in the team's words."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from community.models import Membership, Team
from kernel.mail import email_after_commit
from kernel.standing import Account
from meetings import merge, permissions
from meetings.models import (
    ActionItem,
    AgendaItem,
    Meeting,
    NotesVersion,
    ReminderChoice,
    RotaPlace,
)

TEXT_LIMIT = 300
NOTES_LIMIT = 20000


def _member_of(team: Team, user: Account | None) -> bool:
    return user is not None and Membership.objects.filter(team=team, user=user).exists()


def _check(allowed: bool, what: str) -> None:
    if not allowed:
        raise PermissionDenied(f"Only the team's members {what}.")


# --- The rota -------------------------------------------------------------------


def set_rota(user: Account, team: Team, people: list[Account]) -> list[RotaPlace]:
    """The order in which members facilitate and take notes."""
    _check(permissions.works_in(user, team.pk), "set its rota")
    errors = []
    if len(people) < 2:
        errors.append(_("Put at least two members in the rota: one facilitates, one takes notes."))
    if len({person.pk for person in people}) != len(people):
        errors.append(_("Name each member once."))
    members = set(Membership.objects.filter(team=team).values_list("user", flat=True))
    strangers = [str(person) for person in people if person.pk not in members]
    if strangers:
        errors.append(_("Not on the team: %(people)s.") % {"people": ", ".join(strangers)})
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        RotaPlace.objects.filter(team=team).delete()
        return RotaPlace.objects.bulk_create(
            RotaPlace(team=team, user=person, position=n) for n, person in enumerate(people)
        )


def current_rota(team: Team) -> QuerySet[RotaPlace]:
    """The rota's places of people still on the team, in order: someone who
    left takes no more turns."""
    return RotaPlace.objects.filter(
        team=team, user__is_active=True, user__memberships__team=team
    ).select_related("user__profile")


def next_roles(team: Team) -> tuple[Account | None, Account | None]:
    """Who facilitates the next meeting and who takes its notes: the rota's
    next member after the last meeting's facilitator, and the one after."""
    rota = [place.user for place in current_rota(team)]
    if not rota:
        return None, None
    last = (
        Meeting.objects.filter(team=team, facilitator__isnull=False).order_by("-starts_at").first()
    )
    ids = [person.pk for person in rota]
    turn = (
        (ids.index(last.facilitator_id) + 1) % len(rota)
        if last and last.facilitator_id in ids
        else 0
    )
    return rota[turn], rota[(turn + 1) % len(rota)]


# --- Meetings -------------------------------------------------------------------


@dataclass
class MeetingDetails:
    starts_at: datetime | None
    minutes: int | None = 60
    title: str = "Team meeting"
    place: str = ""
    call_link: str = ""


def schedule_meeting(user: Account, team: Team, details: MeetingDetails) -> Meeting:
    """A meeting ahead, its facilitator and note-taker taken from the rota."""
    _check(permissions.works_in(user, team.pk), "schedule its meetings")
    errors = _meeting_errors(details)
    if details.starts_at is not None and details.starts_at < timezone.now():
        errors.append(_("Schedule the meeting ahead: that time has passed."))
    if errors:
        raise ValidationError(errors)
    assert details.starts_at is not None  # checked above
    facilitator, note_taker = next_roles(team)
    return Meeting.objects.create(
        team=team,
        title=details.title.strip() or _("Team meeting"),
        starts_at=details.starts_at,
        minutes=details.minutes or 60,
        place=details.place.strip(),
        call_link=details.call_link.strip(),
        facilitator=facilitator,
        note_taker=note_taker,
        created_by=user,
    )


def _meeting_errors(details: MeetingDetails) -> list[str]:
    errors = []
    if details.starts_at is None:
        errors.append(_("Give the day and time the meeting starts."))
    if details.minutes is not None and not 5 <= details.minutes <= 480:
        errors.append(_("A meeting lasts between 5 minutes and 8 hours."))
    if len(details.title.strip()) > 150:
        errors.append(_("Keep the title to 150 characters."))
    if len(details.place.strip()) > 200:
        errors.append(_("Keep the place to 200 characters."))
    if details.call_link.strip():
        try:
            URLValidator(schemes=["https", "http"])(details.call_link.strip())
        except ValidationError:
            errors.append(_("The call link must be a web address (https://…)."))
    return errors


def change_roles(
    user: Account, meeting: Meeting, facilitator: Account | None, note_taker: Account | None
) -> Meeting:
    """Swap who facilitates or takes notes (someone away, a trade of turns)."""
    _check(permissions.can_change(user, meeting), "change who runs a meeting")
    team = meeting.team
    if not all(_member_of(team, person) for person in (facilitator, note_taker) if person):
        raise ValidationError(_("The facilitator and the note-taker must be on the team."))
    if facilitator is not None and facilitator == note_taker:
        raise ValidationError(_("One person cannot facilitate and take notes at once."))
    meeting.facilitator, meeting.note_taker = facilitator, note_taker
    meeting.save(update_fields=["facilitator", "note_taker"])
    return meeting


# --- The agenda, the notes ------------------------------------------------------


def add_to_agenda(user: Account, meeting: Meeting, text: str) -> AgendaItem:
    _check(permissions.can_change(user, meeting), "add to the agenda")
    text = text.strip()
    if not text:
        raise ValidationError(_("Say what the item is."))
    if len(text) > TEXT_LIMIT:
        raise ValidationError(
            _("Keep an agenda item to %(limit)s characters.") % {"limit": TEXT_LIMIT}
        )
    if meeting.ends_at < timezone.now():
        raise ValidationError(_("That meeting is over: add the item to the next one."))
    return AgendaItem.objects.create(meeting=meeting, text=text, added_by=user)


@dataclass
class NotesSaved:
    meeting: Meeting
    merged: bool  # someone had saved since: both edits are in


def save_notes(
    user: Account, meeting: Meeting, notes: str, decisions: str, from_version: int
) -> NotesSaved:
    """Save the notes and decisions written from `from_version`. If someone
    saved since, the two are merged; if they changed the same lines, nothing
    is saved and the error says so (the writer's text is still theirs)."""
    _check(permissions.can_change(user, meeting), "take its notes")
    if len(notes) > NOTES_LIMIT or len(decisions) > NOTES_LIMIT:
        raise ValidationError(
            _("Keep the notes and the decisions to %(limit)s characters each.")
            % {"limit": NOTES_LIMIT}
        )
    with transaction.atomic():
        current = Meeting.objects.select_for_update().get(pk=meeting.pk)
        merged = from_version != current.notes_version
        if merged:
            notes, decisions = _merged(current, from_version, notes, decisions)
        current.notes, current.decisions = notes.strip(), decisions.strip()
        current.notes_version += 1
        current.save(update_fields=["notes", "decisions", "notes_version"])
        NotesVersion.objects.create(
            meeting=current,
            version=current.notes_version,
            notes=current.notes,
            decisions=current.decisions,
            saved_by=user,
        )
    return NotesSaved(current, merged)


class NotesClash(ValidationError):
    """Two members changed the same lines: the current text, to show."""

    def __init__(self, meeting: Meeting) -> None:
        super().__init__(
            _(
                "Someone saved the notes while you were writing, changing the same lines. "
                "Nothing of yours was saved yet: their version is shown beside yours; "
                "combine the two and save again."
            )
        )
        self.meeting = meeting


def _merged(current: Meeting, from_version: int, notes: str, decisions: str) -> tuple[str, str]:
    base = NotesVersion.objects.filter(meeting=current, version=from_version).first()
    if base is None and from_version != 0:
        raise NotesClash(current)
    base_notes, base_decisions = (base.notes, base.decisions) if base else ("", "")
    merged_notes = merge.merge(base_notes, current.notes, notes.strip())
    merged_decisions = merge.merge(base_decisions, current.decisions, decisions.strip())
    if merged_notes is None or merged_decisions is None:
        raise NotesClash(current)
    return merged_notes, merged_decisions


# --- Actions --------------------------------------------------------------------


def add_action(
    user: Account, meeting: Meeting, text: str, owner: Account | None, due_on: date | None
) -> ActionItem:
    """An action agreed at the meeting: its owner is on the team, and it is
    due on or after the meeting's day."""
    _check(permissions.can_change(user, meeting), "agree its actions")
    text, errors = text.strip(), []
    if not text:
        errors.append(_("Say what is to be done."))
    elif len(text) > TEXT_LIMIT:
        errors.append(_("Keep an action to %(limit)s characters.") % {"limit": TEXT_LIMIT})
    if owner is None or not _member_of(meeting.team, owner):
        errors.append(_("The owner must be a member of the team."))
    meeting_day = timezone.localdate(meeting.starts_at)
    if due_on is None:
        errors.append(_("Give the day it is due."))
    elif due_on < meeting_day:
        errors.append(
            _("It cannot be due before the meeting (%(day)s).")
            % {"day": date_format(meeting_day, "j F Y")}
        )
    if errors or owner is None or due_on is None:
        raise ValidationError(errors)
    return ActionItem.objects.create(
        meeting=meeting, team=meeting.team, text=text, owner=owner, due_on=due_on, created_by=user
    )


def mark_action(user: Account, action: ActionItem, done: bool) -> ActionItem:
    _check(permissions.actions.can_change(user, action), "mark its actions")
    action.done_at = timezone.now() if done else None
    action.save(update_fields=["done_at"])
    return action


# --- Reminders ------------------------------------------------------------------


def choose_reminders(user: Account, team: Team, wanted: bool) -> None:
    _check(permissions.works_in(user, team.pk), "choose its meeting reminders")
    if wanted:
        ReminderChoice.objects.get_or_create(team=team, user=user)
    else:
        ReminderChoice.objects.filter(team=team, user=user).delete()


def send_reminders(now: datetime | None = None, ahead: timedelta = timedelta(hours=24)) -> int:
    """Email the agenda of each meeting starting within `ahead` to the
    members who chose reminders and may still see it; each meeting once.
    The number of emails sent."""
    now = now or timezone.now()
    due = Meeting.objects.filter(
        starts_at__gt=now, starts_at__lte=now + ahead, reminded_at__isnull=True
    ).select_related("team", "facilitator__profile", "note_taker__profile")
    sent = 0
    for meeting in due:
        with transaction.atomic():
            claimed = Meeting.objects.filter(pk=meeting.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if not claimed:
                continue
            chosen = ReminderChoice.objects.filter(team=meeting.team).values("user")
            people = permissions.meetings.view_people(meeting).filter(pk__in=chosen)
            sent += email_after_commit(
                "meetings/emails/reminder.txt",
                {
                    "meeting": meeting,
                    "agenda": list(meeting.agenda.all()),
                    "open_actions": list(open_actions(meeting)),
                },
                people,
            )
    return sent


def open_actions(meeting: Meeting) -> QuerySet[ActionItem]:
    """The team's actions not yet done that were agreed before this meeting:
    they are on its agenda until they are done."""
    return (
        ActionItem.objects.filter(
            team=meeting.team_id, done_at__isnull=True, meeting__starts_at__lt=meeting.starts_at
        )
        .select_related("owner__profile", "meeting", "team")
        .order_by("due_on", "pk")
    )
