"""What the workspace adds to pages other apps draw: the team page links
its members and coaches to the workspace with the next meeting; the
member's dashboard lists their open actions across teams."""

from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from community.models import Team
from kernel.home_page import Activity
from kernel.standing import AnyUser
from meetings import permissions, queries


def workspace_link(user: AnyUser, team: Team) -> dict[str, Any]:
    if not permissions.sees_team(user, team.pk):
        return {}
    upcoming = queries.meetings_of(user, team).filter(starts_at__gte=timezone.now()).first()
    return {"workspace_section": {"next_meeting": upcoming}}


def my_actions(user: AnyUser) -> dict[str, Any]:
    return {"my_actions": queries.my_open_actions(user)[:5]}


def team_activity(user: AnyUser, teams: frozenset[int], limit: int) -> list[Activity]:
    """Meetings newly planned in the member's teams, for the home page
    (kernel.home_page)."""
    planned = permissions.meetings.view_objects(user).filter(team_id__in=teams)
    return [
        Activity(
            meeting.created_at,
            meeting.team.name,
            _("Meeting planned for %(day)s")
            % {"day": date_format(timezone.localtime(meeting.starts_at), "j M")},
            meeting.title,
            meeting.get_absolute_url(),
        )
        for meeting in planned.select_related("team").order_by("-created_at", "-pk")[:limit]
    ]
