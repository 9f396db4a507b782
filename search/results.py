"""A search as the page and the API run it: read the query string, ask the
backend, add the editors' pinned results and a respelling, and tally the
query anonymously."""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import F
from django.http import QueryDict
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from kernel import facets
from kernel.fragments import version_of
from search import kept, languages
from search import query as parsing
from search.access import AnyUser, can_find, viewer_keys
from search.backends import get_backend
from search.backends.base import FACETS, Hit, SearchRequest, SearchResults
from search.documents import kept_facet_names
from search.models import Kind, LoggedQuery, SearchDocument

PROMOTIONS_VERSION_KEY = "search-promotions-version"
PER_PAGE = 20
MAX_PAGE = 500
TITLES = 8
# Synonyms asked for at most, when a prefix begins one ("sdo" → SDOH's words).
SYNONYMS_OFFERED = 4


@dataclass
class Pinned:
    title: str
    url: str
    description: str


@dataclass
class Outcome:
    text: str
    results: SearchResults
    page: Page | None
    facets: dict[str, facets.Facet]
    filters: dict[str, str]
    suggestion: str | None = None
    pinned: list[Pinned] = field(default_factory=list)

    @property
    def total_shown(self) -> str:
        """The number of results as the reader's language writes it ("10 000" in Spanish)."""
        return number_format(self.results.total, force_grouping=True)


def read_filters(params: QueryDict) -> dict[str, str]:
    """The facet filters in the query string; values a facet cannot hold are dropped."""
    found = {}
    for name in FACETS:
        value = params.get(name, "").strip()[:80]
        if not value:
            continue
        if name == "type" and value not in Kind.values:
            continue
        if name == "region" and facets.whole_number(value, low=1, high=10) is None:
            continue
        if name == "year" and facets.whole_number(value, low=1900, high=2200) is None:
            continue
        if name == "language" and value not in languages.NAMES:
            continue
        if " " in value or not value.isprintable():
            continue
        found[name] = value
    return found


def _facet_options(results: SearchResults, filters: dict[str, str]) -> dict[str, list]:
    def present(name: str) -> list[str]:
        return sorted(
            set(results.facets.get(name, {})) | ({filters[name]} if name in filters else set())
        )

    named = kept_facet_names({name: present(name) for name in ("network", "jurisdiction", "topic")})
    networks, places, topics = named["network"], named["jurisdiction"], named["topic"]
    return {
        "type": [(value, label) for value, label in Kind.choices],
        "network": sorted(networks.items(), key=lambda item: item[1]),
        "jurisdiction": sorted(places.items(), key=lambda item: item[1]),
        "region": [(str(n), gettext("Region %(number)s") % {"number": n}) for n in range(1, 11)],
        "year": [(y, y) for y in sorted(present("year"), reverse=True)],
        "topic": sorted(topics.items(), key=lambda item: item[1]),
        "language": [
            (code, name)
            for code, name in languages.NAMES.items()
            if code in languages.INDEXED or code in present("language")
        ],
    }


LABELS = {
    "type": (_("Type"), _("Everything")),
    "network": (_("Learning network"), _("All networks")),
    "jurisdiction": (_("State or territory"), _("All states")),
    "region": (_("HHS region"), _("All regions")),
    "year": (_("Year"), _("Any year")),
    "topic": (_("Topic"), _("All topics")),
    "language": (_("Language"), _("Any language")),
}


def facet_panel(results: SearchResults, filters: dict[str, str], params: QueryDict) -> dict:
    options = _facet_options(results, filters)
    return facets.by_name(
        *(
            facets.facet(
                name,
                *LABELS[name],
                options[name],
                results.facets.get(name, {}),
                params,
                at_least=name in results.at_least,
            )
            for name in FACETS
        )
    )


def topic_names(slugs: list[str]) -> dict[str, str]:
    return dict(Tag.objects.filter(slug__in=slugs).values_list("slug", "name"))


