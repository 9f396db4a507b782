"""/search/: one box over everything, with facets, and the titles offered
while typing. Both work without JavaScript (autocomplete is an addition)."""

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from kernel import facets
from search.results import find, titles_offered

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
    hits = titles_offered(request.user, request.GET.get("q", ""), AUTOCOMPLETE_LIMIT)
    titles = [{"title": h.title, "url": h.url, "type": h.kind, "context": h.context} for h in hits]
    return JsonResponse({"results": titles})
