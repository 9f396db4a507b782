"""The discussion socket's limits, through the real ASGI application: whose
pages may open it (the full origin), the largest frame, how often one
connection may ping, resume and send, how much one resume answers, how many
sockets one account keeps, and fields of the wrong JSON type.

Time never passes on its own here: the token buckets' clock is stood still
(`frozen_clock`), so no assertion depends on how fast the tests run."""

import json
import uuid
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.utils import timezone

from collaboratory.asgi import application
from forums import throttle
from forums.consumers import KEPT_ON, TOO_MANY_SOCKETS
from forums.models import Message, Presence, Thread
from forums.services.messages import post_message
from forums.services.presence import PRESENCE_TIMEOUT
from forums.services.threads import start_thread

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


@pytest.fixture(autouse=True)
def fresh_channel_layer():
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


@pytest.fixture
def frozen_clock(monkeypatch):
    """The buckets' clock, moved only by the test: `frozen_clock["now"] += 10`."""
    now = {"now": 1000.0}
    monkeypatch.setattr(throttle, "clock", lambda: now["now"])
    return now


@pytest.fixture
def cookie(world):
    """A session cookie for a person, by name (made before the test's loop runs)."""
    cookies = {}
    for name in ("member", "lead"):
        client = Client()
        client.force_login(getattr(world.people, name))
        cookies[name] = f"sessionid={client.cookies['sessionid'].value}".encode()

    def of(name: str = "member") -> bytes:
        return cookies[name]

    return of


async def open_socket(
    slug: str,
    cookie: bytes | None,
    *,
    origin: bytes | None = b"http://localhost",
    host: bytes | None = b"localhost",
    extra: list[tuple[bytes, bytes]] = (),
) -> tuple[WebsocketCommunicator, bool]:
    headers = [(b"origin", origin), (b"host", host), (b"cookie", cookie), *extra]
    socket = WebsocketCommunicator(
        application,
        f"/ws/discussions/{slug}/",
        headers=[(name, value) for name, value in headers if value is not None],
    )
    connected, _ = await socket.connect(timeout=5)
    return socket, connected


async def next_event(socket: WebsocketCommunicator, kind: str) -> dict:
    while True:
        event = await socket.receive_json_from(timeout=5)
        if event["type"] == kind:
            return event


async def close_code(socket: WebsocketCommunicator) -> int:
    """Read on to the close, and return its code."""
    while True:
        output = await socket.receive_output(timeout=5)
        if output["type"] == "websocket.close":
            return output["code"]


# --- 1. Origins ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "host"),
    [
        (b"http://localhost:8000", b"localhost:8000"),  # same origin
        (b"http://localhost", b"localhost"),  # default ports on both sides
        (b"http://LOCALHOST:80", b"localhost"),
    ],
)
async def test_the_same_origin_is_accepted(world, cookie, async_db_cleanup, origin, host):
    socket, connected = await open_socket(
        world.spaces.team.slug, cookie(), origin=origin, host=host
    )
    assert connected
    assert (await next_event(socket, "hello"))["space"] == world.spaces.team.slug
    await socket.disconnect()


@pytest.mark.parametrize(
    ("origin", "host"),
    [
        (b"http://localhost:8001", b"localhost:8000"),  # another port
        (b"http://localhost:8000", b"localhost"),
        (b"https://localhost:8000", b"localhost:8000"),  # another scheme (the request is ws)
        (b"https://localhost", b"localhost"),
        (b"http://evil.example:8000", b"localhost:8000"),  # another host
        (b"http://evil.example", b"evil.example"),  # same, but not an allowed host
        (b"http://localhost.evil.example", b"localhost"),
        (b"null", b"localhost"),
        (b"http://localhost/path", b"localhost"),
        (b"http://user@localhost", b"localhost"),
        (b"http://localhost", None),  # no Host to be the same as
        (None, b"localhost"),  # no Origin at all
    ],
)
async def test_any_other_origin_is_refused_in_the_handshake(
    world, cookie, async_db_cleanup, origin, host
):
    socket, connected = await open_socket(
        world.spaces.team.slug, cookie(), origin=origin, host=host
    )
    assert not connected


