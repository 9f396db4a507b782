"""Discussions under load, on real PostgreSQL and Redis, each figure against a
bare baseline measured in the same run (the machines are shared and noisy:
compare ratios).

    .venv/bin/python bench/discussions.py                     # 200 members, 50 messages
    .venv/bin/python bench/discussions.py --members 50 --messages 20 --posts 200
    .venv/bin/python bench/discussions.py --layers pubsub   # one channel layer only

It creates the database `bench_discussions` on the server DATABASE_URL names
(postgres://postgres@127.0.0.1:5432 without one; dropped again at the end),
migrates it, and makes one team with a sender and `--members` members, each
with a session. It uses Redis database 11 on
127.0.0.1:6379 (only its own keys are deleted) and, for the outage, starts a
redis-server of its own on a free port: the shared Redis is never stopped.
Servers are `daphne` processes with the test settings; the discussion rate
limit is raised for them (DISCUSSION_MESSAGES_PER_MINUTE), since one sender
posts far more than 20 messages a minute here, and they queue a post's
bookkeeping in the database as production's do (TASKS_BACKEND, as
platform/local/up.sh sets it; nothing works the queue during the run, as
production's worker is another process).

Parts 1-3 run once for each of channels_redis's layers named by `--layers`
(both by default, in the same run): its core layer (`core`, a queue per
process kept in Redis) and its pub/sub layer (`pubsub`), as CHANNEL_LAYER
chooses them in the settings.

1. Fan-out. Two daphne processes; every member has a websocket open on one
   of them. The sender posts `--messages` replies one at a time through its
   own socket; each is timed from the send to its receipt by the LAST member.
   Baseline: a bare Redis PUBLISH to as many pub/sub subscriber connections,
   with a payload the size of a message event. Every member must receive
   every message. Target: p99 within 3x the baseline's p99, 0 lost.
2. Throughput. `services.post_message` in this process (the Redis channel
   layer, one channel in the space's group counting what arrives) against a
   loop of psycopg INSERT (autocommit) + redis PUBLISH of the same payload
   size to one subscriber. Target: at least half the raw rate.
3. Redis outage. Two daphne processes on the bench's own redis-server; a few
   members post continuously through their sockets and record each ack. The
   redis-server is shut down for about 3 s and started again; sockets that
   drop reconnect with retries and send `resume` with the last number they
   saw (as static/js/discussions.js does). At the end every member reconnects
   and resumes once more. Target: every acknowledged message is in the
   database and every member holds every one (0 lost).
4. Idle sockets. One daphne with the Redis URL exactly as a deployment
   gives it; three sockets open and silent for 12 s. Target: none closed.

Parts 1-3 add `?socket_timeout=30` to the Redis URLs (unless
`--redis-as-configured`): with redis-py 8's default 5 s read timeout the
channel layer's 5 s blocking pop times out on an idle server process and the
socket waiting on it is closed (part 4 shows it), which would turn quiet
moments of the run into lost sockets.

Prints progress, then a Markdown summary for docs/performance.md.
"""

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The server of DATABASE_URL when it names a PostgreSQL one (`make services`
# prints it), else the local superuser's.
_GIVEN = os.environ.get("DATABASE_URL", "")
PG = (
    _GIVEN.rsplit("/", 1)[0]
    if _GIVEN.startswith(("postgres://", "postgresql://"))
    else "postgres://postgres@127.0.0.1:5432"
)
DB_NAME = "bench_discussions"
DB_URL = f"{PG}/{DB_NAME}"
REDIS_DB = 11


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200, help="connected members (200)")
    parser.add_argument("--messages", type=int, default=50, help="fan-out messages (50)")
    parser.add_argument("--posts", type=int, default=500, help="throughput posts (500)")
    parser.add_argument(
        "--layers",
        default="core,pubsub",
        help="channel layers to compare, comma-separated: core, pubsub (both)",
    )
    parser.add_argument(
        "--redis-as-configured",
        action="store_true",
        help="keep redis-py's 5 s socket timeout: every socket idle for 5 s is then closed",
    )
    return parser.parse_args(sys.argv[1:] if __name__ == "__main__" else [])


ARGS = arguments()
# redis-py 8 reads replies with a 5 s timeout by default, exactly as long as
# the channel layer's blocking pop waits for a message (5 s): an idle
# process's receive times out and the socket running it is closed with 1011.
# A longer read timeout in the URL (no code change) lets the bench measure
# the rest.
REDIS_OPTIONS = "" if ARGS.redis_as_configured else "?socket_timeout=30"
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}{REDIS_OPTIONS}"
RATE_LIMIT = "1000000"  # messages per minute, for the servers this bench starts
SETTINGS = "collaboratory.settings.test"
QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # platform/local/up.sh's
BASELINE_CHANNEL = "bench-discussions-baseline"
OUTAGE_CLIENTS = 4
IDLE_CLIENTS, IDLE_SECONDS = 3, 12.0
WAIT = 10.0  # seconds: the longest any single step may take before it counts as failed

