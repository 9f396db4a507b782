"""Small-number suppression: each rule at its edge, and an attacker who
tries to work hidden counts out of what is shown."""

from hypothesis import given, settings
from hypothesis import strategies as st

from measures.suppression import Cell, Shown, Suppressed, suppress, suppress_cell

T = 10


def test_one_to_ten_is_hidden_zero_and_eleven_are_not():
    assert suppress_cell(Cell(0, 40), T).numerator == 0
    assert suppress_cell(Cell(1, 40), T).numerator is None
    assert suppress_cell(Cell(10, 40), T).numerator is None
    assert suppress_cell(Cell(11, 40), T).numerator == 11


def test_a_rate_from_a_hidden_count_is_hidden_and_so_is_a_small_denominator():
    small_top = suppress_cell(Cell(4, 40), T)
    assert (small_top.rate, small_top.denominator) == (None, 40)
    small_bottom = suppress_cell(Cell(0, 8), T)
    assert (small_bottom.numerator, small_bottom.denominator, small_bottom.rate) == (0, None, None)
    assert suppress_cell(Cell(20, 40), T).rate == 0.5


def test_the_threshold_is_the_callers():
    assert suppress_cell(Cell(4, 40), 3).numerator == 4
    assert suppress_cell(Cell(3, 40), 3).numerator is None


def test_a_lone_hidden_part_takes_the_next_smallest_with_it():
    counties = {"a": Cell(5, 100), "b": Cell(30, 90), "c": Cell(60, 110)}
    shown = suppress(Cell(95, 300), {"county": counties}, T).breakdowns["county"]
    assert shown["a"].numerator is None
    assert shown["b"].numerator is None  # 30 < 60
    assert shown["c"].numerator == 60
    # Denominators are all large: none hidden.
    assert [s.denominator for s in shown.values()] == [100, 90, 110]


def test_two_hidden_parts_need_no_company():
    counties = {"a": Cell(5, 100), "b": Cell(7, 90), "c": Cell(60, 110)}
    shown = suppress(Cell(72, 300), {"county": counties}, T).breakdowns["county"]
    assert shown["c"].numerator == 60


def test_a_zero_is_hidden_beside_a_lone_one_only_when_nothing_else_is_left():
    counties = {"a": Cell(5, 100), "b": Cell(0, 90), "c": Cell(60, 110)}
    shown = suppress(Cell(65, 300), {"county": counties}, T).breakdowns["county"]
    assert (shown["b"].numerator, shown["c"].numerator) == (0, None)
    pair = {"a": Cell(5, 100), "b": Cell(0, 90)}
    shown = suppress(Cell(5, 190), {"county": pair}, T)
    assert shown.total.numerator is None


def test_parts_that_do_not_add_up_give_nothing_away():
    # Some entries were not broken down by county: no subtraction works.
    counties = {"a": Cell(5, 100), "b": Cell(30, 90)}
    shown = suppress(Cell(80, 300), {"county": counties}, T).breakdowns["county"]
    assert shown["b"].numerator == 30


def test_a_total_hidden_for_one_breakdown_is_hidden_for_all():
    race = {"x": Cell(4, 6), "y": Cell(2, 3)}
    county = {"a": Cell(6, 9)}
    shown = suppress(Cell(6, 9), {"race": race, "county": county}, T)
    assert shown.total.numerator is None
    assert shown.breakdowns["county"]["a"].numerator is None


def test_a_count_measure_has_no_rate():
    shown = suppress_cell(Cell(25), T)
    assert (shown.numerator, shown.denominator, shown.rate, shown.hidden) == (
        25,
        None,
        None,
        frozenset(),
    )


# The attacker -------------------------------------------------------------


