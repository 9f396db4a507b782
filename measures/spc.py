"""Statistical process control (SPC): run chart and control chart rules.

Pure functions over a time-ordered sequence of points: no Django, no I/O, and
nothing here changes after import. The app turns the structured results into
charts and words.

Conventions used throughout:

- A point's *index* is its position in the sequence passed in; every signal
  reports indices so a chart can mark the points involved.
- A point whose value is None is a period without data. It is skipped by every
  rule: it neither counts toward nor breaks a run, a trend or a window.
- A *phase* starts when a change is adopted. Centre lines and limits are
  computed per phase, and no rule looks across a phase boundary.
- A phase may *freeze a baseline*: its centre (and limits) come from its
  first k points only and are extended over the rest of the phase, so later
  data is judged against the baseline instead of moving it.
- Two values are treated as equal when they agree to about nine significant
  digits, because medians of two values and rates computed from counts carry
  floating-point rounding.
"""

import math
import statistics
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Self

# d2 for moving ranges of two points: mean |x_i - x_{i-1}| = d2 * sigma.
D2 = 1.128
# D4 for moving ranges of two points: the moving-range chart's upper limit.
D4 = 3.267

IHI_SHIFT = 6
IHI_TREND = 5
CONTROL_SHIFT = 8
CONTROL_TREND = 6


class RunRules(StrEnum):
    """Which rule set a run chart is read with."""

    IHI = "ihi"
    ANHOJ = "anhoj"


class ChartType(StrEnum):
    """Control chart types, chosen by the kind of data.

    XMR: measurements or counts without a denominator. P: proportions
    (numerator is part of the denominator). U: rates (events per exposure).
    P_PRIME and U_PRIME: Laney's versions for very large denominators.
    """

    XMR = "xmr"
    P = "p"
    U = "u"
    P_PRIME = "p_prime"
    U_PRIME = "u_prime"


class SignalKind(StrEnum):
    """The rule a signal comes from."""

    # Run chart, IHI rules.
    SHIFT = "shift"
    TREND = "trend"
    TOO_FEW_RUNS = "too_few_runs"
    TOO_MANY_RUNS = "too_many_runs"
    ASTRONOMICAL = "astronomical"
    # Run chart, Anhøj rules.
    LONG_RUN = "long_run"
    FEW_CROSSINGS = "few_crossings"
    # Control charts (also SHIFT and TREND).
    OUTSIDE_LIMITS = "outside_limits"
    TWO_OF_THREE = "two_of_three"


class Direction(StrEnum):
    """Above or below the centre line (shifts, runs, single points), up or
    down (trends)."""

    ABOVE = "above"
    BELOW = "below"
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class Point:
    """One period's observation.

    Run charts and XmR charts read `value`; None means the period has no
    data. p and u charts read `numerator` and `denominator` (a denominator of
    0 or None means no data); build those points with `Point.ratio`.
    """

    value: float | None
    numerator: float | None = None
    denominator: float | None = None

    @classmethod
    def ratio(cls, numerator: float, denominator: float) -> Self:
        """A proportion or rate: value = numerator / denominator, or None when
        the denominator is 0."""
        value = numerator / denominator if denominator else None
        return cls(value, numerator, denominator)


PointLike = Point | float | None


@dataclass(frozen=True, slots=True)
class Phase:
    """A stretch of the series starting at index `start`, e.g. after a change
    was adopted. With `baseline` = k, the phase's centre and limits come from
    its first k periods, with or without data (all of them while the phase is
    shorter). Phases that start at or after the end of the data are ignored;
    points before the first phase form a phase of their own."""

    start: int
    baseline: int | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class Signal:
    """One finding: what rule fired, where, and on which points.

    `length` is the number of points the rule counted: the points of a run
    (points on the centre line are not in it), the points of a trend with
    equal successive values counted once, the useful observations behind a
    runs or crossings verdict, 1 for a single point, the points beyond two
    sigma for two-out-of-three. `indices` lists the points to mark; `start`
    and `end` are the first and last of them. `phase` is the phase's position
    in the result's `phases`.
    """

    kind: SignalKind
    direction: Direction | None
    start: int
    end: int
    length: int
    indices: tuple[int, ...]
    phase: int


@dataclass(frozen=True, slots=True)
class RunChartPhase:
    """A phase of a run chart and its runs analysis.

    `useful` is the number of observations not on the median; `runs` the
    number of runs (a run is one or more useful points in a row on the same
    side of the median) and `crossings` = runs - 1. Both rule sets' limits are
    always filled in; only the chosen set produces signals. `runs_range` is
    None outside the table's 10..60 useful observations.
    """

    start: int
    end: int
    label: str
    baseline_end: int | None
    median: float | None
    useful: int
    runs: int
    crossings: int
    longest_run: int
    runs_range: tuple[int, int] | None
    longest_run_limit: int | None
    min_crossings: int | None