os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
os.environ["DATABASE_URL"] = DB_URL
os.environ["REDIS_URL"] = REDIS_URL
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402
import psycopg  # noqa: E402
import redis  # noqa: E402
import redis.asyncio as aioredis  # noqa: E402
import websockets  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402

# --- Figures -------------------------------------------------------------------


def pct(samples: list[float], p: int) -> float:
    if len(samples) < 2:
        return samples[0] if samples else float("nan")
    return statistics.quantiles(samples, n=100, method="inclusive")[p - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def say(text: str) -> None:
    print(text, flush=True)


# --- Processes -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=3)
    except subprocess.TimeoutExpired:  # still draining sockets: stop it now
        process.kill()
        process.wait(timeout=5)


class Daphnes:
    """`count` daphne processes on free ports, their stderr in `logdir`."""

    def __init__(
        self, count: int, redis_url: str, logdir: Path, name: str, layer: str = "core"
    ) -> None:
        self.ports = [free_port() for _ in range(count)]
        self.logs = [logdir / f"daphne-{name}-{i}.log" for i in range(count)]
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": DB_URL,
            "REDIS_URL": redis_url,
            "DISCUSSION_MESSAGES_PER_MINUTE": RATE_LIMIT,
            "CHANNEL_LAYER": layer,
            "DATABASE_POOL": "1",  # as platform/local/up.sh starts them
            "TASKS_BACKEND": QUEUE["default"]["BACKEND"],  # and as it sets it
            "LOG_LEVEL": os.environ.get("BENCH_DAPHNE_LOG_LEVEL", "INFO"),
        }
        self.processes = []
        for port, log in zip(self.ports, self.logs, strict=True):
            with open(log, "wb") as stderr:
                self.processes.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
                        + ["collaboratory.asgi:application"],
                        cwd=ROOT,
                        env=env,
                        stdout=subprocess.DEVNULL,
                        stderr=stderr,
                    )
                )

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + 60
        for port, process, log in zip(self.ports, self.processes, self.logs, strict=True):
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"daphne on {port} exited:\n{log.read_text()[-2000:]}")
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"daphne on {port} did not start") from None
                    time.sleep(0.2)

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            stop_process(process)

    def log_counts(self) -> str:
        """What the servers logged: sends the channel layer skipped because a
        process's queue was full, publishes that failed, and application
        errors (a socket closed by an exception)."""
        text = "".join(log.read_text(errors="replace") for log in self.logs)
        return (
            f"{text.count('over capacity in group')} group sends over capacity, "
            f"{text.count('Could not publish')} failed publishes, "
            f"{text.count('Exception inside application')} application errors"
        )


class OwnRedis:
    """A redis-server of the bench's own, which it may stop and start."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.dir = workdir
        self.pidfile = workdir / "redis.pid"

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0{REDIS_OPTIONS}"

    def start(self) -> None:
        subprocess.run(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no", "--daemonize", "yes"]
            + ["--dir", str(self.dir), "--pidfile", str(self.pidfile)]
            + ["--logfile", str(self.dir / "redis.log")],
            check=True,
            timeout=10,
        )
        deadline = time.monotonic() + 10
        while not self.alive():
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server on {self.port} did not start")
            time.sleep(0.05)

    def alive(self) -> bool:
        """A bare PING: redis-py's client would retry with back-off for seconds."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def shutdown(self) -> None:
        subprocess.run(
            ["redis-cli", "-p", str(self.port), "shutdown", "nosave"],
            timeout=10,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 5
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.05)

    def make_sure_stopped(self) -> None:
        if not self.alive():
            return
        self.shutdown()
        if self.pidfile.exists() and self.alive():
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(self.pidfile.read_text().strip()), signal.SIGTERM)


# --- Database and Redis set-up -------------------------------------------------


