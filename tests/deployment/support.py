"""What the deployment test and bench/platform.py share: the data they put
in a fresh layout, a small HTTP client for a site behind a TLS-ending proxy,
and free ports. No Django imports: the bench runs it outside Django."""

import contextlib
import re
import socket
import urllib.error
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "layout-password-7"
SETUP = f"""
import json
from collaboratory.factories import LearningNetworkFactory, MembershipFactory
from collaboratory.factories import TeamFactory, UserFactory
from collaboratory.services import create_api_token
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
    """A port p such that p .. p+size are all free on loopback."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + size >= 65535:
            continue
        try:
            for port in range(base, base + size + 1):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
    raise RuntimeError("no free block of ports")


def admin_url(database_url: str) -> str:
    return database_url.rsplit("/", 1)[0] + "/postgres"


class Relay:
    """A TCP relay in front of PostgreSQL that a test can cut and restore:
    what the app processes see when the database restarts."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self.open: list[socket.socket] = []
        self.listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        import threading

        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Refuse new connections and drop every open one."""
        # shutdown wakes the thread blocked in accept(); close alone would not.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for sock in self.open:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.open.clear()

    def _accept(self, listener: socket.socket) -> None:
        import threading

        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            self.open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
