"""Writes in the discussions: numbers, idempotent sends, limits, edits,
deletes, reactions, moving, and what each write publishes after commit."""

import json
import uuid

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from forums.models import Message, MessageEdit, Notification, Reaction, ThreadState
from forums.realtime import space_group, user_group
from forums.services.messages import (
    delete_message,
    edit_message,
    post_message,
    set_hidden,
    toggle_reaction,
)
from forums.services.notifications import mark_read, set_subscription
from forums.services.spaces import create_group
from forums.services.threads import moderate_thread, move_thread, start_thread


def listen(space) -> str:
    """A channel in the space's group, as an open socket would have."""
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(space_group(space.pk), channel)
    return channel


def received(channel: str, count: int) -> list[dict]:
    layer = get_channel_layer()
    return [json.loads(async_to_sync(layer.receive)(channel)["text"]) for _ in range(count)]


@pytest.mark.django_db
def test_each_change_takes_the_next_number(world, thread, django_capture_on_commit_callbacks):
    first = thread.messages.get()
    with django_capture_on_commit_callbacks(execute=True):  # the thread is counted after commit
        reply, created = post_message(world.people.member, thread, "Thanks!")
    assert created
    assert (first.sequence, reply.sequence) == (1, 2)
    edit_message(world.people.member, reply, "Thanks, all!")
    reply.refresh_from_db()
    assert (reply.sequence, reply.changed_sequence) == (2, 3)
    thread.refresh_from_db()
    assert thread.message_count == 2
    thread.space.refresh_from_db()
    assert thread.space.last_sequence == 3


@pytest.mark.django_db
def test_a_retried_send_is_stored_once(world, thread):
    client_id = uuid.uuid4()
    first, created = post_message(world.people.member, thread, "Once", client_id=client_id)
    again, created_again = post_message(world.people.member, thread, "Once", client_id=client_id)
    assert created and not created_again
    assert first.pk == again.pk
    assert thread.messages.filter(body="Once").count() == 1


@pytest.mark.django_db
def test_writes_publish_only_after_commit(world, thread, django_capture_on_commit_callbacks):
    channel = listen(world.spaces.team)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        message, _ = post_message(world.people.member, thread, "Live *now*")
    assert callbacks, "the broadcast waits for the commit"
    for callback in callbacks:
        callback()
    [event] = received(channel, 1)
    assert event["type"] == "message"
    assert event["id"] == message.pk and event["seq"] == message.changed_sequence
    assert "<em>now</em>" in event["html"]


@pytest.mark.django_db
def test_outsiders_cannot_post_or_start_threads(world, thread):
    with pytest.raises(PermissionDenied):
        post_message(world.people.missouri, thread, "Let me in")
    with pytest.raises(PermissionDenied):
        start_thread(world.people.missouri, world.spaces.team, "Hi", "Hello")
    assert thread.messages.count() == 1


@pytest.mark.django_db
def test_empty_and_overlong_messages_are_refused(world, thread):
    with pytest.raises(ValidationError, match="Write a message"):
        post_message(world.people.member, thread, "   ")
    too_long = pytest.raises(ValidationError, match="up to 50 characters; this one has 51")
    with override_settings(DISCUSSION_MESSAGE_MAX_CHARS=50), too_long:
        post_message(world.people.member, thread, "x" * 51)
    assert thread.messages.count() == 1


@pytest.mark.django_db
@override_settings(DISCUSSION_MESSAGES_PER_MINUTE=3)
def test_rate_limit(world, thread):
    for n in range(3):
        post_message(world.people.member, thread, f"Message {n}")
    with pytest.raises(ValidationError, match="3 messages in the last minute"):
        post_message(world.people.member, thread, "One too many")
    assert thread.messages.count() == 4


@pytest.mark.django_db
def test_edit_keeps_history_and_only_the_author_edits(world, thread):
    message = thread.messages.get()
    with pytest.raises(PermissionDenied):
        edit_message(world.people.member, message, "Not mine")
    edit_message(world.people.lead, message, "Hello team, agenda below")
    message.refresh_from_db()
    assert message.edited_at is not None
    assert MessageEdit.objects.get(message=message).body == "Hello team"


