"""A signed-in page kept whole for its reader, so that reading it again
costs a cache read instead of a render.

Kept under a key naming everything the page is drawn from:

- the person and their standing's generation (kernel/standing.py), which a
  change of membership, role, team or the account itself renews: after a
  change of access the page is rendered afresh, never served from before;
- the person's own version (`own_changed`), which their profile (the
  header's avatar) and their collections move on;
- the content version (kernel/fragments.py), which any change to the library
  or a published page moves on;
- the language, scheme, host and full address (the header's search box and
  language links are drawn from them).

What is the request's own is never kept: the page is rendered with a random
marker in place of the CSRF token and of each hole the view names (counts
that change on every view), and the marker is replaced at every serve by
this request's token and values. The marker is new at each render, so no
text in the page can name it. A page is rendered in full, and not kept, for
a visitor, while the cache is away, and when messages wait to be shown.

Signing out needs nothing here: it deletes the session (its row and its
cached copy, kernel/sessions.py), and without it nobody is served a kept
page. Entries expire after the
standing's own bound (five minutes) at the latest.
"""

import hashlib
import secrets
from collections.abc import Callable, Mapping

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.translation import get_language

from kernel import fragments
from kernel.standing import CACHE_SECONDS, Account, standing

CSRF = "csrf"


def own_version_key(user_id: int) -> str:
    return f"own-version:{user_id}"


def own_changed(user_id: int) -> None:
    """Something of the person's own that their pages show changed (their
    profile, their collections): their kept pages are rendered afresh."""
    fragments.changed(own_version_key(user_id))


def _key(request: HttpRequest) -> str | None:
    """None when nothing may be kept for this request."""
    user = request.user
    if not isinstance(user, Account) or not user.is_active:
        return None
    if not settings.FRAGMENT_CACHE_SECONDS or len(get_messages(request)):
        return None
    generation = standing(user).generation
    content = fragments.content_version(request)
    own = fragments.version_of(own_version_key(user.pk))
    if None in (generation, content, own):
        return None
    named = (
        f"{user.pk}:{generation}:{own}:{content}:{get_language()}:"
        f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    )
    return "personal-page:" + hashlib.sha256(named.encode()).hexdigest()


def render(
    request: HttpRequest,
    template: str,
    context: Mapping[str, object],
    holes: Mapping[str, Callable[[], str]] | None = None,
) -> HttpResponse:
    """The page, from the person's kept copy when there is one. `holes`:
    context names whose values (HTML, already escaped) are this request's
    own; each is a function, called at every serve."""
    holes = holes or {}
    key = _key(request)
    entry = cache.get(key) if key else None
    if entry is None:
        marker = secrets.token_hex(16)
        blanks = {name: f"{marker}:{name}:" for name in holes}
        html = render_to_string(
            template, {**context, **blanks, "csrf_token": f"{marker}:{CSRF}:"}, request
        )
        entry = (marker, html)
        if key:
            seconds = min(settings.FRAGMENT_CACHE_SECONDS, CACHE_SECONDS)
            cache.set(key, entry, seconds)
    marker, html = entry
    return HttpResponse(_filled(request, marker, html, holes))


def _filled(
    request: HttpRequest, marker: str, html: str, holes: Mapping[str, Callable[[], str]]
) -> str:
    if f"{marker}:{CSRF}:" in html:
        html = html.replace(f"{marker}:{CSRF}:", get_token(request))
    for name, value in holes.items():
        html = html.replace(f"{marker}:{name}:", value())
    return html
