import csv

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from webinars import permissions, services
from webinars.models import WebinarPage


def register(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    """POST `action=register` (with `reminders`), `action=reminders` to
    change them, or `action=cancel`; each is idempotent."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(webinar.url)
    action = request.POST.get("action")
    reminders = request.POST.get("reminders")
    try:
        if action == "cancel":
            services.cancel_registration(request.user, webinar)
            messages.info(
                request,
                _("You are no longer registered for “%(title)s”.") % {"title": webinar.title},
            )
        elif action == "reminders":
            registration = services.choose_reminders(request.user, webinar, reminders or "")
            messages.success(
                request,
                _("Reminders: %(reminders)s.")
                % {"reminders": registration.get_reminders_display()},
            )
        else:
            services.register(request.user, webinar, reminders)
            messages.success(
                request,
                _(
                    "You are registered for “%(title)s”. We have emailed you the details "
                    "and the event for your calendar."
                )
                % {"title": webinar.title},
            )
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    return redirect(webinar.url + "#registration")


def registrations_csv(request: HttpRequest, webinar: WebinarPage) -> HttpResponse:
    if not permissions.can_see_registrations(request.user, webinar):
        raise PermissionDenied(_("Only the presenters and facilitators see who registered."))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{webinar.slug}-registrations.csv"'
    writer = csv.writer(response)
    writer.writerow(["name", "email", "organization", "state", "registered at (UTC)"])
    for registration in (
        permissions.registrations.view_objects(request.user)
        .filter(webinar=webinar, cancelled_at__isnull=True)
        .select_related("user__profile__jurisdiction")
        .order_by("registered_at")
    ):
        profile = registration.user.profile
        writer.writerow(
            [
                _safe(profile.name),
                _safe(registration.user.email),
                _safe(profile.organisation),
                profile.jurisdiction.name if profile.jurisdiction else "",
                registration.registered_at.strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return response


def _safe(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; neutralise them."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
