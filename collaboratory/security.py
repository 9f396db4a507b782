"""Headers that keep a slip elsewhere harmless: a strict Content-Security-Policy
on every response, no caching of what is rendered for a signed-in person, and
the browser features the site never uses switched off.

Members' Markdown is sanitised (kernel/markdown.py); the policy is the
second lock, so that if the sanitiser ever let a script through, the browser
would still refuse to run it."""

import logging
import secrets
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("collaboratory.csp")

REPORT_PATH = "/csp-report/"
REPORT_MAX_BYTES = 8 * 1024

# Scripts come from our own static files, or inline with this request's nonce:
# never an inline handler, `javascript:` URL or eval. Style attributes are
# allowed (charts and bars set their sizes with them); they cannot run code.
SITE_POLICY = (
    "default-src 'self'",
    "script-src 'self' 'nonce-{nonce}'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    # Webinar recordings may be given as a direct link to a file elsewhere.
    "media-src 'self' https:",
    "connect-src 'self'",
    "font-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    f"report-uri {REPORT_PATH}",
)

# The exception: Wagtail's admin still writes inline scripts in a few of its
# widgets (date pickers, inline panels) and uses eval-free but inline
# initialisation. Editors, moderators and facilitators use it; members'
# Markdown is never shown there unescaped.
ADMIN_POLICY = (
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' https:",
    "connect-src 'self'",
    "font-src 'self' data:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    f"report-uri {REPORT_PATH}",
)

# Django's own error pages under DEBUG (never in production) explain a 404 or
# 500 to the developer with inline styles and scripts. Those two statuses
# only: a page of ours that refuses (a closed team space's 403) keeps the
# site's policy and its own styles.
DEBUG_ERROR_POLICY = (
    "default-src 'self'",
    "script-src 'unsafe-inline'",
    "style-src 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
)

PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)


def policy_for(request: HttpRequest, response: HttpResponse | None = None) -> str:
    if settings.DEBUG and response is not None and response.status_code in (404, 500):
        return "; ".join(DEBUG_ERROR_POLICY)
    admin = request.path.startswith("/admin/")
    directives = ADMIN_POLICY if admin else SITE_POLICY
    return "; ".join(directives).replace("{nonce}", request.csp_nonce)


class SecurityHeadersMiddleware:
    """Sets the policy unless a view chose its own (file downloads carry a
    sandboxing one), and marks responses made for a signed-in person as
    private and not to be stored, unless the view said how to cache them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.csp_nonce = secrets.token_urlsafe(16)
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", policy_for(request, response))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if _signed_in(request) and "Cache-Control" not in response.headers:
            response["Cache-Control"] = "private, no-store"
            patch_vary_headers(response, ["Cookie"])
        return response


def _signed_in(request: HttpRequest) -> bool:
    if getattr(request, "auth", None):  # an API call with a personal token
        return True
    # Without a session cookie nobody is signed in: visitors' pages cost no
    # session lookup and stay cacheable by nginx.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


@csrf_exempt
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    """Browsers send what the policy blocked; it is logged for the team."""
    length = int(request.headers.get("Content-Length") or 0)
    if 0 < length <= REPORT_MAX_BYTES:
        logger.warning("Content-Security-Policy report: %s", request.body[:REPORT_MAX_BYTES])
    return HttpResponse(status=204)
