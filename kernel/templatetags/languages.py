"""The language switcher and the alternates of every page."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language, override
from wagtail.models import Page

from kernel.fragments import kept
from kernel.languages import url_in_language

register = template.Library()

# Each language named in itself, as a switcher shows it.
NATIVE_NAMES = dict(settings.LANGUAGES)


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str  # this page in that language
    switch_url: str  # the switcher's link: remembers the choice, then goes to `url`
    current: bool
    # False for an editors' page shown in the other language's interface
    # because it has no translation yet: no hreflang claims it.
    translated: bool


@dataclass(frozen=True)
class PageLanguages:
    own: str  # the language the page is written in
    urls: dict[str, str]  # language → URL of each live translation, itself included


def _read_page_languages(page: Page, request: HttpRequest) -> PageLanguages:
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    urls = {}
    for each in translations:
        language = each.locale.language_code
        with override(language):  # its own address, not one under the reader's prefix
            urls[language] = each.get_url(request)
    own = next(
        (each.locale.language_code for each in translations if each.pk == page.pk),
        settings.LANGUAGE_CODE,
    )
    return PageLanguages(own=own, urls=urls)


def page_languages(page: Page, request: HttpRequest) -> PageLanguages:
    """Kept until any page is published, unpublished or moved; read once per
    request (the switcher, the alternates and the note all ask)."""
    held = getattr(request, "_page_languages", None)
    if held is None or held[0] != page.pk:
        found = kept(
            f"page-languages:{page.pk}",
            lambda: _read_page_languages(page, request),
            settings.FRAGMENT_CACHE_SECONDS,
            request,
        )
        held = request._page_languages = (page.pk, found)  # type: ignore[attr-defined]
    return held[1]


@register.simple_tag(takes_context=True)
def language_links(context: template.Context) -> list[LanguageLink]:
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    page_urls = page_languages(page, request).urls if isinstance(page, Page) else {}
    here = request.get_full_path()
    active = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = page_urls.get(code) or (here if code == active else url_in_language(here, code))
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                switch_url=f"{reverse('switch_language', args=[code])}?{urlencode({'next': url})}",
                current=code == active,
                translated=not isinstance(page, Page) or code in page_urls,
            )
        )
    return links


@register.simple_tag(takes_context=True)
def content_language(context: template.Context) -> str:
    """The language of the page's own text: an editors' page not yet
    translated is shown as it is, in its own language, and says so."""
    page = context.get("page")
    request = context.get("request")
    if isinstance(page, Page) and request is not None:
        return page_languages(page, request).own
    return get_language()
