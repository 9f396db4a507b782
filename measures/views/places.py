"""Public equity data profiles: a state's published measures by county and
by race and ethnicity, and a page per county, with small numbers hidden
(measures.rollups.profile). Everyone may read them."""

import csv

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from community.models import Jurisdiction
from measures import rollups
from measures.models import StratumCategory


def places(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "measures/places.html",
        {"states": rollups.profiled_states(), "measures": rollups.published_measures()},
    )


def state_and_profiles(slug: str) -> tuple[Jurisdiction, list[rollups.Profile]]:
    """A state and its profiles; 404 when it has no published figures."""
    state = get_object_or_404(Jurisdiction, slug=slug)
    found = rollups.profiles(state)
    if not found:
        raise Http404("No published figures for this state.")
    return state, found


def state_profile(request: HttpRequest, state: str) -> HttpResponse:
    found, profiles = state_and_profiles(state)
    counties = StratumCategory.objects.filter(
        dimension="county", jurisdiction=found, slug__in=_keys(profiles, "county")
    )
    return render(
        request,
        "measures/state_profile.html",
        {
            "state": found,
            "profiles": profiles,
            "counties": counties,
            "threshold": rollups.threshold(),
        },
    )


def county_profile(request: HttpRequest, state: str, county: str) -> HttpResponse:
    found, profiles = state_and_profiles(state)
    place = get_object_or_404(StratumCategory, dimension="county", jurisdiction=found, slug=county)
    rows = [
        (profile, profile.line(place.name, profile.figures.breakdowns["county"][county], county))
        for profile in profiles
        if county in profile.figures.breakdowns.get("county", {})
    ]
    if not rows:
        raise Http404("No published figures for this county.")
    return render(
        request,
        "measures/county_profile.html",
        {"state": found, "county": place, "rows": rows, "threshold": rollups.threshold()},
    )


def _keys(profiles: list[rollups.Profile], breakdown: str) -> set[str]:
    return {key for p in profiles for key in p.figures.breakdowns.get(breakdown, {})}


CSV_HEADINGS = [
    _("Measure"),
    pgettext_lazy("the first period of figures", "From"),
    pgettext_lazy("the last period of figures", "To"),
    _("Breakdown"),
    _("Group"),
    _("Numerator"),
    _("Denominator"),
    _("Value"),
]


def profile_rows(profiles: list[rollups.Profile]) -> list[list[str]]:
    """The profile as CSV rows: exactly what the page shows, hidden cells blank."""
    rows = []
    for profile in profiles:
        lines = [("total", profile.total)]
        lines += [("county", line) for line in profile.counties]
        lines += [("race", line) for line in profile.groups]
        for breakdown, line in lines:
            rows.append(
                [
                    profile.measure.name,
                    f"{profile.window.start:%Y-%m}",
                    f"{profile.window.end:%Y-%m}",
                    breakdown,
                    line.name,
                    _cell(line.shown.numerator),
                    _cell(line.shown.denominator),
                    _cell(line.value),
                ]
            )
    return rows


def _cell(value: float | None) -> str:
    return "" if value is None else f"{round(value, 2):g}"


def state_profile_csv(request: HttpRequest, state: str) -> HttpResponse:
    found, profiles = state_and_profiles(state)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{found.slug}-profile.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_HEADINGS)
    writer.writerows(profile_rows(profiles))
    return response
