"""How the webinar archive becomes search documents (search.documents): a
live, public webinar is one document and its transcript one more per
moment, a presenter one. Registered from `WebinarsConfig.ready()`."""

from collections.abc import Iterator

from search import documents
from search.documents import (
    Doc,
    Source,
    _page_language,
    _places,
    _plain,
    _public_page,
    facet_key,
)
from search.models import Kind

MOMENT_SECONDS = 45  # transcript lines are grouped into moments about this long


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
    language = _page_language(page)
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
            language=language,
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
                language=language,
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


def register() -> None:
    documents.register(
        Source(
            "webinars.WebinarPage",
            webinar_documents,
            "page",
            related=("locale",),
            prefetch=("presenters", "networks", "topics", "transcript_segments"),
        )
    )
    documents.register(Source("webinars.Person", presenter_documents, "presenter"))