@dataclass(frozen=True, slots=True)
class RunChart:
    """A run chart: the values, each point's centre line (its phase's
    median; None where a phase has no data), the phases and every signal in
    order of where it starts."""

    rules: RunRules
    values: tuple[float | None, ...]
    centre: tuple[float | None, ...]
    phases: tuple[RunChartPhase, ...]
    signals: tuple[Signal, ...]

    @property
    def signal_indices(self) -> frozenset[int]:
        return frozenset(i for s in self.signals for i in s.indices)


@dataclass(frozen=True, slots=True)
class ControlChartPhase:
    """A phase of a control chart, in display units (times the multiplier).

    `sigma` and `mean_moving_range` are the XmR chart's (None for p and u
    charts, whose sigma varies point by point). `sigma_z` is Laney's ratio of
    the observed point-to-point spread to the spread the binomial or Poisson
    model expects: computed for p and u charts, applied to the limits only on
    the prime charts.
    """

    start: int
    end: int
    label: str
    baseline_end: int | None
    centre: float | None
    sigma: float | None
    mean_moving_range: float | None
    sigma_z: float | None


@dataclass(frozen=True, slots=True)
class ControlChart:
    """A control chart, per point and in display units (times `multiplier`).

    `sigma` is each point's standard deviation (with Laney's sigma_z on prime
    charts), so the app can draw one- and two-sigma zones. The moving-range
    fields are filled for XmR charts only (None elsewhere): each point's
    |x_i - x_(i-1)|, the mean moving range and its upper limit D4 x mean.
    """

    chart: ChartType
    multiplier: float
    values: tuple[float | None, ...]
    centre: tuple[float | None, ...]
    sigma: tuple[float | None, ...]
    lower: tuple[float | None, ...]
    upper: tuple[float | None, ...]
    moving_ranges: tuple[float | None, ...]
    moving_range_centre: tuple[float | None, ...]
    moving_range_upper: tuple[float | None, ...]
    phases: tuple[ControlChartPhase, ...]
    signals: tuple[Signal, ...]

    @property
    def signal_indices(self) -> frozenset[int]:
        return frozenset(i for s in self.signals for i in s.indices)


@dataclass(frozen=True, slots=True)
class LaneyAdvice:
    """See `laney_advice`: the verdict, each phase's sigma_z and the median
    denominator it was weighed with."""

    advisable: bool
    sigma_z: tuple[float | None, ...]
    median_denominator: float | None


# Minimum and maximum number of runs expected by chance, by the number of
# useful observations (points not on the median): fewer runs than the first
# number, or more than the second, is a signal. Perla, Provost & Murray 2011,
# "The run chart: a simple analytical tool for learning from variation in
# healthcare processes", BMJ Qual Saf 20:46-51, Table 1, derived from Swed &
# Eisenhart 1943 at about 5% risk. Transcribed without the paper at hand:
# check it against the published table before relying on it.
IHI_RUNS_TABLE: MappingProxyType[int, tuple[int, int]] = MappingProxyType(
    {
        10: (3, 9),
        11: (3, 10),
        12: (3, 11),
        13: (4, 11),
        14: (4, 12),
        15: (5, 12),
        16: (5, 13),
        17: (5, 13),
        18: (6, 14),
        19: (6, 15),
        20: (6, 16),
        21: (7, 16),
        22: (7, 17),
        23: (7, 17),
        24: (8, 18),
        25: (8, 18),
        26: (9, 19),
        27: (10, 19),
        28: (10, 20),
        29: (10, 20),
        30: (11, 21),
        31: (11, 22),
        32: (11, 22),
        33: (12, 23),
        34: (12, 23),
        35: (13, 24),
        36: (13, 24),
        37: (13, 25),
        38: (14, 26),
        39: (14, 26),
        40: (15, 27),
        41: (15, 27),
        42: (16, 28),
        43: (16, 28),
        44: (17, 29),
        45: (17, 30),
        46: (17, 30),
        47: (18, 31),
        48: (18, 31),
        49: (19, 32),
        50: (19, 32),
        51: (20, 33),
        52: (20, 33),
        53: (21, 34),
        54: (21, 35),
        55: (22, 35),
        56: (22, 36),
        57: (23, 36),
        58: (23, 37),
        59: (24, 38),
        60: (24, 38),
    }
)


