"""/webinars/: upcoming webinars first, then the archive, filtered by series,
network, presenter, topic and year, each choice with its count."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils import timezone

from collaboratory import facets
from collaboratory.models import LearningNetwork
from webinars.models import Person, WebinarPage, WebinarSeriesPage

PER_PAGE = 12
LONGEST_WEBINAR = timedelta(hours=6)


def webinar_filters(params: QueryDict, series: dict[str, WebinarSeriesPage]) -> dict[str, Q]:
    active = {}
    if (chosen := series.get(params.get("series", ""))) is not None:
        active["series"] = Q(path__startswith=chosen.path)
    if network := params.get("network"):
        active["network"] = Q(networks__slug=network)
    if presenter := params.get("presenter"):
        active["presenter"] = Q(presenters__slug=presenter)
    if topic := params.get("topic"):
        active["topic"] = Q(tagged_items__tag__slug=topic)
    if (year := facets.whole_number(params.get("year"), low=1900, high=2200)) is not None:
        active["year"] = Q(starts_at__year=year)
    return active


def webinar_listing(index_page, params: QueryDict) -> dict:
    base = WebinarPage.objects.descendant_of(index_page).live().public()
    series = {s.slug: s for s in WebinarSeriesPage.objects.child_of(index_page).live().public()}
    active = webinar_filters(params, series)
    matching = facets.filtered(base, active).distinct()
    now = timezone.now()
    soon = matching.filter(starts_at__gte=now - LONGEST_WEBINAR).order_by("starts_at")
    upcoming = [w for w in soon.prefetch_related("presenters") if w.state(now) in _NOT_YET_OVER]
    archive = (
        matching.filter(starts_at__lt=now)
        .exclude(pk__in=[w.pk for w in upcoming])
        .order_by("-starts_at")
        .prefetch_related("presenters", "networks")
    )
    page = Paginator(archive, PER_PAGE).get_page(params.get("page"))

    def tally(skip: str, field: str) -> dict:
        return facets.counts(facets.filtered(base, active, skip=skip), field)

    without_series = facets.filtered(base, active, skip="series")
    series_tally = {
        slug: without_series.filter(path__startswith=s.path).distinct().count()
        for slug, s in series.items()
    }
    years = facets.filtered(base, active, skip="year").annotate(year=ExtractYear("starts_at"))
    return {
        "upcoming": upcoming,
        "archive": page,
        "result_count": len(upcoming) + page.paginator.count,
        "filter_query": facets.query_without_page(params),
        "any_filter": bool(active),
        "facets": facets.by_name(
            facets.facet(
                "series",
                "Series",
                "All series",
                [(slug, s.title) for slug, s in series.items()],
                series_tally,
                params,
            ),
            facets.facet(
                "network",
                "Learning network",
                "All networks",
                LearningNetwork.objects.values_list("slug", "name"),
                tally("network", "networks__slug"),
                params,
            ),
            facets.facet(
                "presenter",
                "Presenter",
                "Anyone",
                Person.objects.filter(webinars__in=base).distinct().values_list("slug", "name"),
                tally("presenter", "presenters__slug"),
                params,
            ),
            facets.facet(
                "topic",
                "Topic",
                "Any topic",
                _topics(base),
                tally("topic", "tagged_items__tag__slug"),
                params,
            ),
            facets.facet(
                "year",
                "Year",
                "Any year",
                [
                    (y, str(y))
                    for y in sorted(set(years.values_list("year", flat=True)), reverse=True)
                ],
                facets.counts(years, "year"),
                params,
            ),
        ),
    }


def _topics(base) -> list[tuple[str, str]]:
    pairs = base.order_by().values_list("tagged_items__tag__slug", "tagged_items__tag__name")
    return sorted(set(pairs.exclude(tagged_items__tag__slug=None)), key=lambda pair: pair[1])


_NOT_YET_OVER = {WebinarPage.State.UPCOMING, WebinarPage.State.LIVE}
