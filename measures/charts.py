"""A team's measure as charts: the series of its periods, the run chart and
the control chart the measure's type calls for (measures.spc), the words
that say what the rules found, and the geometry an SVG template draws."""

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from community.models import Team
from kernel.standing import AnyUser
from measures import chart_marks, periods, permissions, spc
from measures.models import (
    Annotation,
    DataType,
    Direction,
    Entry,
    Frequency,
    Measure,
    TrackedMeasure,
)

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40


@dataclass(frozen=True)
class Period:
    """One period of the series, with its entry if the team gave one."""

    start: date
    entry: Entry | None

    @property
    def point(self) -> spc.Point:
        entry = self.entry
        if entry is None:
            return spc.Point(None)
        if entry.measure.has_denominator:
            if entry.numerator is None or entry.denominator is None:
                return spc.Point(None)
            return spc.Point.ratio(entry.numerator, entry.denominator)
        return spc.Point(entry.value)


def period_starts(measure: Measure, starts: Iterable[date]) -> list[date]:
    """Every period from the earliest of `starts` to the latest, gaps included."""
    given = set(starts)
    if not given:
        return []
    found, start, last = [], min(given), max(given)
    while start <= last:
        found.append(start)
        start = periods.following(start, measure.frequency)
    return found


def series_of(measure: Measure, entries: list[Entry]) -> list[Period]:
    """Every period from the first entry to the last, gaps included (a gap
    is no data, not a zero)."""
    by_start = {entry.period: entry for entry in entries}
    return [Period(start, by_start.get(start)) for start in period_starts(measure, by_start)]


def _phases(
    tracked: TrackedMeasure | None, series: list[Period], notes: list[Annotation]
) -> list[spc.Phase]:
    """The frozen baseline, if any, and a phase from each change that starts
    one (a phase starting where the data starts replaces the baseline's)."""
    index = {period.start: i for i, period in enumerate(series)}
    found: dict[int, spc.Phase] = {}
    if tracked is not None and tracked.baseline_end is not None:
        frozen = sum(1 for period in series if period.start <= tracked.baseline_end)
        if frozen:
            found[0] = spc.Phase(0, baseline=frozen, label=_("Baseline"))
    for note in notes:
        if note.new_phase and note.period in index and index[note.period] > 0:
            found[index[note.period]] = spc.Phase(index[note.period], label=note.text)
    return [found[start] for start in sorted(found)]


def control_type(measure: Measure, points: list[spc.Point]) -> spc.ChartType | None:
    """XmR for counts and means, p for proportions, u for rates (Laney's p′
    and u′ when large denominators make the plain limits too narrow); none
    for levels and yes/no answers, which a run chart shows."""
    if measure.data_type in (DataType.COUNT, DataType.MEAN):
        return spc.ChartType.XMR
    if measure.data_type == DataType.PROPORTION:
        advice = spc.laney_advice(points, spc.ChartType.P)
        return spc.ChartType.P_PRIME if advice.advisable else spc.ChartType.P
    if measure.data_type == DataType.RATE:
        advice = spc.laney_advice(points, spc.ChartType.U)
        return spc.ChartType.U_PRIME if advice.advisable else spc.ChartType.U
    return None


@dataclass
class Charts:
    measure: Measure
    series: list[Period]
    run: spc.RunChart
    control: spc.ControlChart | None
    notes: list[Annotation] = field(default_factory=list)
    aim: float | None = None  # the team's aim in displayed units, from its baseline

    @cached_property
    def labels(self) -> list[str]:
        return [periods.label(period.start, self.measure.frequency) for period in self.series]


def team_tracked(user: AnyUser, team: Team, slug: str) -> TrackedMeasure | None:
    """The team's tracking of a measure, with the measure; None when the team
    does not track it, or not for this person."""
    return (
        permissions.tracked_measures.view_objects(user)
        .filter(team=team, measure__slug=slug)
        .select_related("measure")
        .first()
    )