def runs_range(useful: int) -> tuple[int, int] | None:
    """The (minimum, maximum) number of runs chance allows for this many
    useful observations, from the IHI table; None outside 10..60, where the
    table says nothing and the runs test is not applied."""
    return IHI_RUNS_TABLE.get(useful)


def longest_run_limit(useful: int) -> int:
    """Anhøj's upper limit for the longest run: round(log2(n) + 3). A run
    longer than this is unusually long for n useful observations."""
    if useful < 1:
        raise ValueError("needs at least one useful observation")
    return round(math.log2(useful) + 3)


def min_crossings(useful: int) -> int:
    """Anhøj's lower limit for the number of median crossings: the 5th
    percentile of the binomial distribution with n - 1 trials and p = 1/2
    (R's qbinom(0.05, n - 1, 0.5)). In random data each of the n - 1 gaps
    between useful points crosses the median with probability 1/2; fewer
    crossings than this happen less than 5% of the time."""
    if useful < 1:
        raise ValueError("needs at least one useful observation")
    trials = useful - 1
    total = 2**trials
    cumulative = 0
    for k in range(trials + 1):
        cumulative += math.comb(trials, k)
        # P(X <= k) >= 0.05, in exact integers: 20 * count >= 2^trials.
        if 20 * cumulative >= total:
            return k
    raise AssertionError("unreachable: the cumulative probability reaches 1")


# --- Shared machinery ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Span:
    number: int
    start: int
    end: int  # inclusive
    baseline_end: int  # inclusive; equals end when nothing is frozen
    frozen: bool
    label: str

    @property
    def indices(self) -> range:
        return range(self.start, self.end + 1)

    @property
    def baseline(self) -> range:
        return range(self.start, self.baseline_end + 1)


@dataclass(frozen=True, slots=True)
class _Run:
    side: int  # +1 above the centre, -1 below
    indices: tuple[int, ...]


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _as_point(item: PointLike) -> Point:
    point = item if isinstance(item, Point) else Point(None if item is None else float(item))
    for number in (point.value, point.numerator, point.denominator):
        if number is not None and not math.isfinite(number):
            raise ValueError(f"not a finite number: {number!r}")
    return point


def _spans(count: int, phases: Sequence[Phase]) -> list[_Span]:
    starts = sorted(phases, key=lambda phase: phase.start)
    for phase in starts:
        if phase.start < 0:
            raise ValueError(f"a phase cannot start before the data: {phase.start}")
        if phase.baseline is not None and phase.baseline < 1:
            raise ValueError(f"a baseline needs at least one point: {phase.baseline}")
    for before, after in zip(starts, starts[1:], strict=False):
        if before.start == after.start:
            raise ValueError(f"two phases start at index {after.start}")
    used = [phase for phase in starts if phase.start < count]
    if count and (not used or used[0].start > 0):
        used.insert(0, Phase(0))
    spans = []
    for number, phase in enumerate(used):
        end = used[number + 1].start - 1 if number + 1 < len(used) else count - 1
        frozen = phase.baseline is not None
        baseline_end = min(end, phase.start + phase.baseline - 1) if phase.baseline else end
        spans.append(_Span(number, phase.start, end, baseline_end, frozen, phase.label))
    return spans


def _runs(observed: Sequence[tuple[int, float]], centre: float) -> list[_Run]:
    """Runs of useful points; points on the centre line are skipped."""
    runs: list[_Run] = []
    side = 0
    current: list[int] = []
    for index, value in observed:
        if _same(value, centre):
            continue
        point_side = 1 if value > centre else -1
        if current and point_side != side:
            runs.append(_Run(side, tuple(current)))
            current = []
        side = point_side
        current.append(index)
    if current:
        runs.append(_Run(side, tuple(current)))
    return runs


def _side(side: int) -> Direction:
    return Direction.ABOVE if side > 0 else Direction.BELOW


def _shifts(runs: Sequence[_Run], length: int, phase: int, kind: SignalKind) -> list[Signal]:
    return [
        Signal(
            kind,
            _side(run.side),
            run.indices[0],
            run.indices[-1],
            len(run.indices),
            run.indices,
            phase,
        )
        for run in runs
        if len(run.indices) >= length
    ]


