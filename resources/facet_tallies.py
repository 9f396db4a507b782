"""The library's facet counts without words, read from the tallies its
search documents keep (search.tallies) rather than counted over 140,000
resources. Each count needs the documents holding its value and at most
one other chosen value, which the tallies hold by pairs; a facet whose
count needs two other filters at once is counted from the results, which
two filters have already narrowed."""

from typing import Any

from kernel import facets
from resources import permissions
from resources.keywords import as_values
from search import tallies
from search.backends.base import facet_key, split_key
from search.models import Kind

EVERY = facet_key("type", Kind.RESOURCE)
"""A key every resource's document holds: its tally is their number."""


def kept_counts(selection: facets.Selection, shown: tuple[facets.Choices, ...]) -> dict[str, Any]:
    """Every facet whose other chosen filters are at most one, and the total
    when at most one filter is chosen, from the tallies of the documents the
    viewer may find (those that open to the keys the library's policy gives
    them, the listing's base). Nothing while words or a filter that is no
    facet is active: those are counted over the matches."""
    chosen = {
        f.name: facet_key(f.name, selection.values[f.name])
        for f in shown
        if f.name in selection.values
    }
    if len(selection.values) > len(chosen):
        return {}
    others = {f.name: [key for name, key in chosen.items() if name != f.name] for f in shown}
    given = {keys[0] for keys in others.values() if len(keys) == 1} | set(chosen.values())
    keys = permissions.resources.viewer_keys(selection.given["user"])
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
