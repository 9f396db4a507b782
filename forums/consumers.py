"""The websocket of one discussion space, at /ws/discussions/<space slug>/.
Protocol in docs/realtime.md. Thin: every read and write goes through
forums.events and forums.services."""

import logging
import time
import uuid

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.core.exceptions import PermissionDenied, ValidationError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from forums import events, permissions, services
from forums.models import Space, Thread

logger = logging.getLogger(__name__)

# Close codes (4000–4999 are the application's own).
NOT_ALLOWED = 4403
SIGNED_OUT = 4401
# Redis (the channel layer) is away: the page polls, and reconnects later.
LIVE_UPDATES_AWAY = 4503
LAYER_AWAY = (RedisConnectionError, RedisTimeoutError, OSError)
TYPING_EVERY = 3.0  # seconds between one connection's typing notices


def _reload(user):
    """The account as it is now; a deleted one reads nothing."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser

    return get_user_model().objects.select_related("profile").filter(pk=user.pk).first() or (
        AnonymousUser()
    )


def _error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "Not allowed."


class SpaceConsumer(AsyncJsonWebsocketConsumer):
    space: Space | None = None
    moderator: bool = False
    last_typing: float = 0.0

    async def connect(self) -> None:
        user = self.scope["user"]
        slug = self.scope["url_route"]["kwargs"]["slug"]
        self.space = await database_sync_to_async(Space.objects.filter(slug=slug).first)()
        if self.space is None or not await self._may_read(fresh=True):
            # Accepted, then closed: a refusal during the handshake reaches the
            # page as 1006, which it would take for a network fault and retry.
            await self.accept()
            await self.close(code=NOT_ALLOWED)
            return
        self.moderator = await database_sync_to_async(permissions.can_moderate)(user, self.space)
        self.groups_joined = [services.space_group(self.space.pk), services.user_group(user.pk)]
        if session_key := getattr(self.scope.get("session"), "session_key", None):
            self.groups_joined.append(services.session_group(session_key))
        try:
            await self._join_groups()
        except LAYER_AWAY:
            logger.warning("Channel layer unavailable; %s will poll.", self.channel_name)
            self.groups_joined = []
            await self.accept()
            await self.close(code=LIVE_UPDATES_AWAY)
            return
        await self.accept()
        people = await database_sync_to_async(services.arrive)(user, self.space, self.channel_name)
        last = await database_sync_to_async(
            Space.objects.filter(pk=self.space.pk).values_list("last_sequence", flat=True).get
        )()
        await self.send_json({"type": "hello", "space": self.space.slug, "last": last})
        await self.send_json({"type": "presence", "people": people})

    async def _join_groups(self) -> None:
        for group in self.groups_joined:
            try:
                await self.channel_layer.group_add(group, self.channel_name)
            except LAYER_AWAY:
                # A pooled connection from before a Redis restart fails once;
                # the second try opens a fresh one.
                await self.channel_layer.group_add(group, self.channel_name)

    async def disconnect(self, code: int) -> None:
        for group in getattr(self, "groups_joined", []):
            await self.channel_layer.group_discard(group, self.channel_name)
        if getattr(self, "groups_joined", None):
            await database_sync_to_async(services.leave)(
                self.scope["user"], self.space, self.channel_name
            )

    async def _may_read(self, fresh: bool = False) -> bool:
        return await database_sync_to_async(permissions.can_read)(
            self.scope["user"], self.space, fresh=fresh
        )

    # --- From the client ---------------------------------------------------

    async def receive_json(self, content: dict, **kwargs) -> None:
        handler = {
            "resume": self.resume,
            "post": self.post,
            "typing": self.typing,
            "ping": self.ping,
        }.get(content.get("type") if isinstance(content, dict) else None)
        if handler is None:
            await self.send_json({"type": "error", "message": "Unknown request."})
            return
        await handler(content)

    async def resume(self, content: dict) -> None:
        """Send every change after the number the client saw last, in order."""
        after = content.get("after")
        after = after if isinstance(after, int) and after >= 0 else 0
        more = True
        while more:
            batch = await database_sync_to_async(events.changes_since)(
                self.scope["user"], self.space, after
            )
            for event in batch["events"]:
                await self.send_json(event)
            after, more = batch["last"], batch["more"]
        await self.send_json({"type": "caught_up", "last": after})

    async def post(self, content: dict) -> None:
        client_id = content.get("client_id")
        try:
            client_id = uuid.UUID(str(client_id))
            message, url = await database_sync_to_async(self._post)(content, client_id)
        except (ValueError, TypeError):
            await self.send_json({"type": "error", "message": "A send needs a client_id UUID."})
            return
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

    def _post(self, content: dict, client_id: uuid.UUID):
        """A new thread when no thread is named, else a reply. Returns the
        message and its address."""
        user = self.scope["user"]
        body = str(content.get("body", ""))
        if content.get("thread") is None:
            title = str(content.get("title", ""))
            message = services.start_thread(user, self.space, title, body, client_id=client_id)
        else:
            thread = Thread.objects.select_related("space").get(
                pk=int(content["thread"]), space=self.space
            )
            message, _ = services.post_message(user, thread, body, client_id=client_id)
        return message, message.get_absolute_url()

    async def typing(self, content: dict) -> None:
        now = time.monotonic()
        if now - self.last_typing < TYPING_EVERY or not isinstance(content.get("thread"), int):
            return
        self.last_typing = now
        user = self.scope["user"]
        name = await database_sync_to_async(lambda: user.profile.name)()
        await self.channel_layer.group_send(
            services.space_group(self.space.pk),
            {
                "type": "space.event",
                "event": {
                    "type": "typing",
                    "thread": content["thread"],
                    "name": name,
                    "user_id": user.pk,
                },
            },
        )

    async def ping(self, content: dict) -> None:
        await database_sync_to_async(services.still_here)(self.channel_name)
        await self.send_json({"type": "pong"})

    # --- From the channel layer ------------------------------------------

    async def space_event(self, message: dict) -> None:
        event = message["event"]
        thread = event.get("thread")
        if isinstance(thread, dict) and thread.get("hidden") and not self.moderator:
            return  # hidden threads, their messages and their changes: moderators only
        await self.send_json(event)

    async def user_notified(self, message: dict) -> None:
        await self.send_json({"type": "notified", "reason": message["reason"]})

    async def access_changed(self, message: dict) -> None:
        # The user loaded at connect may be stale (deactivated, no longer an admin).
        self.scope["user"] = await database_sync_to_async(_reload)(self.scope["user"])
        if not await self._may_read(fresh=True):
            await self.close(code=NOT_ALLOWED)
            return
        self.moderator = await database_sync_to_async(permissions.can_moderate)(
            self.scope["user"], self.space
        )

    async def session_ended(self, message: dict) -> None:
        await self.close(code=SIGNED_OUT)
