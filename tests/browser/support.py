"""What the browser suite and `make screenshots` share: the system Chromium,
and a demo site served on loopback from a fresh, seeded database."""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--autoplay-policy=no-user-gesture-required",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DEMO_PASSWORD = "collaboratory-demo"
WIDTHS = {"desktop": 1280, "phone": 375}


def chromium_available() -> bool:
    return os.access(CHROMIUM, os.X_OK)


def log_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def wait_for_player(page, condition: str, seconds: float = 15) -> None:
    """Wait until `condition`, a JavaScript expression over the page's
    `player`, holds. Playwright's own wait_for_function evaluates a string
    inside the page, which the site's content security policy (no
    'unsafe-eval') refuses; an evaluate of a function is allowed."""
    deadline = time.monotonic() + seconds
    check = f"player => {condition}"
    while not page.locator("#player").evaluate(check):
        if time.monotonic() > deadline:
            raise AssertionError(f"Still not true after {seconds} s: {condition}")
        time.sleep(0.05)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fresh_database_url(workdir: Path) -> str:
    """A database of its own: a PostgreSQL one next to DATABASE_URL's when
    that is PostgreSQL (as in CI), else an SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{workdir / 'browser.sqlite3'}"
    import psycopg

    parts = urlsplit(url)
    name = (parts.path.lstrip("/") or "postgres") + "_browser"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    for _ in range(120):
        if process.poll() is not None:
            raise RuntimeError(f"The demo site stopped:\n{log.read_text()[-3000:]}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"{url}/healthz", timeout=2) as response,
        ):
            if response.status == 200:
                return
        time.sleep(0.5)
    raise RuntimeError(f"The demo site did not come up:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def demo_site(seed: bool = True):
    """Migrate and seed a fresh database, serve it with websockets on a free
    loopback port, and stop it afterwards. `seed=False` serves it empty (a
    quick bench run: seeding takes a minute or more)."""
    workdir = Path(tempfile.mkdtemp(prefix="collaboratory-browser-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "collaboratory.settings.dev",
        "DATABASE_URL": _fresh_database_url(workdir),
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "-v0"], ["seed_demo"])[: 2 if seed else 1]:
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, capture_output=True)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = workdir / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            manage + ["runserver", f"127.0.0.1:{port}", "--noreload"],
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_up(base_url, server, log)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)
