"""The demo's workspaces (meetings/demo_data/workspaces.yaml): the Michigan
task forces' rota, six months of meetings with agendas, notes, decisions and
actions, and the next meeting ahead. Safe to run again: a team that already
has meetings is left as it is."""

import random
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from community.models import Membership, Team
from kernel import demo_loader
from measures import periods
from meetings import services
from meetings.models import ActionItem, AgendaItem, Meeting, NotesVersion, RotaPlace


def _rota(team: Team) -> list:
    """The team's members, community organizers first (they take turns too)."""
    members = Membership.objects.filter(team=team).select_related("user").order_by("role", "pk")
    people = [m.user for m in members][:5]
    if len(people) >= 2:
        services.set_rota(people[0], team, people)
    return people


def _first_tuesday(months_ago: int) -> datetime:
    month = periods.shifted(periods.current(), -months_ago if months_ago else 1)
    day = month + timedelta(days=(1 - month.weekday()) % 7)
    return timezone.make_aware(datetime.combine(day, time(17, 30)))


def _meeting(team: Team, row: dict, spec: dict, people: list) -> Meeting:
    facilitator, note_taker = services.next_roles(team)
    meeting = Meeting.objects.create(
        team=team,
        title=row["title"],
        starts_at=_first_tuesday(spec["months_ago"]),
        minutes=90,
        place=row.get("place", ""),
        call_link=row.get("call_link", ""),
        facilitator=facilitator,
        note_taker=note_taker,
        created_by=people[0],
    )
    for n, text in enumerate(spec.get("agenda", [])):
        AgendaItem.objects.create(meeting=meeting, text=text, added_by=people[n % len(people)])
    if "notes" in spec:
        meeting.notes, meeting.decisions = spec["notes"], spec.get("decisions", "")
        meeting.notes_version = 1
        meeting.save(update_fields=["notes", "decisions", "notes_version"])
        NotesVersion.objects.create(
            meeting=meeting,
            version=1,
            notes=meeting.notes,
            decisions=meeting.decisions,
            saved_by=note_taker,
        )
    for n, (text, days, done) in enumerate(spec.get("actions", [])):
        due = meeting.starts_at.date() + timedelta(days=days)
        ActionItem.objects.create(
            meeting=meeting,
            team=team,
            text=text,
            owner=people[(n + 1) % len(people)],
            due_on=due,
            done_at=meeting.starts_at + timedelta(days=days - 2) if done else None,
            created_by=note_taker,
        )
    return meeting


def _workspace(row: dict) -> int:
    team = Team.objects.filter(slug=row["team"]).first()
    if team is None or Meeting.objects.filter(team=team).exists():
        return 0
    people = _rota(team) or [get_user_model().objects.get(username="admin")]
    if not RotaPlace.objects.filter(team=team).exists():
        return 0
    return len([_meeting(team, row, spec, people) for spec in row["meetings"]])


def seed(rng: random.Random, out) -> None:
    made = sum(_workspace(row) for row in demo_loader.load("meetings", "workspaces"))
    out(f"  meetings: {made} task force meetings")