def _trends(observed: Sequence[tuple[int, float]], length: int, phase: int) -> list[Signal]:
    """Stretches of `length` or more points all going up or all going down.

    Equal successive values are collapsed into one before counting (one of
    them is ignored), so they neither make nor break a trend; all of them are
    still listed in the signal's indices. A turning point belongs to both the
    trend that ends there and the one that starts there.
    """
    levels: list[tuple[float, list[int]]] = []
    for index, value in observed:
        if levels and _same(levels[-1][0], value):
            levels[-1][1].append(index)
        else:
            levels.append((value, [index]))
    signals = []
    first = 0
    while first < len(levels) - 1:
        rising = levels[first + 1][0] > levels[first][0]
        last = first + 1
        while last + 1 < len(levels) and (levels[last + 1][0] > levels[last][0]) == rising:
            last += 1
        counted = last - first + 1
        if counted >= length:
            indices = tuple(i for _, group in levels[first : last + 1] for i in group)
            direction = Direction.UP if rising else Direction.DOWN
            signals.append(
                Signal(
                    SignalKind.TREND, direction, indices[0], indices[-1], counted, indices, phase
                )
            )
        first = last
    return signals


def _ordered(signals: list[Signal]) -> tuple[Signal, ...]:
    return tuple(sorted(signals, key=lambda s: (s.start, s.end, s.kind.value)))


# --- Run charts ---------------------------------------------------------------


def run_chart(
    points: Sequence[PointLike],
    phases: Sequence[Phase] = (),
    *,
    rules: RunRules = RunRules.IHI,
    astronomical: Collection[int] = (),
    astronomical_sd: float | None = None,
) -> RunChart:
    """A run chart: the median of each phase (of its baseline when frozen)
    and the signals of the chosen rule set. Points may be `Point`s or plain
    numbers (None for no data).

    IHI rules (Provost & Murray, The Health Care Data Guide; Perla et al.
    2011), each a pattern random data rarely makes:

    - shift: 6 or more points in a row all above or all below the median;
    - trend: 5 or more points in a row all going up or all going down. Equal
      successive values count once ("if the value of two or more successive
      points is the same, ignore one of the points when counting"): the
      repeat neither adds to the trend nor breaks it;
    - too few or too many runs for the number of useful observations, by the
      table in `IHI_RUNS_TABLE` (10 to 60 useful observations);
    - astronomical point: a point obviously different from the rest. The
      Guide leaves this to the judgement of people who know the process, so
      it is a point the caller flags (`astronomical`, by index). Optionally,
      `astronomical_sd` = k also flags points more than k sample standard
      deviations from the mean of the phase's (baseline) values; this is off
      by default because the extreme point inflates the standard deviation
      it is measured with (with n points no point can be more than
      (n-1)/sqrt(n) sd out, so k = 3 can never fire below 11 points), and
      control charts do this job properly.

    Anhøj rules (Anhøj & Olesen 2014, as in qicharts2), where n is the number
    of useful observations:

    - unusually long run: a run longer than round(log2(n) + 3);
    - unusually few crossings: fewer median crossings than the 5th percentile
      of Binomial(n - 1, 1/2).

    For both rule sets a point exactly on the median neither counts toward a
    run nor breaks it, and is not a useful observation.
    """
    items = [_as_point(p) for p in points]
    values = tuple(p.value for p in items)
    count = len(values)
    for index in astronomical:
        if not 0 <= index < count:
            raise ValueError(f"astronomical point {index} is not in the data")
    if astronomical_sd is not None and astronomical_sd <= 0:
        raise ValueError("astronomical_sd must be positive")
    centre: list[float | None] = [None] * count
    phase_results: list[RunChartPhase] = []
    signals: list[Signal] = []
    for span in _spans(count, phases):
        base = [v for i in span.baseline if (v := values[i]) is not None]
        observed = [(i, v) for i in span.indices if (v := values[i]) is not None]
        median = statistics.median(base) if base else None
        runs = _runs(observed, median) if median is not None else []
        useful = sum(len(run.indices) for run in runs)
        phase_results.append(
            RunChartPhase(
                start=span.start,
                end=span.end,
                label=span.label,
                baseline_end=span.baseline_end if span.frozen else None,
                median=median,
                useful=useful,
                runs=len(runs),
                crossings=max(len(runs) - 1, 0),
                longest_run=max((len(run.indices) for run in runs), default=0),
                runs_range=runs_range(useful),
                longest_run_limit=longest_run_limit(useful) if useful else None,
                min_crossings=min_crossings(useful) if useful else None,
            )
        )
        if median is None:
            continue
        for i in span.indices:
            centre[i] = median
        if rules is RunRules.IHI:
            signals += _ihi_signals(span, observed, runs, median, astronomical, astronomical_sd)
        else:
            signals += _anhoj_signals(span, runs)
    return RunChart(rules, values, tuple(centre), tuple(phase_results), _ordered(signals))


