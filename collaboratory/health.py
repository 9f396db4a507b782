"""`/healthz`: is each service the site depends on answering?"""

import asyncio
import logging
import uuid

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

CHECK_TIMEOUT_SECONDS = 2.0
logger = logging.getLogger(__name__)


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 5)
    if cache.get(key) != "ok":
        raise RuntimeError("value written was not read back")
    cache.delete(key)


async def _channel_layer_round_trip() -> None:
    layer = get_channel_layer()
    channel = await layer.new_channel()
    await layer.send(channel, {"type": "healthz.ping"})
    message = await asyncio.wait_for(layer.receive(channel), CHECK_TIMEOUT_SECONDS)
    if message.get("type") != "healthz.ping":
        raise RuntimeError("unexpected message")


def _channel_layer() -> None:
    async_to_sync(_channel_layer_round_trip)()


CHECKS = {"database": _database, "cache": _cache, "channel_layer": _channel_layer}


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure means the service is down
            # The detail (host names, addresses) goes to the log, not the public.
            logger.warning("healthz: %s check failed: %r", name, error)
            results[name] = {"ok": False, "error": type(error).__name__}
        else:
            results[name] = {"ok": True}
    healthy = all(result["ok"] for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": results},
        status=200 if healthy else 503,
    )


@never_cache
def alive(request: HttpRequest) -> HttpResponse:
    """`/alive`: the process answers, touching no service. For a liveness
    probe (restart a stuck process, not one whose database is away) and as
    the floor a page's speed is measured against (bench/production_layout.py)."""
    return HttpResponse("alive", content_type="text/plain")
