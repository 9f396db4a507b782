"""Sessions in the database, read through the cache: a signed-in page reads
its session with one cache round trip instead of a query.

The database stays the record (Django's cached_db store): every save writes
the row, then the cache; signing out deletes both. What this store adds is a
bound on how long the cache may hold an entry, `SESSION_CACHE_SECONDS`
(five minutes): the cache forgives an outage (kernel/cache.py), so a
sign-out during one deletes the row but may miss the cached copy, and that
copy must not outlive the bound that a person's standing already has
(kernel/standing.py)."""

from django.conf import settings
from django.contrib.sessions.backends import cached_db
from django.core.cache import caches


class _Bounded:
    """The session cache, every entry written to expire within the bound."""

    def __init__(self, cache, seconds: int) -> None:
        self._cache = cache
        self._seconds = seconds

    def _timeout(self, timeout: int | None) -> int:
        return self._seconds if timeout is None else min(timeout, self._seconds)

    def set(self, key: str, value: object, timeout: int | None = None) -> None:
        self._cache.set(key, value, self._timeout(timeout))

    async def aset(self, key: str, value: object, timeout: int | None = None) -> None:
        await self._cache.aset(key, value, self._timeout(timeout))

    def __contains__(self, key: str) -> bool:
        return key in self._cache

    def __getattr__(self, name: str) -> object:
        return getattr(self._cache, name)


class SessionStore(cached_db.SessionStore):
    def __init__(self, session_key: str | None = None) -> None:
        super().__init__(session_key)
        self._cache = _Bounded(caches[settings.SESSION_CACHE_ALIAS], settings.SESSION_CACHE_SECONDS)
