"""How the community's teams become search documents (search.documents): one
public document per team, faceted by its state, region and networks.
Registered from `CoreConfig.ready()`.

The one import of an app by the community: collaboratory is still both the
kernel search builds on (policies, standing, facets) and the community whose
teams search finds. tests/core/test_app_dependencies.py names this module as
the exception until the two are split."""

from django.db.models.signals import m2m_changed

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


def register() -> None:
    from collaboratory.models import Team

    documents.register(
        Source(
            "core.Team", team_documents, "team", related=("jurisdiction",), prefetch=("networks",)
        )
    )
    m2m_changed.connect(
        team_networks_changed, sender=Team.networks.through, dispatch_uid="search_team_networks"
    )
