"""The production layout from system packages (platform/local/up.sh): nginx
in front of two HTTP app servers (gunicorn), two websocket processes
(daphne) and a task worker, sharing nothing but PostgreSQL and Redis. A
session made on one server is good on the other, a websocket on one process
hears a message posted through another, and a task queued by an app server
runs in the worker."""

import json
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from collaboratory.pdf import simple_pdf
from tests.conftest import _missing
from tests.deployment.support import SETUP, Client, Relay, admin_url, free_port_block

pytestmark = pytest.mark.redis

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def layout(tmp_path_factory):
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        _missing("DATABASE_URL does not point at PostgreSQL")
    if not os.environ.get("REDIS_URL"):
        _missing("REDIS_URL is not set")
    if not (shutil.which("nginx") or os.access("/usr/sbin/nginx", os.X_OK)):
        _missing("nginx is not installed (apt-get install nginx)")
    name = f"collaboratory_layout_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url(database_url), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = free_port_block(5)
    run_dir = tmp_path_factory.mktemp("layout")
    # The app reaches PostgreSQL through a relay the outage test can cut.
    direct = urlsplit(database_url)
    relay = Relay(direct.hostname or "127.0.0.1", direct.port or 5432)
    userinfo = direct.netloc.rpartition("@")[0]
    relayed = f"{userinfo}@127.0.0.1:{relay.port}" if userinfo else f"127.0.0.1:{relay.port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "collaboratory.settings.production",
        "DATABASE_URL": urlunsplit(direct._replace(netloc=relayed, path="/" + name)),
        "DATABASE_CONN_MAX_AGE": "60",  # persistent connections, as in production
        # A Redis database of its own: the layout's group names must not
        # meet those of tests running beside it on the same server.
        "REDIS_URL": urlunsplit(urlsplit(os.environ["REDIS_URL"])._replace(path="/14")),
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
            relay=relay,
            **made,
        )
    finally:
        subprocess.run([str(ROOT / "platform/local/down.sh"), str(run_dir)], env=env, timeout=60)
        with psycopg.connect(admin_url(database_url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
    with connect(ws_url, additional_headers=headers, origin="https://127.0.0.1") as socket_a:
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
    with connect(ws_url, additional_headers={"Cookie": cookie}, origin="https://127.0.0.1") as ws:
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

    rename = (
        "from resources.models import Resource; "
        f"Resource.objects.filter(pk={layout.resource}).update(title='Osprey census sheet')"
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


def test_requests_fail_cleanly_while_the_database_is_away_and_recover(layout):
    """Last in this module: the task worker may not survive the outage (in
    production a supervisor restarts it)."""
    client = Client()
    client.log_in(layout.url, "ohio.member")
    pages = [app + "/accounts/" for app in layout.apps]
    for page in pages * 2:  # each worker holds a persistent connection
        assert client.call(page)[0] == 200
    layout.relay.cut()
    try:
        started = time.monotonic()
        status, body = client.call(pages[0])
        assert status == 500 and "<html" in body.lower()  # the site's error page
        assert time.monotonic() - started < 10
        assert Client().call(layout.apps[1] + "/healthz")[0] == 503
        assert Client().call(layout.apps[1] + "/alive")[0] == 200
    finally:
        layout.relay.restore()
    for page in pages * 3:  # every worker reconnects by itself
        assert client.call(page)[0] == 200
