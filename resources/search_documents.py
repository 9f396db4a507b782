"""How the library's resources become search documents (search.documents):
one per published resource, found by the keys of its policy, its file's text
searched with it, filed under every facet the library counts. Registered
from `ResourcesConfig.ready()`."""

from kernel.policies import policy_for
from search import documents
from search.documents import Doc, Source, _places, _plain, facet_key
from search.models import Kind


def resource_documents(resource) -> list[Doc]:
    if not resource.live or resource.withdrawn:
        return []
    access = policy_for(resource).keys(resource)
    facets = [facet_key("type", Kind.RESOURCE)]
    facets += _places(resource.jurisdictions.all(), resource.networks.all())
    facets += [facet_key("topic", tag.slug) for tag in resource.topics.all()]
    if resource.year_published:
        facets.append(facet_key("year", resource.year_published))
    facets += library_facets(resource)
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
            language=resource.language,  # "other" is stemmed as English
        )
    ]


def library_facets(resource) -> list[str]:
    """The library's own facets, besides the places, topics and year the
    site search filters by too: the library's keyword box counts all its
    facets over the documents it matches (resources.filters). Each key is
    named as the library's filter is."""
    keys = [facet_key("kind", resource.kind), facet_key("language", resource.language)]
    return keys + [facet_key("audience", audience.slug) for audience in resource.audiences.all()]


def register() -> None:
    documents.register(
        Source(
            "resources.Resource",
            resource_documents,
            "resource",
            related=("team", "document"),
            prefetch=("jurisdictions", "networks", "topics", "audiences"),
            watch_saves=False,  # resources.services.text_changed, on every save
            tallied=True,  # the library's facet counts (resources.facet_tallies)
        )
    )
