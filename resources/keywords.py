"""The library's keyword box, over title, summary, body and the text inside
files: the resource's search document (resources/search_documents.py) holds
those words once, for the site search and for this box alike
(search.keywords)."""

from django.db.models import Q

from kernel import facets
from resources import permissions
from resources.models import Resource
from search import keywords


def keyword_filter(q: str) -> Q:
    """Every word must match (quotes keep a phrase together on PostgreSQL)."""
    return keywords.matching(Resource, q)


def counts_over_documents(
    q: str, selection: facets.Selection, shown: tuple[facets.Choices, ...]
) -> dict | None:
    """Every facet and the total, counted in one pass over the documents the
    words match (search.keywords.counted), where each resource's document
    holds its facet keys, named as the library's filters are
    (search_documents.library_facets). The documents a viewer may find are
    those that open to the keys the library's policy gives them, which is
    the listing's base (`permissions.visible_resources`). None on SQLite:
    each facet is then counted with the keyword condition, as without it.
    Broad words are counted up to the cap: `facets.MORE` says so."""
    chosen = {f.name: str(selection.values[f.name]) for f in shown if f.name in selection.values}
    if len(selection.values) > len(chosen) + 1:
        return None  # another filter with no facet key, which the documents cannot tell
    keys = permissions.resources.viewer_keys(selection.given["user"])
    found = keywords.counted(Resource, q, keys, chosen)
    if found is None:
        return None
    tallies: dict = {f.name: as_values(f, found.facets.get(f.name, {}), selection) for f in shown}
    return {**tallies, facets.TOTAL: found.total, facets.MORE: found.more}


def as_values(facet: facets.Choices, counts: dict[str, int], selection: facets.Selection) -> dict:
    """A document's key values are text: each becomes the facet's own value
    (a region or a year is a number), as if chosen in the query string."""
    tally = {}
    for text, n in counts.items():
        value = facet.read(text, selection)
        if value is not None:
            tally[value] = n
    return tally
