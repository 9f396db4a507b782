"""The space websocket through the real ASGI application and routing, on
whichever channel layer is configured (Redis in CI)."""

import re
import uuid

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from collaboratory.asgi import application
from forums.consumers import LIVE_UPDATES_AWAY, NOT_ALLOWED, SIGNED_OUT
from forums.services.messages import post_message
from forums.services.threads import moderate_thread, start_thread
from tests.forums.test_text import HOSTILE, assert_inert

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


@pytest.fixture(autouse=True)
def fresh_channel_layer():
    """A new layer object per test: each test runs in an event loop of its
    own, and channels_redis's locks belong to the loop that first used them."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


@pytest.fixture
def logged_in(world):
    """A signed-in browser (Django test client) per person, by name."""
    clients = {}
    for name, person in vars(world.people).items():
        clients[name] = Client()
        clients[name].force_login(person)
    return clients


async def open_socket(client: Client, slug: str) -> tuple[WebsocketCommunicator, bool, int]:
    cookie = f"sessionid={client.cookies['sessionid'].value}".encode()
    socket = WebsocketCommunicator(
        application,
        f"/ws/discussions/{slug}/",
        headers=[(b"origin", b"http://localhost"), (b"host", b"localhost"), (b"cookie", cookie)],
    )
    connected, code = await socket.connect(timeout=5)
    return socket, connected, code


async def next_event(socket: WebsocketCommunicator, kind: str, timeout: float = 5) -> dict:
    """The next event of this type, skipping presence and the like."""
    while True:
        event = await socket.receive_json_from(timeout=timeout)
        if event["type"] == kind:
            return event


async def test_two_members_both_receive_a_message(world, logged_in, async_db_cleanup):
    slug = world.spaces.team.slug
    member, ok_member, _ = await open_socket(logged_in["member"], slug)
    lead, ok_lead, _ = await open_socket(logged_in["lead"], slug)
    assert ok_member and ok_lead
    hello = await next_event(member, "hello")
    assert hello["space"] == slug
    client_id = str(uuid.uuid4())
    await lead.send_json_to(
        {"type": "post", "title": "Huddle", "body": "Numbers are *in*", "client_id": client_id}
    )
    ack = await next_event(lead, "ack")
    assert ack["client_id"] == client_id
    for socket in (member, lead):
        event = await next_event(socket, "message")
        assert event["id"] == ack["id"] and "<em>in</em>" in event["html"]
        assert event["author"]["username"] == "lead"
    await member.disconnect()
    await lead.disconnect()


async def refused(socket: WebsocketCommunicator, connected: bool) -> None:
    """Accepted, then closed at once with 4403, so a browser knows not to retry."""
    assert connected
    assert await socket.receive_output(timeout=5) == {
        "type": "websocket.close",
        "code": NOT_ALLOWED,
    }


async def test_another_team_is_refused_and_hears_nothing(world, logged_in, async_db_cleanup):
    socket, connected, _ = await open_socket(logged_in["missouri"], world.spaces.team.slug)
    await refused(socket, connected)
    anonymous = WebsocketCommunicator(
        application,
        f"/ws/discussions/{world.spaces.team.slug}/",
        headers=[(b"origin", b"http://localhost"), (b"host", b"localhost")],
    )
    connected, _ = await anonymous.connect(timeout=5)
    await refused(anonymous, connected)
    # In a space Missouri may read (the network), it does not hear the team's talk.
    network, connected, _ = await open_socket(logged_in["missouri"], world.spaces.network.slug)
    assert connected
    await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Private", "Team only"
    )
    while not await network.receive_nothing(timeout=0.5):
        event = await network.receive_json_from()
        assert event["type"] == "hello" or event["type"].startswith("presence"), event
    await network.disconnect()


async def test_logging_out_closes_the_socket(world, logged_in, async_db_cleanup):
    socket, connected, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    assert connected
    await next_event(socket, "hello")
    await sync_to_async(logged_in["member"].logout)()
    while True:
        output = await socket.receive_output(timeout=5)
        if output["type"] == "websocket.close":
            assert output["code"] == SIGNED_OUT
            break


async def test_losing_access_closes_the_socket(world, logged_in, async_db_cleanup):
    socket, connected, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    assert connected
    await next_event(socket, "hello")
    await database_sync_to_async(lambda: world.people.member.memberships.all().delete())()
    while True:
        output = await socket.receive_output(timeout=5)
        if output["type"] == "websocket.close":
            assert output["code"] == NOT_ALLOWED
            break


async def test_reconnecting_catches_up_exactly_what_was_missed(world, logged_in, async_db_cleanup):
    slug = world.spaces.team.slug
    thread = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Overnight", "Before you left"
    )
    socket, _, _ = await open_socket(logged_in["member"], slug)
    seen = (await next_event(socket, "hello"))["last"]
    await socket.disconnect()

    def post_fifty():
        return [
            post_message(world.people.lead, thread.thread, f"Update {n}", rate_limited=False)[0].pk
            for n in range(50)
        ]

    posted = await database_sync_to_async(post_fifty)()
    socket, _, _ = await open_socket(logged_in["member"], slug)
    await socket.send_json_to({"type": "resume", "after": seen})
    received = []
    while True:
        event = await socket.receive_json_from(timeout=5)
        if event["type"] == "message":
            received.append(event)
        elif event["type"] == "caught_up":
            break
    assert [e["id"] for e in received] == posted
    assert [e["seq"] for e in received] == sorted({e["seq"] for e in received})
    assert event["last"] == received[-1]["seq"]
    await socket.disconnect()


async def test_a_retried_send_is_acknowledged_with_the_same_message(
    world, logged_in, async_db_cleanup
):
    thread = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Retry", "Go"
    )
    socket, _, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    send = {
        "type": "post",
        "thread": thread.thread_id,
        "body": "Sent twice",
        "client_id": str(uuid.uuid4()),
    }
    await socket.send_json_to(send)
    first = await next_event(socket, "ack")
    await socket.send_json_to(send)
    second = await next_event(socket, "ack")
    assert first["id"] == second["id"]
    count = await database_sync_to_async(thread.thread.messages.filter(body="Sent twice").count)()
    assert count == 1
    await socket.disconnect()


async def test_refused_sends_get_a_clear_error(world, logged_in, async_db_cleanup):
    socket, _, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    await socket.send_json_to(
        {"type": "post", "title": "", "body": "x", "client_id": str(uuid.uuid4())}
    )
    error = await next_event(socket, "error")
    assert error["message"] == "Give the thread a title."
    await socket.send_json_to({"type": "post", "title": "t", "body": "x", "client_id": "nope"})
    assert "client_id" in (await next_event(socket, "error"))["message"]
    await socket.send_json_to({"type": "shout"})
    assert (await next_event(socket, "error"))["message"] == "Unknown request."
    await socket.disconnect()


async def test_hostile_input_over_the_socket_comes_back_inert(world, logged_in, async_db_cleanup):
    thread = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "XSS", "Try"
    )
    socket, _, _ = await open_socket(logged_in["lead"], world.spaces.team.slug)
    for payload in HOSTILE[:15]:
        await socket.send_json_to(
            {
                "type": "post",
                "thread": thread.thread_id,
                "body": payload,
                "client_id": str(uuid.uuid4()),
            }
        )
        event = await next_event(socket, "message")
        assert_inert(re.search(r'<div class="msg__body">(.*?)</div>', event["html"], re.S)[1])
    await socket.disconnect()


async def test_typing_and_presence_reach_the_others(world, logged_in, async_db_cleanup):
    thread = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Typing", "Hi"
    )
    lead, _, _ = await open_socket(logged_in["lead"], world.spaces.team.slug)
    assert [p["username"] for p in (await next_event(lead, "presence"))["people"]] == ["lead"]
    member, _, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    here = await next_event(member, "presence")  # the newcomer gets the whole list
    assert {p["username"] for p in here["people"]} == {"lead", "teammate"}
    joined = await next_event(lead, "presence.joined")  # the others only the change
    while joined["person"]["username"] == "lead":  # its own arrival, broadcast too
        joined = await next_event(lead, "presence.joined")
    assert joined["person"]["username"] == "teammate"
    await member.send_json_to({"type": "typing", "thread": thread.thread_id})
    typing = await next_event(lead, "typing")
    assert typing["thread"] == thread.thread_id and typing["user_id"] == world.people.member.pk
    await member.disconnect()
    left = await next_event(lead, "presence.left")
    assert left["person"]["username"] == "teammate"
    await lead.disconnect()


async def test_no_message_waits_on_the_database_thread_first(
    world, logged_in, async_db_cleanup, monkeypatch
):
    """Neither a space's broadcast nor what the client sends passes through
    Channels' own closing of stale connections, which runs in the process's
    one database thread: every database call of the consumer does that
    already (docs/performance.md, "Fan-out: a profile")."""
    from channels import consumer
    from channels.layers import get_channel_layer

    from forums import realtime

    calls: list[int] = []
    original = consumer.aclose_old_connections

    async def counted() -> None:
        calls.append(1)
        await original()

    monkeypatch.setattr(consumer, "aclose_old_connections", counted)
    socket, connected, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    assert connected
    await next_event(socket, "hello")
    await socket.send_json_to({"type": "ping"})
    await next_event(socket, "pong")
    while not await socket.receive_nothing(timeout=0.3):
        await socket.receive_json_from()
    before = len(calls)
    assert before == 0  # connecting, joining, a ping
    event = {"type": "typing", "thread": 1, "name": "Lead", "user_id": world.people.lead.pk}
    await get_channel_layer().group_send(
        realtime.space_group(world.spaces.team.pk), realtime.space_message(event)
    )
    assert (await next_event(socket, "typing"))["name"] == "Lead"
    assert len(calls) == before
    await socket.disconnect()


async def test_a_frame_for_a_closing_socket_is_dropped():
    """Between the client's close frame and the disconnect, daphne refuses
    sends; a broadcast arriving then must not end the consumer, or its
    disconnect (leaving the space) never runs."""
    from autobahn.exception import Disconnected

    from forums import realtime
    from forums.consumers import SpaceConsumer

    async def closing(message: dict) -> None:
        raise Disconnected("Attempt to send on a closed protocol")

    consumer = SpaceConsumer()
    consumer.base_send = closing
    consumer.channel_name = "specific.test!closing"
    consumer.language, consumer.moderator = "en", False
    await consumer.space_event(realtime.space_message({"type": "typing", "thread": 1}))


async def test_hidden_threads_are_not_broadcast_to_members(world, logged_in, async_db_cleanup):
    started = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Hidden", "Sensitive"
    )
    await database_sync_to_async(moderate_thread)(world.people.lead, started.thread, hidden=True)
    member, _, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    lead, _, _ = await open_socket(logged_in["lead"], world.spaces.team.slug)
    await database_sync_to_async(post_message)(world.people.lead, started.thread, "Still hidden")
    event = await next_event(lead, "message")
    assert "Still hidden" in event["html"]
    while not await member.receive_nothing(timeout=0.5):
        assert (await member.receive_json_from())["type"] != "message"
    await member.disconnect()
    await lead.disconnect()


@pytest.mark.redis
async def test_a_quiet_socket_stays_open_on_redis(world, logged_in, async_db_cleanup):
    """channels_redis blocks 5 s on each read; with the layer's socket
    timeout no longer than that, quiet sockets used to be cut every 5 s."""
    import asyncio

    socket, _, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    await next_event(socket, "hello")
    await asyncio.sleep(7)
    await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "After a quiet spell", "Still there?"
    )
    event = await next_event(socket, "message", timeout=10)
    assert "Still there?" in event["html"]
    await socket.disconnect()


async def test_a_deactivated_member_is_disconnected(world, logged_in, async_db_cleanup):
    socket, _, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    await next_event(socket, "hello")

    def deactivate():
        world.people.member.is_active = False
        world.people.member.save(update_fields=["is_active"])

    await database_sync_to_async(deactivate)()
    while True:
        output = await socket.receive_output(timeout=5)
        if output["type"] == "websocket.close":
            assert output["code"] == NOT_ALLOWED
            break


async def test_changes_to_a_hidden_thread_reach_only_moderators(world, logged_in, async_db_cleanup):
    started = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Sensitive topic", "Hidden soon"
    )
    await database_sync_to_async(moderate_thread)(world.people.lead, started.thread, hidden=True)
    member, _, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    lead, _, _ = await open_socket(logged_in["lead"], world.spaces.team.slug)
    await database_sync_to_async(moderate_thread)(world.people.lead, started.thread, pinned=True)
    assert (await next_event(lead, "thread"))["thread"]["title"] == "Sensitive topic"
    while not await member.receive_nothing(timeout=0.5):
        assert (await member.receive_json_from())["type"] != "thread"
    await member.disconnect()
    await lead.disconnect()


async def test_with_the_layer_away_the_socket_says_so_and_the_page_polls(
    world, logged_in, async_db_cleanup, settings
):
    """Accepted, then closed with 4503 (no 500 at the handshake): the page
    polls the same changes over HTTP and reconnects later."""
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": ["redis://127.0.0.1:1/0"]},
        }
    }
    socket, connected, _ = await open_socket(logged_in["member"], world.spaces.team.slug)
    assert connected
    assert await socket.receive_output(timeout=10) == {
        "type": "websocket.close",
        "code": LIVE_UPDATES_AWAY,
    }
