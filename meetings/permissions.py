"""Who may see and change a team's workspace (kernel.policies).

A team's meetings (their agenda, notes and decisions) and its actions are
the team's own: its members and its coaches see them; its members schedule
meetings, add to the agenda, take notes and agree actions. Nobody else sees
any of it, on a page, in the calendar feed or in an email."""

from typing import TypeVar

from django.db.models import Q, QuerySet

from community.models import Membership, Team
from kernel.policies import AccessPolicy
from kernel.standing import Account, AnyUser, standing
from meetings.models import ActionItem, Meeting


def _active(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def _seen_teams(user: AnyUser) -> Q | None:
    mine = standing(user)
    return None if mine.superuser else Q(team__in=mine.team_ids | mine.coached_team_ids)


def _people(team_id: int, coaches: bool) -> Q:
    members = Membership.objects.filter(team=team_id).values("user")
    who = Q(is_superuser=True) | Q(pk__in=members)
    if coaches:
        who |= Q(pk__in=Team.faculty.through.objects.filter(team=team_id).values("user"))
    return who


W = TypeVar("W", Meeting, ActionItem)


class _TeamWorkPolicy(AccessPolicy[W]):
    """Seen by the team and its coaches, changed by the team."""

    actions = ("view", "change")

    def sees_team(self, user: AnyUser, team_id: int) -> bool:
        """The team's members and coaches (and administrators)."""
        mine = standing(user)
        return _active(user) and (
            mine.superuser or team_id in mine.team_ids | mine.coached_team_ids
        )

    def works_in(self, user: AnyUser, team_id: int) -> bool:
        """The team's members (and administrators) do its work."""
        mine = standing(user)
        return _active(user) and (mine.superuser or team_id in mine.team_ids)

    def can_view(self, user: AnyUser, obj: W) -> bool:
        return self.sees_team(user, obj.team_id)

    def view_objects(self, user: AnyUser) -> QuerySet[W]:
        everything: QuerySet[W] = self.model._default_manager.all()
        if not _active(user):
            return everything.none()
        seen = _seen_teams(user)
        return everything if seen is None else everything.filter(seen)

    def view_people(self, obj: W) -> QuerySet[Account]:
        return self.accounts().filter(_people(obj.team_id, coaches=True))

    def can_change(self, user: AnyUser, obj: W) -> bool:
        return self.works_in(user, obj.team_id)

    def change_objects(self, user: AnyUser) -> QuerySet[W]:
        everything: QuerySet[W] = self.model._default_manager.all()
        if not _active(user):
            return everything.none()
        mine = standing(user)
        return everything if mine.superuser else everything.filter(team__in=mine.team_ids)

    def change_people(self, obj: W) -> QuerySet[Account]:
        return self.accounts().filter(_people(obj.team_id, coaches=False))


class MeetingPolicy(_TeamWorkPolicy[Meeting]):
    """A meeting, with its agenda, notes and decisions."""

    model = Meeting


class ActionPolicy(_TeamWorkPolicy[ActionItem]):
    """An action agreed at a meeting."""

    model = ActionItem


meetings = MeetingPolicy()
actions = ActionPolicy()
can_view = meetings.can_view
can_change = meetings.can_change
# Questions about a team's workspace as a whole (its pages, its rota).
sees_team = meetings.sees_team
works_in = meetings.works_in