def _work_out(total: Cell, breakdowns, published: Suppressed) -> dict:
    """Everything an attacker can compute from what is shown: sums of
    breakdowns that add up, rate × denominator, numerator ÷ rate. Returns
    {(breakdown, part, quantity): value} for hidden figures worked out."""
    known: dict[tuple, float] = {}

    def cells():
        yield ("", ""), total, published.total
        for name, parts in breakdowns.items():
            for key, cell in parts.items():
                yield (name, key), cell, published.breakdowns[name][key]

    for where, _cell, shown in cells():
        for q in ("numerator", "denominator", "rate"):
            if getattr(shown, q) is not None:
                known[(*where, q)] = getattr(shown, q)
    grew = True
    while grew:
        grew = False
        for q in ("numerator", "denominator"):
            for name, parts in breakdowns.items():
                values = [c.get(q) for c in parts.values()]
                if None in values or total.get(q) is None or sum(values) != total.get(q):
                    continue  # only a breakdown that truly adds up is an equation
                terms = [(name, key, q) for key in parts] + [("", "", q)]
                unknown = [t for t in terms if t not in known]
                if len(unknown) == 1:
                    (missing,) = unknown
                    parts_sum = sum(known[t] for t in terms[:-1] if t in known)
                    known[missing] = known[("", "", q)] - parts_sum if missing[0] else parts_sum
                    grew = True
        for where, _cell, _shown in cells():
            num, den, rate = ((*where, q) for q in ("numerator", "denominator", "rate"))
            if rate in known and den in known and num not in known:
                known[num] = known[rate] * known[den]
                grew = True
            if rate in known and num in known and den not in known and known[rate]:
                known[den] = known[num] / known[rate]
                grew = True
    hidden = {}
    for where, _cell, shown in cells():
        for q in shown.hidden:
            if (*where, q) in known:
                hidden[(*where, q)] = known[(*where, q)]
    return hidden


def _counts(draw, with_denominator: bool) -> Cell:
    numerator = draw(st.integers(0, 40))
    if not with_denominator:
        return Cell(numerator)
    return Cell(numerator, numerator + draw(st.integers(0, 60)))


@st.composite
def tables(draw):
    with_denominator = draw(st.booleans())
    breakdowns = {}
    for name in draw(
        st.lists(st.sampled_from(["race", "county", "payer"]), max_size=3, unique=True)
    ):
        keys = draw(st.lists(st.sampled_from("abcdef"), min_size=1, max_size=6, unique=True))
        breakdowns[name] = {key: _counts(draw, with_denominator) for key in keys}
    if breakdowns and draw(st.booleans()):
        first = next(iter(breakdowns.values()))
        total = Cell(
            sum(c.numerator for c in first.values()),
            sum(c.denominator for c in first.values()) if with_denominator else None,
        )
    else:
        total = _counts(draw, with_denominator)
    return total, breakdowns


@settings(max_examples=400, deadline=None)
@given(tables())
def test_no_hidden_count_can_be_worked_out(table):
    total, breakdowns = table
    published = suppress(total, breakdowns, T)
    assert _work_out(total, breakdowns, published) == {}
    every: list[tuple[Cell, Shown]] = [(total, published.total)]
    every += [
        (cell, published.breakdowns[name][key])
        for name, parts in breakdowns.items()
        for key, cell in parts.items()
    ]
    for cell, shown in every:
        for q in ("numerator", "denominator"):
            value = cell.get(q)
            if value is not None and 1 <= value <= T:
                assert getattr(shown, q) is None  # every small count hidden
            elif getattr(shown, q) is not None:
                assert getattr(shown, q) == value  # and nothing else altered


def test_the_attacker_breaks_primary_suppression_alone():
    """Without the complementary rule, subtraction gives a hidden count away:
    the attacker above is a real one."""
    counties = {"a": Cell(5, 100), "b": Cell(30, 90)}
    total = Cell(35, 190)
    primary_only = Suppressed(
        total=suppress_cell(total, T),
        breakdowns={"county": {k: suppress_cell(c, T) for k, c in counties.items()}},
    )
    assert _work_out(total, {"county": counties}, primary_only) == {("county", "a", "numerator"): 5}
