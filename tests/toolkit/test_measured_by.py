"""A change idea names the measures that measure it ("Measured by"), the
published ones only: a team's own measure stays the team's."""

import pytest

from measures.factories import MeasureFactory

pytestmark = pytest.mark.django_db


def test_a_change_idea_lists_its_published_measures(client, toolkit, team):
    idea = next(iter(toolkit.ideas.values()))
    audit = MeasureFactory(name="Safe sleep at the crib audit", slug="crib-audit")
    hidden = MeasureFactory(name="Our own huddle count", slug="huddles", team=team)
    draft = MeasureFactory(name="Unpublished audit", slug="draft-audit", published=False)
    for measure in (audit, hidden, draft):
        measure.change_ideas.add(idea)
    body = client.get(idea.url).content.decode()
    assert "Measured by" in body and "Safe sleep at the crib audit" in body
    assert audit.get_absolute_url() in body
    assert "Our own huddle count" not in body and "Unpublished audit" not in body


def test_a_new_measure_shows_on_a_kept_page_at_once(client, toolkit, settings):
    settings.FRAGMENT_CACHE_SECONDS = 600
    idea = next(iter(toolkit.ideas.values()))
    assert "Measured by" not in client.get(idea.url).content.decode()
    MeasureFactory(name="Safe sleep at the crib audit", slug="crib-audit").change_ideas.add(idea)
    assert "Safe sleep at the crib audit" in client.get(idea.url).content.decode()


def test_a_strategy_area_lists_its_networks_measure_set_at_once(client, toolkit, team, settings):
    settings.FRAGMENT_CACHE_SECONDS = 600
    area = toolkit.safe_sleep
    assert "How teams measure it" not in client.get(area.url).content.decode()
    audit = MeasureFactory(name="Safe sleep at the crib audit", slug="crib-audit")
    MeasureFactory(name="Our own huddle count", slug="huddles", team=team).networks.add(
        area.network
    )
    audit.networks.add(area.network)
    body = client.get(area.url).content.decode()
    assert "How teams measure it" in body and audit.get_absolute_url() in body
    assert "Our own huddle count" not in body
