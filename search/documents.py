"""How each kind of content becomes search documents.

One builder per source model returns the documents for one object (none when
nobody should find it: a draft, a withdrawn resource, a hidden thread). The
same builders serve single updates (signals) and full rebuilds, so the two
can never disagree."""

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.html import strip_tags
from wagtail.models import Page

from collaboratory.policies import policy_for
from search.backends.base import facet_key
from search.models import Kind

MOMENT_SECONDS = 45  # transcript lines are grouped into moments about this long


@dataclass
class Doc:
    key: str
    kind: str
    title: str  # searched and weighted most; empty when the heading would mislead
    url: str
    access: list[str]
    facets: list[str] = field(default_factory=list)
    text: str = ""
    file_text: str = ""
    file_name: str = ""
    context: str = ""
    heading: str = ""  # the hit's link text; the title when empty
    date: datetime | None = None
    boost: float = 1.0

    def __post_init__(self) -> None:
        self.heading = self.heading or self.title


_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def _plain(*parts: str) -> str:
    """Text without markup; a closing paragraph or item becomes a line break,
    or "days.</p><p>The" would be read as one word."""
    return "\n".join(strip_tags(_BLOCK_END.sub("\n", part)) for part in parts if part)


def _places(jurisdictions: Iterable, networks: Iterable) -> list[str]:
    keys = []
    for jurisdiction in jurisdictions:
        keys += [
            facet_key("jurisdiction", jurisdiction.slug),
            facet_key("region", jurisdiction.hhs_region),
        ]
    keys += [facet_key("network", network.slug) for network in networks]
    return sorted(set(keys))


def _equity(page) -> list[str]:
    """The equity lens a toolkit page carries, labelled as the page shows it,
    so a search for the disparity a page targets finds it."""
    lens = []
    if page.equity_disparity:
        lens.append(f"The disparity it targets: {page.equity_disparity}")
    if page.equity_stratify:
        lens.append(f"Stratify the measures: {page.equity_stratify}")
    return lens


