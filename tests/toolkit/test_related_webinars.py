"""A change idea and the webinars that discuss it link to each other, each
side showing only live, public pages. The webinar declares the relation
(`WebinarPage.change_ideas`); neither app imports the other."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from webinars.factories import (
    WebinarIndexPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def series(home_page):
    return WebinarSeriesPageFactory(parent=WebinarIndexPageFactory(parent=home_page))


def _webinar(series, title, ideas, days_ago, **kwargs):
    page = WebinarPageFactory(
        parent=series,
        title=title,
        starts_at=timezone.now() - timedelta(days=days_ago),
        **kwargs,
    )
    page.change_ideas = ideas
    page.save()
    return page


def test_a_change_idea_lists_the_live_public_webinars_that_discuss_it(client, toolkit, series):
    idea = toolkit.ideas["crib-audits"]
    other = toolkit.ideas["nurse-training"]
    _webinar(series, "Older webinar", [idea], days_ago=60)
    _webinar(series, "Newer webinar", [idea, other], days_ago=5)
    _webinar(series, "Draft webinar", [idea], days_ago=1, live=False)
    private = _webinar(series, "Private webinar", [idea], days_ago=2)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    _webinar(series, "About something else", [other], days_ago=3)

    response = client.get(idea.url)
    assert [page.title for page in response.context["webinars"]] == [
        "Newer webinar",
        "Older webinar",
    ]
    assert "Discussed in webinars" in response.content.decode()


def test_a_webinar_lists_the_live_public_change_ideas_it_discusses(client, toolkit, series):
    ideas = toolkit.ideas
    draft = ideas["home-visit-script"]
    draft.unpublish()
    webinar = _webinar(
        series,
        "Audits and training",
        [ideas["nurse-training"], ideas["crib-audits"], draft],
        days_ago=5,
    )

    response = client.get(webinar.url)
    assert [page.title for page in response.context["change_ideas"]] == [
        "Crib audits",
        "Nurse training",
    ]
