"""Pages that cite library resources.

The library offers the pieces a citing page type needs (the abstract
`resources.models.ResourceCitation` for its rows, `citations_panel` for the
editor, `cited_resources` for its readers) and keeps a registry of the page
types that cite, so a resource's "Cited in" asks each of them without the
library importing the apps that build on it. An app registers its citing
page types in its `AppConfig.ready()`:

    citations.register(ChangeIdeaPage, "Change idea")

The page type has an `Orderable` relation `resource_citations` whose rows
subclass `ResourceCitation`."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from wagtail.admin.panels import InlinePanel
from wagtail.models import Page

from resources.models import Resource


@dataclass(frozen=True)
class CitingPages:
    """A page type that cites resources, and what a resource's page calls it."""

    model: type[Page]
    label: StrOrPromise  # e.g. "Change idea"


_citing: dict[str, CitingPages] = {}


def register(model: type[Page], label: StrOrPromise) -> None:
    """Declare that pages of `model` cite resources through their
    `resource_citations`. Registering a model again replaces its entry."""
    _citing[model._meta.label_lower] = CitingPages(model, label)


def citing_page_types() -> list[CitingPages]:
    """The registered page types, in the order they registered (their apps'
    order in INSTALLED_APPS)."""
    return list(_citing.values())


def cited_in(resource: Resource) -> list[tuple[StrOrPromise, Page]]:
    """(label, page) for the live, public pages of every registered type that
    cite the resource, each type's pages by title."""
    return [
        (citing.label, page)
        for citing in citing_page_types()
        for page in citing.model.objects.live()
        .public()
        .filter(resource_citations__resource=resource)
        .distinct()
        .order_by("title")
    ]


def citations_panel() -> InlinePanel:
    return InlinePanel(
        "resource_citations",
        heading=_("Library resources"),
        label=_("Resource"),
        help_text=_("Shown under “Resources”; each reader sees only those they may open."),
    )


def cited_resources(citations, user) -> list:
    """The library resources cited through `citations` (saved or, in a
    preview, not yet saved) that `user` may open, in the editor's order. A
    fixed number of queries however many are cited."""
    # Imported here: page models import this module while models load.
    from resources.permissions import visible_resources

    ids = list(dict.fromkeys(c.resource_id for c in citations.all() if c.resource_id))
    if not ids:
        return []
    found = visible_resources(user, Resource.objects.filter(pk__in=ids))
    by_pk = found.select_related("team").in_bulk()
    return [by_pk[pk] for pk in ids if pk in by_pk]


def cite_demo_resources(page, titles: list[str], citation_model) -> bool:
    """Make `page` cite the demo library's resources with these titles (the
    resources' demo runs first). A saved page that already cites something is
    left alone, so a second run changes nothing. True if citations were set."""
    if not titles or (page.pk and page.resource_citations.exists()):
        return False
    by_title = {r.title: r for r in Resource.objects.filter(title__in=titles)}
    citations = [citation_model(resource=by_title[t]) for t in titles if t in by_title]
    page.resource_citations = citations
    return bool(citations)
