"""What the deployment test and bench/production_layout.py share: the data they put
in a fresh layout, a small HTTP client for a site behind a TLS-ending proxy,
and free ports. No Django imports: the bench runs it outside Django."""

import contextlib
import os
import random
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "layout-password-7"
SETUP = f"""
import json
from community.factories import LearningNetworkFactory, MembershipFactory
from community.factories import TeamFactory, UserFactory
from community.services import create_api_token
from forums import services
network = LearningNetworkFactory(slug="safe-sleep", name="Safe Sleep")
team = TeamFactory(name="Ohio State Team", slug="ohio", networks=[network])
user = MembershipFactory(team=team, user=UserFactory(username="ohio.member")).user
user.set_password("{PASSWORD}")
user.save()
services.ensure_standard_spaces()
space = services.team_space(team)
first = services.start_thread(user, space, "Layout check", "First message.", rate_limited=False)
_, token = create_api_token(user, "layout test")
from resources.factories import ResourceFactory
resource = ResourceFactory(title="Osprey audit sheet", networks=[network])
print(json.dumps({{"token": token, "space": space.slug, "thread": first.thread_id,
                  "resource": resource.pk, "resource_url": resource.get_absolute_url()}}))
"""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """Just enough of a browser for a site behind a TLS-ending proxy: it
    says the scheme was https and keeps cookies itself (they are Secure)."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}
        self.opener = urllib.request.build_opener(_NoRedirects)

    def call(self, url: str, data: bytes | None = None, headers: dict | None = None):
        parts = urlsplit(url)
        sent = {
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{parts.netloc}{parts.path}",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            **(headers or {}),
        }
        request = urllib.request.Request(url, data=data, headers=sent)
        try:
            response = self.opener.open(request, timeout=20)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.read().decode(errors="replace")

    def log_in(self, base: str, username: str) -> None:
        _, page = self.call(base + "/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD}
        status, _ = self.call(base + "/accounts/login/", urlencode(form).encode())
        assert status == 302, "the log-in was refused"


def free_port_block(size: int) -> int:
    """A port p such that p .. p+size are all free on loopback, below the
    range the system hands out for outgoing connections: after a load test
    tens of thousands of those linger in TIME_WAIT, which a listener cannot
    bind even with SO_REUSEADDR."""
    try:
        outgoing = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        outgoing = 32768
    for _ in range(200):
        base = random.randint(10000, outgoing - size - 1)
        try:
            for port in range(base, base + size + 1):
                with socket.socket() as s:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
    raise RuntimeError("no free block of ports")


def admin_url(database_url: str) -> str:
    return database_url.rsplit("/", 1)[0] + "/postgres"


def _run_as_postgres() -> list[str]:
    """initdb and the server refuse to run as root: as root, run them as
    the postgres account the Debian package made."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def postgres_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return versions[-1].parent if versions else None


class PrivatePostgres:
    """A PostgreSQL server of the test's own, in a folder of its own, that
    the test may stop and start again: the layout's database restarted
    mid-use, without touching the server other tests share."""

    def __init__(self, port: int) -> None:
        self.bin = postgres_bindir()
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="collaboratory-pg-"))
        self.data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        subprocess.run(
            [*_run_as_postgres(), str(self.bin / "initdb"), "-D", str(self.data)]
            + ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
        )
        self.start()

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _ctl(self, *args: str) -> None:
        subprocess.run(
            [*_run_as_postgres(), str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._ctl("-l", str(self.folder / "server.log"), "-o", options, "start")

    def stop(self) -> None:
        """As an administrator's restart does: open connections are cut."""
        self._ctl("-m", "fast", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class PrivateRedis:
    """A Redis server of the test's own, that it may stop and start again."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.process: subprocess.Popen | None = None
        self.start()

    def url(self, database: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port)):
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
