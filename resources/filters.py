"""/resources/: published resources the viewer may see, newest first, with
filters and counts, and a keyword box over title, summary, body and the
text inside files."""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from community.models import Jurisdiction, LearningNetwork
from kernel import facets
from kernel.fragments import audience, kept
from resources import facet_tallies, keywords, permissions
from resources.models import Audience, Language, Resource, ResourceKind, ResourceTag

# Filters on many-to-many values are `pk IN (subquery)`, never joins: the
# listing then needs no DISTINCT, and each facet is counted straight from
# its link table, which is what keeps the library quick at 140,000 rows.
NETWORKS = Resource.networks.through
JURISDICTIONS = Resource.jurisdictions.through
AUDIENCES = Resource.audiences.through


def _linked(links, **lookup) -> Q:
    return Q(pk__in=links.objects.filter(**lookup).values("resource_id"))


def _topics(selection: facets.Selection, tally: facets.Tally):
    """Only the topics that hold results are offered, by name."""
    return Tag.objects.filter(slug__in=list(tally)).order_by("name").values_list("slug", "name")


def _regions(selection: facets.Selection, tally: facets.Tally):
    """The ten HHS regions, named in the reader's language."""
    return [(n, gettext("Region %(number)s") % {"number": n}) for n in range(1, 11)]


def _kept_by_viewer(selection: facets.Selection, compute: Callable[[], dict]) -> dict:
    """Counts are the costly part of a listing and the same for everyone with
    the same view of the library: kept briefly, and dropped at any change to
    a resource (the content version in the key moves on)."""
    filters = sorted((name, str(value)) for name, value in selection.values.items())
    raw = repr((audience(selection.given["user"]), filters)).encode()
    return kept(
        f"library-facets:{hashlib.sha256(raw).hexdigest()[:32]}",
        compute,
        settings.LIBRARY_FACET_CACHE_SECONDS,
    )


LIBRARY = facets.Listing(
    filters=(
        facets.Filter(
            "q",
            read=facets.words(200),
            where=keywords.keyword_filter,
        ),
        facets.Choices(
            "network",
            _("Learning network"),
            _("All networks"),
            where=lambda slug: _linked(NETWORKS, learningnetwork__slug=slug),
            options=LearningNetwork.objects.values_list("slug", "name"),
            count=facets.linked(NETWORKS, "resource", "learningnetwork__slug"),
        ),
        facets.Choices(
            "region",
            _("HHS region"),
            _("All regions"),
            read=facets.number(1, 10),
            where=lambda region: _linked(JURISDICTIONS, jurisdiction__hhs_region=region),
            options=_regions,
            # A resource for two states of one region counts once there.
            count=facets.linked(
                JURISDICTIONS, "resource", "jurisdiction__hhs_region", distinct=True
            ),
        ),
        facets.Choices(
            "jurisdiction",
            _("State or jurisdiction"),
            _("Anywhere"),
            where=lambda slug: _linked(JURISDICTIONS, jurisdiction__slug=slug),
            options=Jurisdiction.objects.values_list("slug", "name"),
            count=facets.linked(JURISDICTIONS, "resource", "jurisdiction__slug"),
        ),
        facets.Choices(
            "kind",
            _("Kind"),
            _("Any kind"),
            where=lambda kind: Q(kind=kind),
            options=ResourceKind.choices,
            count=facets.grouped("kind", distinct=False),
        ),
        facets.Choices(
            "topic",
            _("Topic"),
            _("Any topic"),
            where=lambda slug: Q(
                pk__in=ResourceTag.objects.filter(tag__slug=slug).values("content_object_id")
            ),
            options=_topics,
            count=facets.linked(ResourceTag, "content_object", "tag__slug"),
        ),
        facets.Choices(
            "audience",
            _("Written for"),
            _("Anyone"),
            where=lambda slug: _linked(AUDIENCES, audience__slug=slug),
            options=Audience.objects.values_list("slug", "name"),
            count=facets.linked(AUDIENCES, "resource", "audience__slug"),
        ),
        facets.Choices(
            "language",
            _("Language"),
            _("Any language"),
            where=lambda language: Q(language=language),
            options=Language.choices,
            count=facets.grouped("language", distinct=False),
        ),
        facets.Choices(
            "year",
            _("Year published"),
            _("Any year"),
            read=facets.number(1900, 2200),
            where=lambda year: Q(year_published=year),
            options=facets.counted_values,
            count=facets.grouped("year_published", distinct=False),
        ),
    ),
    order=("-created_at", "-pk"),
    select_related=("team__jurisdiction",),
    prefetch_related=("networks", "jurisdictions", "audiences", "tagged_items__tag"),
    per_page=20,
    count_total=True,  # the paginator's COUNT, done once and kept with the facets
    tallied=facet_tallies.kept_counts,
    keep=_kept_by_viewer,
)


def resource_listing(user, params: QueryDict) -> dict:
    found = LIBRARY.find(permissions.visible_resources(user), params, user=user)
    page = found.page()
    return {"resources": page, **found.summary(page.paginator.count), "query": params.get("q", "")}
