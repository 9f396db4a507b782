"""A resource's page lists the live, public change ideas and webinars that
cite it, and nothing an editor has not published."""

import pytest
from wagtail.models import PageViewRestriction

from community.factories import LearningNetworkFactory
from tests.queries import queries_for
from toolkit.factories import (
    ChangeIdeaPageFactory,
    DriverFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)
from toolkit.models import ChangeIdeaResource
from webinars.factories import (
    WebinarIndexPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)
from webinars.models import WebinarResource

pytestmark = pytest.mark.django_db


@pytest.fixture
def parents(home_page):
    area = StrategyAreaPageFactory(
        parent=ToolkitIndexPageFactory(parent=home_page),
        slug="smoking-cessation",
        network=LearningNetworkFactory(slug="smoking-cessation"),
    )
    driver = DriverFactory(strategy_area=area, parent=DriverFactory(strategy_area=area))
    series = WebinarSeriesPageFactory(parent=WebinarIndexPageFactory(parent=home_page))
    return area, driver, series


def _idea(parents, title, resource, **kwargs):
    area, driver, _ = parents
    page = ChangeIdeaPageFactory(parent=area, driver=driver, title=title, **kwargs)
    page.resource_citations = [ChangeIdeaResource(resource=resource)]
    page.save()
    return page


def _webinar(parents, title, resource, **kwargs):
    page = WebinarPageFactory(parent=parents[2], title=title, **kwargs)
    page.resource_citations = [WebinarResource(resource=resource)]
    page.save()
    return page


def test_cited_in_lists_only_live_public_pages(client, library, parents):
    resource = library["public"]
    idea = _idea(parents, "Audit every crib", resource)
    webinar = _webinar(parents, "Safe sleep on the unit", resource)
    _idea(parents, "A draft idea", resource, live=False)
    _webinar(parents, "A withdrawn webinar", resource).unpublish()
    private = _idea(parents, "A private idea", resource)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    _idea(parents, "An idea citing something else", library["members"])

    response = client.get(resource.get_absolute_url())
    assert [(kind, page.title) for kind, page in response.context["shared"].cited_in] == [
        ("Change idea", "Audit every crib"),
        ("Webinar", "Safe sleep on the unit"),
    ]
    page = response.content.decode()
    assert "<h2>Cited in</h2>" in page
    assert f'<a href="{idea.url}">Audit every crib</a>' in page
    assert f'<a href="{webinar.url}">Safe sleep on the unit</a>' in page
    for hidden in ("A draft idea", "A withdrawn webinar", "A private idea", "something else"):
        assert hidden not in page


def test_a_resource_nobody_cites_has_no_cited_in(client, library):
    page = client.get(library["public"].get_absolute_url()).content.decode()
    assert "Cited in" not in page


def test_cited_in_costs_the_same_queries_however_many_pages_cite(
    client, library, parents, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 0  # the list itself, not a kept page
    resource = library["public"]
    _idea(parents, "First idea", resource)
    _webinar(parents, "First webinar", resource)
    before = queries_for(client, resource.get_absolute_url())
    for n in range(4):
        _idea(parents, f"Idea {n}", resource)
        _webinar(parents, f"Webinar {n}", resource)
    assert queries_for(client, resource.get_absolute_url()) == before
