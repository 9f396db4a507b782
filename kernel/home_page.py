"""What other apps add to the home page, "what is new": each registers a
function of the viewer (the next webinars they may open, the newly approved
resources they may find, recent case studies; for a member, their unread
discussions) and, for a member's teams, what happened in them lately (PDSA
cycles, meetings, figures submitted), each read through its type's access
policy. The community draws the page and imports none of them."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kernel.page_parts import PageParts
from kernel.standing import AnyUser, standing

_sections: PageParts[[AnyUser]] = PageParts()
register = _sections.register
context_for = _sections.context_for


@dataclass(frozen=True)
class Activity:
    """One thing that happened in a team: "New PDSA cycle" in Ohio, its
    title and where to read it."""

    when: datetime
    team: str
    what: str
    title: str
    url: str


# (viewer, their team ids, how many) -> the newest things, newest first
ActivitySource = Callable[[AnyUser, frozenset[int], int], list[Activity]]
_activity: dict[str, ActivitySource] = {}


def register_activity(name: str, source: ActivitySource) -> None:
    """Add what `source` finds to a member's "your teams lately". Registering
    a name again replaces its source."""
    _activity[name] = source


def team_activity(user: AnyUser, limit: int = 6) -> list[Activity]:
    """The newest things across the member's own teams, newest first: none
    for a visitor or a member of no team."""
    if not (user.is_authenticated and user.is_active):
        return []
    teams = frozenset(standing(user).team_ids)
    if not teams:
        return []
    # At most half the list from each kind, so a busy week of cycles does
    # not hide the meeting planned beside them.
    each = max(2, limit // 2)
    found = [item for source in _activity.values() for item in source(user, teams, each)]
    return sorted(found, key=lambda item: item.when, reverse=True)[:limit]