def create_database() -> None:
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database() -> None:
    connections.close_all()
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def clear_bench_redis() -> None:
    """Only this bench's keys, in its own database number."""
    client = redis.Redis.from_url(REDIS_URL)
    for pattern in ("collaboratory*", "asgi*", "bench-discussions*"):
        keys = list(client.scan_iter(match=pattern, count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
    client.close()


def session_cookie(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def build_world(members: int) -> dict:
    """One team, its space and a thread; a sender and `members` members, all
    on the team, each with a session."""
    from django.db import transaction

    from community.factories import (
        LearningNetworkFactory,
        MembershipFactory,
        TeamFactory,
        UserFactory,
    )
    from forums import events, services

    with transaction.atomic():
        network = LearningNetworkFactory(slug="bench-network", name="Bench network")
        team = TeamFactory(name="Bench State Team", slug="bench-team", networks=[network])
        people = [
            MembershipFactory(team=team, user=UserFactory(username=f"bench-{i:04d}")).user
            for i in range(members + 1)
        ]
        cookies = [session_cookie(user) for user in people]
    space = services.team_space(team)
    first = services.start_thread(people[0], space, "Fan-out", "First message", rate_limited=False)
    event = events.message_event(first)
    return {
        "space": space,
        "thread": first.thread,
        "sender": people[0],
        "cookies": cookies,
        "event_bytes": len(json.dumps(event)),
        "html": event["html"],
    }


def payload(message_id: int, size: int) -> str:
    """JSON of `size` characters, like a message event."""
    head = json.dumps({"type": "message", "id": message_id, "seq": message_id, "html": ""})
    return json.dumps(
        {"type": "message", "id": message_id, "seq": message_id, "html": "x" * (size - len(head))}
    )


# --- A websocket member ----------------------------------------------------------


class Member:
    """One browser tab: reads every frame as it comes, remembers each message
    (by id, with its number), and resumes from the number the server last
    confirmed (a `caught_up`), not from the highest it happened to see, as
    the page's script does."""

    def __init__(self, port: int, slug: str, cookie: str, on_message=None) -> None:
        self.url = f"ws://127.0.0.1:{port}/ws/discussions/{slug}/"
        self.origin = f"http://127.0.0.1:{port}"
        self.cookie = cookie
        self.on_message = on_message
        self.ws = None
        self.reader: asyncio.Task | None = None
        self.last = 0
        self.resume_from = 0
        self.seen: dict[int, int] = {}
        self.pending: dict[str, asyncio.Future] = {}
        self.caught_up = asyncio.Event()
        self.errors: list[str] = []
        self.opened = 0
        self.last_frame = time.perf_counter()

    @property
    def is_open(self) -> bool:
        return self.reader is not None and not self.reader.done()

    async def open(self) -> None:
        self.ws = await asyncio.wait_for(
            websockets.connect(
                self.url,
                origin=self.origin,
                additional_headers={"Cookie": self.cookie},
                open_timeout=WAIT,
                close_timeout=2,
                ping_interval=None,
                max_size=2**23,
            ),
            WAIT,
        )
        async with asyncio.timeout(WAIT):
            while True:
                event = json.loads(await self.ws.recv())
                if event.get("type") == "hello":
                    break
        if not self.opened:  # the number the page was rendered with
            self.last = self.resume_from = event["last"]
        self.opened += 1
        self.reader = asyncio.create_task(self._read(self.ws))

    async def _read(self, ws) -> None:
        try:
            async for raw in ws:
                now = self.last_frame = time.perf_counter()
                if raw.startswith('{"type": "presence'):
                    continue
                event = json.loads(raw)
                kind = event.get("type")
                if kind == "message":
                    self.seen[event["id"]] = event["seq"]
                    self.last = max(self.last, event["seq"])
                    if self.on_message:
                        self.on_message(event, now)
                elif kind == "ack":
                    future = self.pending.pop(event["client_id"], None)
                    if future and not future.done():
                        future.set_result(event)
                elif kind == "caught_up":
                    self.last = max(self.last, event["last"])
                    self.resume_from = max(self.resume_from, event["last"])
                    self.caught_up.set()
                elif kind == "error":
                    self.errors.append(event.get("message", ""))
        except (websockets.WebSocketException, OSError):
            pass
        finally:
            for future in self.pending.values():
                if not future.done():
                    future.set_exception(ConnectionError("socket closed"))
            self.pending.clear()

    async def post(self, thread: int, body: str, client_id: str, timeout: float = WAIT) -> dict:
        future = asyncio.get_running_loop().create_future()
        self.pending[client_id] = future
        message = {"type": "post", "thread": thread, "body": body, "client_id": client_id}
        await asyncio.wait_for(self.ws.send(json.dumps(message)), timeout)
        return await asyncio.wait_for(future, timeout)

    async def resume(self) -> None:
        self.caught_up.clear()
        await asyncio.wait_for(
            self.ws.send(json.dumps({"type": "resume", "after": self.resume_from})), 5
        )
        await asyncio.wait_for(self.caught_up.wait(), WAIT)

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 3)
        if self.reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.reader, 3)

    async def reconnect(self, within: float = 30.0) -> int:
        """Open again and catch up, retrying until it works. Returns the tries."""
        await self.close()
        deadline = time.monotonic() + within
        tries = 0
        while True:
            tries += 1
            try:
                await self.open()
                await self.resume()
                return tries
            except (OSError, TimeoutError, websockets.WebSocketException, ConnectionError):
                await self.close()
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.25)


