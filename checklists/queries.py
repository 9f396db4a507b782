"""Reads of checklists and progress, through the progress policy."""

from collections import Counter
from dataclasses import dataclass
from itertools import groupby

from django.db.models import Count, Q

from checklists import permissions
from checklists.models import Checklist, ChecklistItem, Progress, Status
from community.models import Team
from kernel.standing import AnyUser


def checklists_for(team: Team):
    return Checklist.objects.filter(network__in=team.networks.all()).select_related("network")


@dataclass
class TeamStanding:
    """A team's place on one checklist."""

    checklist: Checklist
    met: int
    in_progress: int
    items: int

    @property
    def percent(self) -> int:
        return round(100 * self.met / self.items) if self.items else 0


def standings(user: AnyUser, team: Team) -> list[TeamStanding]:
    """The team's checklists with how many items it meets, as this person sees them."""
    return _standings(user, [team])[team.pk]


def _standings(user: AnyUser, teams: list[Team]) -> dict[int, list[TeamStanding]]:
    """`standings` for several teams in three queries, however many teams."""
    networks: dict[int, set[int]] = {team.pk: set() for team in teams}
    links = Team.networks.through.objects.filter(team__in=teams)
    for team_id, network_id in links.values_list("team_id", "learningnetwork_id"):
        networks[team_id].add(network_id)
    lists = list(
        Checklist.objects.filter(network__in=set().union(*networks.values()))
        .select_related("network")
        .annotate(size=Count("items"))
    )
    counts = Counter(
        permissions.progress.view_objects(user)
        .filter(team__in=teams, item__checklist__in=lists)
        .values_list("team", "item__checklist", "status")
    )
    return {
        team.pk: [
            TeamStanding(
                c,
                counts[(team.pk, c.pk, Status.MET)],
                counts[(team.pk, c.pk, Status.IN_PROGRESS)],
                c.size,
            )
            for c in lists
            if c.network_id in networks[team.pk]
        ]
        for team in teams
    }


def team_progress(user: AnyUser, team: Team, checklist: Checklist) -> dict[int, Progress]:
    """The team's progress on each item it recorded, by item id."""
    found = (
        permissions.progress.view_objects(user)
        .filter(team=team, item__checklist=checklist)
        .select_related("evidence", "updated_by__profile")
        .prefetch_related("history__changed_by__profile")
    )
    return {progress.item_id: progress for progress in found}


def teams_meeting(checklist: Checklist) -> tuple[dict[int, int], int]:
    """How many of the network's teams meet each item (not which), and how
    many teams the network has."""
    met = (
        ChecklistItem.objects.filter(checklist=checklist)
        .annotate(
            teams=Count(
                "progress",
                # Teams still in the network: the count is of its teams.
                filter=Q(
                    progress__status=Status.MET,
                    progress__team__in=Team.objects.filter(networks=checklist.network_id),
                ),
            )
        )
        .values_list("pk", "teams")
    )
    return dict(met), Team.objects.filter(networks=checklist.network_id).count()


def coached(user: AnyUser) -> list[tuple[Team, list[TeamStanding]]]:
    """Each team this person coaches, with its standings."""
    teams = list(permissions.progress.coached_teams(user).select_related("jurisdiction"))
    found = _standings(user, teams)
    return [(team, found[team.pk]) for team in sorted(teams, key=lambda team: team.name)]


def numbered_groups(rows: list[tuple]) -> list[tuple[str, int, list[tuple]]]:
    """Rows of (item, ...) in order, grouped under their headings, each group
    with the number its first item has in the whole list (step 3 stays step 3)."""
    groups: list[tuple[str, int, list[tuple]]] = []
    start = 1
    for group, members in groupby(rows, key=lambda row: row[0].group):
        found = list(members)
        groups.append((group, start, found))
        start += len(found)
    return groups
