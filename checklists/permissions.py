"""Who sees a team's progress on its checklists (kernel.policies).

A team's progress is the team's: its members and coaches see it, its
members record it. A checklist itself is the editors' reference, public.
How many teams meet each item is a network's figure: its teams' members
and coaches see it (measures.permissions.sees_network_figures), without
naming the teams."""

from django.db.models import QuerySet

from checklists.models import Progress
from community.models import Team
from community.permissions import TeamWorkPolicy
from kernel.standing import AnyUser, standing


class ProgressPolicy(TeamWorkPolicy[Progress]):
    """A team's progress: seen by the team and its coaches, recorded
    (`change`) by its members."""

    model = Progress

    def coached_teams(self, user: AnyUser) -> QuerySet[Team]:
        """The teams whose progress this person sees as their coach."""
        if not (user.is_authenticated and user.is_active):
            return Team.objects.none()
        return Team.objects.filter(pk__in=standing(user).coached_team_ids)


progress = ProgressPolicy()
sees_team = progress.sees_team
records_for = progress.works_in
