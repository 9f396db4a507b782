"""Filtered listings with counts, declared once and read by one engine.

A listing names its filters: how each reads its query-string value, the `Q`
it adds, where its choices come from and how they are counted. `Listing.find`
applies the active ones to a base queryset and counts every choice with the
*other* active filters kept, so each count says how many results choosing
it would give. Values that do not read (`?year=²`, an unknown series) are
ignored, as if absent; a repeated parameter counts by its last value, as
`QueryDict.get` gives it. A value that reads but names nothing (an unknown
network) is kept and matches nothing, which the page says.

`Facet` and `Choice` are what pages, feeds and the API show; the site search
(search/) builds them from its own counts with `facet` and `by_name`.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import KW_ONLY, dataclass, field
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Expression, Model, Prefetch, Q, QuerySet
from django.http import QueryDict
from django_stubs_ext import StrOrPromise

Tally = dict[Any, int]
"""How many results each value of a facet gives."""


# --- What is shown ---------------------------------------------------------


@dataclass
class Choice:
    value: str
    label: str
    count: int
    selected: bool
    # The count is a lower bound (shown "n+"): the site search stopped
    # counting its matches at a cap.
    at_least: bool = False


@dataclass
class Facet:
    name: str
    label: str
    all_label: str
    choices: list[Choice]


def facet(
    name: str,
    label: str,
    all_label: str,
    options: Iterable[tuple[Any, str]],
    tally: Mapping,
    params: Mapping[str, str],
    at_least: bool = False,
) -> Facet:
    """A facet from its (value, label) options and the count of each value
    (each at least that, when `at_least`)."""
    selected = params.get(name, "")
    choices = [
        Choice(str(value), text, tally.get(value, 0), str(value) == selected, at_least)
        for value, text in options
    ]
    return Facet(name, label, all_label, choices)


def by_name(*items: Facet) -> dict[str, Facet]:
    return {item.name: item for item in items}


def query_without_page(params: QueryDict) -> str:
    """The query string for links to other pages of the same listing."""
    query = params.copy()
    query.pop("page", None)
    return query.urlencode()


def whole_number(value: str | None, *, low: int = 0, high: int = 10**9) -> int | None:
    """A query-string value as an int in [low, high], or None. ("²".isdigit()
    is true, so digits are checked as ASCII decimals.)"""
    value = (value or "").strip()
    if not (value.isascii() and value.isdecimal()):
        return None
    number = int(value)
    return number if low <= number <= high else None


# --- One request's filters ---------------------------------------------------


@dataclass
class Selection:
    """A base queryset and what the query string selects from it. Declared
    hooks (readers, options, counters) get it to see the request's other
    values and whatever the caller passed along (`given`: the viewer, an
    index page's series…)."""

    base: QuerySet
    params: QueryDict
    given: dict[str, Any] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)  # clean value per active filter
    active: dict[str, Q] = field(default_factory=dict)  # its condition

    def matching(self, skip: str = "") -> QuerySet:
        """The base with every active filter but `skip` applied (one `filter`
        call each: conditions over many-valued relations then match one
        related row each, not necessarily the same one)."""
        queryset = self.base
        for name, condition in self.active.items():
            if name != skip:
                queryset = queryset.filter(condition)
        return queryset


Reader = Callable[[str, Selection], Any]
"""A non-empty query-string value to its clean value, or None to ignore it."""
Counter = Callable[[QuerySet, Selection, "Choices"], Tally]
"""Counts a facet's values among the results of every other active filter."""
Options = Iterable[tuple[Any, Any]] | QuerySet | Callable[[Selection, Tally], Iterable]
"""A facet's (value, label) choices: fixed pairs (a model's `choices`, with
lazy labels), a `values_list` queryset (read afresh each time), or a
function of the selection and the tally."""


# --- Readers ---------------------------------------------------------------


def as_given(raw: str, selection: Selection) -> str:
    """The value as it came (a slug or a choice stored as text): one that
    names nothing simply matches nothing."""
    return raw


def words(limit: int) -> Reader:
    """A keyword box: trimmed, at most `limit` characters, ignored if blank."""

    def read(raw: str, selection: Selection) -> str | None:
        return raw.strip()[:limit] or None

    return read


def number(low: int = 0, high: int = 10**9) -> Reader:
    """A whole number in [low, high]; anything else is ignored."""

    def read(raw: str, selection: Selection) -> int | None:
        return whole_number(raw, low=low, high=high)

    return read


def one_of(values: Iterable[str]) -> Reader:
    """One of a fixed set of values (a model's choices); others are ignored."""
    allowed = frozenset(values)

    def read(raw: str, selection: Selection) -> str | None:
        return raw if raw in allowed else None

    return read


