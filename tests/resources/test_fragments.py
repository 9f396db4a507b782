"""A member's resource page keeps the parts everyone with the same access
sees alike (kernel/fragments.py): an edit shows on the next view,
nobody is shown what only another team may see, and the viewer's own parts
(forms, counts, CSRF tokens) are never kept."""

import re

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from community.factories import MembershipFactory, TeamFactory, UserFactory
from resources.factories import ResourceFactory
from resources.models import Collection, Visibility
from tests.core.test_resilience import REDIS_AWAY
from tests.queries import queries_for
from toolkit.factories import (
    ChangeIdeaPageFactory,
    DriverFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)
from toolkit.models import ChangeIdeaResource

pytestmark = pytest.mark.django_db


@pytest.fixture
def checklist(network):
    return ResourceFactory(title="Crib audit checklist", networks=[network])


def test_an_edit_shows_on_the_next_view_of_a_kept_page(client, member, checklist):
    client.force_login(member)
    assert "Crib audit checklist" in client.get(checklist.get_absolute_url()).content.decode()
    checklist.title = "Crib audit checklist, second edition"
    checklist.summary = "Now with a page for night shifts."
    checklist.save()
    page = client.get(checklist.get_absolute_url()).content.decode()
    assert "second edition" in page and "night shifts" in page


def test_a_team_only_title_is_kept_for_that_team_alone(client, member, team, network, checklist):
    ResourceFactory(
        title="Ohio huddle notes", networks=[network], team=team, visibility=Visibility.TEAM
    )
    texan = MembershipFactory(team=TeamFactory(slug="texas"), user=UserFactory()).user
    client.force_login(member)
    assert "Ohio huddle notes" in client.get(checklist.get_absolute_url()).content.decode()
    client.force_login(texan)
    assert "Ohio huddle notes" not in client.get(checklist.get_absolute_url()).content.decode()
    client.logout()
    assert "Ohio huddle notes" not in client.get(checklist.get_absolute_url()).content.decode()


def test_the_viewers_own_parts_are_never_kept(client, member, team, checklist):
    teammate = MembershipFactory(team=team, user=UserFactory()).user
    Collection.objects.create(owner=member, name="Night shift reading")
    client.force_login(member)
    first = client.get(checklist.get_absolute_url()).content.decode()
    client.force_login(teammate)
    second = client.get(checklist.get_absolute_url()).content.decode()
    assert "Night shift reading" in first and "Night shift reading" not in second
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    assert set(token.findall(first)).isdisjoint(token.findall(second))
    assert "0 views" in first and "1 view " in second  # counted every time


@pytest.fixture
def idea(home_page):
    """A live change idea, citing nothing yet."""
    area = StrategyAreaPageFactory(parent=ToolkitIndexPageFactory(parent=home_page))
    driver = DriverFactory(strategy_area=area, parent=DriverFactory(strategy_area=area))
    return ChangeIdeaPageFactory(parent=area, driver=driver, title="Audit every crib")


def _cite(idea, resource) -> None:
    idea.resource_citations = [ChangeIdeaResource(resource=resource)]
    idea.save_revision().publish()


def test_a_published_citation_shows_on_the_next_view(client, member, checklist, idea):
    client.force_login(member)
    assert "Cited in" not in client.get(checklist.get_absolute_url()).content.decode()
    _cite(idea, checklist)
    page = client.get(checklist.get_absolute_url()).content.decode()
    assert "Cited in" in page and "Audit every crib" in page


def test_with_the_cache_away_the_page_is_rendered_whole(client, member, checklist):
    client.force_login(member)
    with override_settings(CACHES=REDIS_AWAY):
        page = client.get(checklist.get_absolute_url()).content.decode()
    assert "Crib audit checklist" in page and "Save to a collection" in page


def test_a_first_view_costs_a_fixed_number_of_queries(client, member, network, settings):
    """Nothing kept: what the fragments read must not grow with the library."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    resource = ResourceFactory(title="Osprey audit sheet", networks=[network])
    client.force_login(member)
    before = queries_for(client, resource.get_absolute_url())
    for n in range(5):
        ResourceFactory(title=f"Osprey audit sheet {n}", networks=[network], adapted_from=resource)
    assert queries_for(client, resource.get_absolute_url()) == before


def test_a_citing_page_made_private_leaves_cited_in_at_once(client, checklist, idea):
    _cite(idea, checklist)
    assert "Audit every crib" in client.get(checklist.get_absolute_url()).content.decode()
    PageViewRestriction.objects.create(page=idea, restriction_type=PageViewRestriction.LOGIN)
    assert "Audit every crib" not in client.get(checklist.get_absolute_url()).content.decode()
