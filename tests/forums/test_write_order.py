"""The order of a write: files stored before its transaction and removed if
it rolls back; the broadcast built after the commit, outside the lock on
the space's sequence row; the same cards live and on catch-up; and reading
a thread (a GET) writing nothing."""

import asyncio
from dataclasses import asdict
from pathlib import Path

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks import TaskResultStatus
from wagtail.documents import get_document_model

from forums import events, tasks
from forums.models import Message, Notification, ThreadState
from forums.services import messages as message_writes
from forums.services.messages import post_message
from forums.services.notifications import Mentions, mark_read
from kernel.pdf import simple_pdf
from resources import services as library_writes
from resources.factories import ResourceFactory
from resources.models import Resource, Visibility
from tests.forums.test_services import listen, received

WRITES = ("INSERT", "UPDATE", "DELETE")


def _files() -> set[str]:
    return {str(p) for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()}


def _pdf(name: str = "huddle-notes.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, simple_pdf("Huddle notes", ["Crib audit: 41 of 50"]))


@pytest.mark.django_db
def test_a_send_that_fails_after_storing_its_file_leaves_no_file_and_no_row(
    world, thread, monkeypatch
):
    before = (_files(), Message.objects.count(), Resource.objects.count())
    documents = get_document_model().objects.count()
    stored = []
    real_store = library_writes.store_attachment

    def store_and_note(*args, **kwargs):
        attachment = real_store(*args, **kwargs)
        stored.append(Path(attachment.document.file.path))
        return attachment

    def fail(*args, **kwargs):
        raise RuntimeError("a later step of the send failed")

    monkeypatch.setattr(library_writes, "store_attachment", store_and_note)
    monkeypatch.setattr(message_writes.realtime, "message_changed", fail)
    with pytest.raises(RuntimeError, match="later step"):
        post_message(world.people.member, thread, "Notes attached", files=[_pdf()])
    assert stored and not any(path.exists() for path in stored), "stored, then removed"
    assert (_files(), Message.objects.count(), Resource.objects.count()) == before
    assert get_document_model().objects.count() == documents


@pytest.mark.django_db
def test_a_second_refused_file_removes_the_first_one_stored(world, thread):
    before = _files()
    fake = SimpleUploadedFile("notes.pdf", b"MZ\x90\x00 not a pdf at all")
    with pytest.raises(Exception):  # noqa: B017  (the upload check's own refusal)
        post_message(world.people.member, thread, "Two files", files=[_pdf(), fake])
    assert _files() == before
    assert not thread.messages.filter(body="Two files").exists()


@pytest.mark.django_db
def test_an_attached_file_is_kept_when_the_send_commits(world, thread):
    message, _ = post_message(world.people.member, thread, "Notes attached", files=[_pdf()])
    [resource] = message.attachments.all()
    assert Path(resource.document.file.path).exists()


def _locked_part(queries: list[dict]) -> list[str]:
    """The statements from taking the space's number to the end of the write."""
    sql = [q["sql"] for q in queries]
    start = next(i for i, s in enumerate(sql) if s.startswith("UPDATE") and '"last_sequence"' in s)
    return sql[start:]


@pytest.mark.django_db
def test_the_broadcast_is_built_after_commit_outside_the_lock(
    world, thread, django_capture_on_commit_callbacks
):
    channel = listen(world.spaces.team)
    # A probe of its own: a timed-out receive leaves its channel's queue tied
    # to that event loop in channels_redis, so the probe is never read again.
    probe = listen(world.spaces.team)
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        CaptureQueriesContext(connection) as write,
    ):
        message, _ = post_message(world.people.member, thread, "@lead live *now*")
    locked = _locked_part(write.captured_queries)
    # Pinned: while the space's row is held, only the number (one update that
    # returns it), the message, and the release of the send's savepoint. No
    # reads for rendering, no thread counters, following or notices.
    assert len(locked) == 3, locked
    assert locked[0].startswith("UPDATE") and "RETURNING" in locked[0]
    assert locked[1].startswith('INSERT INTO "forums_message"')
    assert callbacks and nothing_waiting(probe)
    assert not Notification.objects.filter(message=message).exists()
    assert not ThreadState.objects.filter(user=world.people.member, thread=thread).exists()
    with CaptureQueriesContext(connection) as after:
        for callback in callbacks:
            callback()
    assert any("forums_reaction" in q["sql"] for q in after.captured_queries)
    [event] = received(channel, 1)
    assert event["id"] == message.pk and "<em>now</em>" in event["html"]
    # Then the bookkeeping, in a task: counted, followed, the mention told.
    thread.refresh_from_db()
    assert thread.message_count == 2
    state = ThreadState.objects.get(user=world.people.member, thread=thread)
    assert state.last_read_sequence == message.sequence
    assert Notification.objects.filter(message=message, recipient=world.people.lead).exists()