async def open_all(members: list[Member], at_once: int = 20) -> list[Member]:
    """Open every socket (a few at a time), retrying each up to three times."""
    gate = asyncio.Semaphore(at_once)

    async def one(member: Member) -> bool:
        async with gate:
            for _ in range(3):
                try:
                    await member.open()
                    return True
                except (OSError, TimeoutError, websockets.WebSocketException):
                    await member.close()
                    await asyncio.sleep(0.5)
            return False

    done = await asyncio.gather(*(one(m) for m in members))
    return [m for m, ok in zip(members, done, strict=True) if not ok]


async def quiet(members: list[Member], for_seconds: float = 1.0, within: float = 90.0) -> float:
    """Wait until no socket has had a frame for `for_seconds`. Returns the wait."""
    start = time.perf_counter()
    while time.perf_counter() - start < within:
        latest = max(m.last_frame for m in members)
        if time.perf_counter() - latest >= for_seconds:
            break
        await asyncio.sleep(0.1)
    return time.perf_counter() - start


# --- 1. Fan-out ------------------------------------------------------------------


async def channels_fanout(ports, world: dict, receivers: int, messages: int) -> dict:
    slug, thread = world["space"].slug, world["thread"].pk
    receipts: dict[str, list[float]] = defaultdict(list)

    def on_message(event: dict, now: float) -> None:
        receipts[event["client_id"]].append(now)

    members = [
        Member(ports[i % len(ports)], slug, world["cookies"][1 + i], on_message)
        for i in range(receivers)
    ]
    sender = Member(ports[0], slug, world["cookies"][0])
    start = time.perf_counter()
    failed = await open_all([sender, *members])
    connected = time.perf_counter() - start
    say(f"  {receivers - len(failed)} of {receivers} members connected in {connected:.1f} s")
    settle = await quiet([sender, *members])
    say(f"  presence traffic settled after {settle:.1f} s more")

    latencies, acks, sent, incomplete = [], [], [], 0
    for i in range(messages):
        client_id = str(uuid.uuid4())
        sent.append(client_id)
        t0 = time.perf_counter()
        ack = await post_surely(sender, thread, f"Fan-out message {i}", client_id)
        acks.append(time.perf_counter() - t0)
        # Until every member still connected has it (a closed socket gets nothing).
        deadline = t0 + WAIT
        while time.perf_counter() < deadline and not all(
            ack["id"] in m.seen or not m.is_open for m in members
        ):
            await asyncio.sleep(0.005)
        if len(receipts[client_id]) == receivers:
            latencies.append(max(receipts[client_id]) - t0)
        else:
            incomplete += 1
        await asyncio.sleep(0.02)
    await asyncio.sleep(1.0)  # stragglers
    received = sum(len(receipts[c]) for c in sent)
    dropped = sum(1 for m in members if not m.is_open)
    for member in [sender, *members]:
        await member.close()
    if incomplete:
        say(f"  {incomplete} messages did not reach every member; {dropped} sockets closed")
    return {
        "latencies": latencies,
        "acks": acks,
        "expected": receivers * messages,
        "received": received,
        "dropped": dropped + len(failed),
        "connect_seconds": connected,
        "settle_seconds": settle,
    }


async def post_surely(member: Member, thread: int, body: str, client_id: str) -> dict:
    """Post, reconnecting and sending again (same client_id) if the socket fails."""
    for attempt in range(3):
        try:
            if not member.is_open:
                await member.reconnect()
            return await member.post(thread, body, client_id)
        except (OSError, TimeoutError, websockets.WebSocketException, ConnectionError):
            if attempt == 2:
                raise
            await member.close()
    raise AssertionError("unreachable")