def _ihi_signals(
    span: _Span,
    observed: Sequence[tuple[int, float]],
    runs: Sequence[_Run],
    median: float,
    astronomical: Collection[int],
    astronomical_sd: float | None,
) -> list[Signal]:
    signals = _shifts(runs, IHI_SHIFT, span.number, SignalKind.SHIFT)
    signals += _trends(observed, IHI_TREND, span.number)
    useful = tuple(i for run in runs for i in run.indices)
    limits = runs_range(len(useful))
    if limits is not None and useful:
        low, high = limits
        kind = None
        if len(runs) < low:
            kind = SignalKind.TOO_FEW_RUNS
        elif len(runs) > high:
            kind = SignalKind.TOO_MANY_RUNS
        if kind is not None:
            signals.append(
                Signal(kind, None, useful[0], useful[-1], len(useful), useful, span.number)
            )
    flagged = {i for i, _ in observed if i in astronomical}
    if astronomical_sd is not None:
        base = [v for i, v in observed if i <= span.baseline_end]
        if len(base) >= 2:
            mean = statistics.fmean(base)
            sd = statistics.stdev(base)
            if sd > 0:
                flagged |= {i for i, v in observed if abs(v - mean) > astronomical_sd * sd}
    by_index = dict(observed)
    for i in sorted(flagged):
        value = by_index[i]
        direction = None if _same(value, median) else _side(1 if value > median else -1)
        signals.append(Signal(SignalKind.ASTRONOMICAL, direction, i, i, 1, (i,), span.number))
    return signals


def _anhoj_signals(span: _Span, runs: Sequence[_Run]) -> list[Signal]:
    useful = tuple(i for run in runs for i in run.indices)
    if not useful:
        return []
    signals = [
        Signal(
            SignalKind.LONG_RUN,
            _side(run.side),
            run.indices[0],
            run.indices[-1],
            len(run.indices),
            run.indices,
            span.number,
        )
        for run in runs
        if len(run.indices) > longest_run_limit(len(useful))
    ]
    if len(runs) - 1 < min_crossings(len(useful)):
        signals.append(
            Signal(
                SignalKind.FEW_CROSSINGS,
                None,
                useful[0],
                useful[-1],
                len(useful),
                useful,
                span.number,
            )
        )
    return signals


# --- Control charts -----------------------------------------------------------


def xmr_chart(
    points: Sequence[PointLike],
    phases: Sequence[Phase] = (),
    *,
    multiplier: float = 1.0,
    shift_length: int = CONTROL_SHIFT,
    trend_length: int = CONTROL_TREND,
    screen_moving_ranges: bool = False,
) -> ControlChart:
    """An individuals (X) chart with its moving-range (mR) chart, for
    measurements or counts without a denominator.

    The centre is the mean. The spread is estimated from how much each value
    differs from the one before: sigma = mean moving range / 1.128 (d2 for
    ranges of two points), which reflects short-term, common-cause variation
    and is not inflated by a shift the way the overall standard deviation
    is. Limits are centre +/- 3 sigma; the moving ranges' own upper limit is
    3.267 x the mean moving range. With `screen_moving_ranges`, moving ranges
    above that limit are left out before sigma is estimated (Nelson 1982; an
    option in qicharts2). Ranges that would span a missing point are not
    computed.
    """
    return _control_chart(
        ChartType.XMR,
        points,
        phases,
        multiplier=multiplier,
        shift_length=shift_length,
        trend_length=trend_length,
        screen_moving_ranges=screen_moving_ranges,
    )


def p_chart(
    points: Sequence[Point],
    phases: Sequence[Phase] = (),
    *,
    laney: bool = False,
    multiplier: float = 1.0,
    shift_length: int = CONTROL_SHIFT,
    trend_length: int = CONTROL_TREND,
) -> ControlChart:
    """A p chart for proportions (numerator out of denominator).

    The centre is the pooled proportion p = sum of numerators / sum of
    denominators. Under the binomial model a proportion out of n_i varies
    with sigma_i = sqrt(p (1 - p) / n_i), so limits are p +/- 3 sigma_i,
    wider for small denominators, and clamped to [0, 1]. `multiplier` = 100
    shows percentages.

    With `laney` (the p' chart, Laney 2002), each point is turned into a z
    score z_i = (p_i - p) / sigma_i; sigma_z = mean moving range of the z
    scores / 1.128 measures how much more (or less) the points vary from
    period to period than the binomial model expects, and the limits become
    p +/- 3 sigma_i sigma_z. Use it when denominators are so large that
    nearly every point falls outside ordinary limits (see `laney_advice`).
    """
    return _control_chart(
        ChartType.P_PRIME if laney else ChartType.P,
        points,
        phases,
        multiplier=multiplier,
        shift_length=shift_length,
        trend_length=trend_length,
    )


