"""Strategy areas, change ideas and case studies keep their bodies for
everyone with the same access (kernel/fragments.py): a publish, a
driver renamed or a resource changed shows on the next view, a team-only
citation is kept for that team alone, and a preview is never kept."""

import pytest

from community.factories import MembershipFactory, TeamFactory, UserFactory
from resources.factories import ResourceFactory
from resources.models import Visibility
from tests.queries import queries_for
from toolkit.models import ChangeIdeaResource

pytestmark = pytest.mark.django_db


def test_a_kept_change_idea_costs_fewer_queries(client, toolkit, member, settings):
    idea = toolkit.ideas["nurse-training"]
    client.force_login(member)
    kept = queries_for(client, idea.url)
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert queries_for(client, idea.url) > kept + 5


def test_a_publish_and_a_renamed_driver_show_on_the_next_view(client, toolkit, member):
    idea = toolkit.ideas["nurse-training"]
    client.force_login(member)
    client.get(idea.url)
    idea.summary = "Every nurse practises the safe sleep talk twice a year."
    idea.save_revision().publish()
    assert "twice a year" in client.get(idea.url).content.decode()
    driver = toolkit.drivers["s1"]
    driver.title = "Nurses trained and observed"
    driver.save()
    assert "Nurses trained and observed" in client.get(idea.url).content.decode()


def test_a_team_only_citation_is_kept_for_that_team_alone(client, toolkit, member, team):
    idea = toolkit.ideas["nurse-training"]
    notes = ResourceFactory(title="Our unit huddle notes", team=team, visibility=Visibility.TEAM)
    idea.resource_citations = [ChangeIdeaResource(resource=notes)]
    idea.save_revision().publish()
    client.force_login(member)
    assert "Our unit huddle notes" in client.get(idea.url).content.decode()
    texan = MembershipFactory(team=TeamFactory(slug="texas"), user=UserFactory()).user
    client.force_login(texan)
    assert "Our unit huddle notes" not in client.get(idea.url).content.decode()
    client.logout()
    assert "Our unit huddle notes" not in client.get(idea.url).content.decode()


def test_a_preview_shows_the_draft_and_is_never_kept(client, toolkit):
    idea = toolkit.ideas["nurse-training"]
    client.get(idea.url)  # the published page, kept for visitors (as a preview's viewer is)
    idea.summary = "A draft nobody has published."
    preview = idea.make_preview_request()
    lede = '<p class="lede">A draft nobody has published.</p>'
    assert lede in preview.rendered_content
    assert "A draft nobody has published." not in client.get(idea.url).content.decode()
