"""Reads of the workspace, always through its policies."""

from datetime import timedelta

from django.db.models import QuerySet
from django.utils import timezone

from community.models import Team
from kernel.standing import AnyUser
from meetings import permissions
from meetings.models import ActionItem, Meeting


def meetings_of(user: AnyUser, team: Team) -> QuerySet[Meeting]:
    return (
        permissions.meetings.view_objects(user)
        .filter(team=team)
        .select_related("facilitator__profile", "note_taker__profile", "team")
    )


def upcoming(user: AnyUser, team: Team) -> QuerySet[Meeting]:
    """Meetings not yet over, soonest first."""
    # The longest meeting lasts eight hours: one that started since is not over.
    since = timezone.now() - timedelta(hours=8)
    return meetings_of(user, team).filter(starts_at__gte=since).order_by("starts_at")


def my_open_actions(user: AnyUser) -> QuerySet[ActionItem]:
    """The actions this person owns and has not done, in every team, soonest due first."""
    if not user.is_authenticated:
        return ActionItem.objects.none()
    return (
        permissions.actions.view_objects(user)
        .filter(owner=user, done_at__isnull=True)
        .select_related("team", "meeting__team")
        .order_by("due_on", "pk")
    )


def team_actions(user: AnyUser, team: Team) -> QuerySet[ActionItem]:
    return (
        permissions.actions.view_objects(user)
        .filter(team=team)
        .select_related("owner__profile", "meeting", "team")
        .order_by("done_at", "due_on", "pk")
    )
