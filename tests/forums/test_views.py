"""The discussion pages without JavaScript: reading, posting by form,
editing, moderating, keeping up, and every private path closed to others."""

import uuid

import pytest
from django.urls import reverse

from forums.models import Message, Notification
from forums.services.messages import post_message, toggle_reaction
from forums.services.threads import start_thread
from tests.queries import queries_for


def read_thread(client, thread) -> None:
    """Open the thread page, then say it was read, as the page's script does
    once the thread is on screen (the GET itself writes nothing)."""
    assert client.get(thread.get_absolute_url()).status_code == 200
    read = reverse("forums:read", args=[thread.space.slug, thread.pk])
    assert client.post(read, HTTP_ACCEPT="application/json").json()["ok"] is True


@pytest.fixture
def as_member(client, world):
    client.force_login(world.people.member)
    return client


@pytest.mark.django_db
def test_index_lists_only_readable_spaces_with_unread_counts(as_member, world, thread):
    post_message(world.people.lead, thread, "Agenda is up")
    page = as_member.get(reverse("forums:index")).content.decode()
    assert "Ohio State Team" in page and "Cross-state safe sleep group" in page
    assert "Franklin County Hub" not in page and "Missouri State Team" not in page
    assert '<span class="count">2</span> unread' in page


@pytest.mark.django_db
def test_signed_out_visitors_are_sent_to_log_in(client, world):
    response = client.get(world.spaces.collaborative.get_absolute_url())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_start_a_thread_and_reply_by_form(as_member, world):
    space = world.spaces.team
    client_id = uuid.uuid4()
    response = as_member.post(
        space.get_absolute_url(),
        {"title": "Crib audit, cycle 3", "body": "Results are in.", "client_id": client_id},
    )
    thread = space.threads.get(title="Crib audit, cycle 3")
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    reply = {"body": "**41 of 50** cribs were clear.", "client_id": uuid.uuid4()}
    response = as_member.post(thread.get_absolute_url(), reply)
    message = thread.messages.get(sequence=2)
    assert response["Location"] == message.get_absolute_url()
    # The same form sent twice (a double click, a retry) stores one message.
    as_member.post(thread.get_absolute_url(), reply)
    assert thread.messages.count() == 2
    page = as_member.get(thread.get_absolute_url()).content.decode()
    assert "<strong>41 of 50</strong> cribs were clear." in page