def _promoted() -> set[str] | None:
    """The queries the editors pinned results to, kept until a promotion or
    query changes (most searches have none: no query then); None while the
    cache is away."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    version = version_of(PROMOTIONS_VERSION_KEY)
    if version is None:
        return None
    key = f"search-promoted:{version}"
    promoted = cache.get(key)
    if promoted is None:
        promoted = set(SearchPromotion.objects.values_list("query__query_string", flat=True))
        cache.set(key, promoted, settings.SEARCH_FACET_CACHE_SECONDS)
    return promoted


def pinned_for(text: str, keys: list[str]) -> list[Pinned]:
    """The editors' promoted results for this query that this viewer may open."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    normalised = " ".join(text.lower().split())
    if (promoted := _promoted()) is not None and normalised not in promoted:
        return []
    promotions = SearchPromotion.objects.filter(query__query_string=normalised).select_related(
        "page"
    )
    pinned = []
    for promotion in promotions:
        if promotion.page_id:
            page = promotion.page
            if not page.live or page.get_view_restrictions().exists():
                continue
            pinned.append(Pinned(page.title, page.url, promotion.description))
            continue
        path = urlsplit(promotion.external_link_url).path
        stored = SearchDocument.objects.filter(url=path).values_list("access", flat=True).first()
        if stored is None or can_find(keys, stored):
            pinned.append(
                Pinned(
                    promotion.external_link_text, promotion.external_link_url, promotion.description
                )
            )
    return pinned


def _record(text: str, found: int) -> None:
    normalised = " ".join(text.lower().split())[:200]
    tally, _ = LoggedQuery.objects.get_or_create(text=normalised, day=timezone.localdate())
    LoggedQuery.objects.filter(pk=tally.pk).update(
        searches=F("searches") + 1, without_results=F("without_results") + (0 if found else 1)
    )


def find(
    user: AnyUser, params: QueryDict, *, per_page: int = PER_PAGE, record: bool = True
) -> Outcome:
    text = params.get("q", "")
    parsed = parsing.parse(text)
    filters = read_filters(params)
    number = facets.whole_number(params.get("page"), low=1, high=MAX_PAGE) or 1
    keys = viewer_keys(user)
    backend = get_backend()
    if not parsed:
        empty = SearchResults([], 0, {})
        return Outcome(parsed.text, empty, None, facet_panel(empty, filters, params), filters)
    request = SearchRequest(parsed, keys, filters, page=number, per_page=per_page)
    request.language = languages.indexed(get_language())
    versions = kept.versions(request)
    found = kept.known(request, versions)
    request.known = frozenset(found)
    results = backend.search(request)
    paginator = Paginator(range(results.total), per_page)
    page = paginator.get_page(number)
    if page.number != number and results.total:  # past the end: show the last page
        request.page = page.number
        results = backend.search(request)
    kept.keep(request, versions, results, request.known)
    kept.with_known(results, found)
    page.object_list = results.hits
    outcome = Outcome(parsed.text, results, page, facet_panel(results, filters, params), filters)
    outcome.pinned = pinned_for(parsed.text, keys) if number == 1 else []
    if results.total < 3 and (respelled := backend.suggest(parsed)):
        better = backend.count(SearchRequest(parsing.parse(respelled), keys, filters))
        outcome.suggestion = respelled if better > results.total else None
    if record and number == 1:
        _record(parsed.text, results.total)
    return outcome


def titles_offered(user: AnyUser, typed: str, limit: int = TITLES) -> list[Hit]:
    """The titles offered while typing, on the page and in the header: those
    holding every typed word as a word prefix, then, when a synonym begins
    with what was typed ("sdo", "lar"), the titles of what it stands for
    (SDOH → "social determinants of health"). One per heading."""
    backend, access = get_backend(), viewer_keys(user)
    typed = parsing.printable(typed, 100)
    hits = backend.autocomplete(typed, access, limit)
    if len(hits) >= limit:
        return hits
    seen = {hit.title.lower() for hit in hits}
    for alternative in parsing.synonyms_completing(typed)[:SYNONYMS_OFFERED]:
        for hit in backend.autocomplete(alternative, access, limit):
            if hit.title.lower() not in seen:
                seen.add(hit.title.lower())
                hits.append(hit)
        if len(hits) >= limit:
            break
    return hits[:limit]
