"""The team page's link to the team's measures, for those who see them."""

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
