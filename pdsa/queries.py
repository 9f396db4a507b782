"""Reads of cycles, always through the cycle policy."""

from dataclasses import dataclass

from django.db.models import QuerySet

from community.models import Team
from kernel.standing import AnyUser
from pdsa import permissions
from pdsa.models import Cycle, Decision


def seen_cycles(user: AnyUser) -> QuerySet[Cycle]:
    return permissions.cycles.view_objects(user).select_related("team__jurisdiction", "change_idea")


def team_cycles(user: AnyUser, team: Team) -> list[Cycle]:
    """The team's cycles this person sees, latest first."""
    return list(seen_cycles(user).filter(team=team))


def ramps(cycles: list[Cycle]) -> list[list[Cycle]]:
    """Cycles grouped into ramps, each first to last; the ramp with the
    latest start first. A cycle whose predecessor is not in the list starts
    a ramp of its own (the viewer may not see the earlier one)."""
    by_pk = {cycle.pk: cycle for cycle in cycles}
    following: dict[int | None, list[Cycle]] = {}
    for cycle in cycles:
        parent = cycle.follows_id if cycle.follows_id in by_pk else None
        following.setdefault(parent, []).append(cycle)

    def chain(cycle: Cycle, depth: int = 1) -> list[Cycle]:
        # A ramp may branch (two cycles build on one): each is numbered by
        # how far along the ramp it is, and each branch ends in a leaf.
        cycle.depth = depth  # type: ignore[attr-defined]
        later = sorted(following.get(cycle.pk, []), key=lambda c: (c.starts_on, c.pk))
        cycle.is_leaf = not later  # type: ignore[attr-defined]
        return [cycle, *(c for after in later for c in chain(after, depth + 1))]

    found = [chain(first) for first in following.get(None, [])]
    return sorted(found, key=lambda ramp: max(c.starts_on for c in ramp), reverse=True)


def _links(cycle: Cycle) -> dict[int, int | None]:
    """Each of the team's cycles and the one it follows, in one query."""
    return dict(Cycle.objects.filter(team=cycle.team_id).values_list("pk", "follows"))


def ramp(cycle: Cycle, seen: QuerySet[Cycle] | None = None) -> list[Cycle]:
    """The cycles this one builds on, first to last, ending with itself:
    those in `seen` (every cycle by default; a viewer's `seen_cycles`), in
    two queries however long the ramp."""
    links, earlier = _links(cycle), [cycle.pk]
    while (follows := links.get(earlier[-1])) is not None and follows not in earlier:
        earlier.append(follows)
    found = (Cycle.objects.all() if seen is None else seen).in_bulk(earlier[1:])
    return [found[pk] for pk in reversed(earlier[1:]) if pk in found] + [cycle]


def built_on(cycle: Cycle) -> set[int]:
    """The cycles that follow this one, directly or further along its ramp."""
    following: dict[int | None, list[int]] = {}
    for pk, follows in _links(cycle).items():
        following.setdefault(follows, []).append(pk)
    found: set[int] = set()
    waiting = list(following.get(cycle.pk, []))
    while waiting:
        pk = waiting.pop()
        if pk not in found:
            found.add(pk)
            waiting += following.get(pk, [])
    return found


def is_active(ramp: list[Cycle]) -> bool:
    """A ramp (from `ramps`) is being worked on while the last cycle of any
    of its branches has not adopted or abandoned the change."""
    ends = [cycle for cycle in ramp if getattr(cycle, "is_leaf", cycle is ramp[-1])]
    return any(cycle.decision not in (Decision.ADOPT, Decision.ABANDON) for cycle in ends)


@dataclass
class TeamTesting:
    """A team testing a change idea: its latest cycle of it that the viewer
    sees, and how many they see."""

    team: Team
    latest: Cycle
    cycles: int


def testing_idea(user: AnyUser, change_idea_id: int) -> list[TeamTesting]:
    """The teams testing a change idea, as this person sees their cycles;
    the team with the latest cycle first."""
    found: dict[int, TeamTesting] = {}
    for cycle in seen_cycles(user).filter(change_idea=change_idea_id):
        if cycle.team_id in found:
            found[cycle.team_id].cycles += 1
        else:
            found[cycle.team_id] = TeamTesting(cycle.team, cycle, 1)
    return list(found.values())


def peer_teams(user: AnyUser, cycle: Cycle) -> list[Team]:
    """The other teams testing the same change idea, as this person sees them."""
    if cycle.change_idea_id is None:
        return []
    cycles = permissions.cycles.view_objects(user).filter(change_idea=cycle.change_idea_id)
    teams = Team.objects.filter(pk__in=cycles.values("team")).exclude(pk=cycle.team_id)
    return list(teams.select_related("jurisdiction").order_by("name"))
