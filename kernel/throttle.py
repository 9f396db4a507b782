"""Limits on guessing and on forms that send mail, counted in the cache.

The counters live in Django's default cache: Redis when REDIS_URL is set, so
every process counts together; local memory otherwise (one process, dev).
Keys hold a digest of what is counted (an address, an email), never the
value itself.

When Redis is away: the site's cache forgives an outage (kernel/cache.py
turns errors into misses), which here would mean counting nothing and
limiting nobody. The throttle instead talks to Redis without that
forgiveness and, when it is unavailable, counts in a small local-memory
store of its own process. Limits still hold, per process (with N processes a
guesser gets at most N times the allowance), and nobody is locked out
because of the outage. Neither open nor closed: degraded to per-process.

Two shapes of limit:

- `Window`: at most `limit` events per fixed window of `seconds` (sign-ups,
  mails, failures per address, bad API tokens). Past it, the wait is until
  the window ends.
- `Backoff`: failures for one account. After `allowed` failures the account
  is locked for `first_lock` seconds, doubled at each further failure, never
  longer than `longest_lock`. The count is forgotten `forget_after` seconds
  after the last failure, or at once on success.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import math
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest

from kernel.cache import UNAVAILABLE

log = logging.getLogger(__name__)

# Where counters go while the shared cache is unavailable: this process only.
_fallback = LocMemCache(
    "collaboratory-throttle-fallback", {"OPTIONS": {"MAX_ENTRIES": 50_000, "CULL_FREQUENCY": 4}}
)
_last_warning = {"outage": 0.0, "proxy": 0.0}


def now() -> float:
    """The throttle's clock; tests move it with monkeypatch."""
    return time.time()


def _warn(kind: str, message: str, *args: Any) -> None:
    """Once a minute at most per kind: an outage or an attack must not flood the logs."""
    if time.monotonic() - _last_warning[kind] > 60:
        _last_warning[kind] = time.monotonic()
        log.warning(message, *args)


class _Store:
    """The default cache without its forgiveness, falling back to `_fallback`."""

    def _primary(self, name: str):
        cache: BaseCache = caches["default"]
        if isinstance(cache, RedisCache):
            # ForgivingRedisCache overrides these to swallow errors: call the
            # plain methods so an outage is seen here.
            return getattr(RedisCache, name).__get__(cache)
        return getattr(cache, name)

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return self._primary(name)(*args, **kwargs)
        except UNAVAILABLE as error:
            _warn("outage", "Cache unavailable: rate limits counted per process (%s)", error)
            return getattr(_fallback, name)(*args, **kwargs)

    def increment(self, key: str, timeout: int) -> int:
        """Add one, atomically; a new key lives `timeout` seconds."""
        self.call("add", key, 0, timeout)
        try:
            return self.call("incr", key)
        except ValueError:  # expired between add and incr
            self.call("set", key, 1, timeout)
            return 1


_store = _Store()


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def _normalise(value: str) -> str:
    return (value or "").strip().lower()


