"""The team's cycles on its charts: each cycle that watches a measure marks
the period it started in (measures.chart_marks). The charts' viewers, the
team and its coaches, see every cycle of the team."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from measures.chart_marks import period_of
from measures.models import Annotation, TrackedMeasure
from pdsa.models import Cycle


def _when(cycle: Cycle) -> str:
    starts = date_format(cycle.starts_on, "j M")
    if cycle.ends_on is None:
        # Translators: when a cycle runs, e.g. "from 2 Mar".
        return _("from %(start)s") % {"start": starts}
    # Translators: when a cycle runs, e.g. "2 Mar to 30 Mar".
    return _("%(start)s to %(end)s") % {"start": starts, "end": date_format(cycle.ends_on, "j M")}


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
