"""The SPC rules, each at its edges, and small worked examples computed by hand.

Pure functions: no database, no Django."""

import math
from fractions import Fraction

import pytest

from measures.spc import (
    IHI_RUNS_TABLE,
    ChartType,
    Direction,
    Phase,
    Point,
    RunRules,
    SignalKind,
    control_chart,
    disparity_ratios,
    laney_advice,
    longest_run_limit,
    min_crossings,
    p_chart,
    run_chart,
    runs_range,
    u_chart,
    xmr_chart,
)

# A frozen baseline of 6, 4, 6, 4 pins the median at 5, so later points can
# be put above (7) or below (3) at will.
PINNED = [Phase(0, baseline=4)]
BASE = [6, 4, 6, 4]


def kinds(chart, kind):
    return [s for s in chart.signals if s.kind is kind]


def blocks(lengths):
    """Runs of the given lengths, alternating 2 (above) and 0 (below),
    starting above. With as many 2s as 0s the median is 1."""
    values = []
    for number, length in enumerate(lengths):
        values += [2 if number % 2 == 0 else 0] * length
    assert values.count(2) == values.count(0)
    return values


# --- IHI shift -----------------------------------------------------------------


def test_five_points_above_the_median_are_not_a_shift():
    chart = run_chart([*BASE, 7, 7, 7, 7, 7, 3], PINNED)
    assert chart.phases[0].median == 5
    assert kinds(chart, SignalKind.SHIFT) == []


def test_six_points_above_the_median_are_a_shift():
    chart = run_chart([*BASE, 7, 7, 7, 7, 7, 7, 3], PINNED)
    [shift] = kinds(chart, SignalKind.SHIFT)
    assert shift.direction is Direction.ABOVE
    assert (shift.start, shift.end, shift.length) == (4, 9, 6)
    assert shift.indices == (4, 5, 6, 7, 8, 9)


def test_six_points_below_the_median_are_a_shift_below():
    # The last baseline point (4) is below 5 as well: it starts the run.
    chart = run_chart([*BASE, 3, 3, 3, 3, 3, 7], PINNED)
    [shift] = kinds(chart, SignalKind.SHIFT)
    assert shift.direction is Direction.BELOW
    assert (shift.indices, shift.length) == ((3, 4, 5, 6, 7, 8), 6)


def test_points_on_the_median_neither_break_nor_count_toward_a_shift():
    # Five points above with two on the median between them: still five.
    five = run_chart([*BASE, 7, 7, 5, 7, 5, 7, 7, 3], PINNED)
    assert kinds(five, SignalKind.SHIFT) == []
    six = run_chart([*BASE, 7, 7, 5, 7, 5, 7, 7, 7, 3], PINNED)
    [shift] = kinds(six, SignalKind.SHIFT)
    assert shift.indices == (4, 5, 7, 9, 10, 11)
    assert shift.length == 6


def test_missing_points_neither_break_nor_count_toward_a_shift():
    chart = run_chart([*BASE, 7, 7, None, 7, 7, None, 7, 7, 3], PINNED)
    [shift] = kinds(chart, SignalKind.SHIFT)
    assert shift.indices == (4, 5, 7, 8, 10, 11)
    assert chart.values[6] is None


# --- IHI trend -----------------------------------------------------------------


def test_four_points_going_up_are_not_a_trend():
    assert kinds(run_chart([3, 1, 2, 3, 4, 2]), SignalKind.TREND) == []


def test_five_points_going_up_are_a_trend():
    [trend] = kinds(run_chart([3, 1, 2, 3, 4, 5, 2]), SignalKind.TREND)
    assert trend.direction is Direction.UP
    assert (trend.start, trend.end, trend.length) == (1, 5, 5)
    assert trend.indices == (1, 2, 3, 4, 5)


def test_five_points_going_down_are_a_trend():
    [trend] = kinds(run_chart([1, 9, 8, 7, 6, 5, 7]), SignalKind.TREND)
    assert trend.direction is Direction.DOWN
    assert trend.indices == (1, 2, 3, 4, 5)


def test_an_equal_successive_value_does_not_make_a_trend():
    # 1, 2, 2, 3, 4 is four points once one of the 2s is ignored.
    assert kinds(run_chart([3, 1, 2, 2, 3, 4, 2]), SignalKind.TREND) == []


def test_an_equal_successive_value_does_not_break_a_trend():
    # 1, 2, 2, 3, 4, 5: five points counted, six marked.
    [trend] = kinds(run_chart([3, 1, 2, 2, 3, 4, 5, 2]), SignalKind.TREND)
    assert trend.length == 5
    assert trend.indices == (1, 2, 3, 4, 5, 6)
    [down] = kinds(run_chart([1, 5, 4, 4, 3, 2, 1, 6]), SignalKind.TREND)
    assert down.direction is Direction.DOWN
    assert (down.length, down.indices) == (5, (1, 2, 3, 4, 5, 6))