def u_chart(
    points: Sequence[Point],
    phases: Sequence[Phase] = (),
    *,
    laney: bool = False,
    multiplier: float = 1.0,
    shift_length: int = CONTROL_SHIFT,
    trend_length: int = CONTROL_TREND,
) -> ControlChart:
    """A u chart for rates (events per unit of exposure, e.g. per delivery or
    per 1,000 patient days).

    The centre is the pooled rate u = sum of counts / sum of exposures. Under
    the Poisson model a rate over exposure n_i varies with sigma_i =
    sqrt(u / n_i), so limits are u +/- 3 sigma_i, the lower clamped at 0.
    `multiplier` (100, 1,000...) scales values and limits for display. With
    `laney`, the u' chart: limits u +/- 3 sigma_i sigma_z, as for `p_chart`.
    """
    return _control_chart(
        ChartType.U_PRIME if laney else ChartType.U,
        points,
        phases,
        multiplier=multiplier,
        shift_length=shift_length,
        trend_length=trend_length,
    )


def control_chart(
    chart: ChartType,
    points: Sequence[PointLike],
    phases: Sequence[Phase] = (),
    *,
    multiplier: float = 1.0,
    shift_length: int = CONTROL_SHIFT,
    trend_length: int = CONTROL_TREND,
    screen_moving_ranges: bool = False,
) -> ControlChart:
    """Any control chart by type, with the special-cause tests of the Health
    Care Data Guide (Western Electric / Nelson style), each per phase:

    - a point outside the limits;
    - a shift: `shift_length` (8) or more points in a row on the same side of
      the centre line, points on the line neither counting nor breaking it;
    - a trend: `trend_length` (6) or more points in a row all going up or all
      going down, equal successive values counted once (as on run charts);
    - two out of three points in a row more than two sigma from the centre
      on the same side (points beyond the limits included).

    `screen_moving_ranges` applies to XmR charts only.
    """
    return _control_chart(
        chart,
        points,
        phases,
        multiplier=multiplier,
        shift_length=shift_length,
        trend_length=trend_length,
        screen_moving_ranges=screen_moving_ranges,
    )


def laney_advice(
    points: Sequence[Point],
    chart: ChartType = ChartType.P,
    phases: Sequence[Phase] = (),
    *,
    min_sigma_z: float = 1.5,
    min_denominator: float = 1000.0,
) -> LaneyAdvice:
    """Whether a p' or u' chart is advisable instead of a p or u chart.

    Heuristic: advisable when some phase's sigma_z (the spread of the points'
    z scores, 1 when the binomial or Poisson model fits) is at least
    `min_sigma_z` AND the median denominator is at least `min_denominator`.
    Why both: sigma_z is itself estimated from few points and wanders by
    chance (in simulation of data that fits the model, 95% of estimates fall
    between about 0.55 and 1.6 with 12 points, 0.65 and 1.4 with 24), so only
    clearly larger values show real extra variation; and it is with large
    denominators that
    the model's sigma becomes so small that ordinary, unremarkable
    month-to-month variation puts most points outside the limits, which is
    the problem Laney's chart solves. With small denominators, excess
    variation is better investigated as a possible special cause than
    absorbed into wider limits.
    """
    if chart in (ChartType.P, ChartType.P_PRIME):
        base = p_chart(points, phases)
    elif chart in (ChartType.U, ChartType.U_PRIME):
        base = u_chart(points, phases)
    else:
        raise ValueError("Laney's charts are for proportions (p) and rates (u)")
    sigma_z = tuple(phase.sigma_z for phase in base.phases)
    denominators = [d for p in points if (d := _as_point(p).denominator) is not None and d > 0]
    median_denominator = statistics.median(denominators) if denominators else None
    overdispersed = any(z is not None and z >= min_sigma_z for z in sigma_z)
    large = median_denominator is not None and median_denominator >= min_denominator
    return LaneyAdvice(overdispersed and large, sigma_z, median_denominator)


