"""The language a person reads the site in.

The address says it: /es/… is Spanish and the bare address English, so a
link, a bookmark or a cached page always means one language. Where the
address leaves a choice (a bare address), the person's remembered choice
decides: the cookie the switcher (and log-in) sets, then a member's
profile, then, on a first visit, the browser's first language."""

from collections.abc import Callable
from urllib.parse import parse_qs

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import translate_url
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_path, override

SITE_LANGUAGES: frozenset[str] = frozenset(code for code, _name in settings.LANGUAGES)
COOKIE_SECONDS = 365 * 24 * 60 * 60


def browser_language(accept_language: str) -> str | None:
    """The site language of the first language the browser asks for, if the
    site has it. Browsers list languages in the person's order, so the first
    entry is the choice (the same rule nginx's cache key can follow)."""
    first = accept_language.split(",", 1)[0].split(";", 1)[0].strip().lower()
    primary = first.split("-", 1)[0]
    return primary if primary in SITE_LANGUAGES else None


# The member's profile language, kept in their session: read from the
# profile once per session, not at every request.
SESSION_KEY = "profile_language"


def profile_language(request: HttpRequest) -> str | None:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    session = request.session
    if SESSION_KEY not in session:
        profile = getattr(user, "profile", None)
        session[SESSION_KEY] = getattr(profile, "language", "")
    language = session[SESSION_KEY]
    return language if language in SITE_LANGUAGES else None


def preferred_language(request: HttpRequest) -> str | None:
    """The language this person chose (this browser's cookie, set by the
    switcher and at log-in; else a member's profile, which follows them to
    any device) or, before any choice, their browser's."""
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return (
        (cookie if cookie in SITE_LANGUAGES else None)
        or profile_language(request)
        or browser_language(request.headers.get("Accept-Language", ""))
    )


def socket_language(scope: dict) -> str:
    """A websocket's language: its page passes `?lang=` (sockets have one
    address for every language)."""
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    language = (query.get("lang") or [""])[0]
    return language if language in SITE_LANGUAGES else settings.LANGUAGE_CODE


def url_in_language(path: str, language: str) -> str:
    """The same address in another language: the prefix changes, the rest
    stays (Wagtail pages with a translation of their own are linked to it by
    the switcher instead). An address outside the site's pages is kept."""
    current = get_language_from_path(path) or settings.LANGUAGE_CODE
    with override(current):
        return translate_url(path, language)


def remember_language(
    response: HttpResponse, language: str, request: HttpRequest | None = None
) -> None:
    """This browser reads in `language` from now on (and this member's
    session, when their profile has just changed)."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = language
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=COOKIE_SECONDS,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


class LanguagePreferenceMiddleware:
    """Sends a bare (English) address to its Spanish one for someone who
    reads in Spanish. Only for reading (GET and HEAD): a form posted to a
    bare address is answered where it was posted."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        redirect = self._redirect(request)
        response = redirect or self.get_response(request)
        if get_language_from_path(request.path_info) is None:
            # What a bare address answers depends on the choice and the browser.
            patch_vary_headers(response, ("Cookie", "Accept-Language"))
        return response

    def _redirect(self, request: HttpRequest) -> HttpResponse | None:
        if request.method not in ("GET", "HEAD"):
            return None
        if get_language_from_path(request.path_info) is not None:
            return None
        language = preferred_language(request)
        if language is None or language == settings.LANGUAGE_CODE:
            return None
        target = url_in_language(request.get_full_path(), language)
        if target == request.get_full_path():
            return None  # not a page that has languages: the admin, the API, files
        response = HttpResponseRedirect(target)
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            remember_language(response, language)
        return response