def test_a_peak_ends_one_trend_and_starts_the_next():
    chart = run_chart([1, 2, 3, 4, 5, 4, 3, 2, 1])
    up, down = kinds(chart, SignalKind.TREND)
    assert up.indices == (0, 1, 2, 3, 4)
    assert down.indices == (4, 5, 6, 7, 8)


def test_a_trend_skips_missing_points():
    [trend] = kinds(run_chart([1, 2, None, 3, 4, 5]), SignalKind.TREND)
    assert trend.indices == (0, 1, 3, 4, 5)


# --- IHI runs table ------------------------------------------------------------


def test_the_runs_table_covers_10_to_60_useful_observations():
    assert sorted(IHI_RUNS_TABLE) == list(range(10, 61))
    assert runs_range(9) is None
    assert runs_range(61) is None
    assert runs_range(10) == (3, 9)
    assert runs_range(20) == (6, 16)
    assert runs_range(60) == (24, 38)


def _runs_distribution(above, below):
    """Swed & Eisenhart: the exact distribution of the number of runs when
    `above` and `below` points are arranged at random."""
    total = math.comb(above + below, above)
    out = {}
    for runs in range(2, above + below + 1):
        k, odd = divmod(runs, 2)
        if odd:
            ways = math.comb(above - 1, k - 1) * math.comb(below - 1, k) + math.comb(
                above - 1, k
            ) * math.comb(below - 1, k - 1)
        else:
            ways = 2 * math.comb(above - 1, k - 1) * math.comb(below - 1, k - 1)
        out[runs] = Fraction(ways, total)
    return out


