"""What apps add to a page another app draws.

The app that draws the page (the community: a member's dashboard, a team's
page) offers a `PageParts`; an app that builds on it registers a function
from its `AppConfig.ready()` that returns template context for the page's
subject (the viewer; the viewer and the team), or nothing for a viewer who
may not see it. The drawing app imports none of them."""

from collections.abc import Callable
from typing import Any, Generic, ParamSpec

P = ParamSpec("P")


class PageParts(Generic[P]):
    def __init__(self) -> None:
        self._parts: dict[str, Callable[P, dict[str, Any]]] = {}

    def register(self, name: str, part: Callable[P, dict[str, Any]]) -> None:
        """Add `part`'s context to the page. Registering a name again replaces
        its part."""
        self._parts[name] = part

    def context_for(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]:
        """Every registered part's context, in the order they registered."""
        context: dict[str, Any] = {}
        for part in self._parts.values():
            context.update(part(*args, **kwargs))
        return context
