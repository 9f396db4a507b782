"""What the cycles add to pages other apps draw: a team's page lists its
ramps (all of them for the team and its coaches, the shared ones for
others); a change idea's page lists the teams testing it."""

from collections import defaultdict
from collections.abc import Collection
from typing import Any

from django.utils.translation import gettext as _

from community.models import Team
from kernel.home_page import Activity
from kernel.standing import AnyUser, standing
from pdsa import permissions, queries


def team_cycles(user: AnyUser, team: Team) -> dict[str, Any]:
    cycles = queries.team_cycles(user, team)
    records = permissions.records_for(user, team.pk)
    if not cycles and not records:
        return {}
    return {
        "pdsa_section": {
            "ramps": queries.ramps(cycles),
            "records": records,
            "sees_all": permissions.sees_team_cycles(user, team.pk),
        }
    }


def teams_testing(user: AnyUser, page: Any) -> dict[str, Any]:
    """The cycles of this change idea the viewer sees, and the teams of theirs
    that could record one."""
    own_teams = standing(user).team_ids
    return {
        "teams_testing": queries.testing_idea(user, page.pk),
        "recording_teams": list(Team.objects.filter(pk__in=own_teams).order_by("name")),
    }


def ideas_tested(user: AnyUser, team_ids: Collection[int]) -> dict[int, list[str]]:
    """For the members directory: the changes each team tests, from the
    cycles this person may see (a cycle the team kept to itself names
    nothing to outsiders)."""
    visible = permissions.cycles.view_objects(user).filter(team__in=team_ids)
    rows = visible.order_by().values_list("team_id", "change_idea__title", "own_idea").distinct()
    tested: dict[int, list[str]] = defaultdict(list)
    for team_id, idea, own_idea in rows:
        if idea or own_idea:
            tested[team_id].append(idea or own_idea)
    return tested


def team_activity(user: AnyUser, teams: frozenset[int], limit: int) -> list[Activity]:
    """New cycles in the member's teams, for the home page (kernel.home_page)."""
    cycles = permissions.cycles.view_objects(user).filter(team_id__in=teams)
    return [
        Activity(
            cycle.created_at,
            cycle.team.name,
            _("New PDSA cycle"),
            cycle.title,
            cycle.get_absolute_url(),
        )
        for cycle in cycles.select_related("team").order_by("-created_at", "-pk")[:limit]
    ]
