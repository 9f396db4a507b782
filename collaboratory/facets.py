"""Filters with counts, as the listings show them: each choice says how many
results it would give with the other filters kept. Listings build a dict of
`Q` objects from the query string (one per active filter) and use these."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import QueryDict


@dataclass
class Choice:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    all_label: str
    choices: list[Choice]


def facet(name: str, label: str, all_label: str, options, tally: dict, params) -> Facet:
    """A facet from its (value, label) options and the count of each value."""
    selected = params.get(name, "")
    choices = [
        Choice(str(value), text, tally.get(value, 0), str(value) == selected)
        for value, text in options
    ]
    return Facet(name, label, all_label, choices)


def by_name(*items: Facet) -> dict[str, Facet]:
    return {item.name: item for item in items}


def query_without_page(params: QueryDict) -> str:
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


def filtered(queryset: QuerySet, active: dict[str, Q], skip: str = "") -> QuerySet:
    for name, condition in active.items():
        if name != skip:
            queryset = queryset.filter(condition)
    return queryset


def counts(queryset: QuerySet, field: str) -> dict:
    """How many distinct pages have each value of `field` (ordering cleared,
    or the page tree's default ordering would split the groups)."""
    rows = queryset.order_by().values(field).annotate(n=Count("pk", distinct=True))
    return {row[field]: row["n"] for row in rows}
