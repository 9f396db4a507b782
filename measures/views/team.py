"""A team's measures, seen by the team and its coaches: what it tracks, and
each measure's run and control charts with their words, table and CSV."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.models import Team
from kernel.standing import signed_in
from measures import charts, periods, permissions, rollups, services, team_chart
from measures.models import Annotation, Measure


def team_seen(request: HttpRequest, slug: str) -> Team:
    team = get_object_or_404(Team.objects.select_related("jurisdiction"), slug=slug)
    if not permissions.sees_team_data(request.user, team.pk):
        # As for a team with no data: whether it tracks anything is its own.
        raise Http404("No such page.")
    return team


@login_required
def team_measures(request: HttpRequest, team: str) -> HttpResponse:
    seen = team_seen(request, team)
    tracked = (
        permissions.tracked_measures.view_objects(request.user)
        .filter(team=seen)
        .select_related("measure")
    )
    records = permissions.records_for(request.user, seen.pk)
    offered = None
    if records:
        offered = (
            permissions.measures.view_objects(request.user)
            .filter(networks__in=seen.networks.all())
            .exclude(tracked_by__team=seen)
            .distinct()
        )
    return render(
        request,
        "measures/team_measures.html",
        {"team": seen, "tracked": tracked, "records": records, "offered": offered},
    )


@login_required
@require_POST
def track(request: HttpRequest, team: str) -> HttpResponse:
    seen = team_seen(request, team)
    measure = get_object_or_404(Measure, pk=request.POST.get("measure") or 0)
    services.track(signed_in(request), seen, measure)
    messages.success(
        request, _("%(team)s now tracks %(measure)s.") % {"team": seen, "measure": measure.name}
    )
    return redirect("measures:team", team=seen.slug)


def _chart_data(request: HttpRequest, team: str, measure: str):
    seen = team_seen(request, team)
    found = charts.team_series(request.user, seen, measure)
    if found is None:
        raise Http404("The team does not track that measure.")
    return seen, *found


@login_required
def chart(request: HttpRequest, team: str, measure: str) -> HttpResponse:
    return _chart_page(request, team, measure)


def _chart_page(
    request: HttpRequest, team: str, measure: str, mark_errors: list[str] | None = None
) -> HttpResponse:
    seen = team_seen(request, team)
    tracked = charts.team_tracked(request.user, seen, measure)
    if tracked is None:
        raise Http404("The team does not track that measure.")
    source = team_chart.sources(request.user, seen, tracked)
    reviewable = permissions.team_data.review_objects(request.user).filter(
        team=seen, measure=tracked.measure
    )
    return render(
        request,
        "measures/chart.html",
        {
            "notes": source.numbered_notes,
            "months": source.starts,
            "mark_kinds": Annotation.Kind.choices,
            "mark_errors": mark_errors,
            "team": seen,
            "tracked": tracked,
            "measure": tracked.measure,
            "drawn": team_chart.drawn_sections(request.user, seen, source) if source.starts else {},
            "benchmarks": benchmarks(request, seen, tracked.measure),
            "threshold": rollups.threshold(),
            "reviewable": reviewable.order_by("period"),
            "records": permissions.records_for(request.user, seen.pk),
        },
    )


def benchmarks(request: HttpRequest, team: Team, measure: Measure) -> list[rollups.Benchmark]:
    """The team against each of its networks that measure this."""
    seen = permissions.named_teams(request.user)
    found = (
        rollups.benchmark(measure, network, seen)
        for network in measure.networks.filter(teams=team)
        if permissions.sees_network_figures(request.user, network)
    )
    return [b for b in found if b is not None]


@login_required
@require_POST
def mark(request: HttpRequest, team: str, measure: str) -> HttpResponse:
    """Mark a period of the chart; a mistake shows the chart again with why."""
    seen, tracked, _entries = _chart_data(request, team, measure)
    period = periods.parse_month(request.POST.get("period", ""))
    try:
        if period is None:
            raise ValidationError(_("Choose a month."))
        services.annotate(
            signed_in(request),
            tracked,
            period,
            request.POST.get("kind", ""),
            request.POST.get("text", ""),
            new_phase=request.POST.get("new_phase") == "on",
        )
    except ValidationError as error:
        return _chart_page(request, team, measure, error.messages)
    messages.success(request, _("The mark is on the chart."))
    return redirect("measures:chart", team=seen.slug, measure=tracked.measure.slug)


@login_required
@require_POST
def remove_mark(request: HttpRequest, team: str, measure: str, pk: int) -> HttpResponse:
    seen, tracked, _entries = _chart_data(request, team, measure)
    note = get_object_or_404(Annotation, pk=pk, tracked=tracked)
    services.remove_annotation(signed_in(request), note)
    messages.success(request, _("The mark is gone."))
    return redirect("measures:chart", team=seen.slug, measure=tracked.measure.slug)


@login_required
@require_POST
def naming(request: HttpRequest, team: str, measure: str) -> HttpResponse:
    seen, tracked, _entries = _chart_data(request, team, measure)
    named = request.POST.get("named") == "on"
    services.name_in_benchmarks(signed_in(request), tracked, named)
    if named:
        said = _("The teams of your networks now see %(team)s's name here.")
    else:
        said = _("The teams of your networks no longer see %(team)s's name here.")
    messages.success(request, said % {"team": seen})
    return redirect("measures:chart", team=seen.slug, measure=tracked.measure.slug)


@login_required
def chart_csv(request: HttpRequest, team: str, measure: str) -> HttpResponse:
    seen, tracked, entries = _chart_data(request, team, measure)
    drawn = charts.charts_for(tracked.measure, entries, tracked)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{seen.slug}-{tracked.measure.slug}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(charts.TABLE_HEADINGS)
    writer.writerows(charts.csv_rows(charts.table_rows(drawn)))
    return response
