"""/api/search/: the search page as JSON, each result naming its type."""

from datetime import datetime

from ninja import Field, Router, Schema
from ninja.security import SessionAuth
from wagtail.api.v3.auth import AllowAnonymous

from kernel.api_auth import ThrottledBearerAuth
from search.results import find, titles_offered

router = Router(tags=["search"])
READ_AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=False), AllowAnonymous()]


class ResultOut(Schema):
    type: str
    title: str
    url: str
    context: str
    snippet: str
    date: datetime | None
    in_file: bool
    file_page: int | None


class ChoiceOut(Schema):
    value: str
    label: str
    count: int
    selected: bool
    at_least: bool = Field(False, description="`count` is a lower bound (counting stopped)")


class PinnedOut(Schema):
    title: str
    url: str
    description: str


class SearchOut(Schema):
    query: str
    count: int
    more: bool = Field(False, description="More than `count` match: counting stopped at a cap")
    page: int
    pages: int
    results: list[ResultOut]
    facets: dict[str, list[ChoiceOut]]
    suggestion: str | None
    pinned: list[PinnedOut]


class TitleOut(Schema):
    type: str
    title: str
    url: str
    context: str


@router.get("/", response=SearchOut, auth=READ_AUTH, summary="Search everything you may open")
def search(
    request,
    q: str = "",
    type: str = "",
    network: str = "",
    jurisdiction: str = "",
    region: str = "",
    year: str = "",
    topic: str = "",
    page: int = 1,
):
    """Results ranked together, 20 a page; `snippet` is HTML with the words
    found in `<mark>`. A result found inside a file says so (`in_file`, and
    `file_page` for a page of a PDF). Facet counts keep the other filters.
    Matches are counted up to a cap (10,000 by default): past it `more` is
    true and `count` is a lower bound, as is each facet count with
    `at_least`."""
    outcome = find(request.user, request.GET)
    return {
        "query": outcome.text,
        "count": outcome.results.total,
        "more": outcome.results.more,
        "page": outcome.page.number if outcome.page else 1,
        "pages": outcome.page.paginator.num_pages if outcome.page else 0,
        "results": [{**vars(hit), "type": hit.kind} for hit in outcome.results.hits],
        "facets": {
            # Labels in the site's language (a model's choices are lazy).
            name: [{**vars(choice), "label": str(choice.label)} for choice in facet.choices]
            for name, facet in outcome.facets.items()
        },
        "suggestion": outcome.suggestion,
        "pinned": [vars(p) for p in outcome.pinned],
    }


@router.get("/titles/", response=list[TitleOut], auth=READ_AUTH, summary="Titles as you type")
def titles(request, q: str = ""):
    hits = titles_offered(request.user, q)
    return [{"type": h.kind, "title": h.title, "url": h.url, "context": h.context} for h in hits]
