"""What other apps add to a member's dashboard (My Collaboratory).

The community draws the page; an app that builds on it registers a function
from its `AppConfig.ready()` that returns template context for the signed-in
member (the discussions: threads with news, unread notifications), so the
community imports none of them. The dashboard's template shows each part."""

from collections.abc import Callable
from typing import Any

from kernel.standing import AnyUser

DashboardPart = Callable[[AnyUser], dict[str, Any]]

_parts: dict[str, DashboardPart] = {}


def register(name: str, part: DashboardPart) -> None:
    """Add `part(user)`'s context to the dashboard. Registering a name again
    replaces its part."""
    _parts[name] = part


def context_for(user: AnyUser) -> dict[str, Any]:
    """Every registered part's context, in the order they registered."""
    context: dict[str, Any] = {}
    for part in _parts.values():
        context.update(part(user))
    return context
