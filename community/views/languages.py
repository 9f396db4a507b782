"""The language switcher's link."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from community import services
from kernel.languages import SITE_LANGUAGES, remember_language, url_in_language


def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    """Remember the choice (a cookie, and a member's profile) and go on to
    `next`, the same page in that language. It only changes the language a
    person reads in, so a plain link will do."""
    if code not in SITE_LANGUAGES:
        raise Http404("No such language")
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = url_in_language("/", code)
    response = HttpResponseRedirect(target)
    if request.user.is_authenticated:
        services.set_language(request.user, code)
    remember_language(response, code, request)
    return response