def test_the_runs_table_is_a_sensible_test_at_about_5_percent():
    # A consistency check of the transcribed table rather than a proof of it:
    # limits straddle the expected number of runs (n/2 + 1), never shrink as n
    # grows, and each tail holds at most about 3.5% of random arrangements of
    # n/2 points above and n/2 below the median.
    previous = (0, 0)
    for useful, (low, high) in IHI_RUNS_TABLE.items():
        assert low < useful / 2 + 1 < high
        assert low >= previous[0] and high >= previous[1]
        previous = (low, high)
        odds = _runs_distribution(useful // 2, useful - useful // 2)
        assert sum(p for r, p in odds.items() if r < low) <= Fraction(35, 1000)
        assert sum(p for r, p in odds.items() if r > high) <= Fraction(35, 1000)


def test_too_few_runs_at_the_table_edge():
    # 20 useful observations: fewer than 6 runs is too few.
    five = run_chart(blocks([3, 4, 4, 6, 3]))
    assert (five.phases[0].useful, five.phases[0].runs) == (20, 5)
    [few] = kinds(five, SignalKind.TOO_FEW_RUNS)
    assert few.direction is None
    assert (few.start, few.end, few.length) == (0, 19, 20)
    six = run_chart(blocks([3, 3, 3, 3, 4, 4]))
    assert six.phases[0].runs == 6
    assert kinds(six, SignalKind.TOO_FEW_RUNS) == []


def test_too_many_runs_at_the_table_edge():
    # 20 useful observations: more than 16 runs is too many.
    seventeen = run_chart(blocks([2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
    assert seventeen.phases[0].runs == 17
    [many] = kinds(seventeen, SignalKind.TOO_MANY_RUNS)
    assert many.length == 20
    sixteen = run_chart(blocks([2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
    assert sixteen.phases[0].runs == 16
    assert kinds(sixteen, SignalKind.TOO_MANY_RUNS) == []


def test_runs_at_the_smallest_table_row():
    # 10 useful observations: fewer than 3 runs is too few, more than 9 too many.
    assert kinds(run_chart(blocks([5, 5])), SignalKind.TOO_FEW_RUNS) != []
    assert kinds(run_chart(blocks([2, 5, 3])), SignalKind.TOO_FEW_RUNS) == []
    assert kinds(run_chart(blocks([1] * 10)), SignalKind.TOO_MANY_RUNS) != []
    assert kinds(run_chart(blocks([1, 2, 1, 1, 1, 1, 1, 1, 1])), SignalKind.TOO_MANY_RUNS) == []


def test_points_on_the_median_are_not_useful_observations():
    # Nine 2s, nine 0s and two 1s: the median is 1, 18 useful observations.
    values = blocks([3, 3, 3, 3, 3, 3])
    values[3:3] = [1, 1]
    chart = run_chart(values)
    phase = chart.phases[0]
    assert (phase.median, phase.useful, phase.runs) == (1, 18, 6)
    assert phase.runs_range == (6, 14)


def test_no_runs_verdict_below_ten_useful_observations():
    chart = run_chart([0, 2, 0, 0, 0, 0, 2, 2, 2], [Phase(0, baseline=2)])
    assert (chart.phases[0].useful, chart.phases[0].runs) == (9, 4)
    assert chart.phases[0].runs_range is None
    assert kinds(chart, SignalKind.TOO_FEW_RUNS) == []


# --- IHI astronomical point ----------------------------------------------------


def test_an_astronomical_point_is_one_the_caller_flags():
    values = [5, 6, 5, 6, 5, 40, 6, 5]
    assert kinds(run_chart(values), SignalKind.ASTRONOMICAL) == []
    [point] = kinds(run_chart(values, astronomical={5}), SignalKind.ASTRONOMICAL)
    assert (point.start, point.end, point.direction, point.length) == (5, 5, Direction.ABOVE, 1)


def test_an_astronomical_point_can_be_screened_by_standard_deviations():
    values = [10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 60, 11]
    [point] = kinds(run_chart(values, astronomical_sd=3), SignalKind.ASTRONOMICAL)
    assert point.indices == (10,)
    # Ten points cannot put any one of them 3 sd out: (n - 1) / sqrt(n) < 3.
    short = [10, 11, 10, 12, 11, 10, 11, 12, 10, 60]
    assert kinds(run_chart(short, astronomical_sd=3), SignalKind.ASTRONOMICAL) == []


def test_a_flagged_point_outside_the_data_is_refused():
    with pytest.raises(ValueError):
        run_chart([1, 2, 3], astronomical={3})


# --- Anhøj rules ---------------------------------------------------------------


def _qbinom_05(trials):
    """R's qbinom(0.05, trials, 0.5), written independently with fractions."""
    cumulative = Fraction(0)
    for k in range(trials + 1):
        cumulative += Fraction(math.comb(trials, k), 2**trials)
        if cumulative >= Fraction(5, 100):
            return k
    raise AssertionError


@pytest.mark.parametrize("n", [10, 11, 12, 20, 24, 30, 40])
def test_anhoj_limits_follow_the_formulas(n):
    assert longest_run_limit(n) == math.floor(math.log2(n) + 3 + 0.5)
    assert min_crossings(n) == _qbinom_05(n - 1)


def test_anhoj_limits_match_the_published_table():
    # Anhøj & Olesen 2014, Table 1 (longest run above which, crossings below
    # which, there is a signal), as recalled rather than re-read here; the
    # formula test above stands on its own either way.
    published = {10: (6, 2), 11: (6, 2), 12: (7, 3), 20: (7, 6), 24: (8, 8), 30: (8, 10)}
    for n, limits in published.items():
        assert (longest_run_limit(n), min_crossings(n)) == limits
    assert (longest_run_limit(40), min_crossings(40)) == (8, 14)


def test_a_run_one_longer_than_the_limit_is_unusually_long():
    # 20 useful observations: a run longer than 7 is a signal.
    eight = run_chart(blocks([8, 2, 2, 8]), rules=RunRules.ANHOJ)
    assert eight.phases[0].longest_run_limit == 7
    first, second = kinds(eight, SignalKind.LONG_RUN)
    assert (first.direction, first.indices) == (Direction.ABOVE, tuple(range(8)))
    assert (second.direction, second.indices) == (Direction.BELOW, tuple(range(12, 20)))
    seven = run_chart(blocks([7, 3, 3, 7]), rules=RunRules.ANHOJ)
    assert seven.phases[0].longest_run == 7
    assert kinds(seven, SignalKind.LONG_RUN) == []


def test_one_crossing_fewer_than_the_limit_is_too_few():
    # 20 useful observations: fewer than 6 crossings is a signal.
    five = run_chart(blocks([3, 3, 3, 3, 4, 4]), rules=RunRules.ANHOJ)
    assert (five.phases[0].crossings, five.phases[0].min_crossings) == (5, 6)
    [few] = kinds(five, SignalKind.FEW_CROSSINGS)
    assert (few.direction, few.length, few.start, few.end) == (None, 20, 0, 19)
    six = run_chart(blocks([3, 4, 3, 3, 2, 3, 2]), rules=RunRules.ANHOJ)
    assert six.phases[0].crossings == 6
    assert six.signals == ()


def test_anhoj_skips_points_on_the_median():
    values = blocks([3, 4, 3, 3, 2, 3, 2])
    with_ties = values[:5] + [1] + values[5:12] + [1, 1] + values[12:]
    chart = run_chart(with_ties, rules=RunRules.ANHOJ)
    phase = chart.phases[0]
    assert (phase.median, phase.useful, phase.crossings, phase.longest_run) == (1, 20, 6, 4)
    assert chart.signals == ()


def test_anhoj_ignores_trends_and_the_runs_table():
    chart = run_chart([1, 2, 3, 4, 5, 6, 7, 1, 9, 2, 8], rules=RunRules.ANHOJ)
    assert kinds(chart, SignalKind.TREND) == []


# --- A worked example, read as qicharts2 would -----------------------------------


def test_worked_run_chart_example():
    # 25 months of a percentage; a change after month 12.
    y = [62, 58, 65, 60, 57, 63, 61, 59, 64, 60, 58, 62]
    y += [66, 68, 64, 70, 67, 69, 71, 66, 68, 72, 65, 69, 63]
    # Sorted, the 13th of 25 values is 64: the median. Points 8 and 14 (both
    # 64) lie on it and are skipped, leaving 23 useful observations.
    # Sides (A above, B below, . on the median):
    #   B B A B B B B B . B B B A A . A A A A A A A A A B
    # Runs: BB | A | BBBBB-BBB (8, across the skipped point) | AA-AAAAAAAAA
    # (11) | B  ->  5 runs, 4 crossings, longest run 11.
    anhoj = run_chart(y, rules=RunRules.ANHOJ)
    phase = anhoj.phases[0]
    assert phase.median == 64
    assert (phase.useful, phase.runs, phase.crossings, phase.longest_run) == (23, 5, 4, 11)
    # qicharts2: longest.run.max = round(log2(23) + 3) = round(7.52) = 8;
    # n.crossings.min = qbinom(0.05, 22, 0.5) = 7.  11 > 8 and 4 < 7: runs.signal.
    assert (phase.longest_run_limit, phase.min_crossings) == (8, 7)
    assert [(s.kind, s.direction, s.start, s.end, s.length) for s in anhoj.signals] == [
        (SignalKind.FEW_CROSSINGS, None, 0, 24, 23),
        (SignalKind.LONG_RUN, Direction.ABOVE, 12, 23, 11),
    ]
    long_run = kinds(anhoj, SignalKind.LONG_RUN)[0]
    assert 14 not in long_run.indices
    # IHI: 23 useful observations allow 7 to 17 runs; 5 is too few. Both long
    # runs are shifts (8 and 11 >= 6). No five points go steadily up or down.
    ihi = run_chart(y)
    assert ihi.phases[0].runs_range == (7, 17)
    assert [(s.kind, s.direction, s.start, s.end, s.length) for s in ihi.signals] == [
        (SignalKind.TOO_FEW_RUNS, None, 0, 24, 23),
        (SignalKind.SHIFT, Direction.BELOW, 3, 11, 8),
        (SignalKind.SHIFT, Direction.ABOVE, 12, 23, 11),
    ]
    assert ihi.centre == (64,) * 25


# --- Phases and frozen baselines on run charts ----------------------------------


def test_each_phase_has_its_own_median_and_runs():
    before = [5, 7, 5, 7, 5, 7]
    after = [9, 11, 9, 11, 9, 11]
    chart = run_chart(before + after, [Phase(6, label="Bundle adopted")])
    first, second = chart.phases
    assert (first.start, first.end, first.median) == (0, 5, 6)
    assert (second.start, second.end, second.median, second.label) == (6, 11, 10, "Bundle adopted")
    assert chart.centre == (6,) * 6 + (10,) * 6
    # The six points after the change are all above the first median, but a
    # run does not cross into another phase.
    assert kinds(chart, SignalKind.SHIFT) == []


def test_a_frozen_baseline_median_is_extended_over_the_phase():
    values = [4, 6, 4, 6, 9, 9, 9, 9, 9, 9]
    frozen = run_chart(values, [Phase(0, baseline=4)])
    assert frozen.phases[0].median == 5
    assert frozen.phases[0].baseline_end == 3
    [shift] = kinds(frozen, SignalKind.SHIFT)
    assert shift.indices == (3, 4, 5, 6, 7, 8, 9)
    moving = run_chart(values)
    assert moving.phases[0].median == 9
    assert moving.phases[0].baseline_end is None


def test_a_baseline_longer_than_the_phase_uses_the_whole_phase():
    chart = run_chart([1, 2, 3], [Phase(0, baseline=12)])
    assert chart.phases[0].median == 2
    assert chart.phases[0].baseline_end == 2


def test_points_before_the_first_phase_form_a_phase_and_late_phases_are_ignored():
    chart = run_chart([1, 2, 3, 4], [Phase(2, label="b"), Phase(9, label="future")])
    assert [(p.start, p.end, p.label) for p in chart.phases] == [(0, 1, ""), (2, 3, "b")]


@pytest.mark.parametrize(
    "phases",
    [[Phase(-1)], [Phase(0), Phase(0)], [Phase(0, baseline=0)]],
)
def test_bad_phases_are_refused(phases):
    with pytest.raises(ValueError):
        run_chart([1, 2, 3], phases)


def test_empty_and_missing_data():
    assert run_chart([]).phases == ()
    chart = run_chart([None, None])
    assert chart.phases[0].median is None
    assert chart.signals == ()


# --- XmR charts ----------------------------------------------------------------


def test_xmr_limits_worked_example():
    # Mean (10 + 12 + 11 + 14 + 13) / 5 = 12. Moving ranges 2, 1, 3, 1: mean
    # 1.75, sigma 1.75 / 1.128 = 1.5514, limits 12 +/- 4.6543 = 7.3457 and
    # 16.6543. The mR chart's upper limit is 3.267 x 1.75 = 5.71725.
    chart = xmr_chart([10, 12, 11, 14, 13])
    phase = chart.phases[0]
    assert phase.centre == 12
    assert phase.mean_moving_range == pytest.approx(1.75)
    assert phase.sigma == pytest.approx(1.5514, abs=1e-4)
    assert chart.lower[0] == pytest.approx(7.3457, abs=1e-4)
    assert chart.upper[4] == pytest.approx(16.6543, abs=1e-4)
    assert chart.moving_ranges == (None, 2, 1, 3, 1)
    assert chart.moving_range_centre == (1.75,) * 5
    assert chart.moving_range_upper[0] == pytest.approx(5.71725)
    assert chart.signals == ()


def test_xmr_moving_ranges_skip_missing_points():
    chart = xmr_chart([10, 12, None, 14, 13])
    assert chart.moving_ranges == (None, 2, None, None, 1)
    assert chart.phases[0].mean_moving_range == pytest.approx(1.5)
    assert chart.upper[2] is not None


def test_a_point_outside_the_limits():
    # Baseline 9, 11, 9, 11, 9, 11: mean 10, moving ranges all 2, sigma 1.773,
    # limits 4.68 to 15.32.
    chart = xmr_chart([9, 11, 9, 11, 9, 11, 16, 10, 4], [Phase(0, baseline=6)])
    assert chart.upper[0] == pytest.approx(10 + 3 * 2 / 1.128)
    above, below = kinds(chart, SignalKind.OUTSIDE_LIMITS)
    assert (above.indices, above.direction) == ((6,), Direction.ABOVE)
    assert (below.indices, below.direction) == ((8,), Direction.BELOW)
    assert chart.values[6] == 16


def test_screening_moving_ranges_leaves_out_the_big_jump():
    values = [10, 11, 10, 11, 10, 30, 10, 11]
    # Moving ranges 1, 1, 1, 1, 20, 20, 1: mean 45 / 7; the limit 3.267 x 6.43
    # = 21.0 keeps every range, so screening changes nothing here...
    assert xmr_chart(values, screen_moving_ranges=True).phases[0].sigma == pytest.approx(
        xmr_chart(values).phases[0].sigma
    )
    # ...but with more calm points the jump's ranges are screened out.
    calm = [10, 11] * 8 + [40] + [10, 11] * 4
    plain = xmr_chart(calm).phases[0]
    screened = xmr_chart(calm, screen_moving_ranges=True).phases[0]
    assert plain.mean_moving_range == screened.mean_moving_range
    assert screened.sigma == pytest.approx(1 / 1.128)
    assert plain.sigma > screened.sigma


def test_a_single_point_has_no_limits():
    chart = xmr_chart([5])
    assert chart.centre == (5,)
    assert chart.upper == (None,)
    assert chart.phases[0].sigma is None


# --- Control chart special-cause tests ---------------------------------------------


# Baseline 9, 11 (x3): centre 10, sigma 2 / 1.128 = 1.773, two sigma 3.546.
XMR_BASE = [9, 11, 9, 11, 9, 11]
XMR_PINNED = [Phase(0, baseline=6)]


def test_control_shift_needs_eight_points_by_default():
    seven = xmr_chart([*XMR_BASE, 8, *[12] * 7, 8], XMR_PINNED)
    assert seven.phases[0].centre == 10
    assert kinds(seven, SignalKind.SHIFT) == []
    eight = xmr_chart([*XMR_BASE, 8, *[12] * 8, 8], XMR_PINNED)
    [shift] = kinds(eight, SignalKind.SHIFT)
    assert (shift.direction, shift.start, shift.end, shift.length) == (Direction.ABOVE, 7, 14, 8)


def test_control_shift_length_is_a_parameter():
    values = [*XMR_BASE, 8, *[12] * 6, 8]
    assert kinds(xmr_chart(values, XMR_PINNED), SignalKind.SHIFT) == []
    [shift] = kinds(xmr_chart(values, XMR_PINNED, shift_length=6), SignalKind.SHIFT)
    assert shift.length == 6


def test_points_on_the_centre_line_neither_break_nor_count_toward_a_control_shift():
    seven = xmr_chart([*XMR_BASE, 8, 12, 12, 12, 10, 12, 12, 12, 12, 8], XMR_PINNED)
    assert kinds(seven, SignalKind.SHIFT) == []
    eight = xmr_chart([*XMR_BASE, 8, 12, 12, 12, 10, 12, 12, 12, 12, 12, 8], XMR_PINNED)
    [shift] = kinds(eight, SignalKind.SHIFT)
    assert shift.indices == (7, 8, 9, 11, 12, 13, 14, 15)


def test_control_trend_needs_six_points():
    five = xmr_chart([*XMR_BASE, 8, 9, 10, 11, 12, 9], XMR_PINNED)
    assert kinds(five, SignalKind.TREND) == []
    six = xmr_chart([*XMR_BASE, 8, 9, 10, 11, 12, 13, 9], XMR_PINNED)
    [trend] = kinds(six, SignalKind.TREND)
    assert (trend.direction, trend.indices) == (Direction.UP, (6, 7, 8, 9, 10, 11))
    ties = xmr_chart([*XMR_BASE, 8, 9, 9, 10, 11, 12, 13, 9], XMR_PINNED)
    [trend] = kinds(ties, SignalKind.TREND)
    assert (trend.length, trend.indices) == (6, (6, 7, 8, 9, 10, 11, 12))


def test_two_out_of_three_beyond_two_sigma():
    [signal] = kinds(xmr_chart([*XMR_BASE, 14, 10, 14], XMR_PINNED), SignalKind.TWO_OF_THREE)
    assert (signal.direction, signal.indices, signal.length) == (Direction.ABOVE, (6, 8), 2)
    # Two in a row, and three in a row with one beyond the limits, count too.
    [pair] = kinds(xmr_chart([*XMR_BASE, 14, 14], XMR_PINNED), SignalKind.TWO_OF_THREE)
    assert pair.indices == (6, 7)
    [low] = kinds(xmr_chart([*XMR_BASE, 6, 4, 6], XMR_PINNED), SignalKind.TWO_OF_THREE)
    assert (low.direction, low.indices) == (Direction.BELOW, (6, 7, 8))


def test_two_beyond_two_sigma_but_not_within_three_points():
    chart = xmr_chart([*XMR_BASE, 14, 10, 10, 14], XMR_PINNED)
    assert kinds(chart, SignalKind.TWO_OF_THREE) == []
    opposite = xmr_chart([*XMR_BASE, 14, 10, 6], XMR_PINNED)
    assert kinds(opposite, SignalKind.TWO_OF_THREE) == []
    # 13.5 is within two sigma (13.546).
    near = xmr_chart([*XMR_BASE, 14, 13.5, 10], XMR_PINNED)
    assert kinds(near, SignalKind.TWO_OF_THREE) == []


def test_control_chart_phases_have_their_own_centre_and_sigma():
    values = [9, 11, 9, 11, 9, 11, 19, 21, 19, 21, 19, 21]
    chart = xmr_chart(values, [Phase(6, label="after")])
    first, second = chart.phases
    assert (first.centre, second.centre) == (10, 20)
    assert first.sigma == pytest.approx(2 / 1.128)
    # The jump from 11 to 19 straddles the phases and is not a moving range.
    assert chart.moving_ranges[6] is None
    assert second.mean_moving_range == pytest.approx(2)
    assert chart.signals == ()


def test_a_frozen_baseline_sets_centre_and_sigma_from_its_first_points():
    chart = xmr_chart([9, 11, 9, 11, 20, 20, 20], [Phase(0, baseline=4)])
    phase = chart.phases[0]
    assert (phase.centre, phase.baseline_end) == (10, 3)
    assert phase.sigma == pytest.approx(2 / 1.128)
    assert [s.indices for s in kinds(chart, SignalKind.OUTSIDE_LIMITS)] == [(4,), (5,), (6,)]


def test_control_rules_need_sensible_settings():
    with pytest.raises(ValueError):
        xmr_chart([1, 2, 3], shift_length=1)
    with pytest.raises(ValueError):
        p_chart([Point.ratio(1, 2)], multiplier=0)


# --- p charts ------------------------------------------------------------------


def test_p_chart_worked_example():
    # p = (2 + 3 + 5) / (20 + 30 + 50) = 0.1. For n = 20, sigma =
    # sqrt(0.1 x 0.9 / 20) = 0.067082, upper 0.1 + 0.201246 = 0.301246 and
    # lower -0.101246, clamped to 0. For n = 50, sigma 0.042426, upper
    # 0.227279. The fourth period has no denominator: no value, no limits.
    points = [Point.ratio(2, 20), Point.ratio(3, 30), Point.ratio(5, 50), Point.ratio(0, 0)]
    chart = p_chart(points)
    assert chart.chart is ChartType.P
    assert chart.phases[0].centre == pytest.approx(0.1)
    assert chart.sigma[0] == pytest.approx(0.067082, abs=1e-6)
    assert chart.upper[0] == pytest.approx(0.301246, abs=1e-6)
    assert chart.lower[0] == 0
    assert chart.upper[2] == pytest.approx(0.227279, abs=1e-6)
    assert chart.values[:3] == pytest.approx((0.1, 0.1, 0.1))
    assert (chart.values[3], chart.upper[3], chart.lower[3]) == (None, None, None)
    assert chart.phases[0].sigma_z is not None


def test_p_chart_upper_limit_is_clamped_at_one_and_percent_multiplier():
    # p = 18 / 20 = 0.9; n = 4: sigma 0.15, upper 1.35 -> 1 (100%).
    points = [Point.ratio(4, 4), Point.ratio(14, 16)]
    chart = p_chart(points, multiplier=100)
    assert chart.centre[0] == pytest.approx(90)
    assert chart.upper[0] == pytest.approx(100)
    assert chart.lower[0] == pytest.approx(45)
    assert chart.values[0] == pytest.approx(100)


def test_p_chart_lower_clamp_is_not_a_signal():
    points = [Point.ratio(n, 10) for n in (1, 0, 2, 1, 0, 1)]
    chart = p_chart(points)
    assert chart.lower[1] == 0
    assert kinds(chart, SignalKind.OUTSIDE_LIMITS) == []


def test_p_chart_point_above_the_limit():
    points = [Point.ratio(n, 100) for n in (10, 12, 9, 11, 10, 30)]
    chart = p_chart(points, [Phase(0, baseline=5)])
    # p = 52 / 500 = 0.104, sigma 0.030527, upper 0.195581.
    assert chart.upper[5] == pytest.approx(0.104 + 3 * math.sqrt(0.104 * 0.896 / 100))
    [signal] = kinds(chart, SignalKind.OUTSIDE_LIMITS)
    assert signal.indices == (5,)


def test_a_first_event_after_a_baseline_without_any_is_outside_zero_width_limits():
    points = [Point.ratio(0, 50)] * 4 + [Point.ratio(1, 50)]
    chart = p_chart(points, [Phase(0, baseline=4)])
    assert (chart.lower[4], chart.upper[4]) == (0, 0)
    assert [s.kind for s in chart.signals] == [SignalKind.OUTSIDE_LIMITS]


@pytest.mark.parametrize(
    "point",
    [Point.ratio(6, 5), Point(0.5, -1, 2), Point(0.5, None, 2), Point(0.5)],
)
def test_p_chart_refuses_impossible_counts(point):
    with pytest.raises(ValueError):
        p_chart([point])


# --- u charts ------------------------------------------------------------------


def test_u_chart_worked_example_per_thousand():
    # u = (4 + 6 + 2) / (200 + 300 + 100) = 0.02 per unit, 20 per 1,000.
    # Exposure 200: sigma sqrt(0.02 / 200) = 0.01, limits 0.05 and -0.01 -> 0.
    # Exposure 100: sigma 0.014142, upper 0.062426.
    points = [Point.ratio(4, 200), Point.ratio(6, 300), Point.ratio(2, 100)]
    chart = u_chart(points, multiplier=1000)
    assert chart.phases[0].centre == pytest.approx(20)
    assert chart.sigma[0] == pytest.approx(10)
    assert chart.upper[0] == pytest.approx(50)
    assert chart.lower[0] == 0
    assert chart.upper[2] == pytest.approx(62.426, abs=1e-3)
    assert chart.values == pytest.approx((20, 20, 20))


def test_u_chart_allows_rates_above_one():
    chart = u_chart([Point.ratio(30, 10), Point.ratio(20, 10)])
    assert chart.centre[0] == pytest.approx(2.5)
    assert chart.upper[0] == pytest.approx(2.5 + 3 * 0.5)


# --- Laney p' and u' -------------------------------------------------------------


def test_laney_sigma_z_worked_example():
    # p = 550 / 4000 = 0.1375; sigma_i = sqrt(0.1375 x 0.8625 / 1000) =
    # 0.010890. z = -3.4435, 1.1478, -1.6070, 3.9026; moving ranges 4.5913,
    # 2.7548, 5.5096, mean 4.2853; sigma_z = 4.2853 / 1.128 = 3.7990.
    # Limits 0.1375 +/- 3 x 0.010890 x 3.7990 = 0.013387 and 0.261613. (With
    # equal denominators p' reduces to an XmR chart of the proportions:
    # mean |change| 0.046667 / 1.128 = 0.041371 = sigma_i x sigma_z.)
    points = [Point.ratio(n, 1000) for n in (100, 150, 120, 180)]
    chart = p_chart(points, laney=True)
    assert chart.chart is ChartType.P_PRIME
    assert chart.phases[0].sigma_z == pytest.approx(3.7990, abs=1e-4)
    assert chart.lower[0] == pytest.approx(0.013387, abs=1e-6)
    assert chart.upper[0] == pytest.approx(0.261613, abs=1e-6)
    assert chart.sigma[0] == pytest.approx(0.041371, abs=1e-6)
    xmr = xmr_chart([p.value for p in points])
    assert chart.upper[0] == pytest.approx(xmr.upper[0])
    # The plain p chart flags the two points with |z| > 3; the p' chart none.
    assert [s.indices for s in kinds(p_chart(points), SignalKind.OUTSIDE_LIMITS)] == [(0,), (3,)]
    assert kinds(chart, SignalKind.OUTSIDE_LIMITS) == []


def test_laney_with_unequal_denominators():
    counts = [(50, 1000), (90, 2000), (80, 1500), (40, 1000)]
    chart = p_chart([Point.ratio(n, d) for n, d in counts], laney=True)
    p = 260 / 5500
    sigmas = [math.sqrt(p * (1 - p) / d) for _, d in counts]
    z = [(n / d - p) / s for (n, d), s in zip(counts, sigmas, strict=True)]
    sigma_z = sum(abs(b - a) for a, b in zip(z, z[1:], strict=False)) / 3 / 1.128
    assert chart.phases[0].sigma_z == pytest.approx(sigma_z)
    for i, s in enumerate(sigmas):
        assert chart.upper[i] == pytest.approx(p + 3 * s * sigma_z)
        assert chart.lower[i] == pytest.approx(max(0, p - 3 * s * sigma_z))


def test_laney_u_prime():
    counts = [(120, 10_000), (180, 12_000), (90, 9_000), (200, 11_000)]
    chart = u_chart([Point.ratio(n, d) for n, d in counts], laney=True, multiplier=1000)
    assert chart.chart is ChartType.U_PRIME
    u = 590 / 42_000
    z = [(n / d - u) / math.sqrt(u / d) for n, d in counts]
    sigma_z = sum(abs(b - a) for a, b in zip(z, z[1:], strict=False)) / 3 / 1.128
    assert chart.phases[0].sigma_z == pytest.approx(sigma_z)
    assert chart.upper[1] == pytest.approx(1000 * (u + 3 * math.sqrt(u / 12_000) * sigma_z))


def test_laney_advice():
    big = [Point.ratio(n, 10_000) for n in (1000, 1500, 1200, 1800, 1100, 1600)]
    advice = laney_advice(big)
    assert advice.advisable
    assert advice.median_denominator == 10_000
    assert advice.sigma_z[0] > 1.5
    # The same proportions out of 100: the spread is what the binomial expects.
    small = [Point.ratio(n, 100) for n in (10, 15, 12, 18, 11, 16)]
    assert not laney_advice(small).advisable
    assert laney_advice(small).sigma_z[0] < 1.5
    # Large denominators that fit the model.
    steady = [Point.ratio(n, 10_000) for n in (1000, 1010, 995, 1005, 990, 1000)]
    assert not laney_advice(steady).advisable
    with pytest.raises(ValueError):
        laney_advice(big, ChartType.XMR)


def test_control_chart_dispatches_by_type():
    points = [Point.ratio(n, 100) for n in (10, 12, 9)]
    assert control_chart(ChartType.P, points).upper == p_chart(points).upper
    assert control_chart(ChartType.U_PRIME, points).upper == u_chart(points, laney=True).upper
    assert control_chart(ChartType.XMR, [1, 2, 3]).centre == (2, 2, 2)


# --- Disparity ratios ------------------------------------------------------------


def test_disparity_ratios():
    group = [Point.ratio(10, 100), Point.ratio(5, 0), Point.ratio(0, 50), Point.ratio(3, 30)]
    group.append(Point.ratio(0, 40))
    reference = [Point.ratio(20, 100), Point.ratio(4, 40), Point.ratio(0, 60), Point.ratio(0, 0)]
    reference.append(Point.ratio(2, 40))
    # 0.1 / 0.2; group denominator 0; reference rate 0; reference
    # denominator 0; a zero group rate against a positive reference is 0.
    assert disparity_ratios(group, reference) == (0.5, None, None, None, 0.0)


def test_disparity_ratios_feed_a_run_chart():
    group = [Point.ratio(n, 100) for n in (20, 22, 21, 23, 20, 22, 12, 11, 12, 10, 11, 12)]
    reference = [Point.ratio(10, 100)] * 12
    ratios = disparity_ratios(group, reference)
    chart = run_chart(ratios)
    assert chart.phases[0].median == pytest.approx(1.6)
    assert len(kinds(chart, SignalKind.SHIFT)) == 2


def test_disparity_ratios_need_aligned_series():
    with pytest.raises(ValueError):
        disparity_ratios([Point.ratio(1, 2)], [])
    with pytest.raises(ValueError):
        disparity_ratios([Point(None, -1, 2)], [Point.ratio(1, 2)])


# --- Inputs ----------------------------------------------------------------------


def test_points_and_plain_numbers_are_interchangeable():
    assert run_chart([Point(1), Point(2), Point(None)]) == run_chart([1, 2, None])


def test_non_finite_values_are_refused():
    with pytest.raises(ValueError):
        run_chart([1, math.nan, 3])
    with pytest.raises(ValueError):
        xmr_chart([1, math.inf])


def test_signal_indices_collects_every_marked_point():
    chart = run_chart([*BASE, 7, 7, 7, 7, 7, 7, 3], PINNED)
    assert chart.signal_indices == frozenset(range(4, 10))
