"""Reports › Site searches: the most asked queries and those that found
nothing, over the last weeks, for editors deciding what to write, pin or
add as a synonym."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from kernel.roles import SiteRole
from kernel.standing import has_site_role
from search.models import LoggedQuery

DAYS = (7, 30, 90)


def searches_report(request: HttpRequest) -> HttpResponse:
    if not has_site_role(request.user, SiteRole.EDITOR):
        raise PermissionDenied
    days = int(request.GET.get("days", 30)) if request.GET.get("days") in {"7", "30", "90"} else 30
    since = timezone.localdate() - timedelta(days=days)
    recent = LoggedQuery.objects.filter(day__gt=since).values("text")
    totals = recent.annotate(asked=Sum("searches"), empty=Sum("without_results"))
    context = {
        "days": days,
        "choices": DAYS,
        "popular": totals.order_by("-asked", "text")[:50],
        "unanswered": totals.filter(empty__gt=0).order_by("-empty", "text")[:50],
    }
    return render(request, "search/admin/searches_report.html", context)