def _public_page(page: Page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


# --- the library ---------------------------------------------------------


def resource_documents(resource) -> list[Doc]:
    if not resource.live or resource.withdrawn:
        return []
    access = policy_for(resource).keys(resource)
    facets = [facet_key("type", Kind.RESOURCE)]
    facets += _places(resource.jurisdictions.all(), resource.networks.all())
    facets += [facet_key("topic", tag.slug) for tag in resource.topics.all()]
    if resource.year_published:
        facets.append(facet_key("year", resource.year_published))
    context = resource.get_kind_display()
    if resource.team_id:
        context += f" · {resource.team.name}"
    return [
        Doc(
            key=f"resource:{resource.pk}",
            kind=Kind.RESOURCE,
            title=resource.title,
            url=resource.get_absolute_url(),
            access=access,
            facets=facets,
            text=_plain(resource.summary, resource.body),
            file_text=resource.file_text,
            file_name=resource.document.filename if resource.document_id else "",
            context=context,
            date=resource.first_published_at or resource.created_at,
        )
    ]


# --- the toolkit ----------------------------------------------------------


def _toolkit_page(page, kind: str, facets: list[str], parts: list[str], context: str) -> list[Doc]:
    """A toolkit page as one public document, its equity lens included."""
    return [
        Doc(
            key=f"page:{page.pk}",
            kind=kind,
            title=page.title,
            url=page.url,
            access=["public"],
            facets=[facet_key("type", kind), *facets],
            text=_plain(*parts, *_equity(page)),
            context=context,
            date=page.first_published_at,
            boost=1.3,
        )
    ]


def strategy_area_documents(page) -> list[Doc]:
    if not _public_page(page):
        return []
    network = page.network
    facets = [facet_key("network", network.slug)]
    return _toolkit_page(page, Kind.STRATEGY_AREA, facets, [page.aim, page.overview], network.name)


def change_idea_documents(page) -> list[Doc]:
    if not _public_page(page):
        return []
    area = page.get_parent().specific
    parts = [page.summary, page.why_it_works, page.pdsa_plan, page.pdsa_do, page.pdsa_study]
    parts += [page.pdsa_act, *(str(block.value) for block in page.watch_for)]
    facets = [facet_key("network", area.network.slug)]
    return _toolkit_page(page, Kind.CHANGE_IDEA, facets, parts, area.title)


def case_study_documents(page) -> list[Doc]:
    if not _public_page(page):
        return []
    jurisdictions = [page.jurisdiction] if page.jurisdiction_id else []
    facets = _places(jurisdictions, page.networks.all())
    parts = [page.summary, page.challenge, page.what_they_did, page.differently]
    context = page.jurisdiction.name if jurisdictions else "National"
    return _toolkit_page(page, Kind.CASE_STUDY, facets, parts, context)


# --- webinars -------------------------------------------------------------


def _moments(segments: list) -> Iterator[list]:
    moment: list = []
    for segment in segments:
        if moment and segment.start - moment[0].start >= MOMENT_SECONDS:
            yield moment
            moment = []
        moment.append(segment)
    if moment:
        yield moment


def webinar_documents(page) -> list[Doc]:
    if not _public_page(page):
        return []
    presenters = list(page.presenters.all())
    facets = _places([], page.networks.all())
    facets += [facet_key("topic", tag.slug) for tag in page.topics.all()]
    facets.append(facet_key("year", page.starts_at.year))
    docs = [
        Doc(
            key=f"page:{page.pk}",
            kind=Kind.WEBINAR,
            title=page.title,
            url=page.url,
            access=["public"],
            facets=[facet_key("type", Kind.WEBINAR), *facets],
            text=_plain(page.abstract, ", ".join(p.name for p in presenters)),
            context=page.starts_at.strftime("%-d %B %Y"),
            date=page.starts_at,
            boost=1.2,
        )
    ]
    for lines in _moments(list(page.transcript_segments.all())):
        first = lines[0]
        docs.append(
            Doc(
                key=f"moment:{page.pk}:{first.position}",
                kind=Kind.MOMENT,
                # The webinar's title is not searched here: every moment of a
                # recording would match it. The webinar's own hit covers it.
                title="",
                heading=page.title,
                url=f"{page.url}?t={first.second}",
                access=["public"],
                facets=[facet_key("type", Kind.MOMENT), *facets],
                text=" ".join(line.text for line in lines),
                context=f"{first.clock} in {page.title}",
                date=page.starts_at,
                boost=0.9,
            )
        )
    return docs


def presenter_documents(person) -> list[Doc]:
    return [
        Doc(
            key=f"presenter:{person.pk}",
            kind=Kind.PRESENTER,
            title=person.name,
            url=person.get_absolute_url(),
            access=["public"],
            facets=[facet_key("type", Kind.PRESENTER)],
            text=_plain(person.title, person.organisation, person.bio),
            context=", ".join(part for part in (person.title, person.organisation) if part),
        )
    ]


# --- the community --------------------------------------------------------


def team_documents(team) -> list[Doc]:
    facets = [facet_key("type", Kind.TEAM), *_places([team.jurisdiction], team.networks.all())]
    return [
        Doc(
            key=f"team:{team.pk}",
            kind=Kind.TEAM,
            title=team.name,
            url=team.get_absolute_url(),
            access=["public"],
            facets=facets,
            text=_plain(team.description, team.jurisdiction.name),
            context=f"{team.get_kind_display()} · {team.jurisdiction.name}",
            boost=1.1,
        )
    ]


def message_documents(message) -> list[Doc]:
    access = policy_for(message).keys(message)
    if not access:
        return []  # deleted, hidden, or in a hidden thread: nobody finds it
    thread = message.thread
    space = thread.space
    first = getattr(message, "is_opening", None)
    if first is None:
        first = not thread.messages.filter(sequence__lt=message.sequence).exists()
    facets = [facet_key("type", Kind.MESSAGE), facet_key("year", message.created_at.year)]
    if space.network_id:
        facets.append(facet_key("network", space.network.slug))
    if space.jurisdiction_id:
        facets += _places([space.jurisdiction], [])
    return [
        Doc(
            key=f"message:{message.pk}",
            kind=Kind.MESSAGE,
            # Only a thread's first message is found by the thread's title, so
            # a title word does not bring up every reply.
            title=thread.title if first else "",
            heading=thread.title,
            url=message.get_absolute_url(),
            access=access,
            facets=facets,
            text=message.body,
            context=space.name if first else f"Reply in {space.name}",
            date=message.created_at,
            boost=0.8,
        )
    ]


def _opening() -> dict:
    from django.db.models import Exists, OuterRef

    from forums.models import Message

    earlier = Message.objects.filter(thread=OuterRef("thread"), sequence__lt=OuterRef("sequence"))
    return {"is_opening": ~Exists(earlier)}


# --- the registry -----------------------------------------------------------


@dataclass
class Source:
    """A model search indexes: how to build its documents, and how to list
    every object for a rebuild (with what to load alongside)."""

    model: str  # "app_label.ModelName"
    build: Callable[[object], list[Doc]]
    prefix: str  # key prefix of its documents; a page source uses "page"
    related: tuple[str, ...] = ()
    prefetch: tuple[str, ...] = ()
    annotate: Callable[[], dict] | None = None  # values the builder would otherwise query

    def model_class(self):
        from django.apps import apps

        return apps.get_model(self.model)

    def queryset(self):
        """Its objects with what the builder reads loaded alongside."""
        queryset = self.model_class().objects.select_related(*self.related)
        if self.annotate:
            queryset = queryset.annotate(**self.annotate())
        return queryset.prefetch_related(*self.prefetch)

    def everything(self) -> Iterator:
        return self.queryset().iterator(chunk_size=500)

    def owner_of(self, pk: int) -> str:
        return f"{self.prefix}:{pk}"


SOURCES = [
    Source(
        "resources.Resource",
        resource_documents,
        "resource",
        related=("team", "document"),
        prefetch=("jurisdictions", "networks", "topics"),
    ),
    Source("toolkit.StrategyAreaPage", strategy_area_documents, "page", related=("network",)),
    Source("toolkit.ChangeIdeaPage", change_idea_documents, "page"),
    Source(
        "toolkit.CaseStudyPage",
        case_study_documents,
        "page",
        related=("jurisdiction",),
        prefetch=("networks",),
    ),
    Source(
        "webinars.WebinarPage",
        webinar_documents,
        "page",
        prefetch=("presenters", "networks", "topics", "transcript_segments"),
    ),
    Source("webinars.Person", presenter_documents, "presenter"),
    Source("core.Team", team_documents, "team", related=("jurisdiction",), prefetch=("networks",)),
    Source(
        "forums.Message",
        message_documents,
        "message",
        related=("thread__space__network", "thread__space__jurisdiction"),
        annotate=_opening,
    ),
]


def source_for(model) -> Source | None:
    label = f"{model._meta.app_label}.{model.__name__}"
    return next((s for s in SOURCES if s.model == label), None)