def _counts(chart: ChartType, items: Sequence[Point]) -> list[tuple[float, float] | None]:
    counts: list[tuple[float, float] | None] = []
    for point in items:
        numerator, denominator = point.numerator, point.denominator
        if denominator is None and point.value is not None:
            raise ValueError("p and u charts need numerators and denominators")
        if denominator is None or denominator == 0:
            counts.append(None)
            continue
        if numerator is None:
            raise ValueError("a point with a denominator needs a numerator")
        if numerator < 0 or denominator < 0:
            raise ValueError("numerators and denominators cannot be negative")
        if chart in (ChartType.P, ChartType.P_PRIME) and numerator > denominator:
            raise ValueError(f"a proportion cannot exceed 1: {numerator}/{denominator}")
        counts.append((numerator, denominator))
    return counts


def _control_chart(
    chart: ChartType,
    points: Sequence[PointLike],
    phases: Sequence[Phase],
    *,
    multiplier: float,
    shift_length: int,
    trend_length: int,
    screen_moving_ranges: bool = False,
) -> ControlChart:
    if not multiplier > 0 or not math.isfinite(multiplier):
        raise ValueError("the multiplier must be a positive number")
    if shift_length < 2 or trend_length < 2:
        raise ValueError("shift and trend lengths must be at least 2")
    items = [_as_point(p) for p in points]
    count = len(items)
    proportion = chart in (ChartType.P, ChartType.P_PRIME)
    laney = chart in (ChartType.P_PRIME, ChartType.U_PRIME)
    if chart is ChartType.XMR:
        counts: list[tuple[float, float] | None] = []
        values = [p.value for p in items]
    else:
        counts = _counts(chart, items)
        values = [None if c is None else c[0] / c[1] for c in counts]

    centre: list[float | None] = [None] * count
    sigma: list[float | None] = [None] * count
    lower: list[float | None] = [None] * count
    upper: list[float | None] = [None] * count
    moving: list[float | None] = [None] * count
    moving_centre: list[float | None] = [None] * count
    moving_upper: list[float | None] = [None] * count
    summaries: list[ControlChartPhase] = []
    signals: list[Signal] = []

    for span in _spans(count, phases):
        phase_sigma: float | None = None
        mean_mr: float | None = None
        sigma_z: float | None = None
        if chart is ChartType.XMR:
            for i in span.indices[1:]:
                if (a := values[i - 1]) is not None and (b := values[i]) is not None:
                    moving[i] = abs(b - a)
            base = [v for i in span.baseline if (v := values[i]) is not None]
            mid = statistics.fmean(base) if base else None
            ranges = [m for i in span.baseline[1:] if (m := moving[i]) is not None]
            if ranges:
                mean_mr = statistics.fmean(ranges)
                kept = [m for m in ranges if m < D4 * mean_mr] if screen_moving_ranges else []
                phase_sigma = (statistics.fmean(kept) if kept else mean_mr) / D2
                for i in span.indices:
                    moving_centre[i] = mean_mr
                    moving_upper[i] = D4 * mean_mr
            for i in span.indices:
                sigma[i] = phase_sigma
        else:
            base_counts = [c for i in span.baseline if (c := counts[i]) is not None]
            exposure = sum(d for _, d in base_counts)
            mid = sum(n for n, _ in base_counts) / exposure if exposure > 0 else None
            if mid is not None:
                for i in span.indices:
                    if (c := counts[i]) is not None:
                        spread = mid * (1 - mid) if proportion else mid
                        sigma[i] = math.sqrt(spread / c[1])
                sigma_z = _sigma_z(span, values, sigma, mid)
                if laney:
                    for i in span.indices:
                        if (s := sigma[i]) is not None and s > 0:
                            sigma[i] = s * sigma_z if sigma_z is not None else None
        for i in span.indices:
            centre[i] = mid
            if mid is not None and (s := sigma[i]) is not None:
                low, high = mid - 3 * s, mid + 3 * s
                if chart is not ChartType.XMR:
                    low = max(low, 0.0)
                if proportion:
                    high = min(high, 1.0)
                lower[i], upper[i] = low, high
        summaries.append(
            ControlChartPhase(
                start=span.start,
                end=span.end,
                label=span.label,
                baseline_end=span.baseline_end if span.frozen else None,
                centre=None if mid is None else mid * multiplier,
                sigma=None if phase_sigma is None else phase_sigma * multiplier,
                mean_moving_range=None if mean_mr is None else mean_mr * multiplier,
                sigma_z=sigma_z,
            )
        )
        if mid is not None:
            signals += _special_causes(
                span, values, mid, sigma, lower, upper, shift_length, trend_length
            )

    def scaled(series: list[float | None]) -> tuple[float | None, ...]:
        return tuple(None if x is None else x * multiplier for x in series)

    return ControlChart(
        chart=chart,
        multiplier=multiplier,
        values=scaled(values),
        centre=scaled(centre),
        sigma=scaled(sigma),
        lower=scaled(lower),
        upper=scaled(upper),
        moving_ranges=scaled(moving),
        moving_range_centre=scaled(moving_centre),
        moving_range_upper=scaled(moving_upper),
        phases=tuple(summaries),
        signals=_ordered(signals),
    )