def team_entries(user: AnyUser, team: Team, tracked: TrackedMeasure) -> list[Entry]:
    """The team's entries of a tracked measure by period, with their groups,
    as this person may see them."""
    return list(
        permissions.team_data.view_objects(user)
        .filter(team=team, measure=tracked.measure)
        .select_related("measure")
        .prefetch_related("strata__category")
        .order_by("period")
    )


def team_series(user: AnyUser, team: Team, slug: str) -> tuple[TrackedMeasure, list[Entry]] | None:
    """What a team's chart of one measure is drawn from, as this person may
    see it: the tracked measure and its entries. None when the team does not
    track it, or not for this person."""
    tracked = team_tracked(user, team, slug)
    if tracked is None:
        return None
    return tracked, team_entries(user, team, tracked)


def charts_for(
    measure: Measure,
    entries: list[Entry],
    tracked: TrackedMeasure | None,
    notes: list[Annotation] | None = None,
) -> Charts:
    """The charts of a team's measure (`tracked`, with its baseline and the
    marks on its chart, `notes` when already read), or of figures added up
    across teams (None)."""
    series = series_of(measure, entries)
    points = [period.point for period in series]
    notes = team_notes(tracked) if notes is None else notes
    phases = _phases(tracked, series, notes)
    shown = [measure.shown(point.value) for point in points]
    run = spc.run_chart(shown, phases, rules=spc.RunRules(measure.rule_set))
    kind = control_type(measure, points) if series else None
    control = None
    if kind is not None:
        control = spc.control_chart(kind, points, phases, multiplier=float(measure.multiplier))
    return Charts(measure, series, run, control, notes, _aim(tracked, run))


def team_notes(tracked: TrackedMeasure | None) -> list[Annotation]:
    """The team's own marks and those other apps add (its PDSA cycles)."""
    if tracked is None:
        return []
    notes = [*tracked.annotations.all(), *chart_marks.marks_for(tracked)]
    return sorted(notes, key=lambda note: (note.period, note.pk is None, note.pk or 0))


def _aim(tracked: TrackedMeasure | None, run: spc.RunChart) -> float | None:
    """The level the team aims for: its frozen baseline's median moved by
    its aim (71 and +20%: 85.2)."""
    if tracked is None or tracked.aim_percent is None or not run.phases:
        return None
    baseline = run.phases[0]
    if baseline.baseline_end is None or baseline.median is None:
        return None
    return baseline.median * (1 + float(tracked.aim_percent) / 100)


# --- In words ------------------------------------------------------------------
#
# Each sentence is whole in the catalogue, one per period length (month or
# quarter) and side, so a translation never has to agree with a piece put
# in from outside. Keys: (quarterly, above or up or narrower[, above]).

