from django.apps import apps
from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

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


def section_url(target: str) -> str | None:
    if target.startswith("page:"):
        page = apps.get_model(target.removeprefix("page:")).objects.live().first()
        return page.url if page else None
    try:
        return reverse(target)
    except NoReverseMatch:
        return None


def _available_sections() -> list[dict[str, str]]:
    sections = []
    for label, target in SECTIONS:
        if url := section_url(target):
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
        {**section, "current": path.startswith(section["url"])} for section in _available_sections()
    ]
    return {
        "collaborative_name": settings.WAGTAIL_SITE_NAME,
        "nav_sections": sections,
        "search_url": _search_url(),
    }