async def bare_fanout(subscribers: int, messages: int, size: int) -> dict:
    receipts: dict[int, list[float]] = defaultdict(list)
    complete: dict[int, asyncio.Event] = defaultdict(asyncio.Event)
    clients, pubsubs, tasks = [], [], []

    async def listen(pubsub) -> None:
        async for item in pubsub.listen():
            if item["type"] != "message":
                continue
            now = time.perf_counter()
            message_id = json.loads(item["data"])["id"]
            receipts[message_id].append(now)
            if len(receipts[message_id]) == subscribers:
                complete[message_id].set()

    publisher = aioredis.Redis.from_url(REDIS_URL)
    try:
        for _ in range(subscribers):
            client = aioredis.Redis.from_url(REDIS_URL)
            pubsub = client.pubsub()
            await asyncio.wait_for(pubsub.subscribe(BASELINE_CHANNEL), WAIT)
            clients.append(client)
            pubsubs.append(pubsub)
            tasks.append(asyncio.create_task(listen(pubsub)))
        async with asyncio.timeout(WAIT):
            while (
                dict(await publisher.pubsub_numsub(BASELINE_CHANNEL)).get(
                    BASELINE_CHANNEL.encode(), 0
                )
                < subscribers
            ):
                await asyncio.sleep(0.05)
        latencies = []
        for i in range(messages):
            t0 = time.perf_counter()
            await asyncio.wait_for(publisher.publish(BASELINE_CHANNEL, payload(i, size)), WAIT)
            try:
                await asyncio.wait_for(complete[i].wait(), WAIT)
                latencies.append(max(receipts[i]) - t0)
            except TimeoutError:
                say(f"  bare message {i}: not everyone received it")
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.5)
        received = sum(len(receipts[i]) for i in range(messages))
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for pubsub, client in zip(pubsubs, clients, strict=True):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(pubsub.aclose(), 3)
                await asyncio.wait_for(client.aclose(), 3)
        await publisher.aclose()
    return {"latencies": latencies, "expected": subscribers * messages, "received": received}


# --- 2. Throughput -----------------------------------------------------------------


class Counter(threading.Thread):
    """Counts what arrives on one subscription, in a thread of its own."""

    def __init__(self, expected: int, subscribe, receive) -> None:
        super().__init__(daemon=True)
        self.expected, self.subscribe, self.receive = expected, subscribe, receive
        self.ready = threading.Event()
        self.count = 0

    def run(self) -> None:
        asyncio.run(self._run())

    async def _run(self) -> None:
        handle = await self.subscribe()
        self.ready.set()
        while self.count < self.expected:
            try:
                await asyncio.wait_for(self.receive(handle), 5)
            except TimeoutError:
                break
            self.count += 1
        with contextlib.suppress(Exception):
            await asyncio.wait_for(handle["close"](), 3)


def group_counter(group: str, expected: int) -> Counter:
    from django.utils.module_loading import import_string

    async def subscribe():
        chosen = settings.CHANNEL_LAYERS["default"]
        layer = import_string(chosen["BACKEND"])(**chosen["CONFIG"])
        name = await layer.new_channel()
        await layer.group_add(group, name)

        async def close():
            await layer.group_discard(group, name)
            # The core layer's flush would empty its keys; the pub/sub layer
            # has only flush, which unsubscribes and closes.
            await (layer.close_pools() if hasattr(layer, "close_pools") else layer.flush())

        return {"layer": layer, "name": name, "close": close}

    async def receive(handle):
        return await handle["layer"].receive(handle["name"])

    return Counter(expected, subscribe, receive)


def pubsub_counter(expected: int) -> Counter:
    async def subscribe():
        client = aioredis.Redis.from_url(REDIS_URL)
        pubsub = client.pubsub()
        await pubsub.subscribe(BASELINE_CHANNEL)

        async def close():
            await pubsub.aclose()
            await client.aclose()

        return {"pubsub": pubsub, "close": close}

    async def receive(handle):
        while True:
            item = await handle["pubsub"].get_message(ignore_subscribe_messages=True, timeout=5)
            if item is not None:
                return item

    return Counter(expected, subscribe, receive)


def layer_settings(layer: str) -> dict:
    """CHANNEL_LAYERS as the settings make them with CHANNEL_LAYER=`layer`."""
    chosen = dict(settings.CHANNEL_LAYERS["default"])
    config = {k: v for k, v in chosen["CONFIG"].items() if k != "capacity"}
    if layer == "core":
        chosen["BACKEND"] = "channels_redis.core.RedisChannelLayer"
        config["capacity"] = 1000
    else:
        chosen["BACKEND"] = "channels_redis.pubsub.RedisPubSubChannelLayer"
    return {"default": {**chosen, "CONFIG": config}}


