"""Teams' figures added up: network, state and collaborative totals, a team
against its network, aims on track, and a state's figures by county and
group for its public profile.

Totals sum numerators and denominators (counts sum their values); a
percentage is never averaged. Only submitted and reviewed figures count:
a draft is the team's. Every figure leaves here through `suppression`,
because none of these views is the team's own."""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Max, Q, QuerySet, Sum
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from community.models import Jurisdiction, LearningNetwork, Team
from measures import periods, permissions
from measures.models import DataType, Direction, Entry, Measure, StratumValue, TrackedMeasure
from measures.suppression import Cell, Shown, Suppressed, suppress, suppress_cell

COUNTED = (Entry.Status.SUBMITTED, Entry.Status.REVIEWED)
WINDOW_MONTHS = 12  # benchmarks and profiles compare the latest year


def threshold() -> int:
    return settings.MEASURES_SMALL_NUMBER_THRESHOLD


def adds_up(measure: Measure) -> bool:
    """Counts, proportions and rates add up; means, levels and yes/no do not."""
    return measure.data_type in (DataType.COUNT, DataType.PROPORTION, DataType.RATE)


def counted(measure: Measure) -> QuerySet[Entry]:
    return Entry.objects.filter(measure=measure, status__in=COUNTED)


def _sums(measure: Measure) -> dict[str, Sum]:
    if measure.has_denominator:
        return {"n": Sum("numerator"), "d": Sum("denominator")}
    return {"n": Sum("value")}


def _cell(measure: Measure, row: Mapping[str, Any]) -> Cell:
    return Cell(row.get("n"), row.get("d") if measure.has_denominator else None)


@dataclass(frozen=True)
class Window:
    """The latest year of a measure's figures: [start, end] by period."""

    start: date
    end: date

    @property
    def label(self) -> str:
        # Translators: a year of figures, e.g. "April 2025 to March 2026".
        return _("%(start)s to %(end)s") % {
            "start": date_format(self.start, "YEAR_MONTH_FORMAT"),
            "end": date_format(self.end, "YEAR_MONTH_FORMAT"),
        }

    def q(self, prefix: str = "") -> Q:
        return Q(**{f"{prefix}period__gte": self.start, f"{prefix}period__lte": self.end})


def latest_window(entries: QuerySet[Entry]) -> Window | None:
    end = entries.aggregate(end=Max("period"))["end"]
    if end is None:
        return None
    return Window(periods.shifted(end, 1 - WINDOW_MONTHS), end)


# --- Totals over time ------------------------------------------------------------


@dataclass(frozen=True)
class Total:
    period: date
    teams: int
    shown: Shown


def totals(measure: Measure, teams: QuerySet[Team] | None = None) -> list[Total]:
    """Per period, the sum of the given teams' figures (every team's: the
    collaborative's), each hidden where it is small."""
    entries = counted(measure)
    if teams is not None:
        entries = entries.filter(team__in=teams)
    rows = (
        entries.values("period")
        .annotate(teams=Count("team", distinct=True), **_sums(measure))
        .order_by("period")
    )
    return [
        Total(row["period"], row["teams"], suppress_cell(_cell(measure, row), threshold()))
        for row in rows
    ]


def network_teams(network: LearningNetwork) -> QuerySet[Team]:
    return Team.objects.filter(networks=network)


def state_teams(jurisdiction: Jurisdiction) -> QuerySet[Team]:
    return Team.objects.filter(jurisdiction=jurisdiction)


# --- A team against its network --------------------------------------------------


@dataclass
class Standing:
    """One team's figure over the window, as one viewer may see it."""

    name: str  # the team's name, or "Another team"
    named: bool
    own: bool
    rate: float | None  # in displayed units; None where hidden
    team_slug: str = ""
    bar: float | None = None  # the rate's bar, 0 to 200 against the best shown


@dataclass
class Benchmark:
    measure: Measure
    network: LearningNetwork
    window: Window
    teams: list[Standing] = field(default_factory=list)
    median: float | None = None
    top_quartile: float | None = None
    hidden: int = 0  # teams whose figure is too small to show

    @property
    def shown(self) -> list[float]:
        return [team.rate for team in self.teams if team.rate is not None]


