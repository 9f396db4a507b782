"""A checklist as the network sees it (how many teams meet each item, no
names), and the coaches' one page over the teams they coach."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from checklists import queries
from checklists.models import Checklist
from checklists.queries import numbered_groups
from measures.permissions import sees_network_figures


def checklist(request: HttpRequest, slug: str) -> HttpResponse:
    found = get_object_or_404(Checklist.objects.select_related("network"), slug=slug)
    counts, teams = None, 0
    if sees_network_figures(request.user, found.network):
        counts, teams = queries.teams_meeting(found)
    items = list(found.items.all())
    rows = [(item, counts.get(item.pk, 0) if counts is not None else None) for item in items]
    groups = numbered_groups(rows)
    return render(
        request,
        "checklists/checklist.html",
        {"checklist": found, "groups": groups, "teams": teams, "counted": counts is not None},
    )


@login_required
def coaching(request: HttpRequest) -> HttpResponse:
    return render(request, "checklists/coaching.html", {"teams": queries.coached(request.user)})
