"""Idle discussion sockets on one server process: the memory 5,000 open,
silent websockets cost a daphne process running the site, against a bare
`websockets` server holding as many, measured in the same run.

    .venv/bin/python bench/idle_sockets.py                  # 5,000 sockets
    .venv/bin/python bench/idle_sockets.py --sockets 1000

Like bench/discussions.py (whose helpers it uses) it makes the database
`bench_discussions` on DATABASE_URL's server and drops it at the end, and uses
Redis database 11. The people: `--sockets` members in teams of 100, each
team with its space; each member opens one socket on their team's space, as
a browser tab would, and reads what comes (the hello, who is here, others
arriving), then nothing more is sent. The bare server accepts the same
number of sockets, sends each a hello of the same size and waits.

Memory is the process's resident set (VmRSS, /proc) once every socket is open
and the traffic of arrivals has settled, less the resident set before the
first socket; the figure compared is that growth per socket. The whole
resident set is printed too: a daphne process carries Django and the site
before any socket opens. Target: at most 2x the bare server's growth.
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEAM_SIZE = 100
SETTLE_SECONDS = 3.0


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sockets", type=int, default=5000, help="idle sockets (5,000)")
    return parser.parse_args()


ARGS = arguments()  # before the imports below, so --help needs no services

import asyncio  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from typing import cast  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402
from websockets.asyncio.client import ClientConnection, connect  # noqa: E402
from websockets.typing import Origin  # noqa: E402

from bench import discussions as shared  # noqa: E402 (sets up Django for the bench database)

BARE_SERVER = """
import asyncio, json, sys
from websockets.asyncio.server import serve

HELLO = json.dumps({"type": "hello", "space": "x" * 24, "last": 0})

async def hold(ws):
    await ws.send(HELLO)
    await ws.wait_closed()

async def main():
    async with serve(hold, "127.0.0.1", int(sys.argv[1]), ping_interval=None):
        print("up", flush=True)
        await asyncio.Future()

asyncio.run(main())
"""


def resident_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def build_people(count: int) -> list[tuple[str, str]]:
    """(space slug, session cookie) for each of `count` members, in teams
    of TEAM_SIZE, each team with its space."""
    from django.db import transaction

    from community.factories import (
        LearningNetworkFactory,
        MembershipFactory,
        TeamFactory,
        UserFactory,
    )
    from community.models import Team
    from forums import services

    network = LearningNetworkFactory(slug="bench-network", name="Bench network")
    people = []
    for first in range(0, count, TEAM_SIZE):
        with transaction.atomic():
            team = cast(
                Team, TeamFactory(name=f"Bench team {first // TEAM_SIZE}", networks=[network])
            )
            space = services.team_space(team)
            for n in range(first, min(first + TEAM_SIZE, count)):
                user = MembershipFactory(team=team, user=UserFactory(username=f"idle-{n:05d}")).user
                people.append((space.slug, shared.session_cookie(user)))
    return people


class Tab:
    """A socket that reads whatever comes and sends nothing."""

    def __init__(self, url: str, origin: str, cookie: str | None) -> None:
        self.url, self.origin, self.cookie = url, origin, cookie
        self.ws: ClientConnection | None = None
        self.reader: asyncio.Task | None = None
        self.last_frame = time.perf_counter()

    async def open(self) -> None:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        self.ws = ws = await connect(
            self.url,
            origin=Origin(self.origin),
            additional_headers=headers,
            open_timeout=60,
            close_timeout=2,
            ping_interval=None,
        )
        first = json.loads(await asyncio.wait_for(ws.recv(), 60))
        if first.get("type") != "hello":
            raise RuntimeError(f"expected a hello, got {first}")
        self.reader = asyncio.create_task(self._read(ws))

    async def _read(self, ws: ClientConnection) -> None:
        with contextlib.suppress(Exception):
            async for _frame in ws:
                self.last_frame = time.perf_counter()

    @property
    def is_open(self) -> bool:
        return self.reader is not None and not self.reader.done()

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 3)


async def hold(pid: int, tabs: list[Tab], at_once: int = 20) -> dict:
    """Open every tab, let the arrivals settle, and read the server's memory."""
    before = resident_kb(pid)
    gate = asyncio.Semaphore(at_once)
    start = time.perf_counter()

    async def one(tab: Tab) -> None:
        async with gate:
            await tab.open()

    await asyncio.gather(*(one(tab) for tab in tabs))
    opened = time.perf_counter() - start
    while time.perf_counter() - max(tab.last_frame for tab in tabs) < SETTLE_SECONDS:
        await asyncio.sleep(0.5)
    after = resident_kb(pid)
    still_open = sum(tab.is_open for tab in tabs)
    await asyncio.gather(*(tab.close() for tab in tabs))
    return {"before": before, "after": after, "open": still_open, "seconds": opened}