def _percentile(values: list[float], share: float) -> float | None:
    """The value `share` of the way up (linear between neighbours)."""
    if not values:
        return None
    ordered = sorted(values)
    at = share * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def benchmark(
    measure: Measure, network: LearningNetwork, seen: frozenset[int] | None
) -> Benchmark | None:
    """Each team of the network over the latest year, against the network's
    median and top quartile (the better quarter, by the measure's direction).

    Teams in `seen` (None: all) are the viewer's own or coached: shown in
    full and named. Teams that opted in are named too; the rest are
    "Another team". Other teams' counts never leave here, only their rates,
    hidden where computed from a small count; the median and quartile are
    of the rates shown, so neither repeats a hidden one."""
    if not adds_up(measure):
        return None
    entries = counted(measure).filter(team__networks=network)
    window = latest_window(entries)
    if window is None:
        return None
    rows = (
        entries.filter(window.q())
        .values("team", "team__name", "team__slug")
        .annotate(**_sums(measure))
    )
    opted_in = named_teams(network, measure)
    result = Benchmark(measure, network, window)
    for row in rows:
        mine = seen is None or row["team"] in seen
        cell = _cell(measure, row)
        rate = _rate(measure, _full(cell) if mine else suppress_cell(cell, threshold()))
        result.hidden += rate is None and not mine
        named = mine or row["team"] in opted_in
        result.teams.append(
            Standing(
                row["team__name"] if named else _("Another team"),
                named,
                mine,
                rate,
                row["team__slug"] if named else "",
            )
        )
    better_first = measure.direction == Direction.UP
    result.teams.sort(
        key=lambda t: (t.rate is None, -(t.rate or 0) if better_first else (t.rate or 0))
    )
    others = [t.rate for t in result.teams if t.rate is not None]
    longest = max(others, default=0) or 1
    for team in result.teams:
        team.bar = None if team.rate is None else round(200 * team.rate / longest, 1)
    result.median = _percentile(others, 0.5)
    result.top_quartile = _percentile(others, 0.75 if better_first else 0.25)
    return result


def _full(cell: Cell) -> Shown:
    rate = (
        cell.numerator / cell.denominator
        if cell.denominator and cell.numerator is not None
        else None
    )
    return Shown(cell.numerator, cell.denominator, rate)


def _rate(measure: Measure, shown: Shown) -> float | None:
    """A shown figure in displayed units: a rate, or a count."""
    if measure.has_denominator:
        return measure.shown(shown.rate)
    return shown.numerator


def named_teams(network: LearningNetwork, measure: Measure) -> set[int]:
    """Teams that let their network see their name beside this measure."""
    return set(
        TrackedMeasure.objects.filter(
            measure=measure, team__networks=network, named_in_benchmarks=True
        ).values_list("team", flat=True)
    )


# --- Aims --------------------------------------------------------------------------


@dataclass
class Aims:
    """Teams of a network with an aim for a measure, by how far they have come."""

    met: int = 0
    moving: int = 0  # in the aim's direction, not there yet
    not_yet: int = 0

    @property
    def total(self) -> int:
        return self.met + self.moving + self.not_yet


def aims(measure: Measure, teams: QuerySet[Team]) -> Aims:
    """Each team's latest year against its frozen baseline and its aim: two
    queries, however many teams."""
    result = Aims()
    if not adds_up(measure):
        return result
    tracked = list(
        TrackedMeasure.objects.filter(
            measure=measure, team__in=teams, aim_percent__isnull=False, baseline_end__isnull=False
        )
    )
    by_team: dict[int, list[tuple[date, Cell]]] = defaultdict(list)
    rows = (
        counted(measure)
        .filter(team__in=[aim.team_id for aim in tracked])
        .values("team", "period")
        .annotate(**_sums(measure))
        .order_by("team", "period")
    )
    for row in rows:
        by_team[row["team"]].append((row["period"], _cell(measure, row)))
    for aim in tracked:
        progress = _progress(measure, aim, by_team[aim.team_id])
        setattr(result, progress, getattr(result, progress) + 1)
    return result


def _progress(measure: Measure, aim: TrackedMeasure, figures: list[tuple[date, Cell]]) -> str:
    """ "met", "moving" or "not_yet": the team's latest year against its
    baseline, once the latest year lies wholly after the baseline."""
    end = aim.baseline_end
    if end is None or not figures:
        return "not_yet"
    start = periods.shifted(figures[-1][0], 1 - WINDOW_MONTHS)
    if start <= end:
        return "not_yet"
    baseline = _level(measure, [cell for period, cell in figures if period <= end])
    now = _level(measure, [cell for period, cell in figures if period >= start])
    if not baseline or now is None:
        return "not_yet"
    change, wanted = (now - baseline) / baseline * 100, float(aim.aim_percent or 0)
    if change * wanted >= wanted * wanted:
        return "met"
    return "moving" if change * wanted > 0 else "not_yet"


