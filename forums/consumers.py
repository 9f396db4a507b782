"""The websocket of one discussion space, at /ws/discussions/<space slug>/.
Protocol in docs/realtime.md. Thin: every read and write goes through
forums.events, the action modules of forums.services, and forums.realtime
(the channel layer's groups, and typing notices)."""

import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from autobahn.exception import Disconnected
from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from channels.layers import BaseChannelLayer
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from forums import events, permissions, realtime
from forums.models import Message, Space, Thread
from forums.services import messages, presence, threads
from forums.throttle import TokenBucket
from kernel.languages import socket_language
from kernel.standing import Account, AnyUser

logger = logging.getLogger(__name__)

# Close codes (4000–4999 are the application's own).
NOT_ALLOWED = 4403
SIGNED_OUT = 4401
# Redis (the channel layer) is away: the page polls, and reconnects later.
LIVE_UPDATES_AWAY = 4503
# The account opened more sockets than DISCUSSION_SOCKETS_PER_ACCOUNT: this,
# its oldest, was closed. The page stops rather than reconnecting (which
# would close the next oldest tab, and so on round the tabs).
TOO_MANY_SOCKETS = 4429
# The client kept on after being told to slow down (or kept sending frames
# too large or malformed): a policy violation, after RFC 6455's 1008.
KEPT_ON = 4008
LAYER_AWAY = (RedisConnectionError, RedisTimeoutError, OSError)
TYPING_EVERY = 3.0  # seconds between one connection's typing notices
# Refusals (slow_down, too_large, bad_request) one connection may draw a
# minute, as a token bucket; one more closes it with KEPT_ON.
REFUSALS_PER_MINUTE = 20


