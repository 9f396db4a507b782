from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

# The sections of the header, in order. A section appears once its app
# serves its address, so the header never links to a page that is not there.
SECTIONS = [
    ("Resources", "resources:index"),
    ("Toolkit", "toolkit:index"),
    ("Case studies", "toolkit:case_studies"),
    ("Webinars", "webinars:index"),
    ("Discussions", "forums:index"),
    ("Networks", "network_list"),
    ("Teams", "team_list"),
]


def _available_sections() -> list[dict[str, str]]:
    sections = []
    for label, name in SECTIONS:
        try:
            sections.append({"label": label, "url": reverse(name)})
        except NoReverseMatch:
            continue
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
