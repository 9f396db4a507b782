"""Everything the discussions send to open sockets: the channel layer's
group names, and every publish. Services call it to announce a change once
their transaction has committed; the consumer calls it for typing notices.

The channel layer is never the record. A publish that fails is logged and
forgotten: clients catch up from the database by sequence number.

Events about messages are built after the commit, from the rows as they
then stand: nothing is read, carded or rendered while a write holds its
space's sequence row (docs/realtime.md, "Save first, then broadcast")."""

import asyncio
import hashlib
import json
import logging
import threading
from collections.abc import Iterable
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import BaseChannelLayer, InMemoryChannelLayer, get_channel_layer
from django.conf import settings
from django.db import transaction
from django.utils import translation

from forums import events
from forums.models import Message, Space, Thread
from kernel.standing import Account

logger = logging.getLogger(__name__)
SEND_TIMEOUT = 5.0  # seconds; a Redis that hangs must not hold a request longer
# What goes through the channel layer: a JSON object with its "type".
Event = dict[str, Any]


# --- Groups --------------------------------------------------------------------


def space_group(space_id: int) -> str:
    """Every socket open on one space."""
    return f"space-{space_id}"


def user_group(user_id: int) -> str:
    """Every socket of one person, in any space."""
    return f"user-{user_id}"


def session_group(session_key: str) -> str:
    """Every socket opened with one log-in session."""
    # The key itself stays out of Redis: only a digest names the group.
    return "session-" + hashlib.sha256(session_key.encode()).hexdigest()[:40]


# --- Sending from synchronous code -----------------------------------------------

# `async_to_sync` makes a new event loop for each call, and channels_redis a
# connection pool for each loop: one new Redis connection per message. One
# long-lived loop in a thread of its own keeps a single pool per process. The
# in-memory layer (one process: `make run`, tests) keeps `async_to_sync`,
# because its queues belong to the server's own loop.
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


def _group_send(group: str, event: Event) -> None:
    """Send and wait for the layer to take it; errors are raised to the caller."""
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("CHANNEL_LAYERS names no channel layer.")
    if isinstance(layer, InMemoryChannelLayer):
        async_to_sync(layer.group_send)(group, event)
        return
    future = asyncio.run_coroutine_threadsafe(layer.group_send(group, event), _publishing_loop())
    future.result(timeout=SEND_TIMEOUT)


def publish(group: str, event: Event) -> None:
    """Send now. A layer that is down is logged, not raised: whatever was
    saved is caught up by sequence number when the sockets come back."""
    try:
        _group_send(group, event)
    except Exception:  # noqa: BLE001  (Redis down must not fail a saved write)
        logger.warning("Could not publish to %s; clients will catch up.", group, exc_info=True)


def publish_after_commit(group: str, event: Event) -> None:
    transaction.on_commit(lambda: publish(group, event))


def encode(event: Event) -> str:
    """An event as the text a socket sends: encoded once per message here,
    not once per socket by each consumer (the encoding `send_json` uses)."""
    return json.dumps(event)


def space_message(event: Event, languages: dict[str, Event] | None = None) -> Event:
    """What the channel layer carries to a space's sockets: the event as
    text, the same worded in each other language where it has words, and
    the thread's hidden flag, which each socket checks for its reader."""
    thread = event.get("thread")
    return {
        "type": "space.event",
        "text": encode(event),
        "languages": {code: encode(other) for code, other in (languages or {}).items()},
        "hidden": isinstance(thread, dict) and bool(thread.get("hidden", False)),
    }


def _to_space(space_id: int, event: Event, languages: dict[str, Event] | None = None) -> None:
    """`languages`: the same event worded in each language, where it has words."""
    publish(space_group(space_id), space_message(event, languages))


# --- Messages ----------------------------------------------------------------------


def message_events(
    message_ids: Iterable[int], languages: Iterable[str | None] = (None,)
) -> dict[str | None, list[Event]]:
    """The broadcast events of these messages as they stand now, in number
    order, worded in each of `languages`: the rows, their details and cards
    are read once (a fixed number of queries for any number of messages and
    languages), with the same cards a catch-up carries (`events.cards_for`);
    only the wording is done per language."""
    messages = events.with_details(Message.objects.filter(pk__in=list(message_ids)))
    messages.sort(key=lambda m: m.changed_sequence)
    cards = events.cards_for(messages)
    built = {}
    for language in languages:
        with translation.override(language):
            built[language] = [events.message_event(m, cards=cards[m.pk]) for m in messages]
    return built


def messages_changed(space_id: int, message_ids: Iterable[int]) -> None:
    """After commit, tell the space's sockets these messages changed. The
    events are built then, outside the write's lock on the space's row: read
    once, worded once in each language and encoded once, however many
    sockets receive them; each socket passes on its page's language."""
    ids = list(message_ids)

    def send() -> None:
        languages = [code for code, _name in settings.LANGUAGES]
        built = message_events(ids, languages)
        for number, event in enumerate(built[settings.LANGUAGE_CODE]):
            others = {
                language: built[language][number]
                for language in languages
                if language != settings.LANGUAGE_CODE
            }
            _to_space(space_id, event, others)

    transaction.on_commit(send)


def message_changed(message: Message) -> None:
    messages_changed(message.space_id, [message.pk])


# --- Threads and presence ------------------------------------------------------------


def thread_changed(thread: Thread) -> None:
    """A moderator pinned, locked or hid the thread (sent after commit)."""
    event = {
        "type": "thread",
        "thread": {
            "id": thread.pk,
            "title": thread.title,
            "pinned": thread.pinned,
            "locked": thread.locked,
            "hidden": thread.hidden,
        },
    }
    transaction.on_commit(lambda: _to_space(thread.space_id, event))


def thread_moved(thread: Thread, source: Space) -> None:
    """The thread left `source`; its messages reach the new space as changes."""
    event = {"type": "thread.moved", "thread": thread.pk}
    transaction.on_commit(lambda: _to_space(source.pk, event))


def presence_changed(space: Space, kind: str, who: dict[str, str]) -> None:
    """Only the change goes to everyone: sending the whole list at each
    arrival would cost the square of the number of people in a busy space."""
    event = {"type": kind, "person": who}
    transaction.on_commit(lambda: _to_space(space.pk, event))


async def typing(
    layer: BaseChannelLayer, space_id: int, thread_id: int, user: Account, name: str
) -> None:
    """Someone is writing in a thread. Sent at once through the consumer's
    own layer (it is never stored, so there is no commit to wait for)."""
    event = {"type": "typing", "thread": thread_id, "name": name, "user_id": user.pk}
    await layer.group_send(space_group(space_id), space_message(event))


# --- People ------------------------------------------------------------------------


def notified(user_id: int, reason: str) -> None:
    """After commit: the person has a new notice."""
    publish_after_commit(user_group(user_id), {"type": "user.notified", "reason": reason})


def access_may_have_changed(user_ids: Iterable[int]) -> None:
    """After commit: each of these people's sockets checks its access again."""
    for user_id in set(user_ids):
        publish_after_commit(user_group(user_id), {"type": "access.changed"})


def session_ended(session_key: str) -> None:
    """Sockets opened with this session close (the person logged out)."""
    publish(session_group(session_key), {"type": "session.ended"})
