"""Pages that cite moments of webinar recordings.

The webinar archive offers the pieces a citing page type needs (the
abstract `webinars.models.MomentCitation` for its rows, `moments_panel` for
the editor, `cited_moments` for its readers) and keeps a registry of the
page types that cite, so a webinar's "Cited in" asks each of them without
the archive importing the apps that build on it. An app registers its
citing page types in its `AppConfig.ready()`:

    moments.register(ChangeIdeaPage, "Change idea")

The page type has an `Orderable` relation `moment_citations` whose rows
subclass `MomentCitation`. Who may see a cited moment is the page policy's
answer for the webinar (`kernel.page_policy.pages`)."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from wagtail.admin.panels import InlinePanel
from wagtail.models import Page

from kernel.page_policy import pages
from kernel.standing import AnyUser
from webinars.captions import clock
from webinars.models import TranscriptSegment, WebinarPage


@dataclass(frozen=True)
class CitingPages:
    """A page type that cites moments, and what a webinar's page calls it."""

    model: type[Page]
    label: StrOrPromise  # e.g. "Case study"


_citing: dict[str, CitingPages] = {}


def register(model: type[Page], label: StrOrPromise) -> None:
    """Declare that pages of `model` cite moments through their
    `moment_citations`. Registering a model again replaces its entry."""
    _citing[model._meta.label_lower] = CitingPages(model, label)


def citing_page_types() -> list[CitingPages]:
    return list(_citing.values())


def moments_panel() -> InlinePanel:
    return InlinePanel(
        "moment_citations",
        heading=_("Moments in webinar recordings"),
        label=_("Moment"),
        help_text=_(
            "Shown as “Discussed at 12:34 in …”, linking to that second; each reader "
            "sees only the webinars they may open."
        ),
    )


@dataclass(frozen=True)
class Moment:
    """A cited moment as a reader meets it."""

    webinar: WebinarPage
    second: int
    note: str
    line: str  # what the transcript says at that second, or ""

    @property
    def clock(self) -> str:
        return clock(self.second)

    @property
    def url(self) -> str:
        return f"{self.webinar.url}?t={self.second}"


def cited_moments(citations, user: AnyUser) -> list[Moment]:
    """The moments cited through `citations` (saved or, in a preview, not yet
    saved) in webinars `user` may open, in the editor's order, each with its
    transcript line. A fixed number of queries however many are cited."""
    rows = [c for c in citations.all() if c.webinar_id and c.second is not None]
    if not rows:
        return []
    ids = {c.webinar_id for c in rows}
    webinars = pages.view_objects(user, WebinarPage.objects.filter(pk__in=ids)).in_bulk()
    shown = [c for c in rows if c.webinar_id in webinars]
    lines = lines_at({(c.webinar_id, c.second) for c in shown})
    return [
        Moment(webinars[c.webinar_id], c.second, c.note, lines.get((c.webinar_id, c.second), ""))
        for c in shown
    ]


def lines_at(moments: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The transcript line being spoken at each (webinar id, second), found
    in one query: the last line to start by that second and not yet ended."""
    if not moments:
        return {}
    covering = Q()
    for webinar_id, second in moments:
        covering |= Q(webinar_id=webinar_id, start__lt=second + 1, end__gt=second)
    found: dict[tuple[int, int], str] = {}
    for line in TranscriptSegment.objects.filter(covering).order_by("position"):
        for webinar_id, second in moments:
            if line.webinar_id == webinar_id and line.start < second + 1 and line.end > second:
                found[(webinar_id, second)] = line.text  # a later line wins
    return found


@dataclass(frozen=True)
class CitedIn:
    """A page that cites moments of a webinar, and which moments."""

    label: StrOrPromise
    page: Page
    seconds: list[int]

    @property
    def moments(self) -> list[tuple[int, str]]:
        return [(second, clock(second)) for second in self.seconds]


def cited_in(webinar: WebinarPage, user: AnyUser) -> list[CitedIn]:
    """The pages of every registered type that cite moments of `webinar` and
    that `user` may open, each type's by title, with the seconds they cite.
    A fixed number of queries per registered type."""
    found = []
    for citing in citing_page_types():
        rows = citing.model._meta.get_field("moment_citations").related_model
        citing_pages = pages.view_objects(
            user, citing.model.objects.filter(moment_citations__webinar=webinar).distinct()
        ).prefetch_related(
            Prefetch(
                "moment_citations",
                queryset=rows.objects.filter(webinar=webinar).order_by("second"),
                to_attr="moments_here",
            )
        )
        for page in citing_pages.order_by("title"):
            seconds = list(dict.fromkeys(row.second for row in page.moments_here))
            found.append(CitedIn(citing.label, page, seconds))
    return found
