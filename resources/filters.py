"""/resources/: published resources the viewer may see, newest first, with
filters and counts, and a keyword box over title, summary, body and the
text inside files."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import QueryDict

from collaboratory import facets
from collaboratory.models import Jurisdiction, LearningNetwork
from resources import permissions
from resources.models import Audience, Language, ResourceKind

PER_PAGE = 20


def resource_filters(params: QueryDict) -> dict[str, Q]:
    active = {}
    if q := params.get("q", "").strip()[:200]:
        words = Q()
        for word in q.split()[:8]:
            words &= (
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(body__icontains=word)
                | Q(file_text__icontains=word)
            )
        active["q"] = words
    simple = {
        "network": "networks__slug",
        "jurisdiction": "jurisdictions__slug",
        "kind": "kind",
        "topic": "tagged_items__tag__slug",
        "audience": "audiences__slug",
        "language": "language",
    }
    for name, lookup in simple.items():
        if value := params.get(name):
            active[name] = Q(**{lookup: value})
    if (region := facets.whole_number(params.get("region"), low=1, high=10)) is not None:
        active["region"] = Q(jurisdictions__hhs_region=region)
    if (year := facets.whole_number(params.get("year"), low=1900, high=2200)) is not None:
        active["year"] = Q(year_published=year)
    return active


def resource_listing(user, params: QueryDict) -> dict:
    base = permissions.visible_resources(user)
    active = resource_filters(params)
    results = (
        facets.filtered(base, active)
        .distinct()
        .select_related("team__jurisdiction")
        .prefetch_related("networks", "jurisdictions", "audiences", "tagged_items__tag")
        .order_by("-created_at", "-pk")
    )

    def tally(skip: str, field: str) -> dict:
        return facets.counts(facets.filtered(base, active, skip=skip), field)

    page = Paginator(results, PER_PAGE).get_page(params.get("page"))
    years = tally("year", "year_published")
    topics = sorted(
        set(
            base.exclude(tagged_items=None).values_list(
                "tagged_items__tag__slug", "tagged_items__tag__name"
            )
        ),
        key=lambda pair: pair[1],
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
                tally("network", "networks__slug"),
                params,
            ),
            facets.facet(
                "region",
                "HHS region",
                "All regions",
                [(n, f"Region {n}") for n in range(1, 11)],
                tally("region", "jurisdictions__hhs_region"),
                params,
            ),
            facets.facet(
                "jurisdiction",
                "State or jurisdiction",
                "Anywhere",
                Jurisdiction.objects.values_list("slug", "name"),
                tally("jurisdiction", "jurisdictions__slug"),
                params,
            ),
            facets.facet(
                "kind", "Kind", "Any kind", ResourceKind.choices, tally("kind", "kind"), params
            ),
            facets.facet(
                "topic",
                "Topic",
                "Any topic",
                topics,
                tally("topic", "tagged_items__tag__slug"),
                params,
            ),
            facets.facet(
                "audience",
                "Written for",
                "Anyone",
                Audience.objects.values_list("slug", "name"),
                tally("audience", "audiences__slug"),
                params,
            ),
            facets.facet(
                "language",
                "Language",
                "Any language",
                Language.choices,
                tally("language", "language"),
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
