"""The "Start here" path remembers each member's own steps, across sessions."""

import pytest
from django.urls import reverse

from community.factories import UserFactory
from toolkit.factories import StartHerePageFactory
from toolkit.models import NewcomerProgress

pytestmark = pytest.mark.django_db

STEPS = [
    (
        "step",
        {
            "title": title,
            "body": "<p>Read this.</p>",
            "show_strategy_areas": False,
            "link": None,
            "link_label": "",
        },
    )
    for title in ("What we are", "The six areas", "The Model for Improvement")
]


@pytest.fixture
def start(toolkit):
    return StartHerePageFactory(parent=toolkit.index, steps=STEPS)


def _mark(client, page, step_id, **extra):
    return client.post(f"{page.url}steps/{step_id}/", extra)


def _done_titles(client, page) -> list[str]:
    return [s.value["title"] for s in client.get(page.url).context["path"] if s.done]


def test_progress_is_per_member_and_survives_logging_out(client, start):
    ana, ben = UserFactory(username="ana"), UserFactory(username="ben")
    first, second = start.steps[0].id, start.steps[1].id
    client.force_login(ana)
    assert _mark(client, start, first).status_code == 302
    _mark(client, start, first)  # twice: still one record
    _mark(client, start, second)
    assert NewcomerProgress.objects.filter(user=ana).count() == 2
    client.post(reverse("logout"))
    client.force_login(ben)
    assert _done_titles(client, start) == []
    client.force_login(ana)
    assert _done_titles(client, start) == ["What we are", "The six areas"]
    path = client.get(start.url).context["path"]
    assert [s.is_next for s in path] == [False, False, True]


def test_a_step_can_be_marked_not_done(client, start):
    client.force_login(UserFactory(username="ana"))
    step = start.steps[0].id
    _mark(client, start, step)
    _mark(client, start, step, undo="1")
    assert _done_titles(client, start) == []


def test_visitors_are_asked_to_log_in_and_nothing_is_stored(client, start):
    response = _mark(client, start, start.steps[0].id)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert not NewcomerProgress.objects.exists()
    page = client.get(start.url).content.decode()
    assert "to keep track of the steps" in page


def test_an_unknown_step_is_refused(client, start):
    client.force_login(UserFactory(username="ana"))
    assert _mark(client, start, "not-a-step").status_code == 404
    assert client.get(f"{start.url}steps/{start.steps[0].id}/").status_code == 405
    assert not NewcomerProgress.objects.exists()