def _reload(user: AnyUser) -> AnyUser:
    """The account as it is now; a deleted one reads nothing."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser

    if not user.is_authenticated:
        return AnonymousUser()
    return get_user_model().objects.select_related("profile").filter(pk=user.pk).first() or (
        AnonymousUser()
    )


def _error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or gettext("Not allowed.")


def _bad_type(content: dict[str, Any]) -> str | None:
    """What is wrong with a send's fields, or None. JSON null, numbers or
    objects are never turned into text."""
    if "body" in content and not isinstance(content["body"], str):
        return "A send's body must be text."
    if "title" in content and not isinstance(content["title"], str):
        return "A thread's title must be text."
    thread = content.get("thread")
    if thread is not None and (isinstance(thread, bool) or not isinstance(thread, int)):
        return "thread must be a thread's id (a whole number), or null to start a thread."
    return None


class SpaceConsumer(AsyncJsonWebsocketConsumer):
    space: Space | None = None
    moderator: bool = False
    last_typing: float = 0.0
    # Set once the socket is refused or being closed: later frames are ignored.
    closing: bool = True

    @property
    def layer(self) -> BaseChannelLayer:
        """The channel layer (Channels leaves it None only when CHANNEL_LAYERS
        names none; the settings always name one)."""
        if self.channel_layer is None:
            raise RuntimeError("CHANNEL_LAYERS names no channel layer.")
        return self.channel_layer

    @property
    def joined(self) -> Space:
        """The socket's space: found by connect(), before any other handler runs."""
        if self.space is None:
            raise RuntimeError("The socket has no space yet.")
        return self.space

    def member(self) -> Account:
        """The socket's account: connect() lets in only people who may read
        the space, and access_changed closes the socket of one who no longer may."""
        user: AnyUser = self.scope["user"]
        if not user.is_authenticated:
            raise PermissionDenied("Sign in to take part.")
        return user

    async def connect(self) -> None:
        # The language of the page that opened the socket (`?lang=`): its
        # refusals, catch-ups and messages are worded in it. Activated for
        # the socket's task, which every later handler runs in.
        self.language = socket_language(self.scope)
        translation.activate(self.language)
        user: AnyUser = self.scope["user"]
        slug = self.scope["url_route"]["kwargs"]["slug"]
        admitted = None
        if user.is_authenticated:  # a visitor reads no space
            admitted = await database_sync_to_async(presence.admit)(user, slug)
        if admitted is None:
            # Accepted, then closed: a refusal during the handshake reaches the
            # page as 1006, which it would take for a network fault and retry.
            await self.accept()
            await self.close(code=NOT_ALLOWED)
            return
        self.space, self.moderator = admitted.space, admitted.moderator
        account = self.member()
        self.buckets = {
            "ping": TokenBucket(settings.DISCUSSION_SOCKET_PINGS_PER_MINUTE),
            "resume": TokenBucket(settings.DISCUSSION_SOCKET_RESUMES_PER_MINUTE),
            # The database counts messages per person across every process;
            # this spares it the count for a connection that floods.
            "post": TokenBucket(settings.DISCUSSION_MESSAGES_PER_MINUTE),
        }
        self.refusals = TokenBucket(REFUSALS_PER_MINUTE)
        self.groups_joined = [realtime.space_group(self.space.pk), realtime.user_group(account.pk)]
        if session_key := getattr(self.scope.get("session"), "session_key", None):
            self.groups_joined.append(realtime.session_group(session_key))
        try:
            await self._join_groups()
        except LAYER_AWAY:
            logger.warning("Channel layer unavailable; %s will poll.", self.channel_name)
            self.groups_joined = []
            await self.accept()
            await self.close(code=LIVE_UPDATES_AWAY)
            return
        await self.accept()
        self.closing = False
        arrival = await database_sync_to_async(presence.join)(
            account, self.space, self.channel_name, settings.DISCUSSION_SOCKETS_PER_ACCOUNT
        )
        await self._close_sockets(arrival.over_cap)
        await self.send_json({"type": "hello", "space": self.space.slug, "last": arrival.last})
        await self.send_json({"type": "presence", "people": arrival.people})

    async def _close_sockets(self, names: list[str]) -> None:
        """One socket more than the account may hold closes its oldest, in
        whichever process it lives: the registry is the Presence table, and
        the request to close goes to that socket's own channel."""
        for name in names:
            try:
                await self.layer.send(name, {"type": "socket.replaced"})
            except LAYER_AWAY:
                logger.warning("Could not ask %s to close; its row is gone.", name)

    async def _join_groups(self) -> None:
        for group in self.groups_joined:
            try:
                await self.layer.group_add(group, self.channel_name)
            except LAYER_AWAY:
                # A pooled connection from before a Redis restart fails once;
                # the second try opens a fresh one.
                await self.layer.group_add(group, self.channel_name)

    async def disconnect(self, code: int) -> None:
        for group in getattr(self, "groups_joined", []):
            await self.layer.group_discard(group, self.channel_name)
        if getattr(self, "groups_joined", None):
            await database_sync_to_async(presence.leave)(
                self.scope["user"], self.joined, self.channel_name
            )

    async def _may_read(self, fresh: bool = False) -> bool:
        return await database_sync_to_async(permissions.can_read)(
            self.scope["user"], self.joined, fresh=fresh
        )

    # --- From the client ---------------------------------------------------

    async def receive(
        self, text_data: str | None = None, bytes_data: bytes | None = None, **kwargs: Any
    ) -> None:
        """Size first, before anything is decoded; then JSON text only."""
        if self.closing:
            return
        limit = settings.DISCUSSION_SOCKET_MAX_FRAME_BYTES
        if text_data is None:
            size = len(bytes_data or b"")
        else:  # characters never outnumber UTF-8 bytes: count bytes only when needed
            size = len(text_data) if len(text_data) > limit else len(text_data.encode())
        if size > limit:
            await self._refuse(
                "too_large",
                gettext(
                    "Requests can be up to %(limit)s bytes; this one has %(size)s. "
                    "Messages can be up to %(characters)s characters."
                )
                % {
                    "limit": number_format(limit, force_grouping=True),
                    "size": number_format(size, force_grouping=True),
                    "characters": number_format(
                        settings.DISCUSSION_MESSAGE_MAX_CHARS, force_grouping=True
                    ),
                },
            )
            return
        if text_data is None:
            await self._refuse("bad_request", "Send JSON text frames.")
            return
        try:
            content = await self.decode_json(text_data)
        except ValueError:
            await self._refuse("bad_request", "Not JSON.")
            return
        await self.receive_json(content, **kwargs)

    async def _refuse(self, code: str, message: str, **fields: object) -> None:
        """Answer with an error event; a client that draws refusals faster
        than REFUSALS_PER_MINUTE is closed with KEPT_ON instead."""
        if self.closing:
            return
        if not self.refusals.take():
            self.closing = True
            await self.close(code=KEPT_ON)
            return
        await self.send_json({"type": "error", "code": code, "message": message, **fields})

    async def _allowed(self, kind: str, **fields: object) -> bool:
        """Take one of this connection's tokens for `kind`, or answer
        slow_down with the seconds to wait."""
        bucket = self.buckets[kind]
        if bucket.take():
            return True
        wait = bucket.retry_after()
        await self._refuse(
            "slow_down",
            # Translators: "kind" is a request's name in the page's protocol
            # (post, resume, ping); "s" stands for seconds.
            gettext("Too many requests of this kind (%(kind)s); try again in %(wait)s s.")
            % {"kind": kind, "wait": wait},
            request=kind,
            retry_after=wait,
            **fields,
        )
        return False

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if self.closing:
            return
        handlers: dict[str, Callable[[dict[str, Any]], Awaitable[None]]] = {
            "resume": self.resume,
            "post": self.post,
            "typing": self.typing,
            "ping": self.ping,
        }
        kind = content.get("type") if isinstance(content, dict) else None
        handler = handlers.get(kind) if isinstance(kind, str) else None
        if handler is None:
            await self._refuse("bad_request", "Unknown request.")
            return
        await handler(content)

    async def resume(self, content: dict[str, Any]) -> None:
        """Send the changes after the number the client saw last, in order:
        at most DISCUSSION_SOCKET_RESUME_MAX_EVENTS of them. `caught_up`
        carries the number they reach, and `more` when the client should
        resume again from it."""
        after = content.get("after")
        if isinstance(after, bool) or not isinstance(after, int) or after < 0:
            await self._refuse(
                "bad_request",
                "A resume needs after: the last number applied (a whole number, 0 or more).",
                request="resume",
            )
            return
        if not await self._allowed("resume"):
            return
        batch = await database_sync_to_async(events.changes_since)(
            self.scope["user"],
            self.joined,
            after,
            limit=max(settings.DISCUSSION_SOCKET_RESUME_MAX_EVENTS, 1),
        )
        for event in batch["events"]:
            await self.send_json(event)
        await self.send_json({"type": "caught_up", "last": batch["last"], "more": batch["more"]})

    async def post(self, content: dict[str, Any]) -> None:
        client_id = content.get("client_id")
        try:
            if not isinstance(client_id, str):
                raise TypeError
            client_id = uuid.UUID(client_id)
        except (ValueError, TypeError):
            await self.send_json({"type": "error", "message": "A send needs a client_id UUID."})
            return
        if problem := _bad_type(content):
            await self._refuse("bad_request", problem, client_id=str(client_id))
            return
        if not await self._allowed("post", client_id=str(client_id)):
            return
        try:
            message, url = await database_sync_to_async(self._post)(content, client_id)
        except (ValidationError, PermissionDenied, Thread.DoesNotExist) as error:
            await self.send_json(
                {"type": "error", "client_id": str(client_id), "message": _error_text(error)}
            )
            return
        await self.send_json(
            {
                "type": "ack",
                "client_id": str(client_id),
                "id": message.pk,
                "seq": message.changed_sequence,
                "url": url,
            }
        )

    def _post(self, content: dict[str, Any], client_id: uuid.UUID) -> tuple[Message, str]:
        """A new thread when no thread is named, else a reply. Returns the
        message and its address."""
        user = self.member()
        body = content.get("body", "")  # types checked by _bad_type
        if content.get("thread") is None:
            title = content.get("title", "")
            message = threads.start_thread(user, self.joined, title, body, client_id=client_id)
        else:
            thread = Thread.objects.select_related("space").get(
                pk=content["thread"], space=self.joined
            )
            message, _ = messages.post_message(user, thread, body, client_id=client_id)
        return message, message.get_absolute_url()

    async def typing(self, content: dict[str, Any]) -> None:
        now = time.monotonic()
        if now - self.last_typing < TYPING_EVERY or not isinstance(content.get("thread"), int):
            return
        self.last_typing = now
        user = self.member()
        name = await database_sync_to_async(lambda: user.profile.name)()
        await realtime.typing(self.layer, self.joined.pk, content["thread"], user, name)

    async def ping(self, content: dict[str, Any]) -> None:
        if not await self._allowed("ping"):
            return
        await database_sync_to_async(presence.still_here)(self.channel_name)
        await self.send_json({"type": "pong"})

    async def send(  # type: ignore[override]  # as Channels' own: frames, not ASGI messages
        self, text_data: str | None = None, bytes_data: bytes | None = None, close: bool = False
    ) -> None:
        """A frame for a socket whose client has begun to close is dropped
        (daphne's autobahn refuses it): the disconnect that follows still
        runs, and leaves the space and its groups. Raised, it would end the
        consumer before that."""
        try:
            await super().send(text_data=text_data, bytes_data=bytes_data, close=close)
        except Disconnected:
            logger.debug("Dropped a frame for %s, which is closing.", self.channel_name)

    # --- From the channel layer ------------------------------------------

    async def dispatch(self, message: dict[str, Any]) -> None:
        """Every message straight to its handler. Channels first sends each
        one through the process's one thread for database work, to close
        stale connections; here that is done already, in that same thread,
        by `database_sync_to_async` around every database call this
        consumer makes. The extra hop cost a broadcast 100 trips in a
        process of 100 sockets, each queued behind whatever the thread was
        doing, such as the post being broadcast (docs/performance.md,
        "Fan-out: a profile")."""
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def space_event(self, message: dict[str, Any]) -> None:
        """Passed on as the text `realtime.space_message` encoded once for
        every socket, in this page's language where it has words."""
        if permissions.threads.hides(message["hidden"], self.moderator):
            return  # a hidden thread's messages and changes
        await self.send(text_data=message["languages"].get(self.language, message["text"]))

    async def user_notified(self, message: dict[str, Any]) -> None:
        await self.send_json({"type": "notified", "reason": message["reason"]})

    async def access_changed(self, message: dict[str, Any]) -> None:
        # The user loaded at connect may be stale (deactivated, no longer an admin).
        self.scope["user"] = await database_sync_to_async(_reload)(self.scope["user"])
        if not await self._may_read(fresh=True):
            self.closing = True
            await self.close(code=NOT_ALLOWED)
            return
        self.moderator = await database_sync_to_async(permissions.can_moderate)(
            self.scope["user"], self.joined
        )

    async def session_ended(self, message: dict[str, Any]) -> None:
        self.closing = True
        await self.close(code=SIGNED_OUT)

    async def socket_replaced(self, message: dict[str, Any]) -> None:
        """Another socket of the same account opened, one over the cap."""
        self.closing = True
        await self.close(code=TOO_MANY_SOCKETS)
