"""Entering a team's data for a period (a form that works without
JavaScript), submitting it to the coaches, and a coach's review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from community.models import Team
from kernel.standing import signed_in
from measures import csv_files, periods, permissions, services
from measures.forms import PeriodForm, read_period
from measures.models import Entry, Measure
from measures.views.team import team_seen


def _recording(request: HttpRequest, team: str) -> Team:
    seen = team_seen(request, team)
    if not permissions.records_for(request.user, seen.pk):
        raise PermissionDenied("Only the team's lead or data lead enters its data.")
    return seen


@login_required
def enter(request: HttpRequest, team: str) -> HttpResponse:
    seen = _recording(request, team)
    period = read_period(request.GET.get("period") or request.POST.get("period"))
    if period > periods.current():
        when = capfirst(periods.label(period, periods.MONTHLY))
        messages.error(request, _("%(period)s has not begun yet.") % {"period": when})
        return redirect("measures:enter", team=seen.slug)
    account = signed_in(request)
    form = PeriodForm(seen, period, account, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            stored = services.record(account, seen, form.readings())
        except ValidationError as error:
            form.refused(error)
        else:
            messages.success(
                request,
                ngettext(
                    "Saved %(count)s value for %(period)s.",
                    "Saved %(count)s values for %(period)s.",
                    len(stored),
                )
                % {"count": len(stored), "period": form.period_label},
            )
            return redirect(f"{request.path}?period={period.isoformat()}")
    return render(request, "measures/enter.html", {"team": seen, "form": form})


def _tracked(request: HttpRequest, team) -> dict[str, Measure]:
    return {m.slug: m for m in permissions.tracked_measures.measures_of(request.user, team)}


@login_required
def csv_template(request: HttpRequest, team: str) -> HttpResponse:
    seen = _recording(request, team)
    period = csv_files.last_period()
    body = csv_files.template(_tracked(request, seen).values(), period)
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{seen.slug}-{period:%Y-%m}.csv"'
    return response


@login_required
def upload(request: HttpRequest, team: str) -> HttpResponse:
    seen = _recording(request, team)
    errors: list[str] = []
    if request.method == "POST":
        upload = request.FILES.get("file")
        try:
            if upload is None:
                raise ValidationError(_("Choose the CSV file to upload."))
            readings = csv_files.read(seen, _tracked(request, seen), upload.read())
            stored = services.record(signed_in(request), seen, readings)
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(
                request,
                ngettext(
                    "Saved %(count)s value from %(file)s.",
                    "Saved %(count)s values from %(file)s.",
                    len(stored),
                )
                % {"count": len(stored), "file": upload.name},
            )
            return redirect("measures:team", team=seen.slug)
    return render(
        request,
        "measures/upload.html",
        {"team": seen, "errors": errors, "headings": csv_files.HEADINGS},
    )


@login_required
@require_POST
def submit(request: HttpRequest, team: str) -> HttpResponse:
    seen = team_seen(request, team)
    period = read_period(request.POST.get("period"))
    try:
        sent = services.submit(signed_in(request), seen, period)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            ngettext(
                "Submitted %(count)s value; the team's coaches are told.",
                "Submitted %(count)s values; the team's coaches are told.",
                len(sent),
            )
            % {"count": len(sent)},
        )
    return redirect(f"{reverse('measures:enter', args=[seen.slug])}?period={period.isoformat()}")


@login_required
@require_POST
def review(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(Entry.objects.select_related("team", "measure"), pk=pk)
    if not permissions.team_data.can_view(signed_in(request), entry):
        raise Http404("No such entry.")
    services.review(signed_in(request), entry, request.POST.get("comment", ""))
    messages.success(request, _("Marked %(entry)s reviewed.") % {"entry": entry})
    return redirect("measures:chart", team=entry.team.slug, measure=entry.measure.slug)
