"""Counts bumped by page views (a resource's views), kept in Redis and folded
into the database by a periodic job, so that reading a page is not a write.

Each kind of count is a Redis hash of pending increments by object id:
`bump()` is one HINCRBY and returns the pending count, which the page adds
to the row's own figure, so what a reader sees is exact. `fold()` renames
the hash (atomically: bumps made meanwhile start a new one), adds its counts
to the rows in one transaction and deletes it.

How far off it can be: the database's figure lags by one fold (a minute);
while a fold runs (milliseconds), a page shows the count without the views
being folded; if Redis loses its data, the views since the last fold are
lost; if a fold stops between its commit and its delete, its views are
counted twice at the next fold. Without Redis (an outage, or the in-process
cache of development) `bump()` returns None and the caller writes the row.
"""

from collections.abc import Callable

from django.core.cache import cache
from django.db import transaction
from redis.exceptions import ResponseError

from kernel.cache import UNAVAILABLE, _warn


def _client():
    """The Redis client behind the cache, or None when it is not Redis."""
    backend = getattr(cache, "_cache", None)
    if backend is None or not hasattr(backend, "get_client"):
        return None
    return backend.get_client(None, write=True)


def in_redis() -> bool:
    """Whether counts are kept in Redis here (not in development's cache)."""
    return _client() is not None


def bump(kind: str, pk: int) -> int | None:
    """One more for object `pk`; its pending count, or None if not kept."""
    client = _client()
    if client is None:
        return None
    try:
        return int(client.hincrby(cache.make_key(f"counts:{kind}"), str(pk), 1))
    except UNAVAILABLE as error:
        _warn(error)
        return None


def pending(kind: str, pk: int) -> int:
    """Views not yet folded (0 without Redis)."""
    client = _client()
    if client is None:
        return 0
    try:
        return int(client.hget(cache.make_key(f"counts:{kind}"), str(pk)) or 0)
    except UNAVAILABLE as error:
        _warn(error)
        return 0


def fold(kind: str, apply: Callable[[dict[int, int]], None]) -> int:
    """Hand the pending counts to `apply` (which adds them to the rows) and
    forget them; how many objects had any. A fold interrupted before its
    delete is finished first."""
    client = _client()
    if client is None:
        return 0
    key = cache.make_key(f"counts:{kind}")
    folding = f"{key}:folding"
    if not client.exists(folding):
        try:
            client.rename(key, folding)
        except ResponseError:  # nothing pending
            return 0
    counts = {int(pk): int(n) for pk, n in client.hgetall(folding).items()}
    with transaction.atomic():
        apply(counts)
    client.delete(folding)
    return len(counts)
