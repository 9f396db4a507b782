"""The production layout from system packages (platform/local/up.sh): nginx
in front of two HTTP app servers (gunicorn), two websocket processes
(daphne) and a task worker, sharing nothing but PostgreSQL and Redis. A
session made on one server is good on the other, a websocket on one process
hears a message posted through another, and a task queued by an app server
runs in the worker. It brings its own PostgreSQL and Redis servers, and
stops each mid-use to show the site failing cleanly and recovering."""

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace

import psycopg
import pytest

from kernel.pdf import simple_pdf
from tests.conftest import _missing
from tests.deployment.support import (
    SETUP,
    Client,
    PrivatePostgres,
    PrivateRedis,
    free_port_block,
    postgres_bindir,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def layout():
    if not (shutil.which("nginx") or os.access("/usr/sbin/nginx", os.X_OK)):
        _missing("nginx is not installed (apt-get install nginx)")
    if postgres_bindir() is None:
        _missing("PostgreSQL's server is not installed (apt-get install postgresql)")
    if not shutil.which("redis-server"):
        _missing("redis-server is not installed (apt-get install redis-server)")
    base = free_port_block(7)
    # Servers of its own, which the outage tests stop and start again
    # without touching the ones the rest of the suite shares.
    postgres = PrivatePostgres(base + 5)
    redis = PrivateRedis(base + 6)
    with psycopg.connect(postgres.url("postgres"), autocommit=True) as admin:
        admin.execute("CREATE DATABASE collaboratory")
    run_dir = Path(tempfile.mkdtemp(prefix="collaboratory-layout-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "collaboratory.settings.production",
        "DATABASE_URL": postgres.url("collaboratory"),
        "REDIS_URL": redis.url(),
        "SECRET_KEY": "layout-test-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"https://127.0.0.1:{base}",
        "NGINX_PORT": str(base),
        "APP_PORT_BASE": str(base),
        "APP_PROCESSES": "2",
        "PATH": os.environ.get("PATH", "") + ":/usr/sbin",
    }
    try:
        up = subprocess.run(
            [str(ROOT / "platform/local/up.sh"), str(run_dir)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert up.returncode == 0, up.stdout[-3000:] + up.stderr[-3000:]
        setup = subprocess.run(
            [str(ROOT / ".venv/bin/python"), "manage.py", "shell", "-c", SETUP],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        made = json.loads(setup.stdout.strip().splitlines()[-1])
        yield SimpleNamespace(
            url=f"http://127.0.0.1:{base}",
            apps=[f"http://127.0.0.1:{base + 1}", f"http://127.0.0.1:{base + 2}"],
            sockets=[f"ws://127.0.0.1:{base + 3}", f"ws://127.0.0.1:{base + 4}"],
            database_url=env["DATABASE_URL"],
            run_dir=run_dir,
            env=env,
            postgres=postgres,
            redis=redis,
            **made,
        )
    finally:
        subprocess.run([str(ROOT / "platform/local/down.sh"), str(run_dir)], env=env, timeout=60)
        redis.stop()
        postgres.remove()
        shutil.rmtree(run_dir, ignore_errors=True)


def test_signed_in_on_one_process_and_served_by_the_other(layout):
    client = Client()
    client.log_in(layout.apps[0], "ohio.member")
    status, page = client.call(layout.apps[1] + "/accounts/")
    assert status == 200
    assert "Ohio State Team" in page
    status, page = client.call(layout.url + "/accounts/")  # and through nginx
    assert status == 200 and "Ohio State Team" in page


def test_a_socket_on_one_process_hears_a_post_through_the_other(layout):
    from websockets.sync.client import connect

    client = Client()
    client.log_in(layout.url, "ohio.member")
    ws_url = layout.sockets[0] + f"/ws/discussions/{layout.space}/"
    cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    headers = {"Cookie": cookie, "X-Forwarded-Proto": "https"}
    with connect(ws_url, additional_headers=headers, origin=layout.env["SITE_URL"]) as socket_a:
        time.sleep(0.5)  # joined the space's group
        body = {
            "body": f"Posted through the other process {uuid.uuid4().hex[:6]}",
            "client_id": str(uuid.uuid4()),
        }
        url = (
            layout.apps[1]
            + f"/api/discussions/spaces/{layout.space}/threads/{layout.thread}/messages/"
        )
        status, _ = client.call(
            url,
            json.dumps(body).encode(),
            {"Authorization": f"Bearer {layout.token}", "Content-Type": "application/json"},
        )
        assert status == 201
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            frame = socket_a.recv(timeout=max(0.1, deadline - time.monotonic()))
            if body["body"] in frame:
                return
    pytest.fail("the message posted through the other process never arrived")


def test_a_socket_through_nginx_is_upgraded(layout):
    from websockets.sync.client import connect

    client = Client()
    client.log_in(layout.url, "ohio.member")
    cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    ws_url = layout.url.replace("http", "ws") + f"/ws/discussions/{layout.space}/"
    with connect(
        ws_url, additional_headers={"Cookie": cookie}, origin=layout.env["SITE_URL"]
    ) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "hello"


def test_a_task_queued_by_an_app_process_runs_in_the_worker(layout):
    boundary = uuid.uuid4().hex
    fields = {
        "title": "Crib census",
        "summary": "Counting safe cribs by shift.",
        "kind": "data_report",
        "team": "ohio",
        "networks": "safe-sleep",
        "visibility": "members",
    }
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    pdf = simple_pdf("Crib census", ["kestrel census of every bassinet"])
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="census.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n".encode()
        + pdf
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    status, answer = Client().call(
        layout.apps[0] + "/api/resources/",
        b"".join(parts),
        {
            "Authorization": f"Bearer {layout.token}",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
        },
    )
    assert status == 201, answer
    resource_id = json.loads(answer)["id"]
    with psycopg.connect(layout.database_url, autocommit=True) as db:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            row = db.execute(
                "SELECT file_text FROM resources_resource WHERE id = %s", [resource_id]
            ).fetchone()
            if "kestrel" in row[0]:
                break
            time.sleep(0.3)
        else:
            pytest.fail("the worker never extracted the file's text")
        statuses = db.execute("SELECT status FROM django_tasks_database_dbtaskresult").fetchall()
    assert {"SUCCESSFUL"} <= {s for (s,) in statuses}


def test_static_files_are_fingerprinted_compressed_and_kept_a_year(layout):
    client = Client()
    _, page = client.call(layout.url + "/accounts/login/")
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page).group(1)
    request = urllib.request.Request(layout.url + css, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert "immutable" in response.headers["Cache-Control"]
        assert "max-age=31536000" in response.headers["Cache-Control"]


def test_private_uploads_are_not_served_by_nginx(layout):
    status, _ = Client().call(layout.url + "/media/documents/anything.pdf")
    assert status == 404


def _anonymous_get(url: str) -> tuple[str, str]:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("X-Cache", ""), response.read().decode()


def test_anonymous_pages_are_shared_for_a_second_and_members_pages_never(layout):
    url = layout.url + layout.resource_url
    _anonymous_get(url)
    cache, page = _anonymous_get(url)
    assert cache in {"HIT", "UPDATING"} and "Osprey audit sheet" in page

    rename = (  # as an editor's save does: the row, and what is kept from it, move on
        "from resources.models import Resource; "
        f"sheet = Resource.objects.get(pk={layout.resource}); "
        "sheet.title = 'Osprey census sheet'; sheet.save()"
    )
    subprocess.run(
        [str(ROOT / ".venv/bin/python"), "manage.py", "shell", "-c", rename],
        env=layout.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=60,
    )
    changed = time.monotonic()
    while "Osprey census sheet" not in _anonymous_get(url)[1]:
        assert time.monotonic() - changed < 1.5, "the edit was not shown within a second"
        time.sleep(0.05)

    member = Client()
    member.log_in(layout.url, "ohio.member")
    request = urllib.request.Request(
        url,
        headers={
            "X-Forwarded-Proto": "https",
            "Cookie": "; ".join(f"{k}={v}" for k, v in member.cookies.items()),
        },
    )
    for _ in range(2):
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["X-Cache"] == "BYPASS"


def test_with_redis_stopped_pages_serve_discussions_poll_and_nothing_is_lost(layout):
    """Redis holds the cache, the channel layer and nothing else: while it
    is stopped members' pages serve (whole, without kept fragments), a
    message is still acknowledged, and the page's fallback poll finds it;
    once Redis is back a socket catches up from the number it saw last."""
    from websockets.exceptions import ConnectionClosedError
    from websockets.sync.client import connect

    member = Client()
    member.log_in(layout.url, "ohio.member")
    changes = layout.url + f"/api/discussions/spaces/{layout.space}/changes/"
    _, before = member.call(changes)
    seen = json.loads(before)["last"]
    layout.redis.stop()
    try:
        status, page = member.call(layout.url + "/resources/")
        assert status == 200 and "Osprey" in page and "Log out" in page
        assert Client().call(layout.apps[0] + "/healthz")[0] == 503
        text = f"Said while Redis was away {uuid.uuid4().hex[:6]}"
        status, answer = member.call(
            layout.apps[1]
            + f"/api/discussions/spaces/{layout.space}/threads/{layout.thread}/messages/",
            json.dumps({"body": text, "client_id": str(uuid.uuid4())}).encode(),
            {"Authorization": f"Bearer {layout.token}", "Content-Type": "application/json"},
        )
        assert status == 201, answer  # acknowledged
        status, batch = member.call(f"{changes}?after={seen}")  # the page's poll
        assert status == 200 and text in batch
    finally:
        layout.redis.start()
    cookie = "; ".join(f"{k}={v}" for k, v in member.cookies.items())
    ws_url = layout.url.replace("http", "ws") + f"/ws/discussions/{layout.space}/"

    def catch_up() -> list[str]:
        with connect(
            ws_url, additional_headers={"Cookie": cookie}, origin=layout.env["SITE_URL"]
        ) as ws:
            assert json.loads(ws.recv(timeout=10))["type"] == "hello"
            ws.send(json.dumps({"type": "resume", "after": seen}))
            frames: list[str] = []
            while not frames or json.loads(frames[-1])["type"] != "caught_up":
                frame = ws.recv(timeout=10)
                assert isinstance(frame, str), frame
                frames.append(frame)
            return frames

    try:
        frames = catch_up()
    except ConnectionClosedError as closed:
        # A process's pooled Redis connection from before the restart can fail
        # once (1011); the page reconnects on any close but 4429 and 4008, so
        # one more connection is what a member's page would make.
        assert closed.rcvd is not None and closed.rcvd.code == 1011, closed
        frames = catch_up()
    assert any(text in frame for frame in frames)
    assert Client().call(layout.apps[0] + "/healthz")[0] == 200


def test_requests_fail_cleanly_while_postgresql_restarts_and_recover(layout):
    """Last in this module: the task worker may not survive the outage (in
    production a supervisor restarts it)."""
    client = Client()
    client.log_in(layout.url, "ohio.member")
    pages = [app + "/accounts/" for app in layout.apps]
    for page in pages * 2:  # each worker holds a persistent connection
        assert client.call(page)[0] == 200
    layout.postgres.stop()
    try:
        started = time.monotonic()
        status, body = client.call(pages[0])
        assert status == 500 and "<html" in body.lower()  # the site's error page
        assert time.monotonic() - started < 10
        assert Client().call(layout.apps[1] + "/healthz")[0] == 503
        assert Client().call(layout.apps[1] + "/alive")[0] == 200
    finally:
        layout.postgres.start()
    for page in pages * 3:  # every worker reconnects by itself
        assert client.call(page)[0] == 200