@pytest.mark.django_db
def test_delete_leaves_a_tombstone(world, thread):
    message, _ = post_message(world.people.member, thread, "Oops, wrong thread")
    with pytest.raises(PermissionDenied):
        delete_message(world.people.franklin, message)
    delete_message(world.people.member, message)
    message.refresh_from_db()
    assert message.is_deleted
    from forums.events import message_event

    event = message_event(message)
    assert event["deleted"] and "Oops" not in event["html"]
    assert "This message was deleted" in event["html"]


@pytest.mark.django_db
def test_hidden_message_text_goes_only_to_moderators(world, thread):
    message, _ = post_message(world.people.member, thread, "Something regrettable")
    with pytest.raises(PermissionDenied):
        set_hidden(world.people.member, message, True)
    set_hidden(world.people.lead, message, True)
    from forums.events import changes_since

    for viewer, sees in ((world.people.lead, True), (world.people.coach, False)):
        [event] = [
            e
            for e in changes_since(viewer, world.spaces.team, 0)["events"]
            if e["id"] == message.pk
        ]
        assert ("Something regrettable" in event["html"]) is sees


@pytest.mark.django_db
def test_reactions_toggle(world, thread):
    message = thread.messages.get()
    assert toggle_reaction(world.people.member, message, "👍") is True
    assert toggle_reaction(world.people.coach, message, "👍") is True
    assert Reaction.objects.filter(message=message).count() == 2
    assert toggle_reaction(world.people.member, message, "👍") is False
    assert Reaction.objects.filter(message=message).count() == 1
    with pytest.raises(ValidationError):
        toggle_reaction(world.people.member, message, "<script>")
    with pytest.raises(PermissionDenied):
        toggle_reaction(world.people.missouri, message, "👍")


@pytest.mark.django_db
def test_moving_a_thread_renumbers_it_in_the_new_space(world):
    people, spaces = world.people, world.spaces
    thread = start_thread(people.moderator, spaces.network, "Wrong place", "First").thread
    post_message(people.member, thread, "Second")
    start_thread(people.moderator, spaces.ohio, "Already here", "Hi")
    with pytest.raises(PermissionDenied):
        move_thread(people.member, thread, spaces.ohio)
    move_thread(people.moderator, thread, spaces.ohio)
    numbers = list(thread.messages.order_by("sequence").values_list("space", "sequence"))
    assert numbers == [(spaces.ohio.pk, 2), (spaces.ohio.pk, 3)]


@pytest.mark.django_db
def test_group_needs_a_facilitator_and_a_name(world):
    with pytest.raises(PermissionDenied):
        create_group(world.people.lead, name="Ours")
    with pytest.raises(ValidationError):
        create_group(world.people.facilitator, name="  ")
    a = create_group(world.people.facilitator, name="Cross-state safe sleep group")
    assert a.slug == "group-cross-state-safe-sleep-group-2"


@pytest.mark.django_db
def test_attachments_are_checked_and_kept_team_only(world, thread):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kernel.pdf import simple_pdf
    from resources.models import Visibility
    from resources.permissions import can_view

    pdf = SimpleUploadedFile(
        "huddle-notes.pdf", simple_pdf("Huddle notes", ["Crib audit: 41 of 50"])
    )
    message, _ = post_message(world.people.member, thread, "Notes attached", files=[pdf])
    [resource] = message.attachments.all()
    assert resource.visibility == Visibility.TEAM and resource.team == world.teams.ohio
    assert can_view(world.people.lead, resource)
    assert not can_view(world.people.missouri, resource)

    fake = SimpleUploadedFile("notes.pdf", b"MZ\x90\x00 not a pdf at all")
    with pytest.raises(ValidationError):
        post_message(world.people.member, thread, "Bad file", files=[fake])
    assert not thread.messages.filter(body="Bad file").exists()