# --- Counters ----------------------------------------------------------------


def grouped(path: str, *, distinct: bool = True, annotate: Expression | None = None) -> Counter:
    """Counts results by the value at `path` (a field, a path across
    relations, or the name given to `annotate`). `distinct` counts each
    result once when the path or the filters join many-valued relations;
    without joins `COUNT(*)` is enough and cheaper."""

    def count(matching: QuerySet, selection: Selection, facet: "Choices") -> Tally:
        if annotate is not None:
            matching = matching.annotate(**{path: annotate})
        n = Count("pk", distinct=True) if distinct else Count("*")
        # Ordering cleared, or the page tree's default ordering splits the groups.
        rows = matching.order_by().values(path).annotate(n=n)
        return {row[path]: row["n"] for row in rows}

    return count


def linked(links: type[Model], owner: str, path: str, *, distinct: bool = False) -> Counter:
    """Counts from a link table (a many-to-many `through`, a tag table) the
    rows whose `owner` is among the results, grouped by `path`. Nothing is
    joined to the results, so no DISTINCT over them; `distinct` counts each
    owner once when several of its links share a value."""

    def count(matching: QuerySet, selection: Selection, facet: "Choices") -> Tally:
        rows = links.objects.filter(**{f"{owner}__in": matching.order_by().values("pk")})
        n = Count(owner, distinct=True) if distinct else Count("*")
        grouped_rows = rows.order_by().values(path).annotate(n=n)
        return {row[path]: row["n"] for row in grouped_rows}

    return count


def each_choice(matching: QuerySet, selection: Selection, facet: "Choices") -> Tally:
    """Counts each choice by its own condition, all in one query: for facets
    whose value is no column to group by (a series is a part of the page
    tree)."""
    conditions = {}
    for value, _label in facet.options_for(selection, {}):
        clean = facet.read(str(value), selection)
        if clean is not None:
            conditions[value] = facet.where(clean)
    if not conditions:
        return {}
    aliases = {f"n{i}": value for i, value in enumerate(conditions)}
    totals = matching.order_by().aggregate(
        **{
            alias: Count("pk", distinct=True, filter=conditions[value])
            for alias, value in aliases.items()
        }
    )
    return {value: totals[alias] for alias, value in aliases.items()}


def summed(*counters: Counter) -> Counter:
    """Adds up several counts of the same values (a primary driver counts the
    results filed under it and under its secondary drivers)."""

    def count(matching: QuerySet, selection: Selection, facet: "Choices") -> Tally:
        total: Tally = {}
        for counter in counters:
            for value, n in counter(matching, selection, facet).items():
                total[value] = total.get(value, 0) + n
        return total

    return count


def counted_values(selection: Selection, tally: Tally) -> list[tuple[Any, str]]:
    """Options made of the values that were counted, highest first (years:
    only those that hold results are offered)."""
    return [(value, str(value)) for value in sorted((v for v in tally if v), reverse=True)]


# --- Declarations --------------------------------------------------------------


@dataclass(frozen=True)
class Filter:
    """A query-string filter with no choices to count (a keyword box):
    `read` cleans the value, `where` turns the clean value into a condition."""

    name: str
    _: KW_ONLY
    where: Callable[[Any], Q]
    read: Reader = as_given


@dataclass(frozen=True)
class Choices(Filter):
    """A filter shown as a facet: where its choices come from (`options`)
    and how they are counted (`count`, given the results of every other
    active filter)."""

    label: StrOrPromise
    all_label: StrOrPromise
    _: KW_ONLY
    options: Options
    count: Counter

    def options_for(self, selection: Selection, tally: Tally) -> Iterable[tuple[Any, Any]]:
        """The (value, label) pairs to offer, in the order shown."""
        if isinstance(self.options, QuerySet):
            return self.options.all()  # a fresh read: a kept queryset caches its rows
        if callable(self.options):
            return self.options(selection, tally)
        return self.options

    def shown(self, selection: Selection, tally: Tally, at_least: bool = False) -> Facet:
        options = self.options_for(selection, tally)
        return facet(
            self.name, self.label, self.all_label, options, tally, selection.params, at_least
        )


Tallied = Callable[[Selection, tuple["Choices", ...]], "dict[str, Any]"]
"""The tallies it can give without counting the results (counts kept as
they change, or one pass over stored documents that hold each result's
facet values): a facet's by its name, the total under `TOTAL`; whatever it
leaves out is counted from the results."""

TOTAL = "__total__"
"""Where `Listing.counts` keeps the number of results, when it counts it."""

