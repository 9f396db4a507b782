"""From a team's entries to charts: the series keeps gaps as gaps, the
measure's type picks the control chart, the findings are plain sentences,
and the drawing breaks its line where a month has no data."""

from datetime import date

from measures import charts, spc
from measures.models import DataType, Entry, Frequency, Measure


def _entries(measure: Measure, values: dict[date, float]) -> list[Entry]:
    if measure.has_denominator:
        return [
            Entry(measure=measure, period=p, numerator=v, denominator=100)
            for p, v in values.items()
        ]
    return [Entry(measure=measure, period=p, value=v) for p, v in values.items()]


def _monthly(values: list[float | None], start: date = date(2025, 1, 1)) -> dict[date, float]:
    found = {}
    for i, value in enumerate(values):
        if value is not None:
            found[
                date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1)
            ] = value
    return found


def test_a_missing_month_is_a_gap_not_a_zero():
    measure = Measure(name="Crib audits", data_type=DataType.COUNT)
    series = charts.series_of(measure, _entries(measure, _monthly([4, 5, None, 6])))
    assert [p.start.month for p in series] == [1, 2, 3, 4]
    assert [p.point.value for p in series] == [4, 5, None, 6]
    drawn = charts.charts_for(measure, [p.entry for p in series if p.entry], None)
    drawing = charts.run_drawing(drawn)
    assert len(drawing["path"]) == 2  # the line breaks at March


def test_quarterly_measures_step_by_quarter():
    measure = Measure(name="Ten Steps", data_type=DataType.LEVEL, frequency=Frequency.QUARTERLY)
    entries = _entries(measure, {date(2025, 1, 1): 2, date(2025, 7, 1): 3})
    series = charts.series_of(measure, entries)
    assert [p.start for p in series] == [date(2025, 1, 1), date(2025, 4, 1), date(2025, 7, 1)]
    assert charts.charts_for(measure, entries, None).labels == ["Q1 2025", "Q2 2025", "Q3 2025"]


def test_the_type_picks_the_control_chart():
    points = [spc.Point.ratio(40, 100)] * 12
    picks = {
        kind: charts.control_type(Measure(data_type=kind), points)
        for kind in (DataType.COUNT, DataType.MEAN, DataType.PROPORTION, DataType.RATE)
    }
    assert picks == {
        DataType.COUNT: spc.ChartType.XMR,
        DataType.MEAN: spc.ChartType.XMR,
        DataType.PROPORTION: spc.ChartType.P,
        DataType.RATE: spc.ChartType.U,
    }
    assert charts.control_type(Measure(data_type=DataType.YES_NO), points) is None
    # Thousands of births a month spread more than the binomial allows: p′.
    wide = [spc.Point.ratio(n, 5000) for n in (1500, 1800, 1400, 2000, 1300, 1900) * 2]
    assert (
        charts.control_type(Measure(data_type=DataType.PROPORTION), wide) == spc.ChartType.P_PRIME
    )


def test_few_periods_say_so_and_a_steady_series_says_no_signal():
    measure = Measure(name="Crib audits", data_type=DataType.COUNT)
    few = charts.charts_for(measure, _entries(measure, _monthly([5, 6, 5])), None)
    assert charts.run_findings(few) == ["Too few periods to judge: the rules need 10 or more."]
    steady = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 7, 5]
    drawn = charts.charts_for(measure, _entries(measure, _monthly(steady)), None)
    assert charts.run_findings(drawn) == [
        "No signal yet: the variation is what this process usually shows."
    ]
    assert charts.control_findings(drawn) == [
        "No special cause: every point is inside the limits and no pattern shows."
    ]


def test_a_trend_is_told_with_its_months():
    measure = Measure(name="Minutes to first feed", data_type=DataType.MEAN, multiplier=1)
    values = [50, 52, 49, 51, 50, 48, 46, 44, 42, 40, 41, 50]
    drawn = charts.charts_for(measure, _entries(measure, _monthly(values)), None)
    # April (51) to October (40): seven months, each lower than the last.
    assert "Trend: 7 months going down, April 2025 to October 2025." in charts.run_findings(drawn)


def test_proportions_are_drawn_in_percent_with_the_target():
    measure = Measure(name="Safe sleep", data_type=DataType.PROPORTION, multiplier=100, target=90)
    drawn = charts.charts_for(measure, _entries(measure, _monthly([70] * 6 + [90] * 6)), None)
    assert drawn.run.values[0] == 70.0 and drawn.control.values[-1] == 90.0
    rows = charts.table_rows(drawn)
    assert rows[0]["value"] == "70" and rows[0]["numerator"] == "70"
    assert charts.run_drawing(drawn)["target"] is not None


def test_chart_points_escape_their_words():
    from measures.charts import Mark
    from measures.templatetags.measure_charts import chart_points

    drawn = chart_points([Mark(1.0, 2.0, "<b>May</b>", "7 & 8", True, False)])
    assert "&lt;b&gt;May&lt;/b&gt;: 7 &amp; 8 (signal)" in drawn and "<b>" not in drawn
    assert 'class="spc-chart__point spc-chart__point--signal" cx="1.0" cy="2.0" r="5"' in drawn
