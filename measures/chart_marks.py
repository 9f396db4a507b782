"""Marks other apps put on a team's charts, beside those the team's lead
and data lead add by hand (measures.models.Annotation).

An app that records the team's work (its PDSA cycles) registers, from its
`AppConfig.ready()`, a function of the tracked measure that returns unsaved
annotations for it, each with a `link` to what it marks. Whoever sees the
chart sees the marks: a source must return only what every viewer of the
team's charts (its members and coaches) may see."""

from collections.abc import Callable
from datetime import date

from measures import periods
from measures.models import Annotation, TrackedMeasure

MarkSource = Callable[[TrackedMeasure], list[Annotation]]
_sources: dict[str, MarkSource] = {}


def register(name: str, source: MarkSource) -> None:
    """Registering a name again replaces its source."""
    _sources[name] = source


def marks_for(tracked: TrackedMeasure) -> list[Annotation]:
    return [mark for source in _sources.values() for mark in source(tracked)]


def period_of(day: date, frequency: str) -> date:
    """The first day of the period `day` falls in: where its mark sits."""
    return periods.current(frequency, today=day)
