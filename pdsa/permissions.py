"""Who may see and change a team's PDSA cycles (kernel.policies).

A cycle is its team's: the team's members and coaches see it, and any
member of the team records and changes it. The team may share it with its
learning networks (then the members of every team in one of those networks
see it) or with the whole collaborative (every signed-in member). Nobody
outside sees a cycle the team kept to itself: not its page, its mark on a
chart, its title in search or its name under the change idea."""

from django.db.models import Q, QuerySet

from community.models import Membership, Team
from community.permissions import TeamWorkPolicy, sees_team_work, team_work_people
from kernel.standing import Account, AnyUser, standing
from pdsa.models import Cycle, Sharing


def _active(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def _network_teams(network_ids: frozenset[int]) -> QuerySet[Team, int]:
    """The ids of the teams in these networks (a subquery)."""
    return Team.objects.filter(networks__in=network_ids).values_list("pk", flat=True)


class CyclePolicy(TeamWorkPolicy[Cycle]):
    """A team's cycles: its own and its coaches' (the rule of a team's own
    work, which also says who changes them), then whoever it shares them with."""

    model = Cycle

    def can_view(self, user: AnyUser, cycle: Cycle) -> bool:
        if not _active(user):
            return False
        if sees_team_work(user, cycle.team_id) or cycle.sharing == Sharing.COLLABORATIVE:
            return True
        network_ids = standing(user).network_ids
        if cycle.sharing == Sharing.NETWORK and network_ids:
            return cycle.team.networks.filter(pk__in=network_ids).exists()
        return False

    def view_objects(self, user: AnyUser) -> QuerySet[Cycle]:
        own = super().view_objects(user)
        if not _active(user) or standing(user).superuser:
            return own
        shared = Q(sharing=Sharing.COLLABORATIVE)
        if network_ids := standing(user).network_ids:
            shared |= Q(sharing=Sharing.NETWORK, team__in=_network_teams(network_ids))
        return own | Cycle.objects.filter(shared)

    def view_people(self, cycle: Cycle) -> QuerySet[Account]:
        if cycle.sharing == Sharing.COLLABORATIVE:
            return self.accounts()
        who = team_work_people(cycle.team_id, coaches=True)
        if cycle.sharing == Sharing.NETWORK:
            networks = frozenset(cycle.team.networks.values_list("pk", flat=True))
            peers = Membership.objects.filter(team__in=_network_teams(networks))
            who |= Q(pk__in=peers.values("user"))
        return self.accounts().filter(who)

    # --- Search: a person finds the cycles their keys open --------------------

    def viewer_keys(self, user: AnyUser) -> list[str]:
        if not _active(user):
            return []
        mine = standing(user)
        keys = ["members", *(f"team={pk}" for pk in sorted(mine.team_ids))]
        keys += [f"coach={pk}" for pk in sorted(mine.coached_team_ids)]
        keys += [f"network={pk}" for pk in sorted(mine.network_ids)]
        return [*keys, "superuser"] if mine.superuser else keys

    def keys(self, cycle: Cycle) -> list[str]:
        if cycle.sharing == Sharing.COLLABORATIVE:
            return ["members"]
        keys = [f"team={cycle.team_id}", f"coach={cycle.team_id}", "superuser"]
        if cycle.sharing == Sharing.NETWORK:
            keys += [f"network={pk}" for pk in cycle.team.networks.values_list("pk", flat=True)]
        return keys


cycles = CyclePolicy()
can_view = cycles.can_view
can_change = cycles.can_change
records_for = cycles.works_in
sees_team_cycles = cycles.sees_team
