"""The team page's link to the team's measures, for those who see them."""

from collections import defaultdict
from collections.abc import Collection
from typing import Any

from community.models import Team
from kernel.standing import AnyUser
from measures import permissions


def measures_section(user: AnyUser, team: Team) -> dict[str, Any]:
    if not permissions.sees_team_data(user, team.pk):
        return {}
    tracked = permissions.tracked_measures.view_objects(user).filter(team=team).count()
    return {
        "measures_section": {
            "tracked": tracked,
            "records": permissions.records_for(user, team.pk),
        }
    }


def measures_tracked(user: AnyUser, team_ids: Collection[int]) -> dict[int, list[str]]:
    """For the members directory: the measures each team tracks, for those
    who see the team's data (its members and coaches) and nobody else."""
    tracked = permissions.tracked_measures.view_objects(user).filter(team__in=team_ids)
    names: dict[int, list[str]] = defaultdict(list)
    for team_id, name in tracked.values_list("team_id", "measure__name"):
        names[team_id].append(name)
    return names
