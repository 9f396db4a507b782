"""/webinars/: upcoming webinars first, then the archive, filtered by series,
network, presenter, topic and year, each choice with its count."""

from datetime import timedelta

from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.models import LearningNetwork
from kernel import facets
from kernel.page_languages import in_reading_language, under_any_translation
from webinars.models import Person, WebinarPage, WebinarSeriesPage

LONGEST_WEBINAR = timedelta(hours=6)


def _series(raw: str, selection: facets.Selection) -> WebinarSeriesPage | None:
    """A series of this index page, by slug; another slug is ignored."""
    return selection.given["series"].get(raw)


def _presenters(selection: facets.Selection, tally: facets.Tally):
    return Person.objects.filter(webinars__in=selection.base).distinct().values_list("slug", "name")


def _topics(selection: facets.Selection, tally: facets.Tally) -> list[tuple[str, str]]:
    pairs = selection.base.order_by().values_list(
        "tagged_items__tag__slug", "tagged_items__tag__name"
    )
    return sorted(set(pairs.exclude(tagged_items__tag__slug=None)), key=lambda pair: pair[1])


WEBINARS = facets.Listing(
    filters=(
        facets.Choices(
            "series",
            _("Series"),
            _("All series"),
            read=_series,
            where=lambda series: Q(path__startswith=series.path),
            options=lambda selection, tally: [
                (slug, s.title) for slug, s in selection.given["series"].items()
            ],
            count=facets.each_choice,  # a series is a branch of the tree, not a column
        ),
        facets.Choices(
            "network",
            _("Learning network"),
            _("All networks"),
            where=lambda slug: Q(networks__slug=slug),
            options=LearningNetwork.objects.values_list("slug", "name"),
            count=facets.grouped("networks__slug"),
        ),
        facets.Choices(
            "presenter",
            _("Presenter"),
            _("Anyone"),
            where=lambda slug: Q(presenters__slug=slug),
            options=_presenters,
            count=facets.grouped("presenters__slug"),
        ),
        facets.Choices(
            "topic",
            _("Topic"),
            _("Any topic"),
            where=lambda slug: Q(tagged_items__tag__slug=slug),
            options=_topics,
            count=facets.grouped("tagged_items__tag__slug"),
        ),
        facets.Choices(
            "year",
            _("Year"),
            _("Any year"),
            read=facets.number(1900, 2200),
            where=lambda year: Q(starts_at__year=year),
            options=facets.counted_values,
            count=facets.grouped("year", annotate=ExtractYear("starts_at")),
        ),
    ),
    per_page=12,
    distinct=True,  # networks, presenters and topics are joins
)


def webinar_listing(index_page, params: QueryDict) -> dict:
    base = in_reading_language(
        under_any_translation(WebinarPage.objects.live().public(), index_page, children_only=False)
    )
    series_pages = under_any_translation(WebinarSeriesPage.objects.live().public(), index_page)
    series = {s.slug: s for s in in_reading_language(series_pages)}
    found = WEBINARS.find(base, params, series=series)
    now = timezone.now()
    soon = found.matching.filter(starts_at__gte=now - LONGEST_WEBINAR).order_by("starts_at")
    upcoming = [w for w in soon.prefetch_related("presenters") if w.state(now) in _NOT_YET_OVER]
    archive = (
        found.matching.filter(starts_at__lt=now)
        .exclude(pk__in=[w.pk for w in upcoming])
        .order_by("-starts_at")
        .prefetch_related("presenters", "networks")
    )
    page = found.page(archive)
    return {
        "upcoming": upcoming,
        "archive": page,
        **found.summary(len(upcoming) + page.paginator.count),
    }


_NOT_YET_OVER = {WebinarPage.State.UPCOMING, WebinarPage.State.LIVE}
