from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page

# The sections of the header, in order: a URL name, or the page model whose
# one live page is the section. A section appears once it exists, so the
# header never links to a page that is not there.
SECTIONS = [
    ("Resources", "resources:index"),
    ("Toolkit", "page:toolkit.ToolkitIndexPage"),
    ("Case studies", "page:toolkit.CaseStudyIndexPage"),
    ("Webinars", "page:webinars.WebinarIndexPage"),
    ("Discussions", "forums:index"),
    ("Networks", "network_list"),
    ("Teams", "team_list"),
]


# Every page model a section (or the home page's "Start here") points at.
PAGE_SECTIONS = [
    "toolkit.ToolkitIndexPage",
    "toolkit.CaseStudyIndexPage",
    "webinars.WebinarIndexPage",
    "toolkit.StartHerePage",
]


def _section_pages(request: HttpRequest) -> dict[str, str]:
    """The URL of the live page of each section model: one query per request,
    kept on the request for the header and any template that asks again."""
    cached = getattr(request, "_section_pages", None)
    if cached is None:
        labels = {
            ContentType.objects.get_for_model(apps.get_model(label)).pk: label
            for label in PAGE_SECTIONS
        }
        cached = {}
        pages = Page.objects.live().filter(content_type_id__in=labels).order_by("path")
        for page in pages:
            cached.setdefault(labels[page.content_type_id], page.get_url(request))
        request._section_pages = cached
    return cached


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
        "search_url": _search_url(),
    }
