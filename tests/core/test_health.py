import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_healthz_reports_every_service(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "channel_layer"}
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_is_503_when_the_cache_is_down(client):
    # A real Redis client pointed at a port where nothing listens.
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True


def test_healthz_is_503_when_the_channel_layer_is_down(client):
    unreachable = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": ["redis://127.0.0.1:1/0"]},
        }
    }
    with override_settings(CHANNEL_LAYERS=unreachable):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["channel_layer"]["ok"] is False


def test_alive_answers_without_touching_any_service(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/alive")
    assert response.status_code == 200
    assert response.content == b"alive"
    assert "no-cache" in response["Cache-Control"]