@dataclass(frozen=True)
class Window:
    scope: str
    limit: int
    seconds: int

    def _key(self, ident: str) -> tuple[str, float]:
        at = now()
        index = int(at // self.seconds)
        key = f"throttle:{self.scope}:{_digest(_normalise(ident))}:{index}"
        return key, (index + 1) * self.seconds - at

    def retry_after(self, ident: str) -> int | None:
        """Seconds to wait if the limit is already reached; None if not. Counts nothing."""
        key, left = self._key(ident)
        if (_store.call("get", key) or 0) >= self.limit:
            return max(1, math.ceil(left))
        return None

    def count(self, ident: str) -> int:
        key, _ = self._key(ident)
        return _store.increment(key, self.seconds + 1)

    def hit(self, ident: str) -> int | None:
        """Count one; seconds to wait if this one is past the limit, else None."""
        key, left = self._key(ident)
        if _store.increment(key, self.seconds + 1) > self.limit:
            return max(1, math.ceil(left))
        return None

    def clear(self, ident: str) -> None:
        _store.call("delete", self._key(ident)[0])


@dataclass(frozen=True)
class Backoff:
    scope: str
    allowed: int
    forget_after: int
    first_lock: int
    longest_lock: int

    def _keys(self, ident: str) -> tuple[str, str]:
        digest = _digest(_normalise(ident))
        return f"throttle:{self.scope}:{digest}:count", f"throttle:{self.scope}:{digest}:lock"

    def retry_after(self, ident: str) -> int | None:
        until = _store.call("get", self._keys(ident)[1])
        if until is None:
            return None
        wait = until - now()
        return math.ceil(wait) if wait > 0 else None

    def failed(self, ident: str) -> int | None:
        """Count a failure; the lock it starts (seconds), or None if none yet."""
        count_key, lock_key = self._keys(ident)
        failures = _store.increment(count_key, self.forget_after)
        _store.call("touch", count_key, self.forget_after)  # forgotten after the *last* one
        if failures < self.allowed:
            return None
        doublings = min(failures - self.allowed, 16)
        lock = min(self.first_lock * 2**doublings, self.longest_lock)
        _store.call("set", lock_key, now() + lock, lock)
        return lock

    def clear(self, ident: str) -> None:
        _store.call("delete_many", list(self._keys(ident)))


# --- The site's limits (numbers from settings, read when used) ---------------


def login_per_account() -> Backoff:
    return Backoff(
        "login-account",
        allowed=settings.LOGIN_FAILURES_PER_ACCOUNT,
        forget_after=settings.LOGIN_FAILURE_WINDOW_SECONDS,
        first_lock=min(60, settings.LOGIN_LOCKOUT_MAX_SECONDS),
        longest_lock=settings.LOGIN_LOCKOUT_MAX_SECONDS,
    )


def login_per_address() -> Window:
    return Window(
        "login-address", settings.LOGIN_FAILURES_PER_ADDRESS, settings.LOGIN_FAILURE_WINDOW_SECONDS
    )


def api_token_per_address() -> Window:
    return Window(
        "api-token-address",
        settings.API_TOKEN_FAILURES_PER_ADDRESS,
        settings.API_TOKEN_FAILURE_WINDOW_SECONDS,
    )


def signups_per_address() -> Window:
    return Window("signup-address", settings.SIGNUPS_PER_ADDRESS_PER_HOUR, 3600)


def account_mail_per_address(kind: str) -> Window:
    """`kind`: "reset", "confirm" or "signup-notice", each counted on its own."""
    return Window(f"{kind}-mail-address", settings.ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR, 3600)


def account_mail_per_recipient(kind: str) -> Window:
    return Window(f"{kind}-mail-recipient", settings.ACCOUNT_EMAILS_PER_RECIPIENT_PER_HOUR, 3600)


# --- Log-in ------------------------------------------------------------------


def login_refused(request: HttpRequest, login: str) -> int | None:
    """Seconds the person must wait before trying this log-in, or None.

    Counted per log-in as typed (username or email, lower-cased): a username
    and its email are not linked here, or the lock would tell a guesser
    which address belongs to which username."""
    waits = [
        login_per_account().retry_after(login),
        login_per_address().retry_after(client_address(request)),
    ]
    return max((wait for wait in waits if wait), default=None)


def login_failed(request: HttpRequest, login: str) -> None:
    login_per_account().failed(login)
    login_per_address().count(client_address(request))


def login_succeeded(*logins: str) -> None:
    """The account's counters start again; the address's do not (one working
    account must not buy a guesser more tries at others)."""
    for login in logins:
        if login:
            login_per_account().clear(login)


# --- The client's address ----------------------------------------------------


def client_address(request: HttpRequest) -> str:
    """REMOTE_ADDR; behind TRUSTED_PROXY_COUNT proxies, the address the
    outermost of them saw (that many from the right of X-Forwarded-For:
    anything further left was written by the client and is not trusted).
    IPv6 addresses count by their /64 network, which one host usually has."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    address = remote
    if proxies > 0:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            address = hops[-proxies]
    elif forwarded:
        _warn(
            "proxy",
            "X-Forwarded-For arrives but TRUSTED_PROXY_COUNT is 0: every client counts "
            "as the proxy's address %s for rate limits",
            remote,
        )
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return remote or "unknown"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)
