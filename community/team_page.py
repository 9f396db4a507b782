"""What other apps add to a team's page.

The community draws the page; an app that builds on it (the measures)
registers a function from its `AppConfig.ready()` that returns template
context for one viewer and team, or nothing for a viewer who may not see
it, so the community imports none of them."""

from collections.abc import Callable
from typing import Any

from community.models import Team
from kernel.standing import AnyUser

TeamPart = Callable[[AnyUser, Team], dict[str, Any]]

_parts: dict[str, TeamPart] = {}


def register(name: str, part: TeamPart) -> None:
    """Add `part(user, team)`'s context to the team page. Registering a
    name again replaces its part."""
    _parts[name] = part


def context_for(user: AnyUser, team: Team) -> dict[str, Any]:
    context: dict[str, Any] = {}
    for part in _parts.values():
        context.update(part(user, team))
    return context
