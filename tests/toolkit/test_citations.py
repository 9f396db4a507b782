"""Library resources a change idea cites: each reader sees only those they
may open, and the page costs the same queries however many are cited."""

import pytest

from community.factories import MembershipFactory, TeamFactory, UserFactory
from resources.citations import cite_demo_resources
from resources.factories import ResourceFactory
from resources.models import Visibility
from tests.queries import queries_for
from toolkit.models import ChangeIdeaResource

pytestmark = pytest.mark.django_db


def _cite(idea, resources) -> None:
    idea.resource_citations = [ChangeIdeaResource(resource=r) for r in resources]
    idea.save_revision().publish()


@pytest.fixture
def bayou():
    team = TeamFactory(name="Bayou Women's Hospital", slug="bayou")
    nurse = MembershipFactory(team=team, user=UserFactory(username="nurse")).user
    return team, nurse


@pytest.fixture
def idea(toolkit, bayou):
    team, _ = bayou
    idea = toolkit.ideas["crib-audits"]
    _cite(
        idea,
        [
            ResourceFactory(title="Public checklist", team=team, visibility=Visibility.PUBLIC),
            ResourceFactory(title="Members guide", team=team, visibility=Visibility.MEMBERS),
            ResourceFactory(title="Drill notes", team=team, visibility=Visibility.TEAM),
            ResourceFactory(title="Draft protocol", team=team, live=False),
            ResourceFactory(title="Old policy", team=team, withdrawn=True),
        ],
    )
    return idea


@pytest.mark.parametrize(
    "who, expected",
    [
        (None, ["Public checklist"]),
        ("outsider", ["Public checklist", "Members guide"]),
        ("nurse", ["Public checklist", "Members guide", "Drill notes"]),
    ],
)
def test_each_reader_sees_the_cited_resources_they_may_open(client, idea, bayou, who, expected):
    if who == "nurse":
        client.force_login(bayou[1])
    elif who:
        client.force_login(UserFactory(username=who))
    response = client.get(idea.url)
    assert [r.title for r in response.context["resources"]] == expected
    page = response.content.decode()
    for hidden in {"Members guide", "Drill notes", "Draft protocol", "Old policy"} - set(expected):
        assert hidden not in page


def test_a_change_idea_citing_nothing_has_no_resources_section(client, toolkit):
    page = client.get(toolkit.ideas["nurse-training"].url).content.decode()
    assert 'id="resources-heading"' not in page


def test_the_page_costs_the_same_queries_however_many_resources_it_cites(
    client, toolkit, bayou, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 0  # the citations themselves, not a kept page
    team, nurse = bayou
    idea = toolkit.ideas["nurse-training"]
    client.force_login(nurse)

    def resources(n):
        return [ResourceFactory(team=team, visibility=Visibility.TEAM) for _ in range(n)]

    _cite(idea, resources(1))
    before = queries_for(client, idea.url)
    _cite(idea, resources(7))
    assert queries_for(client, idea.url) == before
    assert len(client.get(idea.url).context["resources"]) == 7


def test_demo_citations_are_set_once(toolkit):
    ResourceFactory(title="Bassinet audit checklist")
    idea = toolkit.ideas["crib-audits"]
    titles = ["Bassinet audit checklist", "A title the library does not have"]
    assert cite_demo_resources(idea, titles, ChangeIdeaResource)
    idea.save_revision().publish()
    cited = [c.resource.title for c in idea.resource_citations.all()]
    assert cited == ["Bassinet audit checklist"]
    assert not cite_demo_resources(idea, titles, ChangeIdeaResource)  # a second run