def _level(measure: Measure, cells: list[Cell]) -> float | None:
    """A pooled rate (or, for counts, the mean count per period)."""
    top = sum(cell.numerator or 0 for cell in cells)
    if measure.has_denominator:
        bottom = sum(cell.denominator or 0 for cell in cells)
        return top / bottom if bottom else None
    return top / len(cells) if cells else None


# --- A state's public profile ----------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """One published measure in one state over its latest year: the total,
    and the total by county and by group, with small numbers hidden."""

    measure: Measure
    window: Window
    teams: int
    figures: Suppressed
    names: dict[str, dict[str, str]]  # breakdown -> part key -> group name

    def rows(self, breakdown: str) -> list[tuple[str, str, Shown]]:
        parts = self.figures.breakdowns.get(breakdown, {})
        names = self.names.get(breakdown, {})
        return [(key, names[key], parts[key]) for key in names]

    def line(self, name: str, shown: Shown, key: str = "") -> "Line":
        return Line(key, name, shown, _rate(self.measure, shown))

    @property
    def total(self) -> "Line":
        return self.line(_("All reported"), self.figures.total)

    @property
    def counties(self) -> list["Line"]:
        return [self.line(name, shown, key) for key, name, shown in self.rows("county")]

    @property
    def groups(self) -> list["Line"]:
        return [self.line(name, shown, key) for key, name, shown in self.rows("race")]


@dataclass(frozen=True)
class Line:
    """A row of a profile's table: a place or group, its shown counts and
    its value in displayed units (None where hidden)."""

    key: str
    name: str
    shown: Shown
    value: float | None


def published_measures() -> QuerySet[Measure]:
    """Measures whose totals the public profiles show: those everyone may
    see (by the measures' policy) and whose figures an editor published."""
    return permissions.measures.view_objects(AnonymousUser()).filter(data_published=True)


def profile(measure: Measure, jurisdiction: Jurisdiction) -> Profile | None:
    """The figures of a state's teams for a published measure, by county
    and by race and ethnicity: one suppression over all of them, so a
    county's page and the state's show the same hidden cells."""
    if not measure.data_published or not adds_up(measure):
        return None
    entries = counted(measure).filter(team__jurisdiction=jurisdiction)
    window = latest_window(entries)
    if window is None:
        return None
    entries = entries.filter(window.q())
    whole = entries.aggregate(teams=Count("team", distinct=True), **_sums(measure))
    breakdowns, names = _breakdowns(measure, entries, jurisdiction)
    return Profile(
        measure,
        window,
        whole["teams"],
        suppress(_cell(measure, whole), breakdowns, threshold()),
        names,
    )


PROFILE_BREAKDOWNS = ("county", "race")


def _breakdowns(
    measure: Measure, entries: QuerySet[Entry], jurisdiction: Jurisdiction
) -> tuple[dict[str, dict[str, Cell]], dict[str, dict[str, str]]]:
    rows = (
        StratumValue.objects.filter(entry__in=entries, category__dimension__in=PROFILE_BREAKDOWNS)
        .filter(Q(category__jurisdiction__isnull=True) | Q(category__jurisdiction=jurisdiction))
        .values("category__dimension", "category__slug", "category__name", "category__sort_order")
        .annotate(**_sums(measure))
        .order_by("category__dimension", "category__sort_order", "category__name")
    )
    cells: dict[str, dict[str, Cell]] = defaultdict(dict)
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        dimension, slug = row["category__dimension"], row["category__slug"]
        cells[dimension][slug] = _cell(measure, row)
        names[dimension][slug] = row["category__name"]
    return dict(cells), dict(names)


def profiles(jurisdiction: Jurisdiction) -> list[Profile]:
    found = (profile(measure, jurisdiction) for measure in published_measures())
    return [p for p in found if p is not None]


def profiled_states() -> QuerySet[Jurisdiction]:
    """States with a team that has counted figures for a published measure."""
    teams = counted_teams(published_measures())
    return Jurisdiction.objects.filter(teams__in=teams).distinct()


def counted_teams(measures: Iterable[Measure] | QuerySet[Measure]) -> QuerySet[Team]:
    return Team.objects.filter(
        entries__measure__in=measures, entries__status__in=COUNTED
    ).distinct()
