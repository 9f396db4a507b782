"""Editors' pages in the reader's language, or in English when the page has
no translation yet.

Pages have a tree per language, each under its own home page. Under /es/ a
page is looked for from the Spanish home page, and when it is not there (no
Spanish copy, or a Spanish parent missing) from the English one, and shown
as it is; the base template then says it is not translated."""

from contextlib import suppress
from typing import TypeVar

from django.conf import settings
from django.db.models import Q, QuerySet
from django.db.models.functions import Substr
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import get_language, get_language_from_path
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult


def serve(request: HttpRequest, path: str) -> HttpResponse:
    from wagtail import views as wagtail_views  # its imports need the models loaded

    site = Site.find_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        # Wagtail's serve() takes the route kept on the request.
        request._wagtail_route_for_request = _route(site, request, path)  # type: ignore[attr-defined]
    return wagtail_views.serve(request, path)


def _route(site: Site, request: HttpRequest, path: str) -> RouteResult | None:
    components = [component for component in path.split("/") if component]
    default_home: Page = site.root_page.specific
    if get_language() == settings.LANGUAGE_CODE:
        homes = [default_home]  # no locale to look up in the default language
    else:
        homes = list(dict.fromkeys([site.root_page.localized.specific, default_home]))
    for home in homes:
        with suppress(Http404):
            return home.route(request, components)
    return None


P = TypeVar("P", bound=Page)


def in_reading_language(pages: QuerySet[P]) -> QuerySet[P]:
    """Each page once, in the language being read: its live translation where
    there is one, else the page in the default language. Listings, diagrams
    and home-page news go through this so a Spanish copy neither doubles an
    English listing nor goes missing from a Spanish one. No extra query:
    languages are matched by code, through the locale table."""
    default, active = settings.LANGUAGE_CODE, get_language()
    if active == default:
        return pages.filter(locale__language_code=default)
    translated = Page.objects.filter(locale__language_code=active, live=True).values(
        "translation_key"
    )
    return pages.filter(
        Q(locale__language_code=active)
        | Q(locale__language_code=default) & ~Q(translation_key__in=translated)
    )


def under_any_translation(
    pages: QuerySet[P], parent: Page, children_only: bool = True
) -> QuerySet[P]:
    """`pages` below `parent` or below any of its translations (a Spanish
    index lists the English pages it has no copy of). No extra query: a
    page's ancestor at a depth is the start of its tree path."""
    trees = Page.objects.filter(translation_key=parent.translation_key).values("path")
    below = pages.annotate(_tree=Substr("path", 1, len(parent.path))).filter(_tree__in=trees)
    if children_only:
        return below.filter(depth=parent.depth + 1)
    return below.filter(depth__gt=parent.depth)


class ReadingLanguageUrls:
    """For the site's page models: a link to a page that has no copy in the
    reader's language keeps the reader's prefix (/es/…), where the page is
    shown in its own language under a note, so following it does not drop
    the reader back into the English interface. No query: Wagtail's own
    address, prefixed."""

    def get_url_parts(self, request: HttpRequest | None = None):
        parts = super().get_url_parts(request)  # type: ignore[misc]
        active = get_language()
        if parts is None or active == settings.LANGUAGE_CODE:
            return parts
        site_id, root_url, page_path = parts
        if page_path is not None and get_language_from_path(page_path) is None:
            page_path = f"/{active}{page_path}"
        return site_id, root_url, page_path