def throughput(world: dict, posts: int, layer: str, warm: int = 10, queued: bool = False) -> dict:
    """`services.post_message` through the channel layer `layer`. `queued`:
    with production's task queue, so a post's bookkeeping and search
    document wait for a worker instead of running in the writer's thread;
    the worker's own rate is then measured on what was queued."""
    from django.test.utils import override_settings

    from forums import realtime, services

    sender, thread = world["sender"], world["thread"]
    tasks = QUEUE if queued else settings.TASKS
    with override_settings(CHANNEL_LAYERS=layer_settings(layer), TASKS=tasks):
        counter = group_counter(realtime.space_group(world["space"].pk), warm + posts)
        counter.start()
        counter.ready.wait(WAIT)
        start = time.perf_counter()
        for i in range(warm + posts):
            if i == warm:
                start = time.perf_counter()
            services.post_message(
                sender, thread, f"Throughput {i}", client_id=uuid.uuid4(), rate_limited=False
            )
        app_seconds = time.perf_counter() - start
        counter.join(WAIT)
        figures = {"app_rate": posts / app_seconds, "app_received": counter.count}
        if queued:
            figures["worker_rate"] = drain(warm + posts)
    return figures


def drain(count: int) -> float:
    """Run the task worker until it has done `count` tasks: tasks a second."""
    start = time.perf_counter()
    call_command(
        "worker",
        "--max-tasks",
        str(count),
        "--no-startup-delay",
        "--interval",
        "0.05",
        verbosity=0,
    )
    return count / (time.perf_counter() - start)


def raw_throughput(world: dict, posts: int, warm: int = 10) -> dict:
    """The baseline: psycopg INSERT (autocommit) + PUBLISH of the same size."""
    size = world["event_bytes"]
    counter = pubsub_counter(warm + posts)
    counter.start()
    counter.ready.wait(WAIT)
    publisher = redis.Redis.from_url(REDIS_URL)
    start = time.perf_counter()
    with psycopg.connect(DB_URL, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE bench_raw (id bigserial PRIMARY KEY, space_id int NOT NULL, "
            "body text NOT NULL, body_html text NOT NULL, created_at timestamptz DEFAULT now())"
        )
        for i in range(warm + posts):
            if i == warm:
                start = time.perf_counter()
            (row_id,) = conn.execute(
                "INSERT INTO bench_raw (space_id, body, body_html) VALUES (%s, %s, %s) "
                "RETURNING id",
                (world["space"].pk, f"Throughput {i}", world["html"]),
            ).fetchone()
            publisher.publish(BASELINE_CHANNEL, payload(row_id, size))
        raw_seconds = time.perf_counter() - start
    publisher.close()
    counter.join(WAIT)
    return {
        "raw_rate": posts / raw_seconds,
        "raw_received": counter.count,
        "expected": warm + posts,
    }


# --- 3. Redis outage -----------------------------------------------------------------


async def outage(ports, world: dict, own: OwnRedis, clients: int) -> dict:
    slug, thread = world["space"].slug, world["thread"].pk
    members = [Member(ports[i % len(ports)], slug, world["cookies"][1 + i]) for i in range(clients)]
    failed = await open_all(members)
    if failed:
        raise RuntimeError(f"{len(failed)} outage clients could not connect")
    acked: dict[int, int] = {}
    unacked: list[str] = []
    reconnects = defaultdict(int)
    stop = asyncio.Event()
    down = {}

    async def poster(index: int, member: Member) -> None:
        n = 0
        while not stop.is_set():
            client_id, body = str(uuid.uuid4()), f"Outage {index}-{n}"
            give_up = time.monotonic() + 30
            while True:
                try:
                    if not member.is_open:
                        reconnects[index] += 1
                        await member.reconnect(within=max(1.0, give_up - time.monotonic()))
                    ack = await member.post(thread, body, client_id, timeout=3)
                    acked[ack["id"]] = ack["seq"]
                    break
                except (OSError, TimeoutError, websockets.WebSocketException, ConnectionError):
                    if time.monotonic() > give_up:
                        unacked.append(client_id)
                        break
                    if member.is_open:  # no answer on an open socket: start again
                        await member.close()
                    await asyncio.sleep(0.1)
            n += 1
            await asyncio.sleep(0.05)

    tasks = [asyncio.create_task(poster(i, m)) for i, m in enumerate(members)]
    await asyncio.sleep(2.0)
    before = len(acked)
    down["at"] = time.perf_counter()
    await asyncio.to_thread(own.shutdown)
    say(f"  redis-server stopped after {before} acknowledged messages")
    await asyncio.sleep(3.0)
    await asyncio.to_thread(own.start)
    down["seconds"] = time.perf_counter() - down["at"]
    during = len(acked) - before
    say(f"  redis-server back after {down['seconds']:.1f} s; {during} acknowledged while down")
    await asyncio.sleep(4.0)
    stop.set()
    await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 40)

    live = [set(m.seen) for m in members]
    for member in members:
        await member.reconnect()
    for member in members:
        await member.close()
    wanted = set(acked)
    return {
        "acked": acked,
        "acked_while_down": during,
        "unacked": unacked,
        "down_seconds": down["seconds"],
        "reconnects": sum(reconnects.values()),
        "missing_live": [len(wanted - seen) for seen in live],
        "missing_after_resume": [len(wanted - set(m.seen)) for m in members],
        "errors": sum(len(m.errors) for m in members),
    }


