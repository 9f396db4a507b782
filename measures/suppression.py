"""Small-number suppression: what of a team's counts may be shown on any
view but the team's own (benchmarks, roll-ups, public profiles).

Primary: a count from 1 to the threshold (`MEASURES_SMALL_NUMBER_THRESHOLD`,
10 unless set) is hidden, and so is any rate computed from a hidden count.
Complementary: where the parts of a breakdown add up to a shown total and
one part's count is hidden, it could be worked out by subtraction, so the
next-smallest part is hidden too; when no part is left, the total is. A
total shared by several breakdowns (counties and race groups of one state)
is hidden in all of them or in none.

Pure: counts in, what may be shown out. Zero is shown: it identifies nobody.
"""

from collections.abc import Mapping
from dataclasses import dataclass

QUANTITIES = ("numerator", "denominator")


@dataclass(frozen=True)
class Cell:
    """One place's or group's counts: a count alone (`denominator` None) or
    a numerator over a denominator."""

    numerator: float | None
    denominator: float | None = None

    def get(self, quantity: str) -> float | None:
        return getattr(self, quantity)


@dataclass(frozen=True)
class Shown:
    """What may be published of a cell; a hidden figure is None and named in
    `hidden`."""

    numerator: float | None
    denominator: float | None
    rate: float | None
    hidden: frozenset[str] = frozenset()

    @property
    def suppressed(self) -> bool:
        return bool(self.hidden)


@dataclass(frozen=True)
class Suppressed:
    total: Shown
    breakdowns: dict[str, dict[str, Shown]]


TOTAL = ("", "")  # the key of the shared total among (breakdown, part) keys


def _small(value: float | None, threshold: int) -> bool:
    return value is not None and 1 <= value <= threshold


def _adds_up(total: Cell, parts: Mapping[str, Cell], quantity: str) -> bool:
    whole = total.get(quantity)
    values = [part.get(quantity) for part in parts.values()]
    if whole is None or any(value is None for value in values):
        return False
    return abs(sum(values) - whole) < 1e-9  # type: ignore[arg-type]


def _next_smallest(parts: Mapping[str, Cell], quantity: str, hidden: set) -> str | None:
    """The part to hide beside a lone hidden one: the smallest shown count,
    a non-zero one first (hiding a zero beside it would still give it away
    to anyone who guessed the zero)."""
    shown = [(key, cell.get(quantity)) for key, cell in parts.items() if key not in hidden]
    shown = [(key, value) for key, value in shown if value is not None]
    if not shown:
        return None
    return min(shown, key=lambda kv: (kv[1] == 0, kv[1], kv[0]))[0]


def _hide_quantity(
    total: Cell, breakdowns: Mapping[str, Mapping[str, Cell]], quantity: str, threshold: int
) -> set[tuple[str, str]]:
    """The (breakdown, part) keys whose `quantity` is hidden; TOTAL for the total."""
    hidden = {TOTAL} if _small(total.get(quantity), threshold) else set()
    for name, parts in breakdowns.items():
        hidden |= {
            (name, key) for key, cell in parts.items() if _small(cell.get(quantity), threshold)
        }
    changed = True
    while changed:
        changed = False
        for name, parts in breakdowns.items():
            if TOTAL in hidden or not _adds_up(total, parts, quantity):
                continue
            mine = {key for (n, key) in hidden if n == name}
            if len(mine) != 1:
                continue
            extra = _next_smallest(parts, quantity, mine)
            hidden.add((name, extra) if extra is not None else TOTAL)
            changed = True
    return hidden


def _shown(cell: Cell, hidden: frozenset[str]) -> Shown:
    rate = None
    if cell.denominator and cell.numerator is not None and not hidden:
        rate = cell.numerator / cell.denominator
    if cell.denominator is not None and hidden:
        hidden = hidden | {"rate"}
    return Shown(
        numerator=None if "numerator" in hidden else cell.numerator,
        denominator=None if "denominator" in hidden else cell.denominator,
        rate=rate,
        hidden=hidden,
    )


def suppress(
    total: Cell, breakdowns: Mapping[str, Mapping[str, Cell]], threshold: int
) -> Suppressed:
    """Hide what must be hidden of a total and its breakdowns."""
    hidden = {q: _hide_quantity(total, breakdowns, q, threshold) for q in QUANTITIES}

    def of(key: tuple[str, str]) -> frozenset[str]:
        return frozenset(q for q in QUANTITIES if key in hidden[q])

    return Suppressed(
        total=_shown(total, of(TOTAL)),
        breakdowns={
            name: {key: _shown(cell, of((name, key))) for key, cell in parts.items()}
            for name, parts in breakdowns.items()
        },
    )


def suppress_cell(cell: Cell, threshold: int) -> Shown:
    """One figure on its own (a point of a roll-up chart): primary only."""
    return suppress(cell, {}, threshold).total
