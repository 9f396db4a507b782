"""The library's facet counts, read from its search documents rather than
counted over 140,000 resources. With words, every facet in one statement
over the documents they match (resources.keywords). Without, from the
tallies the documents keep (search.tallies): a count that needs the
documents holding its value and at most one other chosen value is read
there, as they hold them by pairs. On PostgreSQL the rest are counted in
one statement over the documents: with two filters chosen, over those
holding both values; with three or more, over those holding all but one.
Elsewhere they are counted from the results, which the filters narrow."""

from typing import Any

from kernel import facets
from resources import permissions
from resources.keywords import as_values, counts_over_documents
from resources.models import Resource
from search import keywords, tallies
from search.backends.base import facet_key, split_key
from search.models import Kind

EVERY = facet_key("type", Kind.RESOURCE)
"""A key every resource's document holds: its tally is their number."""


def kept_counts(selection: facets.Selection, shown: tuple[facets.Choices, ...]) -> dict[str, Any]:
    """Every facet whose other chosen filters are at most one, and the total
    when at most one filter is chosen, from the tallies of the documents the
    viewer may find (those that open to the keys the library's policy gives
    them, the listing's base). With words, every facet in one pass over the
    documents they match (resources.keywords). Nothing while a filter that
    is no facet is active: those are counted over the results."""
    chosen = {
        f.name: facet_key(f.name, selection.values[f.name])
        for f in shown
        if f.name in selection.values
    }
    words = selection.values.get("q", "")
    if len(selection.values) > len(chosen) + bool(words):
        return {}
    if (words or len(chosen) > 2) and (together := counts_over_documents(words, selection, shown)):
        return together
    if words:
        return {}  # SQLite: counted over the results, with the words
    keys = permissions.resources.viewer_keys(selection.given["user"])
    counts = _from_tallies(selection, shown, chosen, keys)
    if len(chosen) == 2 and (both := keywords.counted(Resource, "", keys, {}, [*chosen.values()])):
        for facet in shown:
            if facet.name not in counts:
                counts[facet.name] = as_values(facet, both.facets.get(facet.name, {}), selection)
        counts[facets.TOTAL] = both.total
    return counts


def _from_tallies(
    selection: facets.Selection,
    shown: tuple[facets.Choices, ...],
    chosen: dict[str, str],
    keys: list[str],
) -> dict[str, Any]:
    """Each count whose other chosen filters are at most one, and the total
    when at most one filter is chosen."""
    others = {f.name: [key for name, key in chosen.items() if name != f.name] for f in shown}
    given = {other[0] for other in others.values() if len(other) == 1} | set(chosen.values())
    found = tallies.among("resource", keys, given)
    counts: dict[str, Any] = {}
    for facet in shown:
        basis = others[facet.name]
        if len(basis) <= 1:
            held = found[basis[0] if basis else None]
            mine = {
                split_key(key)[1]: n for key, n in held.items() if split_key(key)[0] == facet.name
            }
            counts[facet.name] = as_values(facet, mine, selection)
    if not chosen:
        counts[facets.TOTAL] = found[None][EVERY]
    elif len(chosen) == 1:
        (only,) = chosen.values()
        counts[facets.TOTAL] = found[only][only]
    return counts
