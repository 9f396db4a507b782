"""A measure across a learning network, for the network's participants:
its totals by period, its states, its teams' aims, and each team against
the network (de-identified). Everything here is added up and suppressed
(measures.rollups)."""

import csv

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from community.models import LearningNetwork
from measures import charts, permissions, rollups
from measures.models import Entry, Measure


def network_measure(
    request: HttpRequest, slug: str, network: str
) -> tuple[Measure, LearningNetwork]:
    """A measure of a network's set, for someone who sees the network's figures."""
    measure = get_object_or_404(Measure, slug=slug)
    found = get_object_or_404(LearningNetwork, slug=network)
    if not (
        permissions.can_view_measure(request.user, measure)
        and measure.networks.filter(pk=found.pk).exists()
        and permissions.sees_network_figures(request.user, found)
    ):
        raise Http404("No such page.")
    if not rollups.adds_up(measure):
        raise Http404("This measure's figures do not add up across teams.")
    return measure, found


def totals_charts(measure: Measure, totals: list[rollups.Total]) -> charts.Charts:
    """The run and control charts of totals: a hidden total is a gap."""
    points = [
        Entry(
            measure=measure,
            period=total.period,
            numerator=total.shown.numerator,
            denominator=total.shown.denominator,
            value=total.shown.numerator,
        )
        for total in totals
    ]
    return charts.charts_for(measure, points, None)


def total_rows(drawn: charts.Charts, totals: list[rollups.Total]) -> list[dict[str, object]]:
    """The charts' table, each period saying how many teams it adds up or
    that it is hidden."""
    by_period = {total.period: total for total in totals}
    rows = charts.table_rows(drawn)
    for row, period in zip(rows, drawn.series, strict=True):
        total = by_period.get(period.start)
        if total is None:
            row["status"] = _("no data")
        elif total.shown.suppressed:
            row["status"] = _("hidden: %(threshold)s or fewer") % {"threshold": rollups.threshold()}
        else:
            row["status"] = ngettext("%(count)s team", "%(count)s teams", total.teams) % {
                "count": total.teams
            }
    return rows


@login_required
def network_figures(request: HttpRequest, slug: str, network: str) -> HttpResponse:
    measure, found = network_measure(request, slug, network)
    teams = rollups.network_teams(found)
    totals = rollups.totals(measure, teams)
    drawn = totals_charts(measure, totals)
    return render(
        request,
        "measures/network_figures.html",
        {
            "measure": measure,
            "network": found,
            "totals": totals,
            "charts": drawn,
            "run": charts.run_drawing(drawn) if drawn.series else None,
            "run_findings": charts.run_findings(drawn) if drawn.series else [],
            "rows": total_rows(drawn, totals),
            "aims": rollups.aims(measure, teams),
            "benchmark": rollups.benchmark(measure, found, permissions.named_teams(request.user)),
            "hidden_periods": sum(1 for total in totals if total.shown.suppressed),
            "threshold": rollups.threshold(),
        },
    )


@login_required
def network_figures_csv(request: HttpRequest, slug: str, network: str) -> HttpResponse:
    measure, found = network_measure(request, slug, network)
    totals = rollups.totals(measure, rollups.network_teams(found))
    drawn = totals_charts(measure, totals)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{found.slug}-{measure.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(charts.TABLE_HEADINGS)
    writer.writerows(charts.csv_rows(total_rows(drawn, totals)))
    return response
