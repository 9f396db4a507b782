"""How the toolkit's pages become search documents (search.documents): each
live, public strategy area, change idea and case study is one document for
everyone, its equity lens included. Registered from `ToolkitConfig.ready()`."""

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


def _equity(page) -> list[str]:
    """The equity lens a toolkit page carries, labelled as the page shows it,
    so a search for the disparity a page targets finds it."""
    lens = []
    if page.equity_disparity:
        lens.append(f"The disparity it targets: {page.equity_disparity}")
    if page.equity_stratify:
        lens.append(f"Stratify the measures: {page.equity_stratify}")
    return lens


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
            language=_page_language(page),
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


def register() -> None:
    documents.register(
        Source(
            "toolkit.StrategyAreaPage",
            strategy_area_documents,
            "page",
            related=("network", "locale"),
        )
    )
    documents.register(
        Source("toolkit.ChangeIdeaPage", change_idea_documents, "page", related=("locale",))
    )
    documents.register(
        Source(
            "toolkit.CaseStudyPage",
            case_study_documents,
            "page",
            related=("jurisdiction", "locale"),
            prefetch=("networks",),
        )
    )
