"""The team page's link to its checklists, for its members and coaches."""

from typing import Any

from checklists import permissions, queries
from community.models import Team
from kernel.standing import AnyUser


def team_checklists(user: AnyUser, team: Team) -> dict[str, Any]:
    if not permissions.sees_team(user, team.pk):
        return {}
    found = queries.standings(user, team)
    return {"checklists_section": found} if found else {}
