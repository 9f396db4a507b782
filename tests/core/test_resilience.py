"""With Redis away (a real client, pointed at a port where nothing
listens), pages still serve from the database; only /healthz says so."""

import time

import pytest
from django.test import override_settings

from resources.factories import ResourceFactory

pytestmark = pytest.mark.django_db

REDIS_AWAY = {
    "default": {
        "BACKEND": "kernel.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
    }
}


@pytest.mark.parametrize(
    "path", ["/", "/resources/", "/resources/?network=safe-sleep", "/search/?q=crib", "/alive"]
)
def test_pages_serve_while_the_cache_is_down(client, member, network, path):
    ResourceFactory(title="Crib audit", networks=[network])
    client.force_login(member)
    with override_settings(CACHES=REDIS_AWAY):
        started = time.monotonic()
        response = client.get(path)
        assert response.status_code == 200
        assert time.monotonic() - started < 5  # no waiting on timeouts


def test_health_reports_the_cache_down_while_pages_serve(client):
    with override_settings(CACHES=REDIS_AWAY):
        assert client.get("/healthz").status_code == 503
        assert client.get("/alive").status_code == 200


@pytest.mark.redis
def test_the_forgiving_cache_works_when_redis_is_there():
    import os

    from django.core.cache import caches

    present = {**REDIS_AWAY["default"], "LOCATION": os.environ["REDIS_URL"]}
    with override_settings(CACHES={"default": present}):
        cache = caches["default"]
        cache.set("resilience-check", "kept", 10)
        assert cache.get("resilience-check") == "kept"
        assert cache.get_or_set("resilience-missing", 3, 10) == 3
        cache.delete_many(["resilience-check", "resilience-missing"])
