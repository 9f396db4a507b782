"""What the workspace adds to pages other apps draw: the team page links
its members and coaches to the workspace with the next meeting; the
member's dashboard lists their open actions across teams."""

from typing import Any

from django.utils import timezone

from community.models import Team
from kernel.standing import AnyUser
from meetings import permissions, queries


def workspace_link(user: AnyUser, team: Team) -> dict[str, Any]:
    if not permissions.sees_team(user, team.pk):
        return {}
    upcoming = queries.meetings_of(user, team).filter(starts_at__gte=timezone.now()).first()
    return {"workspace_section": {"next_meeting": upcoming}}


def my_actions(user: AnyUser) -> dict[str, Any]:
    return {"my_actions": queries.my_open_actions(user)[:5]}