RUN_SHIFTS = {
    (False, True): ngettext_lazy(
        # Translators: a run chart rule's finding; a "shift" is a run of points
        # on one side of the median.
        "Shift: %(count)s month above the median, from %(first)s to %(last)s.",
        "Shift: %(count)s months above the median, from %(first)s to %(last)s.",
        "count",
    ),
    (False, False): ngettext_lazy(
        "Shift: %(count)s month below the median, from %(first)s to %(last)s.",
        "Shift: %(count)s months below the median, from %(first)s to %(last)s.",
        "count",
    ),
    (True, True): ngettext_lazy(
        "Shift: %(count)s quarter above the median, from %(first)s to %(last)s.",
        "Shift: %(count)s quarters above the median, from %(first)s to %(last)s.",
        "count",
    ),
    (True, False): ngettext_lazy(
        "Shift: %(count)s quarter below the median, from %(first)s to %(last)s.",
        "Shift: %(count)s quarters below the median, from %(first)s to %(last)s.",
        "count",
    ),
}
RUN_TRENDS = {
    (False, True): ngettext_lazy(
        # Translators: a run chart rule's finding; a "trend" is points going steadily up or down.
        "Trend: %(count)s month going up, %(first)s to %(last)s.",
        "Trend: %(count)s months going up, %(first)s to %(last)s.",
        "count",
    ),
    (False, False): ngettext_lazy(
        "Trend: %(count)s month going down, %(first)s to %(last)s.",
        "Trend: %(count)s months going down, %(first)s to %(last)s.",
        "count",
    ),
    (True, True): ngettext_lazy(
        "Trend: %(count)s quarter going up, %(first)s to %(last)s.",
        "Trend: %(count)s quarters going up, %(first)s to %(last)s.",
        "count",
    ),
    (True, False): ngettext_lazy(
        "Trend: %(count)s quarter going down, %(first)s to %(last)s.",
        "Trend: %(count)s quarters going down, %(first)s to %(last)s.",
        "count",
    ),
}
CONTROL_OUTSIDE_ONE = {
    # Translators: a control chart's finding about a single period, e.g. "March 2026".
    True: gettext_lazy("Special cause: %(period)s is above the control limits."),
    False: gettext_lazy("Special cause: %(period)s is below the control limits."),
}
CONTROL_OUTSIDE = {
    (False, True): ngettext_lazy(
        # Translators: a control chart's finding; "special cause" is variation
        # from an assignable cause.
        "Special cause: %(count)s month above the control limits, %(first)s to %(last)s.",
        "Special cause: %(count)s months above the control limits, %(first)s to %(last)s.",
        "count",
    ),
    (False, False): ngettext_lazy(
        "Special cause: %(count)s month below the control limits, %(first)s to %(last)s.",
        "Special cause: %(count)s months below the control limits, %(first)s to %(last)s.",
        "count",
    ),
    (True, True): ngettext_lazy(
        "Special cause: %(count)s quarter above the control limits, %(first)s to %(last)s.",
        "Special cause: %(count)s quarters above the control limits, %(first)s to %(last)s.",
        "count",
    ),
    (True, False): ngettext_lazy(
        "Special cause: %(count)s quarter below the control limits, %(first)s to %(last)s.",
        "Special cause: %(count)s quarters below the control limits, %(first)s to %(last)s.",
        "count",
    ),
}
CONTROL_SHIFTS = {
    (False, True): ngettext_lazy(
        "Special cause: %(count)s month above the center line, %(first)s to %(last)s.",
        "Special cause: %(count)s months above the center line, %(first)s to %(last)s.",
        "count",
    ),
    (False, False): ngettext_lazy(
        "Special cause: %(count)s month below the center line, %(first)s to %(last)s.",
        "Special cause: %(count)s months below the center line, %(first)s to %(last)s.",
        "count",
    ),
    (True, True): ngettext_lazy(
        "Special cause: %(count)s quarter above the center line, %(first)s to %(last)s.",
        "Special cause: %(count)s quarters above the center line, %(first)s to %(last)s.",
        "count",
    ),
    (True, False): ngettext_lazy(
        "Special cause: %(count)s quarter below the center line, %(first)s to %(last)s.",
        "Special cause: %(count)s quarters below the center line, %(first)s to %(last)s.",
        "count",
    ),
}
CONTROL_TRENDS = {
    (False, True): ngettext_lazy(
        "Special cause: %(count)s month going up, %(first)s to %(last)s.",
        "Special cause: %(count)s months going up, %(first)s to %(last)s.",
        "count",
    ),
    (False, False): ngettext_lazy(
        "Special cause: %(count)s month going down, %(first)s to %(last)s.",
        "Special cause: %(count)s months going down, %(first)s to %(last)s.",
        "count",
    ),
    (True, True): ngettext_lazy(
        "Special cause: %(count)s quarter going up, %(first)s to %(last)s.",
        "Special cause: %(count)s quarters going up, %(first)s to %(last)s.",
        "count",
    ),
    (True, False): ngettext_lazy(
        "Special cause: %(count)s quarter going down, %(first)s to %(last)s.",
        "Special cause: %(count)s quarters going down, %(first)s to %(last)s.",
        "count",
    ),
}
GAP_TRENDS = {
    (False, True): ngettext_lazy(
        # Translators: the gap between two groups' rates (e.g. Black and White mothers').
        "The gap was narrowing: %(count)s month in a row, %(first)s to %(last)s.",
        "The gap was narrowing: %(count)s months in a row, %(first)s to %(last)s.",
        "count",
    ),
    (False, False): ngettext_lazy(
        "The gap was widening: %(count)s month in a row, %(first)s to %(last)s.",
        "The gap was widening: %(count)s months in a row, %(first)s to %(last)s.",
        "count",
    ),
    (True, True): ngettext_lazy(
        "The gap was narrowing: %(count)s quarter in a row, %(first)s to %(last)s.",
        "The gap was narrowing: %(count)s quarters in a row, %(first)s to %(last)s.",
        "count",
    ),
    (True, False): ngettext_lazy(
        "The gap was widening: %(count)s quarter in a row, %(first)s to %(last)s.",
        "The gap was widening: %(count)s quarters in a row, %(first)s to %(last)s.",
        "count",
    ),
}
GAP_SHIFTS = {
    (False, True, True): ngettext_lazy(
        # Translators: the gap between two groups' rates; the ratio is one
        # group's rate over the other's.
        "The gap was narrower than usual: %(count)s month above the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was narrower than usual: %(count)s months above the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
    (False, True, False): ngettext_lazy(
        "The gap was narrower than usual: %(count)s month below the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was narrower than usual: %(count)s months below the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
    (False, False, True): ngettext_lazy(
        "The gap was wider than usual: %(count)s month above the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was wider than usual: %(count)s months above the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
    (False, False, False): ngettext_lazy(
        "The gap was wider than usual: %(count)s month below the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was wider than usual: %(count)s months below the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
    (True, True, True): ngettext_lazy(
        "The gap was narrower than usual: %(count)s quarter above the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was narrower than usual: %(count)s quarters above the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
    (True, True, False): ngettext_lazy(
        "The gap was narrower than usual: %(count)s quarter below the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was narrower than usual: %(count)s quarters below the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
    (True, False, True): ngettext_lazy(
        "The gap was wider than usual: %(count)s quarter above the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was wider than usual: %(count)s quarters above the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
    (True, False, False): ngettext_lazy(
        "The gap was wider than usual: %(count)s quarter below the ratio's median, "
        "%(first)s to %(last)s.",
        "The gap was wider than usual: %(count)s quarters below the ratio's median, "
        "%(first)s to %(last)s.",
        "count",
    ),
}


def _quarterly(measure: Measure) -> bool:
    return measure.frequency == Frequency.QUARTERLY


def _above(signal: spc.Signal) -> bool:
    return signal.direction == spc.Direction.ABOVE


def _up(signal: spc.Signal) -> bool:
    return signal.direction == spc.Direction.UP


def run_findings(charts: Charts) -> list[str]:
    """What the run chart rules found, one sentence each."""
    labels, quarterly, found = charts.labels, _quarterly(charts.measure), []
    for signal in charts.run.signals:
        span = {"count": signal.length, "first": labels[signal.start], "last": labels[signal.end]}
        kind = signal.kind
        if kind in (spc.SignalKind.SHIFT, spc.SignalKind.LONG_RUN):
            found.append(RUN_SHIFTS[quarterly, _above(signal)] % span)
        elif kind == spc.SignalKind.TREND:
            found.append(RUN_TRENDS[quarterly, _up(signal)] % span)
        elif kind in (spc.SignalKind.TOO_FEW_RUNS, spc.SignalKind.FEW_CROSSINGS):
            found.append(
                _("Too few runs: the points cross the median less often than chance would.")
            )
        elif kind == spc.SignalKind.TOO_MANY_RUNS:
            found.append(_("Too many runs: the points alternate more than chance would."))
        elif kind == spc.SignalKind.ASTRONOMICAL:
            # Translators: an "astronomical point" is one far from every other (a run chart rule).
            found.append(_("An astronomical point in %(period)s.") % {"period": span["first"]})
    if not found:
        found.append(
            _("No signal yet: the variation is what this process usually shows.")
            if len(charts.series) >= 10
            else _("Too few periods to judge: the rules need 10 or more.")
        )
    found += _phase_findings(charts)
    if charts.aim is not None:
        found.append(_aim_finding(charts))
    return found


def _aim_finding(charts: Charts) -> str:
    """Where the team stands against its aim: the latest phase's median."""
    aim, latest = charts.aim or 0.0, charts.run.phases[-1].median
    up = charts.measure.direction == Direction.UP
    baseline = _number(charts.run.phases[0].median or 0)
    text = _("Aim: %(aim)s, from the baseline's median of %(baseline)s.") % {
        "aim": _number(aim),
        "baseline": baseline,
    }
    if latest is None or len(charts.run.phases) < 2:
        return text
    reached = latest >= aim if up else latest <= aim
    median = {"median": _number(latest)}
    return " ".join(
        [
            text,
            _("Reached: the latest phase's median is %(median)s.") % median
            if reached
            else _("Not yet: the latest phase's median is %(median)s.") % median,
        ]
    )


def _phase_findings(charts: Charts) -> list[str]:
    """A sentence per phase after the first: where it starts, why, and its
    median against the one before."""
    phases, found = charts.run.phases, []
    for before, phase in zip(phases, phases[1:], strict=False):
        if phase.median is None or before.median is None:
            continue
        found.append(
            # Translators: a new phase of a run chart, from a period, and the change that began it.
            _("From %(period)s (%(label)s): median %(median)s, against %(before)s before.")
            % {
                "period": charts.labels[phase.start],
                "label": phase.label,
                "median": _number(phase.median),
                "before": _number(before.median),
            }
        )
    return found


def _outside_stretches(signals: list[spc.Signal]) -> list[tuple[int, int, int, str]]:
    """Points outside the limits, consecutive ones on one side taken
    together: (first, last, how many, side)."""
    stretches: list[tuple[int, int, int, str]] = []
    for signal in sorted(signals, key=lambda s: s.start):
        side = signal.direction.value if signal.direction else ""
        if stretches and stretches[-1][1] == signal.start - 1 and stretches[-1][3] == side:
            first, _end, count, _side = stretches[-1]
            stretches[-1] = (first, signal.start, count + 1, side)
        else:
            stretches.append((signal.start, signal.start, 1, side))
    return stretches


def control_findings(charts: Charts) -> list[str]:
    if charts.control is None:
        return []
    labels, quarterly, found = charts.labels, _quarterly(charts.measure), []
    outside = [s for s in charts.control.signals if s.kind == spc.SignalKind.OUTSIDE_LIMITS]
    for start, end, count, beyond in _outside_stretches(outside):
        above = beyond == spc.Direction.ABOVE
        if count == 1:
            found.append(CONTROL_OUTSIDE_ONE[above] % {"period": labels[start]})
        else:
            span = {"count": count, "first": labels[start], "last": labels[end]}
            found.append(CONTROL_OUTSIDE[quarterly, above] % span)
    for signal in charts.control.signals:
        span = {"count": signal.length, "first": labels[signal.start], "last": labels[signal.end]}
        if signal.kind == spc.SignalKind.OUTSIDE_LIMITS:
            continue
        elif signal.kind == spc.SignalKind.SHIFT:
            found.append(CONTROL_SHIFTS[quarterly, _above(signal)] % span)
        elif signal.kind == spc.SignalKind.TREND:
            found.append(CONTROL_TRENDS[quarterly, _up(signal)] % span)
        elif signal.kind == spc.SignalKind.TWO_OF_THREE:
            found.append(
                _("Special cause: two of three points beyond two sigma, %(first)s–%(last)s.") % span
            )
    return found or [_("No special cause: every point is inside the limits and no pattern shows.")]


# --- Geometry ------------------------------------------------------------------


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    step = 10 ** math.floor(math.log10(raw))
    step = next(s * step for s in (1, 2, 2.5, 5, 10) if s * step >= raw)
    first = math.floor(low / step) * step
    return [
        first + i * step
        for i in range(int((high - first) / step) + 2)
        if first + i * step <= high + step
    ]


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    label: str
    value: str
    signal: bool
    corrected: bool


def drawing(
    charts: Charts,
    values: tuple[float | None, ...],
    lines: dict[str, tuple[float | None, ...]],
    signals: frozenset[int],
    target: float | None = None,
    scale: list[float] | None = None,
) -> dict[str, object]:
    """Coordinates for the SVG: the points, each line as segments (broken
    where it has no value), the target, the axes' ticks. `scale`: values
    the axis must hold besides these (charts side by side share it)."""
    count = len(values)
    numbers = [v for v in values if v is not None] + (scale or [])
    numbers += [v for line in lines.values() for v in line if v is not None]
    numbers += [target] if target is not None else []
    low, high = (min(numbers), max(numbers)) if numbers else (0.0, 1.0)
    low = min(low, 0.0) if low >= 0 else low
    ticks = _ticks(low, high)
    low, high = ticks[0], ticks[-1]
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (inner_w * (i + 0.5) / max(count, 1))

    def y(v: float) -> float:
        return TOP + inner_h * (1 - (v - low) / ((high - low) or 1))

    labels = charts.labels
    marks = [
        Mark(
            round(x(i), 1),
            round(y(v), 1),
            labels[i],
            _number(v),
            i in signals,
            _corrected(charts.series[i].entry),
        )
        for i, v in enumerate(values)
        if v is not None
    ]
    every = max(1, math.ceil(count / 9))
    short = [periods.short_label(p.start, charts.measure.frequency) for p in charts.series]
    breaks = {phase.start for phase in charts.run.phases[1:]}
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "bottom": HEIGHT - BOTTOM,
        "marks": marks,
        "path": _segments([(x(i), y(v)) if v is not None else None for i, v in enumerate(values)]),
        "lines": {
            name: _segments(
                [(x(i), y(v)) if v is not None else None for i, v in enumerate(line)], breaks
            )
            for name, line in lines.items()
        },
        "phase_lines": [round(x(i) - inner_w / max(count, 1) / 2, 1) for i in sorted(breaks)],
        "notes": [
            (round(x(i), 1), number, note.kind, f"{labels[i]}: {note.text}")
            for number, (i, note) in enumerate(note_positions(charts), start=1)
        ],
        "target": None if target is None else round(y(target), 1),
        "y_ticks": [(round(y(t), 1), _number(t)) for t in ticks],
        "x_ticks": [(round(x(i), 1), short[i]) for i in range(0, count, every)],
    }


def _corrected(entry: Entry | None) -> bool:
    return entry is not None and entry.corrected


def note_positions(charts: Charts) -> list[tuple[int, Annotation]]:
    """The marks on the chart with the index of their period, in order."""
    index = {period.start: i for i, period in enumerate(charts.series)}
    return [(index[note.period], note) for note in charts.notes if note.period in index]


def numbered_notes(starts: list[date], notes: list[Annotation]) -> list[tuple[int, Annotation]]:
    """The marks within the chart's periods, numbered as the chart numbers them."""
    shown = set(starts)
    return list(enumerate((note for note in notes if note.period in shown), start=1))


def _segments(
    points: list[tuple[float, float] | None], breaks: set[int] | frozenset[int] = frozenset()
) -> list[str]:
    """SVG polyline point lists, one per unbroken stretch; a line also
    breaks where a phase starts (each phase has its own centre)."""
    segments: list[list[str]] = []
    current: list[str] = []
    for i, point in enumerate(points):
        if i in breaks and current:
            segments.append(current)
            current = []
        if point is None:
            if current:
                segments.append(current)
            current = []
        else:
            current.append(f"{point[0]:.1f},{point[1]:.1f}")
    if current:
        segments.append(current)
    return [" ".join(segment) for segment in segments]


def _number(value: float) -> str:
    return f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def _target(charts: Charts) -> float | None:
    return None if charts.measure.target is None else float(charts.measure.target)


# Signals about the whole series (how often it crosses the median), not
# about particular points: no point is marked for them.
WHOLE_SERIES = {
    spc.SignalKind.TOO_FEW_RUNS,
    spc.SignalKind.TOO_MANY_RUNS,
    spc.SignalKind.FEW_CROSSINGS,
}


def marked(signals: tuple[spc.Signal, ...]) -> frozenset[int]:
    """The points a chart marks: those in a signal about them."""
    return frozenset(i for s in signals if s.kind not in WHOLE_SERIES for i in s.indices)


def run_drawing(charts: Charts) -> dict[str, object]:
    run = charts.run
    lines = {"median": run.centre}
    if charts.aim is not None:
        lines["aim"] = (charts.aim,) * len(run.values)
    return drawing(charts, run.values, lines, marked(run.signals), _target(charts))


def control_drawing(charts: Charts) -> dict[str, object] | None:
    control = charts.control
    if control is None:
        return None
    lines = {"centre": control.centre, "upper": control.upper, "lower": control.lower}
    return drawing(charts, control.values, lines, marked(control.signals), _target(charts))


TABLE_HEADINGS = [
    gettext_lazy("Period"),
    gettext_lazy("Numerator"),
    gettext_lazy("Denominator"),
    gettext_lazy("Value"),
    gettext_lazy("Median"),
    gettext_lazy("Center line"),
    gettext_lazy("Lower limit"),
    gettext_lazy("Upper limit"),
    gettext_lazy("Status"),
]


def table_rows(charts: Charts) -> list[dict[str, object]]:
    """A row per period for the data table under the charts."""
    control, labels = charts.control, charts.labels
    signalled = marked(charts.run.signals) | (marked(control.signals) if control else frozenset())
    rows = []
    for i, period in enumerate(charts.series):
        entry = period.entry
        rows.append(
            {
                "label": labels[i],
                "numerator": _shown(entry.numerator if entry else None),
                "denominator": _shown(entry.denominator if entry else None),
                "value": _shown(charts.run.values[i]),
                "median": _shown(charts.run.centre[i]),
                "centre": _shown(control.centre[i]) if control else "",
                "lower": _shown(control.lower[i]) if control else "",
                "upper": _shown(control.upper[i]) if control else "",
                "status": _status(entry),
                "signal": i in signalled,
            }
        )
    return rows


def csv_rows(rows: list[dict[str, object]]) -> list[list[str]]:
    """`table_rows` for a CSV file, in TABLE_HEADINGS' order."""
    keys = ("label", "numerator", "denominator", "value", "median", "centre", "lower", "upper")
    return [[str(row[key]) for key in keys] + [str(row["status"])] for row in rows]


def _shown(value: float | None) -> str:
    return "" if value is None else _number(round(value, 3))


def _status(entry: Entry | None) -> str:
    if entry is None:
        return _("no data")
    status = entry.get_status_display()
    # Translators: an entry's status (Draft, Submitted, Reviewed), changed after its review.
    return _("%(status)s, corrected") % {"status": status} if entry.corrected else status


# --- By group ---------------------------------------------------------------


@dataclass
class GroupChart:
    name: str
    charts: Charts
    drawing: dict[str, object]


@dataclass
class Equity:
    """A measure broken down by race and ethnicity: one run chart per group
    on a shared scale, and the ratio of one group's rate to the reference
    group's as a series of its own, read with the run chart rules."""

    groups: list[GroupChart]
    group: str
    reference: str
    ratio: spc.RunChart
    ratio_drawing: dict[str, object]
    findings: list[str]


def _group_entries(entries: list[Entry]) -> dict[int, list[Entry]]:
    """For each group, an entry per period holding the group's figures, for
    `charts_for`: one pass over the entries' prefetched groups."""
    found: dict[int, list[Entry]] = {}
    for entry in entries:
        for stratum in entry.strata.all():
            found.setdefault(stratum.category_id, []).append(
                Entry(
                    measure=entry.measure,
                    period=entry.period,
                    value=stratum.value,
                    numerator=stratum.numerator,
                    denominator=stratum.denominator,
                )
            )
    return found


def equity(measure: Measure, entries: list[Entry], dimension: str = "race") -> Equity | None:
    """None unless the measure has a rate and the team gave its groups."""
    if not measure.has_denominator or dimension not in measure.dimensions:
        return None
    categories = {
        s.category_id: s.category
        for entry in entries
        for s in entry.strata.all()
        if s.category.dimension == dimension
    }
    if len(categories) < 2:
        return None
    series = series_of(measure, entries)
    every_group = _group_entries(entries)
    per_group = {cid: every_group[cid] for cid in categories}
    sizes = {cid: sum(e.denominator or 0 for e in rows) for cid, rows in per_group.items()}
    # The reference is the White group where there is one, else the largest;
    # the group compared, the Black group, else the one with the lowest rate.
    largest = max(sizes, key=lambda c: sizes[c])
    reference = next((c for c in categories if categories[c].slug == "white"), largest)
    group = next(
        (c for c in categories if categories[c].slug == "black" and c != reference),
        min((c for c in categories if c != reference), key=lambda c: _overall(per_group[c])),
    )

    def points(cid: int) -> list[spc.Point]:
        by_start = {e.period: e for e in per_group[cid]}
        return [Period(p.start, by_start.get(p.start)).point for p in series]

    ratios = spc.disparity_ratios(points(group), points(reference))
    ratio_run = spc.run_chart(ratios, rules=spc.RunRules(measure.rule_set))
    group_charts = [
        charts_for(measure, rows, None) for cid, rows in sorted(per_group.items()) if rows
    ]
    shared = [v for c in group_charts for v in c.run.values if v is not None]
    names = [categories[cid].name for cid, rows in sorted(per_group.items()) if rows]
    whole = Charts(measure, series, ratio_run, None)
    return Equity(
        groups=[
            GroupChart(
                name,
                c,
                drawing(
                    c, c.run.values, {"median": c.run.centre}, marked(c.run.signals), scale=shared
                ),
            )
            for name, c in zip(names, group_charts, strict=True)
        ],
        group=categories[group].name,
        reference=categories[reference].name,
        ratio=ratio_run,
        ratio_drawing=drawing(
            whole,
            ratio_run.values,
            {"median": ratio_run.centre},
            marked(ratio_run.signals),
            target=1.0,
        ),
        findings=_ratio_findings(
            whole, categories[group].name, categories[reference].name, measure
        ),
    )


def _overall(rows: list[Entry]) -> float:
    denominator = sum(e.denominator or 0 for e in rows)
    return sum(e.numerator or 0 for e in rows) / denominator if denominator else 0.0


def _ratio_findings(whole: Charts, group: str, reference: str, measure: Measure) -> list[str]:
    shown = [(i, v) for i, v in enumerate(whole.run.values) if v is not None]
    names = {"group": group, "reference": reference}
    if not shown:
        return [_("Not enough figures by group to compare %(group)s with %(reference)s.") % names]
    last, ratio = shown[-1]
    said = [
        # Translators: e.g. "In March 2026, the Black rate was 2.10 times the White rate."
        _("In %(period)s, the %(group)s rate was %(ratio)s times the %(reference)s rate.")
        % {**names, "period": whole.labels[last], "ratio": f"{ratio:.2f}"}
    ]
    below_equal = statistics.median(v for _i, v in shown) < 1
    quarterly = _quarterly(measure)
    for signal in whole.run.signals:
        if signal.kind not in (spc.SignalKind.SHIFT, spc.SignalKind.LONG_RUN, spc.SignalKind.TREND):
            continue
        rising = signal.direction in (spc.Direction.ABOVE, spc.Direction.UP)
        closer = rising == below_equal
        span = {
            "count": signal.length,
            "first": whole.labels[signal.start],
            "last": whole.labels[signal.end],
        }
        if signal.kind == spc.SignalKind.TREND:
            said.append(GAP_TRENDS[quarterly, closer] % span)
        else:
            said.append(GAP_SHIFTS[quarterly, closer, _above(signal)] % span)
    return said
