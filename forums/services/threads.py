"""Threads: start one (with its first message), pin, lock or hide it, and
move it to another space. Broadcasts go out after commit (`forums.realtime`)."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext

from forums import permissions, realtime
from forums.models import Message, Space, Thread, ThreadState
from forums.services import messages
from forums.text import render_message
from kernel.standing import Account
from resources.services import StoredAttachment


def start_thread(
    user: Account,
    space: Space,
    title: str,
    body: str,
    *,
    client_id: uuid.UUID | None = None,
    files: list[UploadedFile[bytes]] | None = None,
    rate_limited: bool = True,
) -> Message:
    """A new thread with its first message. A retried send (same
    `client_id`) returns the first message already stored."""
    if existing := messages.existing_send(user, client_id):
        return existing
    if not permissions.can_start_thread(user, space):
        raise PermissionDenied(gettext("You cannot start a thread here."))
    title = (title or "").strip()
    if not title:
        raise ValidationError(gettext("Give the thread a title."))
    if len(title) > 200:
        raise ValidationError(gettext("Titles can be up to 200 characters."))
    body = messages.check_body(body)
    if rate_limited:
        messages.check_rate(user)
    rendered = render_message(body)

    def write(stored: list[StoredAttachment]) -> Message:
        # Counted with its first message: a new row, which nothing else holds.
        thread = Thread.objects.create(space=space, title=title, author=user, message_count=1)
        return messages.write_message(user, thread, body, rendered, client_id, stored, first=True)

    message, _ = messages.send(user, space, client_id, files or [], write)
    return message


@transaction.atomic
def moderate_thread(
    moderator: Account,
    thread: Thread,
    *,
    pinned: bool | None = None,
    locked: bool | None = None,
    hidden: bool | None = None,
) -> Thread:
    """Set the flags given (None leaves one as it is)."""
    if not permissions.can_moderate(moderator, thread.space):
        raise PermissionDenied("Only moderators pin, lock or hide threads.")
    flags = {"pinned": pinned, "locked": locked, "hidden": hidden}
    changed = {name: value for name, value in flags.items() if value is not None}
    for name, value in changed.items():
        setattr(thread, name, value)
    thread.save(update_fields=list(changed))
    realtime.thread_changed(thread)
    return thread


@transaction.atomic
def move_thread(moderator: Account, thread: Thread, to: Space) -> Thread:
    """Move a thread with all its messages. They take new numbers in the
    space they join, so tabs open there catch them up like new posts."""
    source = thread.space
    if not (
        permissions.can_moderate(moderator, source) and permissions.can_moderate(moderator, to)
    ):
        raise PermissionDenied("You can only move threads between spaces you moderate.")
    if to.pk == source.pk:
        return thread
    # Both counters held, lower id first, so no change in either space
    # (a reaction, a post) can take a number from the wrong one meanwhile.
    list(Space.objects.select_for_update().filter(pk__in=[source.pk, to.pk]).order_by("pk"))
    thread.space = to
    thread.save(update_fields=["space"])
    renumbered: list[tuple[int, int]] = []
    moved: list[int] = []
    for message_id, old in thread.messages.order_by("sequence").values_list("pk", "sequence"):
        number = messages.next_sequence(to.pk)
        Message.objects.filter(pk=message_id).update(
            space=to, sequence=number, changed_sequence=number
        )
        renumbered.append((old, number))
        moved.append(message_id)
    _carry_read_positions(thread, renumbered)
    realtime.messages_changed(to.pk, moved)
    realtime.thread_moved(thread, source)
    return thread


def _carry_read_positions(thread: Thread, renumbered: list[tuple[int, int]]) -> None:
    """What each reader had read, in the new numbers: the last message they
    had read keeps being the last one they have read."""
    for state in ThreadState.objects.filter(thread=thread, last_read_sequence__gt=0):
        read = [new for old, new in renumbered if old <= state.last_read_sequence]
        state.last_read_sequence = read[-1] if read else 0
        state.save(update_fields=["last_read_sequence"])