async def test_the_site_url_is_accepted_with_its_own_scheme_and_port(
    world, cookie, async_db_cleanup, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://collab.example.org"
    slug = world.spaces.team.slug
    socket, connected = await open_socket(slug, cookie(), origin=b"https://collab.example.org")
    assert connected
    await next_event(socket, "hello")
    await socket.disconnect()
    for other in (b"https://collab.example.org:8443", b"http://collab.example.org"):
        _, connected = await open_socket(slug, cookie(), origin=other)
        assert not connected, other


async def test_csrf_trusted_origins_are_accepted_on_their_port(
    world, cookie, async_db_cleanup, settings
):
    settings.CSRF_TRUSTED_ORIGINS = ["https://admin.example.org:8443", "https://*.example.net"]
    slug = world.spaces.team.slug
    for accepted in (b"https://admin.example.org:8443", b"https://www.example.net"):
        socket, connected = await open_socket(slug, cookie(), origin=accepted)
        assert connected, accepted
        await socket.disconnect()
    for refused in (
        b"https://admin.example.org",
        b"https://www.example.net:8443",
        b"http://www.example.net",
    ):
        _, connected = await open_socket(slug, cookie(), origin=refused)
        assert not connected, refused


async def test_behind_a_tls_proxy_the_page_is_https(world, cookie, async_db_cleanup, settings):
    """The proxy says so in the header Django trusts (SECURE_PROXY_SSL_HEADER)."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    slug = world.spaces.team.slug
    proxied = [(b"x-forwarded-proto", b"https")]
    socket, connected = await open_socket(
        slug, cookie(), origin=b"https://localhost", extra=proxied
    )
    assert connected
    await socket.disconnect()
    _, connected = await open_socket(slug, cookie(), origin=b"http://localhost", extra=proxied)
    assert not connected


# --- 2. The largest frame --------------------------------------------------------


async def test_a_frame_over_the_limit_is_refused_unread(world, cookie, async_db_cleanup, settings):
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    await next_event(socket, "hello")
    before = await database_sync_to_async(Message.objects.count)()
    limit = settings.DISCUSSION_SOCKET_MAX_FRAME_BYTES
    await socket.send_json_to(
        {"type": "post", "title": "Big", "body": "x" * limit, "client_id": str(uuid.uuid4())}
    )
    error = await next_event(socket, "error")
    assert error["code"] == "too_large"
    assert f"{limit:,} bytes" in error["message"]
    assert await database_sync_to_async(Message.objects.count)() == before
    await socket.send_json_to({"type": "ping"})  # the socket is still open
    await next_event(socket, "pong")
    await socket.disconnect()


async def test_the_longest_message_fits_even_when_every_character_is_escaped(
    world, cookie, async_db_cleanup, settings
):
    body = "é" * settings.DISCUSSION_MESSAGE_MAX_CHARS
    frame = json.dumps({"type": "post", "title": "T" * 200, "body": body, "client_id": "x" * 36})
    assert len(frame.encode()) <= settings.DISCUSSION_SOCKET_MAX_FRAME_BYTES
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    client_id = str(uuid.uuid4())
    await socket.send_json_to(
        {"type": "post", "title": "Long", "body": body, "client_id": client_id}
    )
    assert (await next_event(socket, "ack"))["client_id"] == client_id
    await socket.disconnect()


async def test_binary_and_malformed_frames_get_an_error(world, cookie, async_db_cleanup):
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    await socket.send_to(bytes_data=b"\x00\x01")
    assert (await next_event(socket, "error"))["code"] == "bad_request"
    await socket.send_to(text_data="{not json")
    assert (await next_event(socket, "error"))["message"] == "Not JSON."
    await socket.disconnect()


# --- 3. Per-connection limits --------------------------------------------------


async def test_pings_over_the_limit_are_told_to_slow_down(
    world, cookie, async_db_cleanup, settings, frozen_clock
):
    settings.DISCUSSION_SOCKET_PINGS_PER_MINUTE = 3
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    for _ in range(3):
        await socket.send_json_to({"type": "ping"})
        await next_event(socket, "pong")
    await socket.send_json_to({"type": "ping"})
    error = await next_event(socket, "error")
    assert error["code"] == "slow_down"
    assert error["request"] == "ping" and error["retry_after"] == 20
    frozen_clock["now"] += 20  # one ping's worth of time
    await socket.send_json_to({"type": "ping"})
    await next_event(socket, "pong")
    await socket.disconnect()


async def test_sends_over_the_limit_are_refused_before_the_database(
    world, cookie, async_db_cleanup, settings, frozen_clock
):
    settings.DISCUSSION_MESSAGES_PER_MINUTE = 2
    thread = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Busy", "Go", rate_limited=False
    )
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    for n in range(2):
        await socket.send_json_to(
            {
                "type": "post",
                "thread": thread.thread_id,
                "body": f"n{n}",
                "client_id": str(uuid.uuid4()),
            }
        )
        await next_event(socket, "ack")
    client_id = str(uuid.uuid4())
    await socket.send_json_to(
        {"type": "post", "thread": thread.thread_id, "body": "third", "client_id": client_id}
    )
    error = await next_event(socket, "error")
    assert error["code"] == "slow_down" and error["request"] == "post"
    assert error["client_id"] == client_id  # so the page re-enables its form
    assert error["retry_after"] == 30
    assert not await database_sync_to_async(Message.objects.filter(body="third").exists)()
    await socket.disconnect()


async def test_a_client_that_keeps_resuming_is_slowed_then_closed(
    world, cookie, async_db_cleanup, settings, frozen_clock
):
    """The tester's flood: 200 resumes from 0. Six are answered, twenty more
    draw slow_down, and the connection is closed; what it sent back is
    bounded by the limits, not by the flood."""
    settings.DISCUSSION_SOCKET_RESUME_MAX_EVENTS = 5

    def post_many():
        thread = start_thread(world.people.lead, world.spaces.team, "Many", "Start")
        for n in range(30):
            post_message(world.people.lead, thread.thread, f"m{n}", rate_limited=False)

    await database_sync_to_async(post_many)()
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    for _ in range(200):
        await socket.send_json_to({"type": "resume", "after": 0})
    kinds: list[str] = []
    while True:
        output = await socket.receive_output(timeout=5)
        if output["type"] == "websocket.close":
            assert output["code"] == KEPT_ON
            break
        event = json.loads(output["text"])
        kinds.append(event["type"] if event["type"] != "error" else event["code"])
    assert kinds.count("caught_up") == settings.DISCUSSION_SOCKET_RESUMES_PER_MINUTE == 6
    assert kinds.count("message") == 6 * 5
    assert kinds.count("slow_down") == 20
    assert len(kinds) < 70


async def test_one_resume_answers_a_bounded_batch_and_says_more(
    world, cookie, async_db_cleanup, settings, frozen_clock
):
    settings.DISCUSSION_SOCKET_RESUME_MAX_EVENTS = 20
    started = await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Overnight", "Before you left"
    )
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    seen = (await next_event(socket, "hello"))["last"]

    def post_fifty():
        return [
            post_message(world.people.lead, started.thread, f"U{n}", rate_limited=False)[0].pk
            for n in range(50)
        ]

    posted = await database_sync_to_async(post_fifty)()
    # Live broadcasts of the fifty arrive too: a page applies them by id, and
    # catch-up is what must be exact. Only what answers a resume counts here.
    await socket.disconnect()
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    received, answers, after = [], [], seen
    while True:
        await socket.send_json_to({"type": "resume", "after": after})
        batch = []
        while (event := await socket.receive_json_from(timeout=5))["type"] != "caught_up":
            if event["type"] == "message":
                batch.append(event)
        assert len(batch) <= 20
        received += batch
        answers.append(event)
        after = event["last"]
        if not event["more"]:
            break
    assert [e["id"] for e in received] == posted
    assert [a["more"] for a in answers] == [True, True, False]
    assert answers[0]["last"] == received[19]["seq"]
    assert answers[-1]["last"] == received[-1]["seq"]
    await socket.disconnect()


# --- 4. Sockets per account ------------------------------------------------------


async def test_one_socket_over_the_cap_closes_the_oldest(world, cookie, async_db_cleanup, settings):
    settings.DISCUSSION_SOCKETS_PER_ACCOUNT = 2
    spaces = [world.spaces.team, world.spaces.network, world.spaces.collaborative]
    sockets = []
    for space in spaces:  # the cap is per account, across spaces
        socket, connected = await open_socket(space.slug, cookie())
        assert connected
        await next_event(socket, "hello")
        sockets.append(socket)
    assert await close_code(sockets[0]) == TOO_MANY_SOCKETS
    for socket in sockets[1:]:
        await socket.send_json_to({"type": "ping"})
        await next_event(socket, "pong")
    member = world.people.member
    count = database_sync_to_async(Presence.objects.filter(user=member).count)
    assert await count() == 2
    # Another person's sockets do not count against this account.
    lead, _ = await open_socket(world.spaces.team.slug, cookie("lead"))
    await next_event(lead, "hello")
    fourth, _ = await open_socket(world.spaces.team.slug, cookie())
    await next_event(fourth, "hello")
    assert await close_code(sockets[1]) == TOO_MANY_SOCKETS
    await lead.send_json_to({"type": "ping"})
    await next_event(lead, "pong")
    assert await count() == 2
    for socket in (sockets[2], fourth, lead):
        await socket.disconnect()


async def test_the_rows_of_a_dead_process_do_not_count(world, cookie, async_db_cleanup, settings):
    settings.DISCUSSION_SOCKETS_PER_ACCOUNT = 2

    def left_behind():
        Presence.objects.create(
            space=world.spaces.team,
            user=world.people.member,
            channel_name="specific.dead-process!gone",
            seen_at=timezone.now() - PRESENCE_TIMEOUT - timedelta(seconds=1),
        )

    await database_sync_to_async(left_behind)()
    first, _ = await open_socket(world.spaces.team.slug, cookie())
    await next_event(first, "hello")
    second, _ = await open_socket(world.spaces.network.slug, cookie())
    await next_event(second, "hello")
    await first.send_json_to({"type": "ping"})
    await next_event(first, "pong")  # still open
    await first.disconnect()
    await second.disconnect()


# --- 5. Fields of the wrong JSON type ----------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"title": None, "body": "x"},
        {"title": "None", "body": None},
        {"title": {"a": 1}, "body": "x"},
        {"title": 5, "body": "x"},
        {"title": "t", "body": {"text": "x"}},
        {"title": "t", "body": ["x"]},
        {"thread": "1", "body": "x"},
        {"thread": True, "body": "x"},
        {"thread": 1.5, "body": "x"},
        {"thread": {"id": 1}, "body": "x"},
    ],
)
async def test_a_send_with_fields_of_the_wrong_type_stores_nothing(
    world, cookie, async_db_cleanup, fields
):
    await database_sync_to_async(start_thread)(
        world.people.lead, world.spaces.team, "Existing", "Hi"
    )
    counts = database_sync_to_async(lambda: (Thread.objects.count(), Message.objects.count()))
    before = await counts()
    socket, _ = await open_socket(world.spaces.team.slug, cookie("lead"))
    client_id = str(uuid.uuid4())
    await socket.send_json_to({"type": "post", "client_id": client_id, **fields})
    error = await next_event(socket, "error")
    assert error["code"] == "bad_request" and error["client_id"] == client_id
    assert await counts() == before
    await socket.disconnect()


@pytest.mark.parametrize("after", ["0", None, -1, True, 1.5, [0]])
async def test_a_resume_needs_a_whole_number(world, cookie, async_db_cleanup, after):
    socket, _ = await open_socket(world.spaces.team.slug, cookie())
    await socket.send_json_to({"type": "resume", "after": after})
    error = await next_event(socket, "error")
    assert error["code"] == "bad_request" and error["request"] == "resume"
    await socket.disconnect()
