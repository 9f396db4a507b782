"""What signed-in pages may keep in the cache, and when it goes stale.

Anonymous pages are cached whole by nginx for a second. A member's page
cannot be: it carries their name, their forms and what their teams may see.
The parts that are the same for everyone with the same access are kept as
fragments instead, under a key naming

- the content version, which moves on at any change to a resource and at
  any page published, unpublished or moved (a page's citations of the
  library change with its publication), so nothing edited is served from
  before the edit; and
- the viewer's audience (`audience`): visitors, members of the same teams,
  or curators, so nobody is shown a title only another team may see; and
- the language of the page (`/es/…` or not): the words around the content
  are in it.

The toolkit's snippets that kept pages show (drivers, care settings, key
insights, videos) move the version on too (toolkit/signals.py).

When the cache is away the version cannot be read, and pages render in full.

What changes too often for one version of everything (a team's monthly
figures) is kept by what it is drawn from instead (`kept_for`): the key is a
digest of every input, so a change to any of them is a different key and
nothing needs to be told.
"""

import hashlib
import time
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import get_language

from kernel.policies import registered
from kernel.standing import AnyUser

VERSION_KEY = "content-version"
T = TypeVar("T")


def content_version(request: HttpRequest | None = None) -> int | None:
    """None while the cache is unavailable: then nothing is kept. Read once
    per request when given one: every fragment of a page is from the same
    moment."""
    if request is not None and hasattr(request, "_content_version"):
        return request._content_version
    version = version_of(VERSION_KEY)
    if request is not None:
        request._content_version = version
    return version


def content_version_with(request: HttpRequest, *keys: str) -> dict[str, int] | None:
    """The request's content version and the versions under `keys`, read in
    one round trip (the content version as `content_version` would: once
    per request); None while the cache is unavailable."""
    known = getattr(request, "_content_version", None)
    found = versions_of([*keys] if known is not None else [VERSION_KEY, *keys])
    if found is None:
        return None
    request._content_version = found.setdefault(VERSION_KEY, known)
    return found


def version_of(key: str) -> int | None:
    """The version under `key` (the content version, or one that moves on
    with a narrower kind of change: `changed(key)`); None while the cache
    is unavailable."""
    version = cache.get(key)
    if version is None:
        cache.add(key, _fresh_version(), None)
        version = cache.get(key)
    return version


def _fresh_version() -> int:
    """A starting number no earlier version can have had, should the cache
    have evicted the version and kept fragments stored under an old one."""
    return time.time_ns()


def versions_of(keys: list[str]) -> dict[str, int] | None:
    """`version_of` for several keys in one round trip (two when some are
    new); None while the cache is unavailable."""
    found = cache.get_many(keys)
    if missing := [key for key in keys if key not in found]:
        for key in missing:
            cache.add(key, _fresh_version(), None)
        found |= cache.get_many(missing)
    return found if len(found) == len(keys) else None


def _move_on(keys: tuple[str, ...]) -> None:
    """A fresh number under each key, in one write."""
    cache.set_many(dict.fromkeys(keys, _fresh_version()), None)


def content_changed() -> None:
    """Now and after commit: a page rendered from the old rows in between
    must not be kept under the new version."""
    changed(VERSION_KEY)


def changed(*keys: str) -> None:
    """The versions under `keys` move on, now and after commit."""
    if keys:
        _move_on(keys)
        transaction.on_commit(lambda: _move_on(keys))


def kept(
    name: str, compute: Callable[[], T], seconds: int, request: HttpRequest | None = None
) -> T:
    """`compute()`, kept under `name` until the content version moves on or
    `seconds` pass; computed afresh when `seconds` is 0 or the cache is away."""
    version = content_version(request) if seconds else None
    if version is None:
        return compute()
    return _kept_under(f"{name}:{get_language()}:{version}", compute, seconds)


def kept_for(name: str, inputs: object, compute: Callable[[], T]) -> T:
    """`compute()`, kept under a digest of `inputs` (their `repr`, which must
    name everything the result depends on) for FRAGMENT_CACHE_SECONDS;
    computed afresh when that is 0 or the cache is away."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        return compute()
    digest = hashlib.sha256(repr(inputs).encode()).hexdigest()
    return _kept_under(f"{name}:{get_language()}:{digest}", compute, seconds)


def _kept_under(key: str, compute: Callable[[], T], seconds: int) -> T:
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def audience(user: AnyUser) -> str:
    """Who sees the same kept fragments: people holding the same keys of the
    policies whose objects fragments show (the library's: public, members,
    teams, curator), so what a fragment cites is what each of them may find."""
    keys: set[str] = set()
    for policy in registered().values():
        if policy.shown_in_kept_fragments:
            keys.update(policy.viewer_keys(user))
    return ",".join(sorted(keys))


def template_context(request: HttpRequest) -> dict:
    """For `{% cache fragment_seconds name <object id> fragment_key %}`: the
    key names version and audience. With fragments off, the cache away or a
    page previewed (what it shows is not published), the seconds are 0 and
    nothing is kept."""
    keeping = settings.FRAGMENT_CACHE_SECONDS and not getattr(request, "is_preview", False)
    version = content_version(request) if keeping else None
    if version is None:
        return {"fragment_seconds": 0, "fragment_key": ""}
    return {
        "fragment_seconds": settings.FRAGMENT_CACHE_SECONDS,
        "fragment_key": f"{get_language()}:{version}:{audience(request.user)}",
    }


class KeptFragmentsPage:
    """A Wagtail page whose template keeps its body as a fragment: nothing
    in it is the viewer's own, and what it cites is chosen by audience."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(template_context(request))
        return context
