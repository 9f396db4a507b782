"""The driver diagram: every published change idea exactly once, drawn and as
a list, and the list says the same as the drawing."""

import re

import pytest
from bs4 import BeautifulSoup

from toolkit.diagrams import driver_diagram

pytestmark = pytest.mark.django_db


def _ideas_in(element) -> list[str]:
    return [a["href"] for a in element.select("a[data-idea]")]


def test_every_change_idea_appears_once_in_the_drawing_and_once_in_the_list(client, toolkit):
    html = client.get(toolkit.safe_sleep.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    drawing, text = soup.select_one("[data-diagram]"), soup.select_one("[data-diagram-list]")
    published = [
        toolkit.ideas[s].url
        for s in ("nurse-training", "bedside-modelling", "crib-audits", "home-visit-script")
    ]
    assert sorted(_ideas_in(drawing)) == sorted(published)
    assert _ideas_in(text) == _ideas_in(drawing), "the list follows the drawing, in order"
    assert toolkit.ideas["draft"].url not in html
    assert toolkit.ideas["quitline-referral"].url not in _ideas_in(drawing)


def test_the_list_names_the_same_drivers_as_the_drawing(client, toolkit):
    soup = BeautifulSoup(client.get(toolkit.safe_sleep.url).content, "html.parser")
    drawn = [
        box.get_text(strip=True)
        for box in soup.select(".diagram__box--primary, .diagram__box--secondary")
    ]
    listed = [
        re.sub(r"^(Primary|Secondary) driver: ", "", label.get_text(strip=True))
        for label in soup.select("[data-diagram-list] .tree__label")
    ]
    assert (
        drawn
        == listed
        == [
            "Hospitals model safe sleep",
            "Nurses trained",
            "Bassinets audited",
            "Families hear one message",
            "Home visitors aligned",
        ]
    )


def test_the_drawing_is_hidden_from_assistive_technology_and_the_keyboard(client, toolkit):
    soup = BeautifulSoup(client.get(toolkit.safe_sleep.url).content, "html.parser")
    drawing = soup.select_one("[data-diagram]")
    assert drawing["aria-hidden"] == "true"
    assert all(a["tabindex"] == "-1" for a in drawing.select("a"))


def test_rows_leave_room_for_every_change_idea(toolkit):
    diagram = driver_diagram(toolkit.safe_sleep)
    assert diagram.rows == 4  # three ideas under p1 (2 + 1), one under p2
    first, second = diagram.primaries
    assert (first.row, first.span, second.row, second.span) == (2, 3, 5, 1)
    assert [s.row for s in first.secondaries] == [2, 4]


def test_the_diagram_costs_the_same_queries_however_many_ideas(
    toolkit, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        diagram = driver_diagram(toolkit.safe_sleep)
        assert len(diagram.change_ideas) == 4


def test_a_primary_driver_with_secondaries_cannot_become_secondary(toolkit):
    from django.core.exceptions import ValidationError

    p1, p2 = toolkit.drivers["p1"], toolkit.drivers["p2"]
    p1.parent = p2
    with pytest.raises(ValidationError, match="stays primary"):
        p1.full_clean()


def test_a_stray_driver_does_not_break_the_page(client, toolkit):
    from toolkit.models import Driver

    # Written around the form: a secondary under another area's primary.
    Driver.objects.create(
        strategy_area=toolkit.safe_sleep, parent=toolkit.drivers["q1"], title="Stray"
    )
    assert client.get(toolkit.safe_sleep.url).status_code == 200
