from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from kernel.fragments import kept
from kernel.page_languages import in_reading_language
from kernel.standing import standing

# The sections of the header, in order: a URL name, or the page model whose
# one live page is the section. A section appears once it exists, so the
# header never links to a page that is not there.
SECTIONS = [
    (_("Resources"), "resources:index"),
    (_("Toolkit"), "page:toolkit.ToolkitIndexPage"),
    (_("Case studies"), "page:toolkit.CaseStudyIndexPage"),
    # Translators: the header's link to the measures (indicators) section.
    (_("Measures"), "measures:index"),
    (_("Webinars"), "page:webinars.WebinarIndexPage"),
    (_("Discussions"), "forums:index"),
    # Translators: the header's link to the learning networks.
    (_("Networks"), "network_list"),
    (_("Teams"), "team_list"),
]


# Every page model a section (or the home page's "Start here") points at.
PAGE_SECTIONS = [
    "toolkit.ToolkitIndexPage",
    "toolkit.CaseStudyIndexPage",
    "webinars.WebinarIndexPage",
    "toolkit.StartHerePage",
]


def _read_section_pages(request: HttpRequest) -> dict[str, str]:
    labels = {
        ContentType.objects.get_for_model(apps.get_model(label)).pk: label
        for label in PAGE_SECTIONS
    }
    urls = {}
    pages = in_reading_language(Page.objects.live().filter(content_type_id__in=labels))
    # Specific: an untranslated section keeps the reader's prefix (ReadingLanguageUrls).
    for page in pages.order_by("path").specific():
        urls.setdefault(labels[page.content_type_id], page.get_url(request))
    return urls


def _section_pages(request: HttpRequest) -> dict[str, str]:
    """The URL of the live page of each section model, kept on the request
    for the header and any template that asks again, and in the cache until
    a page is published, unpublished or moved (the content version)."""
    urls = getattr(request, "_section_pages", None)
    if urls is None:
        urls = kept(
            f"section-pages:{request.get_host()}",
            lambda: _read_section_pages(request),
            settings.FRAGMENT_CACHE_SECONDS,
            request,
        )
        request._section_pages = urls
    return urls


def section_url(target: str, request: HttpRequest) -> str | None:
    if target.startswith("page:"):
        return _section_pages(request).get(target.removeprefix("page:"))
    try:
        return reverse(target)
    except NoReverseMatch:
        return None


def _available_sections(request: HttpRequest) -> list[dict[str, str]]:
    sections = []
    for label, target in SECTIONS:
        if url := section_url(target, request):
            sections.append({"label": label, "url": url})
    return sections


def _search_url() -> str | None:
    try:
        return reverse("search:index")
    except NoReverseMatch:
        return None


def site_frame(request: HttpRequest) -> dict:
    path = request.path
    sections = [
        {**section, "current": path.startswith(section["url"])}
        for section in _available_sections(request)
    ]
    return {
        "collaborative_name": settings.WAGTAIL_SITE_NAME,
        "nav_sections": sections,
        # Not `search_url`: Wagtail's admin templates read that name as a route
        # name, and this processor runs for the admin too (its chooser broke).
        "site_search_url": _search_url(),
        # Called only by a template that shows the Admin link.
        "uses_admin": lambda: standing(request.user).uses_admin,
    }
