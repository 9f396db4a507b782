"""Settings read from the environment; production refuses to start unsafely."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from collaboratory.env import env_bool, env_int, env_list, env_str

ROOT = Path(__file__).resolve().parents[2]


def test_env_readers(monkeypatch):
    monkeypatch.setenv("X_BOOL", "Yes")
    monkeypatch.setenv("X_INT", "42")
    monkeypatch.setenv("X_LIST", "a.org, b.org,,")
    assert env_bool("X_BOOL") is True
    assert env_int("X_INT") == 42
    assert env_list("X_LIST") == ["a.org", "b.org"]
    assert env_str("X_UNSET", "fallback") == "fallback"
    with pytest.raises(ImproperlyConfigured, match="Set the X_UNSET"):
        env_str("X_UNSET")
    monkeypatch.setenv("X_INT", "many")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("X_INT")
    monkeypatch.setenv("X_BOOL", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="true or false"):
        env_bool("X_BOOL")


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    required = {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL"}
    base = {k: v for k, v in os.environ.items() if k not in required}
    base.update(DJANGO_SETTINGS_MODULE="collaboratory.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True
    )


PRODUCTION_ENV = {"ALLOWED_HOSTS": "collab.example.org", "SITE_URL": "https://collab.example.org"}


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL"])
def test_production_refuses_to_start_without_its_secrets(missing):
    env = {"SECRET_KEY": secrets.token_urlsafe(64), **PRODUCTION_ENV}
    del env[missing]
    result = _manage("check", **env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(64),
        **PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_debug_is_off_outside_the_dev_settings():
    from collaboratory.settings import base

    assert base.DEBUG is False


def test_demo_content_is_refused_under_production_settings():
    result = _manage("seed_demo", SECRET_KEY=secrets.token_urlsafe(64), **PRODUCTION_ENV)
    assert result.returncode != 0
    assert "--allow-production" in result.stderr


def test_the_development_server_logs_each_request_once():
    """Django's own DEBUG console handler and the root's used to print every
    record of a django.* logger twice: each request under runserver."""
    said = "import logging; logging.getLogger('django.channels.server').info('HTTP GET /probe 200')"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "collaboratory.settings.dev"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", said],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).count("HTTP GET /probe 200") == 1


def _served(*args: str, **env: str) -> str:
    """The command `make run` would start (printed, not run)."""
    environment = {k: v for k, v in os.environ.items() if k != "SITE_URL"} | env
    done = subprocess.run(
        ["make", "-n", "-s", "run", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def test_make_run_sends_links_to_the_address_it_serves():
    assert _served().startswith('SITE_URL="http://127.0.0.1:8000" ')
    assert _served("PORT=8001").startswith('SITE_URL="http://127.0.0.1:8001" ')
    assert _served("PORT=8001").endswith("runserver 127.0.0.1:8001")
    assert _served("HOST=0.0.0.0").startswith('SITE_URL="http://localhost:8000" ')
    chosen = _served("PORT=8001", SITE_URL="https://collab.example.org")
    assert chosen.startswith('SITE_URL="https://collab.example.org" ')