# --- 4. Idle sockets, Redis as configured -------------------------------------------


async def idle(port: int, world: dict, clients: int, seconds: float) -> int:
    """Open sockets, send nothing, and count how many the server closes."""
    slug = world["space"].slug
    members = [Member(port, slug, world["cookies"][1 + i]) for i in range(clients)]
    failed = await open_all(members)
    await asyncio.sleep(seconds)
    closed = sum(1 for m in members if not m.is_open) + len(failed)
    for member in members:
        await member.close()
    return closed


def in_database(acked: dict[int, int]) -> int:
    from forums.models import Message

    return Message.objects.filter(pk__in=list(acked)).count()


# --- Main ------------------------------------------------------------------------------


def main() -> None:
    args = ARGS
    layers = [name.strip() for name in args.layers.split(",") if name.strip()]
    if not layers or set(layers) - {"core", "pubsub"}:
        raise SystemExit("--layers: core, pubsub, or both (comma-separated)")
    began = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="bench-discussions-"))
    own = OwnRedis(workdir)
    servers: list[Daphnes] = []
    fan, fan_log, rate, out, out_log, stored = {}, {}, {}, {}, {}, {}
    queued: dict[str, dict] = {}
    try:
        say(f"database {DB_NAME}: creating and migrating")
        create_database()
        call_command("migrate", verbosity=0)
        clear_bench_redis()
        world = build_world(max(args.members, OUTAGE_CLIENTS))
        connections.close_all()
        say(f"  {args.members} members and a sender; message event {world['event_bytes']} B")

        for layer in layers:
            say(f"1. fan-out to {args.members} members, {args.messages} messages ({layer} layer)")
            servers.append(Daphnes(2, REDIS_URL, workdir, f"fanout-{layer}", layer))
            servers[-1].wait_until_up()
            fan[layer] = asyncio.run(
                channels_fanout(servers[-1].ports, world, args.members, args.messages)
            )
            servers[-1].stop()
            fan_log[layer] = servers[-1].log_counts()
            clear_bench_redis()
        say("1. bare PUBLISH baseline")
        bare = asyncio.run(bare_fanout(args.members, args.messages, world["event_bytes"]))
        clear_bench_redis()

        for layer in layers:
            say(f"2. throughput, {args.posts} posts ({layer} layer)")
            rate[layer] = throughput(world, args.posts, layer)
            connections.close_all()
            clear_bench_redis()
            say(f"2. throughput, {args.posts} posts ({layer} layer, bookkeeping queued)")
            queued[layer] = throughput(world, args.posts, layer, queued=True)
            connections.close_all()
            clear_bench_redis()
        say("2. raw INSERT + PUBLISH baseline")
        raw = raw_throughput(world, args.posts)
        connections.close_all()
        clear_bench_redis()

        own.start()
        for layer in layers:
            say(f"3. Redis outage, {OUTAGE_CLIENTS} members posting ({layer} layer)")
            if not own.alive():
                own.start()
            servers.append(Daphnes(2, own.url, workdir, f"outage-{layer}", layer))
            servers[-1].wait_until_up()
            out[layer] = asyncio.run(outage(servers[-1].ports, world, own, OUTAGE_CLIENTS))
            servers[-1].stop()
            out_log[layer] = servers[-1].log_counts()
            stored[layer] = in_database(out[layer]["acked"])

        say(f"4. {IDLE_CLIENTS} idle sockets for {IDLE_SECONDS:.0f} s, Redis URL without options")
        clear_bench_redis()
        servers.append(Daphnes(1, REDIS_URL.split("?")[0], workdir, "idle"))
        servers[-1].wait_until_up()
        idle_closed = asyncio.run(idle(servers[-1].ports[0], world, IDLE_CLIENTS, IDLE_SECONDS))
        servers[-1].stop()
        idle_log = servers[-1].log_counts()
    finally:
        for group in servers:
            group.stop()
        own.make_sure_stopped()
        with contextlib.suppress(Exception):
            clear_bench_redis()
        with contextlib.suppress(Exception):
            drop_database()

    bare_p50, bare_p99 = pct(bare["latencies"], 50), pct(bare["latencies"], 99)

    def met(ok: bool) -> str:
        return "met" if ok else "**not met**"

    say("")
    say(
        f"members {args.members}, fan-out messages {args.messages}, throughput posts "
        f"{args.posts}, Redis URL options {REDIS_OPTIONS or '(none)'}, layers {', '.join(layers)}"
    )
    for layer in layers:
        f, o = fan[layer], out[layer]
        say(
            f"{layer}: connecting {args.members} members: {f['connect_seconds']:.1f} s, then "
            f"{f['settle_seconds']:.1f} s of presence traffic; "
            f"ack p50 {ms(pct(f['acks'], 50))} ms; {f['dropped']} sockets closed or refused; "
            f"servers' log: {fan_log[layer]}"
        )
        say(
            f"{layer}: outage: {o['down_seconds']:.1f} s down, {o['reconnects']} reconnects, "
            f"unacknowledged sends {len(o['unacked'])}, acked but not received live per member "
            f"{o['missing_live']}; servers' log: {out_log[layer]}"
        )
    say("")
    say("| measure | result | target | |")
    say("|---|---:|---:|---|")
    say(
        f"| bare Redis PUBLISH → last of {args.members} subscribers "
        f"| p50 {ms(bare_p50)} ms, p99 {ms(bare_p99)} ms | | |"
    )
    say(
        f"| raw INSERT + PUBLISH | {raw['raw_rate']:.0f}/s "
        f"({raw['raw_received']} of {raw['expected']} received) | | |"
    )
    for layer in layers:
        f, r, o = fan[layer], rate[layer], out[layer]
        p50, p99 = pct(f["latencies"], 50), pct(f["latencies"], 99)
        fan_ratio = p99 / bare_p99
        fan_lost = f["expected"] - f["received"]
        rate_ratio = r["app_rate"] / raw["raw_rate"]
        acked = len(o["acked"])
        out_lost = sum(o["missing_after_resume"])
        say(
            f"| {layer}: fan-out, send → last of {args.members} members (2 daphne) "
            f"| p50 {ms(p50)} ms, p99 {ms(p99)} ms | | |"
        )
        say(
            f"| {layer}: p99 fan-out ÷ p99 bare | {fan_ratio:.1f}× | ≤ 3× | {met(fan_ratio <= 3)} |"
        )
        say(
            f"| {layer}: fan-out messages lost | {fan_lost} of {f['expected']:,} "
            f"(bare: {bare['expected'] - bare['received']}) | 0 | {met(fan_lost == 0)} |"
        )
        say(
            f"| {layer}: `post_message` saved + broadcast | {r['app_rate']:.0f}/s "
            f"({r['app_received']} of {raw['expected']} received) | | |"
        )
        say(f"| {layer}: throughput ratio | {rate_ratio:.2f} | ≥ 0.5 | {met(rate_ratio >= 0.5)} |")
        q = queued[layer]
        q_ratio = q["app_rate"] / raw["raw_rate"]
        say(
            f"| {layer}: the same, bookkeeping queued for a worker (production) "
            f"| {q['app_rate']:.0f}/s ({q['app_received']} of {raw['expected']} received) | | |"
        )
        say(
            f"| {layer}: throughput ratio, queued | {q_ratio:.2f} | ≥ 0.5 | {met(q_ratio >= 0.5)} |"
        )
        say(f"| {layer}: one worker doing the queued bookkeeping | {q['worker_rate']:.0f}/s | | |")
        say(
            f"| {layer}: outage: acknowledged messages in the database | {stored[layer]} of "
            f"{acked} ({o['acked_while_down']} acked while Redis was down) | all | "
            f"{met(stored[layer] == acked)} |"
        )
        say(
            f"| {layer}: outage: lost after reconnect + resume ({OUTAGE_CLIENTS} members) "
            f"| {out_lost} | 0 | {met(out_lost == 0)} |"
        )
    say(
        f"| idle sockets closed by the server within {IDLE_SECONDS:.0f} s "
        f"(Redis URL as configured, core layer) | {idle_closed} of {IDLE_CLIENTS} | 0 | "
        f"{met(idle_closed == 0)} |"
    )
    say(f"\nidle check, servers' log: {idle_log}")
    say(f"\nwhole run {time.perf_counter() - began:.0f} s; server logs in {workdir}")


if __name__ == "__main__":
    main()
