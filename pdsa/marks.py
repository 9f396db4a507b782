"""The team's cycles on its charts: each cycle that watches a measure marks
the period it started in (measures.chart_marks). The charts' viewers, the
team and its coaches, see every cycle of the team."""

from measures.chart_marks import period_of
from measures.models import Annotation, TrackedMeasure
from pdsa.models import Cycle


def _when(cycle: Cycle) -> str:
    if cycle.ends_on is None:
        return f"from {cycle.starts_on:%-d %b}"
    return f"{cycle.starts_on:%-d %b} to {cycle.ends_on:%-d %b}"


def cycle_marks(tracked: TrackedMeasure) -> list[Annotation]:
    frequency = tracked.measure.frequency
    marks = []
    for cycle in (
        Cycle.objects.filter(measure=tracked).select_related("team").order_by("starts_on", "pk")
    ):
        text = f"{cycle.title} ({_when(cycle)}, {cycle.stage_label.lower()})"
        mark = Annotation(
            tracked=tracked,
            period=period_of(cycle.starts_on, frequency),
            kind=Annotation.Kind.PDSA,
            text=text[:200],
        )
        mark.link = cycle.get_absolute_url()  # type: ignore[attr-defined]
        marks.append(mark)
    return marks
