from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from kernel.standing import Account
from webinars import services
from webinars.calendar import build_calendar, calendar_name, upcoming, user_for_feed_token
from webinars.models import WebinarIndexPage, WebinarPage
from webinars.permissions import can_see_join_link, registrations

ICS = "text/calendar; charset=utf-8"


def _ics(body: bytes, filename: str, personal: bool = False) -> HttpResponse:
    response = HttpResponse(body, content_type=ICS)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if personal:  # holds a join link: no shared cache may keep it for others
        patch_cache_control(response, private=True, no_store=True)
    return response


def event_file(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    """One webinar; with its join link for someone who may see it."""
    personal = can_see_join_link(request.user, webinar)
    body = build_calendar([webinar], webinar.title, with_join_link=personal)
    return _ics(body, f"{webinar.slug}.ics", personal)


def _index() -> WebinarIndexPage:
    index = WebinarIndexPage.objects.live().first()
    if index is None:
        raise Http404("There is no webinar archive yet.")
    return index


def public_feed(request: HttpRequest) -> HttpResponse:
    """/webinars/calendar.ics: upcoming webinars, optionally of one network
    (`?network=safe-sleep`), for calendar apps to subscribe to."""
    webinars = WebinarPage.objects.descendant_of(_index()).live().public()
    suffix = ""
    if network := request.GET.get("network"):
        webinars = webinars.filter(networks__slug=network)
        suffix = f" · {network.replace('-', ' ')}"
    webinars = upcoming(webinars).prefetch_related("presenters")
    return _ics(build_calendar(webinars, calendar_name(suffix)), "webinars.ics")


@login_required
@require_POST
def renew_personal_feed(request: HttpRequest) -> HttpResponse:
    services.renew_calendar_link(request.user)
    messages.success(
        request, _("Your calendar link is new; the old one no longer works. Subscribe again.")
    )
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/webinars/"
    return redirect(next_url)


def _registered(user: Account) -> QuerySet:
    return registrations.view_objects(user).filter(user=user, cancelled_at__isnull=True)


def personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    """What one member registered for and has not cancelled, from a month
    back, with the join links their registrations give them."""
    user = user_for_feed_token(token)
    if user is None:
        raise Http404("This calendar link is not valid.")
    webinars = (
        WebinarPage.objects.descendant_of(_index())
        .live()
        .public()
        .filter(registrations__in=_registered(user))
        .filter(starts_at__gte=timezone.now() - timedelta(days=31))
        .order_by("starts_at")
        .prefetch_related("presenters")
    )
    body = build_calendar(
        webinars,
        calendar_name(" · " + pgettext("my own webinar calendar", "mine")),
        with_join_link=True,
    )
    return _ics(body, "my-webinars.ics", personal=True)
