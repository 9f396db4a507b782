"""Writing messages: send a reply, edit, delete, hide, react.

Each write checks permission and limits, saves, and takes its space's next
sequence number in one transaction; its broadcast is built and published
only after the commit (`forums.realtime`). Taking the number holds the
space's row (PostgreSQL) or the database's write lock (SQLite) until the
commit, so a new message holds it for two statements only: the number and
the insert. The text is rendered and the files checked and stored before;
the thread's counters, the author's following and the notices are written
by a task after the commit (`record_post`).

Files are checked and written to storage before the transaction, and
removed again if it rolls back: `transaction.on_commit` never hears of a
rollback, so `send` catches the failure itself."""

import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Subquery, Value
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext

from community.models import Membership, Team
from forums import permissions, realtime, tasks
from forums.models import Message, MessageEdit, Notification, Reaction, Space, Thread
from forums.services import notifications
from forums.services.notifications import Mentions
from forums.text import RenderedMessage, render_message
from kernel.standing import Account
from resources.services import (
    StoredAttachment,
    discard_attachments,
    keep_attachment,
    store_attachments,
)
from search import indexing

# --- Limits --------------------------------------------------------------------


def check_body(body: str) -> str:
    """The text, trimmed; refused if empty or too long."""
    body = (body or "").strip()
    if not body:
        raise ValidationError(gettext("Write a message first."))
    limit = settings.DISCUSSION_MESSAGE_MAX_CHARS
    if len(body) > limit:
        raise ValidationError(
            gettext(
                "Messages can be up to %(limit)s characters; this one has %(length)s. "
                "Split it, or share a longer text as a resource."
            )
            % {
                "limit": number_format(limit, force_grouping=True),
                "length": number_format(len(body), force_grouping=True),
            }
        )
    return body


def check_rate(user: Account) -> None:
    """Counted in the database, so the limit holds across processes."""
    limit = settings.DISCUSSION_MESSAGES_PER_MINUTE
    since = timezone.now() - timedelta(minutes=1)
    if Message.objects.filter(author=user, created_at__gte=since).count() >= limit:
        raise ValidationError(
            ngettext(
                "You have sent %(limit)s message in the last minute. "
                "Wait a moment, then send again.",
                "You have sent %(limit)s messages in the last minute. "
                "Wait a moment, then send again.",
                limit,
            )
            % {"limit": limit}
        )


# --- Numbers -------------------------------------------------------------------


def next_sequence(space_id: int) -> int:
    """One statement that adds one and returns the new number: the row lock
    (PostgreSQL) or the write lock (SQLite) makes concurrent writes in one
    space take numbers one by one. The lock lasts until the commit, so call
    this as late as possible."""
    table = connection.ops.quote_name(Space._meta.db_table)
    column = connection.ops.quote_name("last_sequence")
    key = connection.ops.quote_name(Space._meta.pk.attname)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {column} = {column} + 1 WHERE {key} = %s RETURNING {column}",
            [space_id],
        )
        row = cursor.fetchone()
    if row is None:
        raise Space.DoesNotExist(f"No space {space_id}.")
    return int(row[0])


# --- Attachments ---------------------------------------------------------------


def _attachment_team(user: Account, space: Space) -> Team:
    """Attachments are team-only resources, so they belong in a team's own
    space: anywhere else, some readers could not open them."""
    if space.kind != Space.Kind.TEAM:
        raise ValidationError(
            gettext(
                "Files can be attached in your team's own space. Here, share the file in the "
                "library and paste its link: readers who may open it will see a card."
            )
        )
    if not Membership.objects.filter(user=user, team=space.team_id).exists():
        raise ValidationError(gettext("Only the team's members attach files in its space."))
    team = space.team
    if team is None:  # a team's space always has its team
        raise ValidationError(gettext("This space has no team to keep files with."))
    return team


# --- Sending -------------------------------------------------------------------


def existing_send(user: Account, client_id: uuid.UUID | None) -> Message | None:
    """The message already stored for this send, if it is a retry."""
    if client_id is None:
        return None
    return Message.objects.filter(author=user, client_id=client_id).first()


def send(
    user: Account,
    space: Space,
    client_id: uuid.UUID | None,
    files: list[UploadedFile[bytes]],
    write: Callable[[list[StoredAttachment]], Message],
) -> tuple[Message, bool]:
    """Store the files, then run `write` in a transaction. If anything in it
    fails, the stored files are removed. A unique clash on `client_id` means
    another copy of the same send won the race: its message is returned,
    with False."""
    stored = store_attachments(user, _attachment_team(user, space), files) if files else []
    try:
        with transaction.atomic():
            return write(stored), True
    except BaseException as error:
        discard_attachments(stored)
        if isinstance(error, IntegrityError) and (existing := existing_send(user, client_id)):
            return existing, False
        raise


def write_message(
    user: Account,
    thread: Thread,
    body: str,
    rendered: RenderedMessage,
    client_id: uuid.UUID | None,
    stored: list[StoredAttachment],
    *,
    first: bool = False,
) -> Message:
    """Save a new message in the caller's transaction: the space's number
    and the insert (and its files) are all that happen while the number is
    held. The broadcast and the bookkeeping (`record_post`) wait for the
    commit, in that order: readers first. `first`: the message opens a
    thread created with it, already counted."""
    sequence = next_sequence(thread.space_id)  # the space is held from here to the commit
    message = Message.objects.create(
        space=thread.space,
        thread=thread,
        author=user,
        body=body,
        body_html=rendered.html,
        cards=rendered.cards,
        sequence=sequence,
        changed_sequence=sequence,
        client_id=client_id or uuid.uuid4(),
    )
    if stored:
        message.attachments.set([keep_attachment(user, attachment) for attachment in stored])
    realtime.message_changed(message)
    mentions = asdict(Mentions.of(rendered))
    transaction.on_commit(lambda: tasks.record_post.enqueue(message.pk, mentions, counted=first))
    return message


