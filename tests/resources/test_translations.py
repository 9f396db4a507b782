"""A resource and its translations point to one another: "Also in Spanish"
on the English page, "También en inglés" on the Spanish one, each only as
far as the reader may open it."""

import pytest
from django.core.exceptions import ValidationError

from resources.factories import ResourceFactory
from resources.models import Visibility

pytestmark = pytest.mark.django_db


@pytest.fixture
def cards(home_page):
    return ResourceFactory(title="Smoke-free home conversation cards", language="en")


@pytest.fixture
def tarjetas(cards):
    return ResourceFactory(
        title="Tarjetas para hablar de un hogar sin humo", language="es", translation_of=cards
    )


def test_the_english_page_links_its_spanish_translation(client, cards, tarjetas):
    body = client.get(cards.get_absolute_url()).content.decode()
    assert f'<a href="{tarjetas.get_absolute_url()}" hreflang="es">Also in Spanish</a>' in body


def test_the_spanish_page_in_spanish_links_the_english_original(client, cards, tarjetas):
    english_url = tarjetas.get_absolute_url()
    body = client.get(f"/es{english_url}").content.decode()
    assert 'hreflang="en">También en inglés</a>' in body
    # Its words are marked as Spanish only where the page around them is not.
    assert "<h1>Tarjetas para hablar de un hogar sin humo</h1>" in body
    english_page = client.get(english_url).content.decode()
    assert '<h1 lang="es">Tarjetas para hablar de un hogar sin humo</h1>' in english_page


def test_a_translation_the_reader_may_not_open_is_not_linked(client, cards, team):
    ResourceFactory(
        title="Tarjetas del equipo",
        language="es",
        translation_of=cards,
        visibility=Visibility.TEAM,
        team=team,
    )
    body = client.get(cards.get_absolute_url()).content.decode()
    assert "Also in Spanish" not in body
    assert "Tarjetas del equipo" not in body


@pytest.mark.parametrize("problem", ["same language", "a translation of a translation", "itself"])
def test_a_wrong_translation_link_is_refused(cards, tarjetas, problem):
    resource = {"same language": ResourceFactory(language="en"), "itself": cards}.get(
        problem, ResourceFactory(language="en")
    )
    resource.translation_of = {"a translation of a translation": tarjetas}.get(problem, cards)
    with pytest.raises(ValidationError) as refused:
        resource.clean()
    assert "translation_of" in refused.value.message_dict