MORE = "__more__"
"""True when a `Tallied` stopped counting at a cap (broad keywords): the
total and every count it gave are each at least that, shown "n+"."""

Keep = Callable[[Selection, Callable[[], dict]], dict]
"""Wraps the computation of all counts (to keep them in a cache)."""


def computed(selection: Selection, compute: Callable[[], dict]) -> dict:
    """Keeps nothing: the counts are computed on every request."""
    return compute()


@dataclass(frozen=True)
class Listing:
    """A filtered listing: its filters, in the order its facets are shown,
    and how its results are ordered and paged.

    `count_total` counts the results along with the facets (and keeps that
    number with them), so the paginator needs no COUNT of its own. `distinct`
    is for filters that join many-valued relations. `tallied` may read
    counts kept as the results change, and `keep` may keep the counts,
    which are the costly part, in a cache."""

    filters: tuple[Filter, ...]
    order: tuple[str, ...] = ()
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple[str | Prefetch, ...] = ()
    per_page: int = 20
    distinct: bool = False
    count_total: bool = False
    tallied: Tallied | None = None
    keep: Keep = computed

    def select(self, base: QuerySet, params: QueryDict, **given: Any) -> Selection:
        """Reads each filter's value: blank or unreadable ones are left out,
        and so is any holding a NUL, which PostgreSQL refuses in a query."""
        selection = Selection(base, params, given)
        for declared in self.filters:
            raw = params.get(declared.name) or ""
            readable = raw and "\x00" not in raw
            value = declared.read(raw, selection) if readable else None
            if value is not None:
                selection.values[declared.name] = value
                selection.active[declared.name] = declared.where(value)
        return selection

    @property
    def choices(self) -> tuple["Choices", ...]:
        """The filters shown as facets, in order."""
        return tuple(f for f in self.filters if isinstance(f, Choices))

    def counts(self, selection: Selection) -> dict[str, Any]:
        """Each facet's tally, its own filter left out and the others kept."""
        kept = self.tallied(selection, self.choices) if self.tallied else {}
        tallies: dict[str, Any] = {
            f.name: kept[f.name] if f.name in kept else self._count(selection, f)
            for f in self.choices
        }
        if self.count_total:
            tallies[TOTAL] = kept[TOTAL] if TOTAL in kept else selection.matching().count()
        if kept.get(MORE):
            tallies[MORE] = True
        return tallies

    @staticmethod
    def _count(selection: Selection, facet: "Choices") -> Tally:
        return facet.count(selection.matching(skip=facet.name), selection, facet)

    def find(self, base: QuerySet, params: QueryDict, **given: Any) -> "Found":
        """The results of `params` on `base`, with the facets and their counts."""
        selection = self.select(base, params, **given)
        tallies = self.keep(selection, lambda: self.counts(selection))
        more = bool(tallies.get(MORE))
        facets = by_name(*(f.shown(selection, tallies[f.name], more) for f in self.choices))
        return Found(self, selection, facets, tallies.get(TOTAL), more)

    def results(self, selection: Selection) -> QuerySet:
        """What matched, each row once, ordered, its related rows loaded."""
        results = selection.matching()
        if self.distinct:
            results = results.distinct()
        if self.select_related:
            results = results.select_related(*self.select_related)
        if self.prefetch_related:
            results = results.prefetch_related(*self.prefetch_related)
        return results.order_by(*self.order) if self.order else results


@dataclass
class Found:
    """One listing's answer: what matched, its facets and, if counted with
    them, the number of results."""

    listing: Listing
    selection: Selection
    facets: dict[str, Facet]
    total: int | None = None
    # Counting stopped at a cap: `total` and every count are at least that.
    more: bool = False

    @property
    def results(self) -> QuerySet:
        """The matching rows, ordered and with their related rows loaded."""
        return self.listing.results(self.selection)

    @property
    def matching(self) -> QuerySet:
        """The matching rows, each once, in no declared order."""
        matching = self.selection.matching()
        return matching.distinct() if self.listing.distinct else matching

    def page(self, rows: QuerySet | None = None) -> Page:
        """The requested page of `rows` (the results by default). A page
        number that does not read gives the first page, one past the end the
        last."""
        paginator = Paginator(self.results if rows is None else rows, self.listing.per_page)
        if rows is None and self.total is not None:
            paginator.count = self.total  # counted once, with the facets
        return paginator.get_page(self.selection.params.get("page"))

    def summary(self, result_count: int) -> dict[str, Any]:
        """What every listing's template reads besides its rows."""
        return {
            "result_count": result_count,
            "more": self.more,
            "filter_query": query_without_page(self.selection.params),
            "any_filter": bool(self.selection.active),
            "facets": self.facets,
        }
