"""Who sees a team's progress on its checklists (kernel.policies).

A team's progress is the team's: its members and coaches see it, its
members record it. A checklist itself is the editors' reference, public.
How many teams meet each item is a network's figure: its teams' members
and coaches see it (measures.permissions.sees_network_figures), without
naming the teams."""

from django.db.models import Q, QuerySet

from checklists.models import Progress
from community.models import Membership, Team
from kernel.policies import AccessPolicy
from kernel.standing import Account, AnyUser, standing


def _active(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


class ProgressPolicy(AccessPolicy[Progress]):
    model = Progress
    actions = ("view", "record")

    def sees_team(self, user: AnyUser, team_id: int) -> bool:
        mine = standing(user)
        return _active(user) and (
            mine.superuser or team_id in mine.team_ids | mine.coached_team_ids
        )

    def records(self, user: AnyUser, team_id: int) -> bool:
        mine = standing(user)
        return _active(user) and (mine.superuser or team_id in mine.team_ids)

    def coached_teams(self, user: AnyUser) -> QuerySet[Team]:
        """The teams whose progress this person sees as their coach."""
        if not _active(user):
            return Team.objects.none()
        return Team.objects.filter(pk__in=standing(user).coached_team_ids)

    def can_view(self, user: AnyUser, progress: Progress) -> bool:
        return self.sees_team(user, progress.team_id)

    def view_objects(self, user: AnyUser) -> QuerySet[Progress]:
        if not _active(user):
            return Progress.objects.none()
        mine = standing(user)
        if mine.superuser:
            return Progress.objects.all()
        return Progress.objects.filter(team__in=mine.team_ids | mine.coached_team_ids)

    def view_people(self, progress: Progress) -> QuerySet[Account]:
        coaches = Team.faculty.through.objects.filter(team=progress.team_id).values("user")
        members = Membership.objects.filter(team=progress.team_id).values("user")
        return self.accounts().filter(Q(is_superuser=True) | Q(pk__in=coaches) | Q(pk__in=members))

    def can_record(self, user: AnyUser, progress: Progress) -> bool:
        return self.records(user, progress.team_id)

    def record_objects(self, user: AnyUser) -> QuerySet[Progress]:
        if not _active(user):
            return Progress.objects.none()
        mine = standing(user)
        everything = Progress.objects.all()
        return everything if mine.superuser else everything.filter(team__in=mine.team_ids)

    def record_people(self, progress: Progress) -> QuerySet[Account]:
        members = Membership.objects.filter(team=progress.team_id).values("user")
        return self.accounts().filter(Q(is_superuser=True) | Q(pk__in=members))


progress = ProgressPolicy()
sees_team = progress.sees_team
records_for = progress.records
