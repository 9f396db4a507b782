"""The measure dictionary as everyone reads it: /measures/ and a page per
measure (its definition, what it measures, how many teams track it)."""

from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from wagtail.models import Page

from community.models import LearningNetwork
from measures import permissions, rollups
from measures.models import Measure, MeasureKind


def measure_list(request: HttpRequest) -> HttpResponse:
    visible = permissions.measures.view_objects(request.user)
    kind = request.GET.get("kind", "")
    if kind in MeasureKind.values:
        visible = visible.filter(kind=kind)
    networks = (
        LearningNetwork.objects.filter(measures__in=visible)
        .distinct()
        .prefetch_related(Prefetch("measures", queryset=visible.order_by("name"), to_attr="listed"))
    )
    unfiled = visible.filter(networks__isnull=True)
    return render(
        request,
        "measures/measure_list.html",
        {
            "networks": networks,
            "unfiled": unfiled,
            "kinds": MeasureKind.choices,
            "kind": kind,
        },
    )


def measure_detail(request: HttpRequest, slug: str) -> HttpResponse:
    measure = get_object_or_404(
        Measure.objects.annotate(teams_tracking=Count("tracked_by", distinct=True)), slug=slug
    )
    if not permissions.can_view_measure(request.user, measure):
        raise Http404("No such measure.")
    ideas = measure.change_ideas.values("pk")
    change_ideas = Page.objects.live().public().filter(pk__in=ideas).specific()
    networks = list(measure.networks.all())
    return render(
        request,
        "measures/measure.html",
        {
            "measure": measure,
            "networks": networks,
            "figure_networks": [
                n
                for n in networks
                if rollups.adds_up(measure) and permissions.sees_network_figures(request.user, n)
            ],
            "change_ideas": change_ideas,
        },
    )