def _sigma_z(
    span: _Span, values: Sequence[float | None], sigma: Sequence[float | None], mid: float
) -> float | None:
    """Laney's sigma_z from the baseline: mean moving range of the z scores
    of neighbouring points / 1.128. None when fewer than two neighbouring
    points have a z score (a point has none when its sigma is 0)."""
    z: dict[int, float] = {}
    for i in span.baseline:
        if (v := values[i]) is not None and (s := sigma[i]) is not None and s > 0:
            z[i] = (v - mid) / s
    ranges = [abs(z[i] - z[i - 1]) for i in z if i - 1 in z]
    return statistics.fmean(ranges) / D2 if ranges else None


def _special_causes(
    span: _Span,
    values: Sequence[float | None],
    mid: float,
    sigma: Sequence[float | None],
    lower: Sequence[float | None],
    upper: Sequence[float | None],
    shift_length: int,
    trend_length: int,
) -> list[Signal]:
    observed = [(i, v) for i in span.indices if (v := values[i]) is not None]
    signals = []
    for i, v in observed:
        low, high = lower[i], upper[i]
        if high is not None and v > high and not _same(v, high):
            side = Direction.ABOVE
        elif low is not None and v < low and not _same(v, low):
            side = Direction.BELOW
        else:
            continue
        signals.append(Signal(SignalKind.OUTSIDE_LIMITS, side, i, i, 1, (i,), span.number))
    signals += _shifts(_runs(observed, mid), shift_length, span.number, SignalKind.SHIFT)
    signals += _trends(observed, trend_length, span.number)
    signals += _two_of_three(observed, mid, sigma, span.number)
    return signals


def _two_of_three(
    observed: Sequence[tuple[int, float]],
    mid: float,
    sigma: Sequence[float | None],
    phase: int,
) -> list[Signal]:
    """Two out of three points in a row beyond two sigma on the same side.
    Overlapping windows merge into one signal listing the points beyond."""
    signals = []
    for side in (1, -1):
        # Positions in the sequence of observed points, so gaps do not count.
        beyond = [
            (position, i)
            for position, (i, v) in enumerate(observed)
            # A zero sigma has no zones; its off-centre points are outside the limits anyway.
            if (s := sigma[i]) is not None
            and s > 0
            and side * (v - mid) > 2 * s
            and not _same(side * (v - mid), 2 * s)
        ]
        groups: list[list[tuple[int, int]]] = []
        for item in beyond:
            if groups and item[0] - groups[-1][-1][0] <= 2:
                groups[-1].append(item)
            else:
                groups.append([item])
        for group in groups:
            if len(group) >= 2:
                indices = tuple(i for _, i in group)
                signals.append(
                    Signal(
                        SignalKind.TWO_OF_THREE,
                        _side(side),
                        indices[0],
                        indices[-1],
                        len(indices),
                        indices,
                        phase,
                    )
                )
    return signals


# --- Disparities --------------------------------------------------------------


def disparity_ratios(
    group: Sequence[Point], reference: Sequence[Point]
) -> tuple[float | None, ...]:
    """The ratio of a group's rate to the reference group's rate, period by
    period: (numerator / denominator of the group) / (numerator / denominator
    of the reference). 1 means no disparity. None where either denominator is
    0 or missing, or the reference rate is 0 (the ratio is undefined). Chart
    it, and read it with `run_chart`, which skips the None periods."""
    if len(group) != len(reference):
        raise ValueError("the group and the reference must cover the same periods")
    ratios: list[float | None] = []
    for mine, theirs in zip(group, reference, strict=True):
        rates = []
        for point in (mine, theirs):
            numerator, denominator = point.numerator, point.denominator
            if (numerator or 0) < 0 or (denominator or 0) < 0:
                raise ValueError("numerators and denominators cannot be negative")
            rates.append(None if numerator is None or not denominator else numerator / denominator)
        rate, reference_rate = rates
        if rate is None or reference_rate is None or reference_rate == 0:
            ratios.append(None)
        else:
            ratios.append(rate / reference_rate)
    return tuple(ratios)