def _messages_in(thread: Thread) -> Subquery:
    """How many messages the thread holds, deleted ones included (as the
    counter has always counted them), read from its (thread, sequence) index."""
    return Subquery(
        Message.objects.filter(thread=thread)
        .order_by()
        .values("thread")
        .annotate(total=Count("pk"))
        .values("total")
    )


def record_post(message_id: int, mentions: Mentions, *, counted: bool = False) -> None:
    """After a new message commits: its thread's counters (unless
    `counted`, as a new thread's first message is), its author
    following the thread and having read it so far, and the notices of
    those it is for (`notifications.recipients`, as they stand now), and
    its search document. One transaction, so a task retried after a
    failure writes each once. A message deleted or hidden before this runs
    notifies nobody."""
    rows = Message.objects.select_related("thread__space", "author").filter(pk=message_id)
    found = rows.first()
    if found is None:
        return
    thread = found.thread
    with transaction.atomic():
        if not counted:
            # Counted again, not incremented: the task worker delivers at
            # least once, and a second run must not count the message twice.
            Thread.objects.filter(pk=thread.pk).update(
                message_count=_messages_in(thread),
                # Tasks may run out of order: the latest message's time wins.
                last_activity_at=Greatest(F("last_activity_at"), Value(found.created_at)),
            )
        if found.author is not None:
            notifications.follow(found.author, thread, read_up_to=found.sequence)
        if not (found.is_deleted or found.is_hidden):
            reasons = notifications.recipients(thread, found.author_id, mentions)
            notifications.notify(found, reasons)
    # Found by search from here (Source.index_creations): built as the
    # message stands now, so one deleted or hidden meanwhile stays unfound.
    indexing.update_now(Message, [found.pk])


def post_message(
    user: Account,
    thread: Thread,
    body: str,
    *,
    client_id: uuid.UUID | None = None,
    files: list[UploadedFile[bytes]] | None = None,
    rate_limited: bool = True,
) -> tuple[Message, bool]:
    """Post a reply. Sending the same `client_id` again returns the message
    already stored (and False), so a retry after a lost answer is harmless.
    Only trusted bulk writers (the demo data) turn the rate limit off."""
    if existing := existing_send(user, client_id):
        return existing, False
    if not permissions.can_post(user, thread):
        raise PermissionDenied(gettext("You cannot post in this thread."))
    body = check_body(body)
    if rate_limited:
        check_rate(user)
    rendered = render_message(body)
    return send(
        user,
        thread.space,
        client_id,
        files or [],
        lambda stored: write_message(user, thread, body, rendered, client_id, stored),
    )


# --- Changing a message ----------------------------------------------------------


def _touch(message: Message, **changes: object) -> None:
    """Save a change to a message under the space's next number, so every
    open tab (and every tab that reconnects later) learns of it."""
    changes["changed_sequence"] = next_sequence(message.space_id)
    for name, value in changes.items():
        setattr(message, name, value)
    message.save(update_fields=list(changes))
    realtime.message_changed(message)


@transaction.atomic
def edit_message(user: Account, message: Message, body: str) -> Message:
    """A new text; the old one is kept for moderators. Only new mentions notify."""
    if not permissions.can_edit(user, message):
        raise PermissionDenied("Only the author can edit this message.")
    body = check_body(body)
    if body == message.body:
        return message
    rendered = render_message(body)
    reasons = notifications.recipients(
        message.thread, message.author_id, Mentions.of(rendered), mentions_only=True
    )
    MessageEdit.objects.create(message=message, body=message.body, edited_by=user)
    _touch(
        message,
        body=body,
        body_html=rendered.html,
        cards=rendered.cards,
        edited_at=timezone.now(),
    )
    notifications.notify(message, reasons)
    return message


@transaction.atomic
def delete_message(user: Account, message: Message) -> Message:
    """Soft: the text goes, a tombstone stays in its place."""
    if not permissions.can_delete(user, message):
        raise PermissionDenied("You cannot delete this message.")
    Notification.objects.filter(message=message).delete()
    _touch(message, deleted_at=timezone.now())
    return message


@transaction.atomic
def set_hidden(moderator: Account, message: Message, hidden: bool) -> Message:
    """Hide a message from members (moderators still read it), or show it again."""
    if not permissions.can_moderate(moderator, message.space):
        raise PermissionDenied("Only moderators hide messages.")
    if hidden:
        Notification.objects.filter(message=message).delete()
    _touch(message, hidden_by=moderator if hidden else None)
    return message


@transaction.atomic
def toggle_reaction(user: Account, message: Message, emoji: str) -> bool:
    """Add the reaction, or take it back if it was there. True if added."""
    if emoji not in Reaction.Emoji.values:
        raise ValidationError(gettext("Choose one of the reactions offered."))
    if message.is_deleted or not permissions.can_see_thread(user, message.thread):
        raise PermissionDenied("You cannot react to this message.")
    deleted, _ = Reaction.objects.filter(message=message, user=user, emoji=emoji).delete()
    if not deleted:
        Reaction.objects.create(message=message, user=user, emoji=emoji)
    _touch(message)
    return not deleted
