"""/resources/: published resources the viewer may see, newest first, with
filters and counts, and a keyword box over title, summary, body and the
text inside files."""

import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import QueryDict
from taggit.models import Tag

from collaboratory import facets
from collaboratory.fragments import audience, kept
from collaboratory.models import Jurisdiction, LearningNetwork
from resources import keywords, permissions
from resources.models import Audience, Language, Resource, ResourceKind, ResourceTag

PER_PAGE = 20


# Filters on many-to-many values are `pk IN (subquery)`, never joins: the
# listing then needs no DISTINCT, and each facet is counted straight from
# its link table, which is what keeps the library quick at 140,000 rows.
NETWORKS = Resource.networks.through
JURISDICTIONS = Resource.jurisdictions.through
AUDIENCES = Resource.audiences.through


def _linked(links, **lookup) -> Q:
    return Q(pk__in=links.objects.filter(**lookup).values("resource_id"))


def resource_filters(params: QueryDict) -> dict[str, Q]:
    active = {}
    if q := params.get("q", "").strip()[:200]:
        active["q"] = keywords.keyword_filter(q)
    if value := params.get("network"):
        active["network"] = _linked(NETWORKS, learningnetwork__slug=value)
    if value := params.get("jurisdiction"):
        active["jurisdiction"] = _linked(JURISDICTIONS, jurisdiction__slug=value)
    if value := params.get("audience"):
        active["audience"] = _linked(AUDIENCES, audience__slug=value)
    if value := params.get("topic"):
        tagged = ResourceTag.objects.filter(tag__slug=value).values("content_object_id")
        active["topic"] = Q(pk__in=tagged)
    for name in ("kind", "language"):
        if value := params.get(name):
            active[name] = Q(**{name: value})
    if (region := facets.whole_number(params.get("region"), low=1, high=10)) is not None:
        active["region"] = _linked(JURISDICTIONS, jurisdiction__hhs_region=region)
    if (year := facets.whole_number(params.get("year"), low=1900, high=2200)) is not None:
        active["year"] = Q(year_published=year)
    return active


def _grouped(rows, field: str) -> dict:
    return {row[field]: row["n"] for row in rows.order_by().values(field).annotate(n=Count("*"))}


def _tallies(base, active: dict) -> dict:
    """Each facet's counts, with every other active filter kept."""

    def matching(skip: str):
        return facets.filtered(base, active, skip=skip).order_by().values("pk")

    region_rows = (
        JURISDICTIONS.objects.filter(resource__in=matching("region"))
        .order_by()
        .values("jurisdiction__hhs_region")
        .annotate(n=Count("resource", distinct=True))
    )
    return {
        "network": _grouped(
            NETWORKS.objects.filter(resource__in=matching("network")), "learningnetwork__slug"
        ),
        "jurisdiction": _grouped(
            JURISDICTIONS.objects.filter(resource__in=matching("jurisdiction")),
            "jurisdiction__slug",
        ),
        "region": {row["jurisdiction__hhs_region"]: row["n"] for row in region_rows},
        "audience": _grouped(
            AUDIENCES.objects.filter(resource__in=matching("audience")), "audience__slug"
        ),
        "topic": _grouped(
            ResourceTag.objects.filter(content_object__in=matching("topic")), "tag__slug"
        ),
        "kind": _grouped(facets.filtered(base, active, skip="kind"), "kind"),
        "language": _grouped(facets.filtered(base, active, skip="language"), "language"),
        "year": _grouped(facets.filtered(base, active, skip="year"), "year_published"),
        "total": facets.filtered(base, active).count(),
    }


def cached_tallies(user, base, active: dict, params: QueryDict) -> dict:
    """Counts are the costly part of a listing and the same for everyone with
    the same view of the library: kept briefly, and dropped at any change to
    a resource (the content version in the key moves on)."""
    filters = sorted((k, v) for k, v in params.items() if k in FILTER_NAMES)
    raw = repr((audience(user), filters)).encode()
    return kept(
        f"library-facets:{hashlib.sha256(raw).hexdigest()[:32]}",
        lambda: _tallies(base, active),
        settings.LIBRARY_FACET_CACHE_SECONDS,
    )


FILTER_NAMES = {
    "q",
    "network",
    "jurisdiction",
    "audience",
    "topic",
    "kind",
    "language",
    "region",
    "year",
}


def resource_listing(user, params: QueryDict) -> dict:
    base = permissions.visible_resources(user)
    active = resource_filters(params)
    tallies = cached_tallies(user, base, active, params)
    results = (
        facets.filtered(base, active)
        .select_related("team__jurisdiction")
        .prefetch_related("networks", "jurisdictions", "audiences", "tagged_items__tag")
        .order_by("-created_at", "-pk")
    )
    paginator = Paginator(results, PER_PAGE)
    paginator.count = tallies["total"]  # counted once, with the facets
    page = paginator.get_page(params.get("page"))
    years = tallies["year"]
    topics = (
        Tag.objects.filter(slug__in=list(tallies["topic"]))
        .order_by("name")
        .values_list("slug", "name")
    )

    return {
        "resources": page,
        "result_count": page.paginator.count,
        "filter_query": facets.query_without_page(params),
        "any_filter": bool(active),
        "query": params.get("q", ""),
        "facets": facets.by_name(
            facets.facet(
                "network",
                "Learning network",
                "All networks",
                LearningNetwork.objects.values_list("slug", "name"),
                tallies["network"],
                params,
            ),
            facets.facet(
                "region",
                "HHS region",
                "All regions",
                [(n, f"Region {n}") for n in range(1, 11)],
                tallies["region"],
                params,
            ),
            facets.facet(
                "jurisdiction",
                "State or jurisdiction",
                "Anywhere",
                Jurisdiction.objects.values_list("slug", "name"),
                tallies["jurisdiction"],
                params,
            ),
            facets.facet("kind", "Kind", "Any kind", ResourceKind.choices, tallies["kind"], params),
            facets.facet(
                "topic",
                "Topic",
                "Any topic",
                topics,
                tallies["topic"],
                params,
            ),
            facets.facet(
                "audience",
                "Written for",
                "Anyone",
                Audience.objects.values_list("slug", "name"),
                tallies["audience"],
                params,
            ),
            facets.facet(
                "language",
                "Language",
                "Any language",
                Language.choices,
                tallies["language"],
                params,
            ),
            facets.facet(
                "year",
                "Year published",
                "Any year",
                [(y, str(y)) for y in sorted((y for y in years if y), reverse=True)],
                years,
                params,
            ),
        ),
    }
