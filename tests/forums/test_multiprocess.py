"""Two ASGI server processes on loopback sharing PostgreSQL and Redis: a
socket on one receives what was posted through the other."""

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
import websockets
from django.db import connection
from django.test import Client

from forums.services.threads import start_thread

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _test_database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@contextmanager
def asgi_servers(count: int):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "collaboratory.settings.test",
        "DATABASE_URL": _test_database_url(),
    }
    ports = [_free_port() for _ in range(count)]
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(port),
                "collaboratory.asgi:application",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for port in ports
    ]
    try:
        for port, process in zip(ports, processes, strict=True):
            _wait_until_up(port, process)
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=3)
            except subprocess.TimeoutExpired:  # still draining sockets: stop it now
                process.kill()
                process.wait()


def _wait_until_up(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode()[-2000:])
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"The server on port {port} did not start.")


async def _open(port: int, slug: str, cookie: str):
    return await websockets.connect(
        f"ws://127.0.0.1:{port}/ws/discussions/{slug}/",
        origin=f"http://127.0.0.1:{port}",
        additional_headers={"Cookie": cookie},
    )


async def _next(ws, kind: str) -> dict:
    while True:
        event = json.loads(await asyncio.wait_for(ws.recv(), timeout=10))
        if event["type"] == kind:
            return event


def _cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_a_message_posted_on_one_process_reaches_a_socket_on_another(require_postgres, world):
    thread = start_thread(world.people.lead, world.spaces.team, "Two servers", "Hi").thread
    slug = world.spaces.team.slug
    reader, writer = _cookie(world.people.member), _cookie(world.people.lead)

    async def scenario(port_a: int, port_b: int) -> dict:
        listening = await _open(port_a, slug, reader)
        posting = await _open(port_b, slug, writer)
        await _next(listening, "hello")
        await posting.send(
            json.dumps(
                {
                    "type": "post",
                    "thread": thread.pk,
                    "body": "Across processes",
                    "client_id": str(uuid.uuid4()),
                }
            )
        )
        ack = await _next(posting, "ack")
        event = await _next(listening, "message")
        await listening.close()
        await posting.close()
        return {"ack": ack, "event": event}

    with asgi_servers(2) as (port_a, port_b):
        result = asyncio.run(scenario(port_a, port_b))
    assert result["event"]["id"] == result["ack"]["id"]
    assert "Across processes" in result["event"]["html"]
