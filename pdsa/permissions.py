"""Who may see and change a team's PDSA cycles (kernel.policies).

A cycle is its team's: the team's members and coaches see it, and any
member of the team records and changes it. The team may share it with its
learning networks (then the members of every team in one of those networks
see it) or with the whole collaborative (every signed-in member). Nobody
outside sees a cycle the team kept to itself: not its page, its mark on a
chart, its title in search or its name under the change idea."""

from django.db.models import Q, QuerySet

from community.models import Membership, Team
from kernel.policies import AccessPolicy
from kernel.standing import Account, AnyUser, standing
from pdsa.models import Cycle, Sharing


def _active(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def _network_teams(network_ids: frozenset[int]) -> QuerySet[Team, int]:
    """The ids of the teams in these networks (a subquery)."""
    return Team.objects.filter(networks__in=network_ids).values_list("pk", flat=True)


class CyclePolicy(AccessPolicy[Cycle]):
    """A team's cycles: its own and its coaches', then whoever it shares them with."""

    model = Cycle
    actions = ("view", "change")

    def can_view(self, user: AnyUser, cycle: Cycle) -> bool:
        if not _active(user):
            return False
        mine = standing(user)
        if mine.superuser or cycle.team_id in mine.team_ids | mine.coached_team_ids:
            return True
        if cycle.sharing == Sharing.COLLABORATIVE:
            return True
        if cycle.sharing == Sharing.NETWORK and mine.network_ids:
            return cycle.team.networks.filter(pk__in=mine.network_ids).exists()
        return False

    def view_objects(self, user: AnyUser) -> QuerySet[Cycle]:
        if not _active(user):
            return Cycle.objects.none()
        mine = standing(user)
        if mine.superuser:
            return Cycle.objects.all()
        seen = Q(team__in=mine.team_ids | mine.coached_team_ids) | Q(sharing=Sharing.COLLABORATIVE)
        if mine.network_ids:
            seen |= Q(sharing=Sharing.NETWORK, team__in=_network_teams(mine.network_ids))
        return Cycle.objects.filter(seen)

    def view_people(self, cycle: Cycle) -> QuerySet[Account]:
        if cycle.sharing == Sharing.COLLABORATIVE:
            return self.accounts()
        coaches = Team.faculty.through.objects.filter(team=cycle.team_id).values("user")
        teams = [cycle.team_id]
        if cycle.sharing == Sharing.NETWORK:
            networks = frozenset(cycle.team.networks.values_list("pk", flat=True))
            teams = [*_network_teams(networks), *teams]
        members = Membership.objects.filter(team__in=teams).values("user")
        return self.accounts().filter(Q(is_superuser=True) | Q(pk__in=coaches) | Q(pk__in=members))

    def can_change(self, user: AnyUser, cycle: Cycle) -> bool:
        return self.records(user, cycle.team_id)

    def change_objects(self, user: AnyUser) -> QuerySet[Cycle]:
        if not _active(user):
            return Cycle.objects.none()
        mine = standing(user)
        return (
            Cycle.objects.all() if mine.superuser else Cycle.objects.filter(team__in=mine.team_ids)
        )

    def change_people(self, cycle: Cycle) -> QuerySet[Account]:
        members = Membership.objects.filter(team=cycle.team_id).values("user")
        return self.accounts().filter(Q(is_superuser=True) | Q(pk__in=members))

    def records(self, user: AnyUser, team_id: int) -> bool:
        """Whether this person records the team's cycles: any of its members."""
        mine = standing(user)
        return _active(user) and (mine.superuser or team_id in mine.team_ids)

    def sees_team(self, user: AnyUser, team_id: int) -> bool:
        """Whether this person sees every cycle of the team, shared or not."""
        mine = standing(user)
        return _active(user) and (
            mine.superuser or team_id in mine.team_ids | mine.coached_team_ids
        )

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
records_for = cycles.records
sees_team_cycles = cycles.sees_team
