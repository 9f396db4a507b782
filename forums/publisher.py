"""Sending to the channel layer from synchronous code (services, after
commit).

`async_to_sync` makes a new event loop for each call, and channels_redis a
connection pool for each loop: one new Redis connection per message. One
long-lived loop in a thread of its own keeps a single pool per process. The
in-memory layer (one process: `make run`, tests) keeps `async_to_sync`,
because its queues belong to the server's own loop."""

import asyncio
import threading

from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer

SEND_TIMEOUT = 5.0  # seconds; a Redis that hangs must not hold a request longer

_loop: asyncio.AbstractEventLoop | None = None
_lock = threading.Lock()


def _publishing_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _lock:
        if _loop is None or _loop.is_closed():
            loop = asyncio.new_event_loop()
            threading.Thread(
                target=loop.run_forever, name="channel-layer-publisher", daemon=True
            ).start()
            _loop = loop
        return _loop


def group_send(group: str, event: dict) -> None:
    """Send and wait for the layer to take it; errors are raised to the caller."""
    layer = get_channel_layer()
    if isinstance(layer, InMemoryChannelLayer):
        async_to_sync(layer.group_send)(group, event)
        return
    future = asyncio.run_coroutine_threadsafe(layer.group_send(group, event), _publishing_loop())
    future.result(timeout=SEND_TIMEOUT)