@pytest.mark.django_db
def test_bad_posts_show_a_clear_error_and_store_nothing(as_member, world, thread):
    response = as_member.post(thread.get_absolute_url(), {"body": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    response = as_member.post(world.spaces.team.get_absolute_url(), {"title": "", "body": "x"})
    assert response.status_code == 400
    assert Message.objects.count() == 1


@pytest.mark.django_db
def test_other_teams_get_not_found_on_every_path(client, world, thread):
    client.force_login(world.people.missouri)
    message = thread.messages.get()
    space = world.spaces.team
    paths = [
        reverse("forums:edit", args=[message.pk]),
        reverse("forums:history", args=[message.pk]),
        reverse("api:changes", args=[space.slug]),
    ]
    for path in paths:
        assert client.get(path).status_code == 404, path
    for name in ("forums:delete", "forums:hide", "forums:react"):
        assert client.post(reverse(name, args=[message.pk]), {"emoji": "👍"}).status_code == 404
    # The space and its threads say whose they are, and nothing of what is in them.
    for path in (space.get_absolute_url(), thread.get_absolute_url()):
        response = client.get(path)
        page = response.content.decode()
        assert response.status_code == 403, path
        assert f"This space is private to {space.team.name}" in page
        assert thread.title not in page and message.body not in page
    assert client.post(thread.get_absolute_url(), {"body": "Let me in"}).status_code == 403
    api = reverse("api:post", args=[space.slug, thread.pk])
    response = client.post(
        api, {"body": "x", "client_id": str(uuid.uuid4())}, content_type="application/json"
    )
    assert response.status_code == 404
    assert thread.messages.count() == 1
    spaces = client.get(reverse("api:list_spaces")).json()
    assert space.slug not in [s["slug"] for s in spaces]


@pytest.mark.django_db
def test_edit_delete_and_react_by_form(as_member, world, thread):
    message, _ = post_message(world.people.member, thread, "Draft words")
    as_member.post(reverse("forums:edit", args=[message.pk]), {"body": "Better words"})
    as_member.post(reverse("forums:react", args=[message.pk]), {"emoji": "🎉"})
    page = as_member.get(thread.get_absolute_url()).content.decode()
    assert "Better words" in page and "edited" in page
    assert 'aria-pressed="true"' in page
    as_member.post(reverse("forums:delete", args=[message.pk]))
    page = as_member.get(thread.get_absolute_url()).content.decode()
    assert "Better words" not in page and "This message was deleted." in page


@pytest.mark.django_db
def test_someone_elses_message_cannot_be_edited_or_deleted(as_member, world, thread):
    message = thread.messages.get()  # the lead's
    assert as_member.get(reverse("forums:edit", args=[message.pk])).status_code == 403
    assert as_member.post(reverse("forums:delete", args=[message.pk])).status_code == 403
    message.refresh_from_db()
    assert not message.is_deleted


@pytest.mark.django_db
def test_moderation_by_the_team_lead(client, world, thread):
    client.force_login(world.people.lead)
    moderate = reverse("forums:moderate", args=[world.spaces.team.slug, thread.pk])
    client.post(moderate, {"action": "lock"})
    thread.refresh_from_db()
    assert thread.locked
    client.force_login(world.people.member)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "A moderator locked this thread" in page and 'name="body"' not in page
    client.post(thread.get_absolute_url(), {"body": "Still here?"})
    assert thread.messages.count() == 1


@pytest.mark.django_db
def test_since_last_visit_and_notifications(
    as_member, world, thread, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # notices are written after commit
        post_message(world.people.lead, thread, "@teammate can you check the numbers?")
    page = as_member.get(reverse("forums:since")).content.decode()
    assert "Data huddle" in page and "can you check the numbers?" in page
    page = as_member.get(reverse("forums:notifications")).content.decode()
    assert "mentioned you" in page
    read_thread(as_member, thread)  # reading the thread reads its notices
    assert not Notification.objects.filter(recipient=world.people.member, read_at=None).exists()
    assert "You are all caught up." in as_member.get(reverse("forums:since")).content.decode()


@pytest.mark.django_db
def test_working_group_form(client, world):
    client.force_login(world.people.facilitator)
    response = client.post(
        reverse("forums:new_group"),
        {
            "name": "Portable crib working group",
            "teams": [world.teams.michigan.pk],
            "people": "teammate",
        },
    )
    assert response.status_code == 302
    client.force_login(world.people.member)
    assert client.get(response["Location"]).status_code == 200
    client.force_login(world.people.lead)
    assert client.get(reverse("forums:new_group")).status_code == 403


@pytest.mark.django_db
def test_unknown_people_in_a_group_are_named(client, world):
    client.force_login(world.people.facilitator)
    response = client.post(reverse("forums:new_group"), {"name": "G", "people": "teammate ghost"})
    assert "No member is called ghost." in response.content.decode()


@pytest.mark.django_db
def test_api_changes_and_idempotent_post(as_member, world, thread):
    space = world.spaces.team
    url = reverse("api:post", args=[space.slug, thread.pk])
    payload = {"body": "From our dashboard script", "client_id": str(uuid.uuid4())}
    first = as_member.post(url, payload, content_type="application/json")
    again = as_member.post(url, payload, content_type="application/json")
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    changes = as_member.get(reverse("api:changes", args=[space.slug]) + "?after=1").json()
    assert [e["id"] for e in changes["events"]] == [first.json()["id"]]
    assert changes["last"] == 2 and changes["more"] is False


@pytest.mark.django_db
def test_thread_page_queries_do_not_grow_with_messages(as_member, world, thread):
    for n in range(3):
        post_message(world.people.lead, thread, f"Update {n}", rate_limited=False)
    few = queries_for(as_member, thread.get_absolute_url())
    for n in range(20):
        message, _ = post_message(world.people.lead, thread, f"More {n}", rate_limited=False)
        toggle_reaction(world.people.member, message, "👍")
    assert queries_for(as_member, thread.get_absolute_url()) == few


@pytest.mark.django_db
def test_space_and_index_queries_are_fixed(as_member, world, thread):
    space_page = queries_for(as_member, world.spaces.team.get_absolute_url())
    index = queries_for(as_member, reverse("forums:index"))
    for n in range(10):
        start_thread(world.people.lead, world.spaces.team, f"Topic {n}", "Hi", rate_limited=False)
    assert queries_for(as_member, world.spaces.team.get_absolute_url()) == space_page
    assert queries_for(as_member, reverse("forums:index")) == index


@pytest.mark.django_db
def test_the_dashboard_shows_whats_new_in_discussions(
    as_member, world, thread, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # notices are written after commit
        post_message(world.people.lead, thread, "@teammate the new run chart is up")
    page = as_member.get(reverse("dashboard")).content.decode()
    assert "Data huddle" in page and "1 notification" in page
    read_thread(as_member, thread)
    page = as_member.get(reverse("dashboard")).content.decode()
    assert "You are all caught up." in page


@pytest.mark.django_db
def test_a_closed_team_space_offers_to_ask_to_join_and_then_says_it_is_asked(client, world, thread):
    client.force_login(world.people.missouri)
    space = world.spaces.team
    page = client.get(space.get_absolute_url()).content.decode()
    assert f"Ask to join {space.team.name}" in page
    client.post(
        reverse("request_to_join", args=[space.team.slug]), {"message": "Hello", "role": "member"}
    )
    page = client.get(space.get_absolute_url()).content.decode()
    assert "Your request to join is with the team" in page
    assert "Ask to join" not in page