@pytest.mark.django_db
def test_the_bookkeeping_task_succeeds_and_writes_each_notice_once(world, thread):
    """The immediate task backend records a failure without raising it: the
    result is checked. Run twice (as a retry would), it counts and notifies once."""
    message, _ = post_message(world.people.lead, thread, "@teammate your turn")
    mentions = asdict(Mentions(people=[world.people.member.pk], teams=[], jurisdictions=[]))
    for _ in range(2):
        result = tasks.record_post.enqueue(message.pk, mentions)
        assert result.status == TaskResultStatus.SUCCESSFUL, result
    assert Notification.objects.filter(message=message, recipient=world.people.member).count() == 1
    thread.refresh_from_db()
    assert thread.message_count == thread.messages.count()
    state = ThreadState.objects.get(user=world.people.lead, thread=thread)
    assert state.subscription == ThreadState.Subscription.FOLLOWING


@pytest.mark.django_db
def test_a_message_deleted_before_its_bookkeeping_notifies_nobody(world, thread):
    message, _ = post_message(world.people.lead, thread, "@teammate oops")
    message_writes.delete_message(world.people.lead, message)
    mentions = asdict(Mentions(people=[world.people.member.pk], teams=[], jurisdictions=[]))
    assert tasks.record_post.enqueue(message.pk, mentions).status == TaskResultStatus.SUCCESSFUL
    assert not Notification.objects.filter(message=message).exists()


def nothing_waiting(channel: str) -> bool:
    """True if no event reaches the channel within a tenth of a second."""

    async def peek() -> bool:
        try:
            await asyncio.wait_for(get_channel_layer().receive(channel), 0.1)
        except TimeoutError:
            return True
        return False

    return async_to_sync(peek)()


@pytest.mark.django_db
def test_live_and_catch_up_events_carry_the_same_cards(
    world, thread, django_capture_on_commit_callbacks
):
    public = ResourceFactory(title="Crib audit tool", visibility=Visibility.PUBLIC)
    members = ResourceFactory(title="Members' audit guide", visibility=Visibility.MEMBERS)
    team_only = ResourceFactory(
        title="Ohio huddle notes", visibility=Visibility.TEAM, team=world.teams.ohio
    )
    site = "http://127.0.0.1:8000"
    body = " ".join(f"{site}/resources/{r.pk}/" for r in (public, members, team_only))
    channel = listen(world.spaces.team)
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = post_message(world.people.member, thread, body)
    [live] = received(channel, 1)
    titles = [card["title"] for card in live["cards"]]
    # The same for every reader: the team-only notes are carded for nobody,
    # not even in the team's space (its coach reads here but may not open them).
    assert titles == ["Crib audit tool", "Members' audit guide"]
    for reader in (world.people.member, world.people.lead, world.people.coach):
        [caught_up] = [
            e
            for e in events.changes_since(reader, world.spaces.team, 0)["events"]
            if e["id"] == message.pk
        ]
        assert caught_up["cards"] == live["cards"]
        assert "Ohio huddle notes</a>" not in caught_up["html"]


@pytest.mark.django_db
def test_a_hidden_message_carries_no_cards_for_members(world, thread):
    from forums.services.messages import set_hidden

    public = ResourceFactory(title="Crib audit tool", visibility=Visibility.PUBLIC)
    message, _ = post_message(
        world.people.member, thread, f"http://127.0.0.1:8000/resources/{public.pk}/"
    )
    set_hidden(world.people.lead, message, True)

    def cards(reader) -> list[str]:
        [event] = events.changes_since(reader, world.spaces.team, 0)["events"][-1:]
        assert event["id"] == message.pk
        return [card["title"] for card in event["cards"]]

    assert cards(world.people.member) == []
    assert cards(world.people.lead) == ["Crib audit tool"]  # a moderator reads it all


@pytest.mark.django_db
def test_opening_a_thread_or_its_changes_writes_nothing(client, world, thread):
    post_message(world.people.lead, thread, "@teammate unread news")
    client.force_login(world.people.member)
    pages = [
        thread.get_absolute_url(),
        reverse("api:changes", args=[world.spaces.team.slug]) + "?after=0",
    ]
    for url in pages:
        client.get(url)  # warm per-process caches
        with CaptureQueriesContext(connection) as seen:
            assert client.get(url).status_code == 200
        writes = [q["sql"] for q in seen.captured_queries if q["sql"].startswith(WRITES)]
        assert writes == [], url
    assert not ThreadState.objects.filter(user=world.people.member, thread=thread).exists()


@pytest.mark.django_db
def test_marking_read_is_a_post_and_stops_at_the_last_message(client, world, thread):
    post_message(world.people.lead, thread, "Second")
    read = reverse("forums:read", args=[world.spaces.team.slug, thread.pk])
    client.force_login(world.people.member)
    assert client.get(read).status_code == 405
    answer = client.post(read, {"up_to": "999"}, HTTP_ACCEPT="application/json").json()
    assert answer == {"ok": True, "last_read": 2}
    # Never backwards; without script the form sends the reader back to the thread.
    response = client.post(read, {"up_to": "1"})
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    assert ThreadState.objects.get(user=world.people.member, thread=thread).last_read_sequence == 2
    assert mark_read(world.people.member, thread, up_to=1) == 2


@pytest.mark.django_db
def test_others_cannot_mark_a_thread_they_cannot_see(client, world, thread):
    client.force_login(world.people.missouri)
    read = reverse("forums:read", args=[world.spaces.team.slug, thread.pk])
    assert client.post(read).status_code == 404
    assert not ThreadState.objects.filter(user=world.people.missouri).exists()
