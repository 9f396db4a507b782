"""Who may see and change a team's workspace (kernel.policies).

A team's meetings (their agenda, notes and decisions) and its actions are
the team's own: its members and its coaches see them; its members schedule
meetings, add to the agenda, take notes and agree actions. Nobody else sees
any of it, on a page, in the calendar feed or in an email."""

from community.permissions import TeamWorkPolicy
from meetings.models import ActionItem, Meeting


class MeetingPolicy(TeamWorkPolicy[Meeting]):
    """A meeting, with its agenda, notes and decisions."""

    model = Meeting


class ActionPolicy(TeamWorkPolicy[ActionItem]):
    """An action agreed at a meeting."""

    model = ActionItem


meetings = MeetingPolicy()
actions = ActionPolicy()
can_view = meetings.can_view
can_change = meetings.can_change
# Questions about a team's workspace as a whole (its pages, its rota).
sees_team = meetings.sees_team
works_in = meetings.works_in
