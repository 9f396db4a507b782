"""Counts bumped by page views and downloads (a resource's), kept in Redis
and folded into the database by a periodic job, so that reading a page is
not a write.

Each kind of count is a Redis hash of pending increments by object id:
`tally()` adds one to a kind and reads the others' pending counts in one
round trip, which the page adds to the row's own figures, so what a reader
sees is exact. `fold()` renames the hash (atomically: bumps made meanwhile
start a new one), adds its counts to the rows in one transaction, deletes
it and moves on the kind's `folded_key` version: a row kept in the cache
beside its pending counts (resources/kept.py) is kept under it, so it is
read again once its figures have taken the pending ones in.

How far off it can be: the database's figure lags by one fold (a minute);
while a fold runs (milliseconds), a page shows the count without the views
being folded; if Redis loses its data, the views since the last fold are
lost; if a fold stops between its commit and its delete, its views are
counted twice at the next fold. Without Redis (an outage, or the in-process
cache of development) `tally()` returns None and the caller writes the row.
"""

from collections.abc import Callable

from django.core.cache import cache
from django.db import transaction
from redis.exceptions import ResponseError

from kernel import fragments
from kernel.cache import UNAVAILABLE, redis_client, warn_unavailable


def in_redis() -> bool:
    """Whether counts are kept in Redis here (not in development's cache)."""
    return redis_client() is not None


def tally(pk: int, kinds: tuple[str, ...], *, bump: str | None = None) -> dict[str, int] | None:
    """The pending counts of object `pk`, by kind, after one more of `bump`
    (one round trip however many kinds); None when counts are not kept
    here (then the caller writes the row)."""
    client = redis_client()
    if client is None:
        return None
    pipe = client.pipeline(transaction=False)
    for kind in kinds:
        if kind == bump:
            pipe.hincrby(cache.make_key(f"counts:{kind}"), str(pk), 1)
        else:
            pipe.hget(cache.make_key(f"counts:{kind}"), str(pk))
    try:
        values = pipe.execute()
    except UNAVAILABLE as error:
        warn_unavailable(error)
        return None
    return {kind: int(value or 0) for kind, value in zip(kinds, values, strict=True)}


def folded_key(kind: str) -> str:
    """The version (kernel/fragments.py) that each fold of `kind` which
    changed rows moves on."""
    return f"counts-folded:{kind}"


def fold(kind: str, apply: Callable[[dict[int, int]], None]) -> int:
    """Hand the pending counts to `apply` (which adds them to the rows) and
    forget them; how many objects had any. A fold interrupted before its
    delete is finished first."""
    client = redis_client()
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
    if counts:
        fragments.changed(folded_key(kind))
    return len(counts)