def site_run(people: list[tuple[str, str]], workdir: Path) -> dict:
    server = shared.Daphnes(1, shared.REDIS_URL, workdir, "idle-memory")
    try:
        server.wait_until_up()
        port = server.ports[0]
        tabs = [
            Tab(f"ws://127.0.0.1:{port}/ws/discussions/{slug}/", f"http://127.0.0.1:{port}", cookie)
            for slug, cookie in people
        ]
        return asyncio.run(hold(server.processes[0].pid, tabs)) | {"log": server.log_counts()}
    finally:
        server.stop()


def bare_run(count: int) -> dict:
    port = shared.free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", BARE_SERVER, str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "up"
        origin = f"http://127.0.0.1:{port}"
        tabs = [Tab(f"ws://127.0.0.1:{port}/", origin, None) for _ in range(count)]
        return asyncio.run(hold(process.pid, tabs))
    finally:
        shared.stop_process(process)


def main() -> None:
    count = ARGS.sockets
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, count * 2 + 1000)
    if soft < wanted:  # both ends of every socket live on this machine
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    workdir = Path(tempfile.mkdtemp(prefix="bench-idle-sockets-"))
    try:
        shared.say(f"database {shared.DB_NAME}: {count:,} members in teams of {TEAM_SIZE}")
        shared.create_database()
        call_command("migrate", verbosity=0)
        shared.clear_bench_redis()
        people = build_people(count)
        connections.close_all()
        shared.say(f"1. {count:,} sockets on one daphne process running the site")
        site = site_run(people, workdir)
        shared.say(f"2. {count:,} sockets on a bare websockets server")
        bare = bare_run(count)
    finally:
        with contextlib.suppress(Exception):
            shared.clear_bench_redis()
        with contextlib.suppress(Exception):
            shared.drop_database()
    report(count, site, bare)


def report(count: int, site: dict, bare: dict) -> None:
    def per_socket(run: dict) -> float:
        return (run["after"] - run["before"]) / count

    ratio = per_socket(site) / per_socket(bare)
    shared.say(f"\nsite server's log: {site['log']}")
    shared.say(
        "\n| server | open after settling | RSS before (MB) | RSS after (MB) | KB per socket |"
    )
    shared.say("|---|---:|---:|---:|---:|")
    for name, run in (("daphne running the site", site), ("bare `websockets`", bare)):
        shared.say(
            f"| {name} | {run['open']:,} of {count:,} | {run['before'] / 1024:.0f} "
            f"| {run['after'] / 1024:.0f} | {per_socket(run):.1f} |"
        )
    verdict = "met" if ratio <= 2 else "**not met**"
    shared.say(f"\nper socket, site ÷ bare: {ratio:.1f}× (target ≤ 2×: {verdict})")
    shared.say(f"opening took {site['seconds']:.0f} s (site) and {bare['seconds']:.0f} s (bare)")


if __name__ == "__main__":
    main()
