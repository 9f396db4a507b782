"""/search/: one box over everything, with facets, and the titles offered
while typing. Both work without JavaScript (autocomplete is an addition)."""

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from kernel import facets
from search.access import viewer_keys
from search.backends import get_backend
from search.query import printable
from search.results import find

AUTOCOMPLETE_LIMIT = 8


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    outcome = find(request.user, request.GET)
    context = {
        "outcome": outcome,
        "query": outcome.text,
        "facets": outcome.facets,
        "results_page": outcome.page,
        "clear_url": "?" + urlencode({"q": outcome.text}),
        "filter_query": facets.query_without_page(request.GET),
        "any_filter": bool(outcome.filters),
    }
    return render(request, "search/search_page.html", context)


@require_GET
def autocomplete(request: HttpRequest) -> JsonResponse:
    hits = get_backend().autocomplete(
        printable(request.GET.get("q", ""), 100), viewer_keys(request.user), AUTOCOMPLETE_LIMIT
    )
    titles = [{"title": h.title, "url": h.url, "type": h.kind, "context": h.context} for h in hits]
    return JsonResponse({"results": titles})
