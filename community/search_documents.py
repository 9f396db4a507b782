"""How the community's teams become search documents (search.documents): one
public document per team, faceted by its state, region and networks; and
the names search shows for the states and networks it filters by.
Registered from `CommunityConfig.ready()`."""

from django.db.models.signals import m2m_changed

from community.models import Jurisdiction, LearningNetwork, Team
from search import documents, indexing
from search.documents import Doc, Source, _places, _plain, facet_key
from search.models import Kind


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


def team_networks_changed(sender, instance, action: str, **kwargs) -> None:
    """A team's networks are facets of its document."""
    if action.startswith("post_") and hasattr(instance, "jurisdiction_id"):
        indexing.update(instance)


def network_names(slugs: list[str]) -> dict[str, str]:
    return dict(LearningNetwork.objects.filter(slug__in=slugs).values_list("slug", "name"))


def jurisdiction_names(slugs: list[str]) -> dict[str, str]:
    return dict(Jurisdiction.objects.filter(slug__in=slugs).values_list("slug", "name"))


def register() -> None:
    documents.register_facet_names("network", network_names, LearningNetwork)
    documents.register_facet_names("jurisdiction", jurisdiction_names, Jurisdiction)

    documents.register(
        Source(
            "core.Team", team_documents, "team", related=("jurisdiction",), prefetch=("networks",)
        )
    )
    m2m_changed.connect(
        team_networks_changed, sender=Team.networks.through, dispatch_uid="search_team_networks"
    )
