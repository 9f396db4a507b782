"""A search's facet counts, kept briefly for the narrower search that
chooses one of them.

With a facet chosen, that facet still shows its other values, counted over
the matches that pass every *other* filter: the counts of the search the
person has just run, one filter fewer. Kept under the query's clauses
(after synonyms), the viewer's access keys and those other filters, those
counts spare the narrower search from reading every match: it reads only
what passes all its filters, through the facet keys' index
(search.backends.postgres).

The version in each key (kernel.fragments.version_of) moves on at any
change to the stored documents (search.indexing.store): what they say and
who may find them. A change to what a viewer may open changes their access
keys, so their key too."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from kernel.fragments import changed, version_of
from search.backends.base import SearchRequest, SearchResults

VERSION_KEY = "search-documents-version"


def documents_changed() -> None:
    """Every kept count is stale: called at any change to the stored documents."""
    changed(VERSION_KEY)


def _key(version: int, request: SearchRequest, name: str) -> str:
    """The counts of facet `name` for this query, viewer and the filters of
    every other facet."""
    others = sorted((n, v) for n, v in request.filters.items() if n != name)
    inputs = (request.query.clauses, sorted(request.access), name, others)
    digest = hashlib.sha256(repr(inputs).encode()).hexdigest()[:32]
    return f"search-facets:{version}:{digest}"


def _version() -> int | None:
    return version_of(VERSION_KEY) if settings.SEARCH_FACET_CACHE_SECONDS else None


def known(request: SearchRequest) -> dict[str, tuple[dict[str, int], bool]]:
    """The chosen facets whose counts are kept: name -> (counts, whether
    each is an "at least")."""
    version = _version() if request.filters else None
    if version is None:
        return {}
    keys = {_key(version, request, name): name for name in request.filters}
    return {keys[key]: found for key, found in cache.get_many(list(keys)).items()}


def keep(request: SearchRequest, results: SearchResults, known: frozenset[str]) -> None:
    """Keep each facet's counts this search made (not those it was given)."""
    version = _version()
    if version is None:
        return
    entries = {
        _key(version, request, name): (counts, name in results.at_least)
        for name, counts in results.facets.items()
        if name not in known
    }
    cache.set_many(entries, settings.SEARCH_FACET_CACHE_SECONDS)


def with_known(results: SearchResults, found: dict[str, tuple[dict[str, int], bool]]) -> None:
    """The kept counts of the facets the backend did not count."""
    for name, (counts, at_least) in found.items():
        if name not in results.facets:
            results.facets[name] = counts
            if at_least:
                results.at_least |= {name}
