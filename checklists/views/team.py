"""A team's checklists and its progress on each item: for the team and its
coaches; its members record progress."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from checklists import permissions, queries, services
from checklists.forms import ProgressForm
from checklists.models import Checklist, ChecklistItem
from checklists.queries import numbered_groups
from community.models import Team
from kernel.standing import signed_in
from resources import permissions as resource_permissions


def _team(request: HttpRequest, slug: str) -> Team:
    team = get_object_or_404(Team.objects.select_related("jurisdiction"), slug=slug)
    if not permissions.sees_team(request.user, team.pk):
        raise Http404("No such page.")
    return team


def _checklist(team: Team, slug: str) -> Checklist:
    return get_object_or_404(queries.checklists_for(team), slug=slug)


@login_required
def team_checklists(request: HttpRequest, team: str) -> HttpResponse:
    seen = _team(request, team)
    return render(
        request,
        "checklists/team_checklists.html",
        {"team": seen, "standings": queries.standings(request.user, seen)},
    )


@login_required
def team_checklist(request: HttpRequest, team: str, slug: str) -> HttpResponse:
    seen = _team(request, team)
    checklist = _checklist(seen, slug)
    progress = queries.team_progress(request.user, seen, checklist)
    items = [(item, progress.get(item.pk)) for item in checklist.items.all()]
    groups = numbered_groups(items)
    return render(
        request,
        "checklists/team_checklist.html",
        {
            "team": seen,
            "checklist": checklist,
            "groups": groups,
            "met": sum(1 for _item, p in items if p and p.status == "met"),
            "total": len(items),
            "records": permissions.records_for(request.user, seen.pk),
            "openable": _openable(request, progress.values()),
        },
    )


def _openable(request: HttpRequest, progress) -> set[int]:
    """The evidence this person may open (the rest is named, not linked)."""
    ids = [p.evidence_id for p in progress if p.evidence_id]
    visible = resource_permissions.visible_resources(request.user).filter(pk__in=ids)
    return set(visible.values_list("pk", flat=True))


@login_required
def item_progress(request: HttpRequest, team: str, slug: str, pk: int) -> HttpResponse:
    seen = _team(request, team)
    checklist = _checklist(seen, slug)
    item = get_object_or_404(ChecklistItem, pk=pk, checklist=checklist)
    records = permissions.records_for(request.user, seen.pk)
    current = queries.team_progress(request.user, seen, checklist).get(item.pk)
    initial = (
        {
            "status": current.status,
            "since": current.since,
            "evidence": current.evidence_id,
            "note": current.note,
        }
        if current
        else {"status": "not_started"}
    )
    form = ProgressForm(request.user, seen, request.POST or None, initial=initial)
    errors: list[str] = []
    if request.method == "POST":
        if not records:
            raise Http404("No such page.")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.record_progress(
                    signed_in(request),
                    seen,
                    item,
                    data["status"],
                    data["since"],
                    data["evidence"],
                    data["note"],
                )
            except ValidationError as error:
                errors = error.messages
            else:
                messages.success(request, _("Saved: “%(item)s”.") % {"item": item.text})
                return redirect("checklists:team_checklist", team=seen.slug, slug=checklist.slug)
    return render(
        request,
        "checklists/item_progress.html",
        {
            "team": seen,
            "checklist": checklist,
            "item": item,
            "current": current,
            "history": list(current.history.all()) if current else [],
            "form": form if records else None,
            "errors": errors,
            "openable": _openable(request, [current] if current else []),
        },
    )
