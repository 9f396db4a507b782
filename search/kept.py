"""A search's facet counts, kept briefly for the narrower search that
chooses one of them.

With a facet chosen, that facet still shows its other values, counted over
the matches that pass every *other* filter: the counts of the search the
person has just run, one filter fewer. Kept under the query's clauses
(after synonyms), the viewer's access keys and those other filters, those
counts spare the narrower search from reading every match: it reads only
what passes all its filters, through the facet keys' index
(search.backends.postgres).

Each key also names a version per access key the viewer holds (and one for
every kept count, which a rebuild moves on). A change to a stored document
(search.indexing.store) moves on the versions of the keys it opens to,
before and after the change: only a viewer holding one of them could count
it, so a message in a team's space leaves the counts of everyone outside
that space kept. A change to what a viewer may open changes their access
keys, so their key too."""

import hashlib
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache

from kernel.fragments import changed, versions_of
from search.backends.base import SearchRequest, SearchResults

VERSION_KEY = "search-documents-version"


def _version_key(access_key: str) -> str:
    return f"{VERSION_KEY}:{access_key}"


def documents_changed(access: Iterable[str] | None = None) -> None:
    """The kept counts a changed document could be in are stale: those of
    viewers holding one of its access keys (`access`: what it opened to
    before the change and after), or every one (None: a rebuild). Now and
    after commit (kernel.fragments.changed): a count made from the old rows
    in between must not be kept under the new versions."""
    changed(*([VERSION_KEY] if access is None else sorted({_version_key(k) for k in access})))


def versions(request: SearchRequest) -> tuple[int, ...] | None:
    """The versions this viewer's kept counts depend on, read at once (once
    per search: `known` and `keep` take them); None while the cache is
    unavailable or keeping is off (then nothing is kept)."""
    if not settings.SEARCH_FACET_CACHE_SECONDS:
        return None
    names = [VERSION_KEY, *(_version_key(key) for key in sorted(request.access))]
    found = versions_of(names)
    return None if found is None else tuple(found[name] for name in names)


def _key(versions: tuple[int, ...], request: SearchRequest, name: str) -> str:
    """The counts of facet `name` for this query, viewer and the filters of
    every other facet."""
    others = sorted((n, v) for n, v in request.filters.items() if n != name)
    inputs = (versions, request.query.clauses, sorted(request.access), name, others)
    digest = hashlib.sha256(repr(inputs).encode()).hexdigest()[:32]
    return f"search-facets:{digest}"


def known(
    request: SearchRequest, versions: tuple[int, ...] | None
) -> dict[str, tuple[dict[str, int], bool]]:
    """The chosen facets whose counts are kept: name -> (counts, whether
    each is an "at least")."""
    if versions is None or not request.filters:
        return {}
    keys = {_key(versions, request, name): name for name in request.filters}
    return {keys[key]: found for key, found in cache.get_many(list(keys)).items()}


def keep(
    request: SearchRequest,
    versions: tuple[int, ...] | None,
    results: SearchResults,
    known: frozenset[str],
) -> None:
    """Keep each facet's counts this search made (not those it was given)."""
    if versions is None:
        return
    entries = {
        _key(versions, request, name): (counts, name in results.at_least)
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