@pytest.mark.django_db
def test_mentions_notify_people_teams_and_states_who_can_read(
    world, django_capture_on_commit_callbacks
):
    people, spaces = world.people, world.spaces
    with django_capture_on_commit_callbacks(execute=True):  # notices are written after commit
        thread = start_thread(
            people.missouri,
            spaces.network,
            "Crib audits",
            "@teammate and @team-ohio, what did you find? Also @state-michigan and "
            "@franklin.member.",
        ).thread
    notices = {
        n.recipient.username: n.reason for n in Notification.objects.filter(message__thread=thread)
    }
    # Michigan and Franklin are not in this network: they are never told.
    assert notices == {
        "teammate": Notification.Reason.MENTION,
        "lead": Notification.Reason.TEAM_MENTION,
    }


@pytest.mark.django_db
def test_followers_hear_of_replies_unless_muted(world, thread, django_capture_on_commit_callbacks):
    people = world.people
    with django_capture_on_commit_callbacks(execute=True):  # following is written after commit
        post_message(people.member, thread, "I follow now, by posting")
    set_subscription(people.coach, thread, ThreadState.Subscription.FOLLOWING)
    set_subscription(people.member, thread, ThreadState.Subscription.MUTED)
    with django_capture_on_commit_callbacks(execute=True):
        reply, _ = post_message(people.lead, thread, "Next huddle Tuesday")
    told = set(
        Notification.objects.filter(message=reply).values_list("recipient__username", flat=True)
    )
    assert told == {"ohio.coach"}
    # A direct mention still reaches someone who muted the thread.
    with django_capture_on_commit_callbacks(execute=True):
        mention, _ = post_message(people.lead, thread, "@teammate can you bring the data?")
    assert Notification.objects.filter(message=mention, recipient=people.member).exists()


@pytest.mark.django_db
def test_notifications_are_pushed_to_the_person(world, thread, django_capture_on_commit_callbacks):
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(user_group(world.people.member.pk), channel)
    with django_capture_on_commit_callbacks(execute=True):
        post_message(world.people.lead, thread, "@teammate over to you")
    assert async_to_sync(layer.receive)(channel) == {"type": "user.notified", "reason": "mention"}


@pytest.mark.django_db
def test_nothing_is_published_when_the_write_fails(
    world, thread, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(ValidationError):
        post_message(world.people.member, thread, "")
    assert callbacks == []
    assert Message.objects.count() == 1


@pytest.mark.django_db
def test_files_are_attached_only_in_a_team_space(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kernel.pdf import simple_pdf

    thread = start_thread(world.people.lead, world.spaces.network, "Audits", "Hi").thread
    pdf = SimpleUploadedFile("notes.pdf", simple_pdf("Notes", ["Team only"]))
    with pytest.raises(ValidationError, match="attached in your team's own space"):
        post_message(world.people.member, thread, "Our notes", files=[pdf])
    assert thread.messages.count() == 1


@pytest.mark.django_db
def test_nobody_is_notified_of_a_hidden_thread(world, thread):
    moderate_thread(world.people.lead, thread, hidden=True)
    message, _ = post_message(world.people.lead, thread, "@teammate see this")
    assert not Notification.objects.filter(message=message).exists()


@pytest.mark.django_db
def test_a_retried_thread_start_is_stored_once(world):
    client_id = uuid.uuid4()
    first = start_thread(
        world.people.member, world.spaces.team, "Once", "Only once", client_id=client_id
    )
    again = start_thread(
        world.people.member, world.spaces.team, "Once", "Only once", client_id=client_id
    )
    assert first.pk == again.pk
    assert world.spaces.team.threads.filter(title="Once").count() == 1


@pytest.mark.django_db
def test_a_moved_thread_keeps_what_each_reader_had_read(world):
    from forums import reading

    people, spaces = world.people, world.spaces
    for n in range(3):  # the target space already has numbers 1-3
        start_thread(people.moderator, spaces.ohio, f"Earlier {n}", "Hi")
    thread = start_thread(people.moderator, spaces.network, "Wrong place", "One").thread
    post_message(people.moderator, thread, "Two")
    mark_read(people.member, thread, up_to=1)  # read "One", not "Two"
    move_thread(people.moderator, thread, spaces.ohio)
    assert reading.unread_by_thread(people.member, [thread]) == {thread.pk: 1}
    state = thread.states.get(user=people.member)
    assert state.last_read_sequence == thread.messages.get(body="One").sequence
