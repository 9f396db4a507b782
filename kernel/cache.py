"""The Redis cache, forgiving an outage: while Redis is away a read is a
miss and a write is skipped, so pages keep serving from the database (which
holds sessions and everything that matters). `/healthz` still reports the
outage: its write-then-read check finds nothing written."""

import logging
import time
from functools import wraps

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
_last_warning = [0.0]


def warn_unavailable(error: Exception) -> None:
    """Once a minute at most: an outage must not flood the logs."""
    if time.monotonic() - _last_warning[0] > 60:
        _last_warning[0] = time.monotonic()
        log.warning("Cache unavailable, serving without it: %s", error)


def _forgiving(method, fallback):
    @wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except UNAVAILABLE as error:
            warn_unavailable(error)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    return call


def _default(key, default=None, *args, **kwargs):
    return default


class KeptClients(RedisCacheClient):
    """One redis client per connection pool, made once: Django makes a new
    one for every operation, and setting one up cost more than the GET it
    sends (measured: a quarter of a millisecond, five times a page)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            self._clients[index] = super().get_client(key, write=write)
        return self._clients[index]


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = KeptClients

    get = _forgiving(RedisCache.get, _default)
    get_many = _forgiving(RedisCache.get_many, {})
    has_key = _forgiving(RedisCache.has_key, False)
    add = _forgiving(RedisCache.add, False)
    set = _forgiving(RedisCache.set, None)
    set_many = _forgiving(RedisCache.set_many, [])
    touch = _forgiving(RedisCache.touch, False)
    delete = _forgiving(RedisCache.delete, False)
    delete_many = _forgiving(RedisCache.delete_many, None)
    incr = _forgiving(RedisCache.incr, lambda key, delta=1, *args, **kwargs: delta)
    clear = _forgiving(RedisCache.clear, None)


def redis_client():
    """The Redis client behind the default cache, for what Django's cache
    API cannot do (hashes, pipelines); None when the cache is not Redis
    (development's in-process cache)."""
    backend = getattr(cache, "_cache", None)
    if not isinstance(backend, RedisCacheClient):
        return None
    return backend.get_client(None, write=True)
