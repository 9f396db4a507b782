"""Library resources a webinar cites: each reader sees only those they may
open, and the page costs the same queries however many are cited."""

import pytest

from community.factories import MembershipFactory, TeamFactory, UserFactory
from resources.factories import ResourceFactory
from resources.models import Visibility
from tests.queries import queries_for
from webinars.models import WebinarResource

pytestmark = pytest.mark.django_db


def _cite(webinar, resources) -> None:
    webinar.resource_citations = [WebinarResource(resource=r) for r in resources]
    webinar.save_revision().publish()


@pytest.fixture
def bayou():
    team = TeamFactory(name="Bayou Women's Hospital", slug="bayou")
    nurse = MembershipFactory(team=team, user=UserFactory(username="nurse")).user
    return team, nurse


def test_a_team_only_resource_is_listed_for_its_team_alone(client, archive, bayou):
    team, nurse = bayou
    _cite(
        archive.recorded,
        [
            ResourceFactory(title="Haemorrhage cart checklist", team=team),
            ResourceFactory(title="Drill notes", team=team, visibility=Visibility.TEAM),
            ResourceFactory(title="Draft protocol", team=team, live=False),
        ],
    )
    visitor = client.get(archive.recorded.url)
    assert [r.title for r in visitor.context["resources"]] == ["Haemorrhage cart checklist"]
    assert "Drill notes" not in visitor.content.decode()
    client.force_login(nurse)
    teammate = client.get(archive.recorded.url)
    titles = [r.title for r in teammate.context["resources"]]
    assert titles == ["Haemorrhage cart checklist", "Drill notes"]
    assert "Draft protocol" not in teammate.content.decode()


def test_the_page_costs_the_same_queries_however_many_resources_it_cites(client, archive, bayou):
    team, nurse = bayou
    client.force_login(nurse)

    def resources(n):
        return [ResourceFactory(team=team, visibility=Visibility.TEAM) for _ in range(n)]

    _cite(archive.upcoming, resources(1))
    before = queries_for(client, archive.upcoming.url)
    _cite(archive.upcoming, resources(6))
    assert queries_for(client, archive.upcoming.url) == before
    assert len(client.get(archive.upcoming.url).context["resources"]) == 6
