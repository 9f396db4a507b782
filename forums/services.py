"""Every write in the discussions: each checks permission, saves, takes the
space's next sequence number, and publishes to open sockets only after the
transaction commits. The channel layer is never the record: a publish that
fails loses nothing, because clients catch up from the database by number."""

import hashlib
import logging
import uuid
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from collaboratory.models import Jurisdiction, LearningNetwork, Membership, Team
from forums import events, permissions, publisher
from forums.models import (
    Message,
    MessageEdit,
    Notification,
    Presence,
    Reaction,
    Space,
    Thread,
    ThreadState,
)
from forums.text import RenderedMessage, render_message

logger = logging.getLogger(__name__)
User = get_user_model()
PRESENCE_TIMEOUT = timedelta(seconds=90)


# --- Groups on the channel layer ---------------------------------------------


def space_group(space_id: int) -> str:
    return f"space-{space_id}"


def user_group(user_id: int) -> str:
    return f"user-{user_id}"


def session_group(session_key: str) -> str:
    # The key itself stays out of Redis: only a digest names the group.
    return "session-" + hashlib.sha256(session_key.encode()).hexdigest()[:40]


def publish(group: str, event: dict) -> None:
    """Send now. A layer that is down is logged, not raised: whatever was
    saved is caught up by sequence number when the sockets come back."""
    try:
        publisher.group_send(group, event)
    except Exception:  # noqa: BLE001  (Redis down must not fail a saved write)
        logger.warning("Could not publish to %s; clients will catch up.", group, exc_info=True)


def publish_after_commit(group: str, event: dict) -> None:
    transaction.on_commit(lambda: publish(group, event))


# --- Spaces --------------------------------------------------------------------


def collaborative_space() -> Space:
    space, _ = Space.objects.get_or_create(
        kind=Space.Kind.COLLABORATIVE,
        defaults={
            "slug": "collaborative",
            "name": f"Everyone at the {settings.WAGTAIL_SITE_NAME}",
            "description": "Open to every member: introductions, questions for the whole "
            "collaborative, and news.",
        },
    )
    return space


def _space_of(kind: str, field: str, owner, slug: str, description: str) -> Space:
    """The one space of a network, state or team, made the first time it is asked for."""
    space, _ = Space.objects.get_or_create(
        **{field: owner},
        defaults={
            "kind": kind,
            "slug": slug[:100],
            "name": owner.name,
            "description": description,
        },
    )
    return space


def network_space(network: LearningNetwork) -> Space:
    return _space_of(
        Space.Kind.NETWORK,
        "network",
        network,
        f"network-{network.slug}",
        f"Teams of the {network.name} learning network, with its faculty and facilitators.",
    )


def jurisdiction_space(jurisdiction: Jurisdiction) -> Space:
    return _space_of(
        Space.Kind.JURISDICTION,
        "jurisdiction",
        jurisdiction,
        f"state-{jurisdiction.slug}",
        f"Every team working in {jurisdiction.name}.",
    )


def team_space(team: Team) -> Space:
    return _space_of(
        Space.Kind.TEAM,
        "team",
        team,
        f"team-{team.slug}",
        f"Private to {team.name} and the faculty who coach it.",
    )


def ensure_standard_spaces() -> None:
    """One space for the collaborative, each network, each state with a team
    and each team. Safe to run again."""
    collaborative_space()
    for network in LearningNetwork.objects.all():
        network_space(network)
    for team in Team.objects.select_related("jurisdiction"):
        team_space(team)
        jurisdiction_space(team.jurisdiction)


@transaction.atomic
def create_group(
    user: AbstractBaseUser,
    *,
    name: str,
    description: str = "",
    teams: Iterable[Team] = (),
    people: Iterable[AbstractBaseUser] = (),
) -> Space:
    if not permissions.can_create_group(user):
        raise PermissionDenied("Only facilitators set up working groups.")
    name = name.strip()
    if not name:
        raise ValidationError("Give the group a name.")
    base = "group-" + (slugify(name)[:80] or "working")
    slug, n = base, 1
    while Space.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    space = Space.objects.create(
        kind=Space.Kind.GROUP, slug=slug, name=name, description=description, created_by=user
    )
    space.member_teams.set(teams)
    space.member_people.set(people)
    return space


# --- Limits --------------------------------------------------------------------


def _check_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError("Write a message first.")
    limit = settings.DISCUSSION_MESSAGE_MAX_CHARS
    if len(body) > limit:
        raise ValidationError(
            f"Messages can be up to {limit:,} characters; this one has {len(body):,}. "
            "Split it, or share a longer text as a resource."
        )
    return body


def _check_rate(user: AbstractBaseUser) -> None:
    limit = settings.DISCUSSION_MESSAGES_PER_MINUTE
    since = timezone.now() - timedelta(minutes=1)
    if Message.objects.filter(author=user, created_at__gte=since).count() >= limit:
        raise ValidationError(
            f"You have sent {limit} messages in the last minute. Wait a moment, then send again."
        )


# --- Messages ------------------------------------------------------------------


def _next_sequence(space_id: int) -> int:
    """Update first, then read: the row lock (PostgreSQL) or the write lock
    (SQLite) makes concurrent posts in one space take numbers one by one."""
    Space.objects.filter(pk=space_id).update(last_sequence=F("last_sequence") + 1)
    return Space.objects.filter(pk=space_id).values_list("last_sequence", flat=True).get()


def _attachment_team(user: AbstractBaseUser, space: Space) -> Team:
    """Attachments are team-only resources, so they belong in a team's own
    space: anywhere else, some readers could not open them."""
    if space.kind != Space.Kind.TEAM:
        raise ValidationError(
            "Files can be attached in your team's own space. Here, share the file in the "
            "library and paste its link: readers who may open it will see a card."
        )
    if not Membership.objects.filter(user=user, team=space.team_id).exists():
        raise ValidationError("Only the team's members attach files in its space.")
    return space.team


def _existing_send(user: AbstractBaseUser, client_id: uuid.UUID | None) -> Message | None:
    if client_id is None:
        return None
    return Message.objects.filter(author=user, client_id=client_id).first()


def _save_message(
    user: AbstractBaseUser,
    thread: Thread,
    body: str,
    client_id: uuid.UUID | None,
    files: list[UploadedFile],
) -> Message:
    rendered = render_message(body)
    sequence = _next_sequence(thread.space_id)
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
    if files:
        from resources.services import attach_file

        team = _attachment_team(user, thread.space)
        message.attachments.set([attach_file(user, team, upload) for upload in files])
    Thread.objects.filter(pk=thread.pk).update(
        message_count=F("message_count") + 1, last_activity_at=message.created_at
    )
    _follow(user, thread, read_up_to=sequence)
    _notify(message, rendered)
    _publish_message(message)
    return message


def post_message(
    user: AbstractBaseUser,
    thread: Thread,
    body: str,
    *,
    client_id: uuid.UUID | None = None,
    files: list[UploadedFile] | None = None,
    rate_limited: bool = True,
) -> tuple[Message, bool]:
    """Post a reply. Sending the same `client_id` again returns the message
    already stored (and False), so a retry after a lost answer is harmless.
    Only trusted bulk writers (the demo data) turn the rate limit off."""
    if existing := _existing_send(user, client_id):
        return existing, False
    if not permissions.can_post(user, thread):
        raise PermissionDenied("You cannot post in this thread.")
    body = _check_body(body)
    if rate_limited:
        _check_rate(user)
    try:
        with transaction.atomic():
            return _save_message(user, thread, body, client_id, files or []), True
    except IntegrityError:
        # Two copies of one send raced; the other one won.
        if existing := _existing_send(user, client_id):
            return existing, False
        raise


def start_thread(
    user: AbstractBaseUser,
    space: Space,
    title: str,
    body: str,
    *,
    client_id: uuid.UUID | None = None,
    files: list[UploadedFile] | None = None,
    rate_limited: bool = True,
) -> Message:
    """A new thread with its first message."""
    if existing := _existing_send(user, client_id):
        return existing
    if not permissions.can_start_thread(user, space):
        raise PermissionDenied("You cannot start a thread here.")
    title = (title or "").strip()
    if not title:
        raise ValidationError("Give the thread a title.")
    if len(title) > 200:
        raise ValidationError("Titles can be up to 200 characters.")
    body = _check_body(body)
    if rate_limited:
        _check_rate(user)
    try:
        with transaction.atomic():
            thread = Thread.objects.create(space=space, title=title, author=user)
            return _save_message(user, thread, body, client_id, files or [])
    except IntegrityError:
        # Two copies of one send raced; the other one won (and made the thread).
        if existing := _existing_send(user, client_id):
            return existing
        raise


def _touch(message: Message, **changes) -> None:
    """Save a change to a message under the space's next number, so every
    open tab (and every tab that reconnects later) learns of it."""
    changes["changed_sequence"] = _next_sequence(message.space_id)
    for name, value in changes.items():
        setattr(message, name, value)
    message.save(update_fields=list(changes))
    _publish_message(message)


@transaction.atomic
def edit_message(user: AbstractBaseUser, message: Message, body: str) -> Message:
    if not permissions.can_edit(user, message):
        raise PermissionDenied("Only the author can edit this message.")
    body = _check_body(body)
    if body == message.body:
        return message
    MessageEdit.objects.create(message=message, body=message.body, edited_by=user)
    rendered = render_message(body)
    _touch(
        message,
        body=body,
        body_html=rendered.html,
        cards=rendered.cards,
        edited_at=timezone.now(),
    )
    _notify(message, rendered, mentions_only=True)
    return message


@transaction.atomic
def delete_message(user: AbstractBaseUser, message: Message) -> Message:
    """Soft: the text goes, a tombstone stays in its place."""
    if not permissions.can_delete(user, message):
        raise PermissionDenied("You cannot delete this message.")
    _touch(message, deleted_at=timezone.now())
    Notification.objects.filter(message=message).delete()
    return message


@transaction.atomic
def set_hidden(moderator: AbstractBaseUser, message: Message, hidden: bool) -> Message:
    if not permissions.can_moderate(moderator, message.space):
        raise PermissionDenied("Only moderators hide messages.")
    _touch(message, hidden_by=moderator if hidden else None)
    if hidden:
        Notification.objects.filter(message=message).delete()
    return message


@transaction.atomic
def toggle_reaction(user: AbstractBaseUser, message: Message, emoji: str) -> bool:
    """Add the reaction, or take it back if it was there. True if added."""
    if emoji not in Reaction.Emoji.values:
        raise ValidationError("Choose one of the reactions offered.")
    if message.is_deleted or not permissions.can_see_thread(user, message.thread):
        raise PermissionDenied("You cannot react to this message.")
    deleted, _ = Reaction.objects.filter(message=message, user=user, emoji=emoji).delete()
    if not deleted:
        Reaction.objects.create(message=message, user=user, emoji=emoji)
    _touch(message)
    return not deleted


def _publish_message(message: Message) -> None:
    event = events.message_event(message)
    publish_after_commit(space_group(message.space_id), {"type": "space.event", "event": event})


# --- Threads -------------------------------------------------------------------


@transaction.atomic
def moderate_thread(
    moderator: AbstractBaseUser,
    thread: Thread,
    *,
    pinned: bool | None = None,
    locked: bool | None = None,
    hidden: bool | None = None,
) -> Thread:
    if not permissions.can_moderate(moderator, thread.space):
        raise PermissionDenied("Only moderators pin, lock or hide threads.")
    flags = {"pinned": pinned, "locked": locked, "hidden": hidden}
    changed = {name: value for name, value in flags.items() if value is not None}
    for name, value in changed.items():
        setattr(thread, name, value)
    thread.save(update_fields=list(changed))
    _publish_thread(thread)
    return thread


@transaction.atomic
def move_thread(moderator: AbstractBaseUser, thread: Thread, to: Space) -> Thread:
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
    for message_id, old in thread.messages.order_by("sequence").values_list("pk", "sequence"):
        number = _next_sequence(to.pk)
        Message.objects.filter(pk=message_id).update(
            space=to, sequence=number, changed_sequence=number
        )
        renumbered.append((old, number))
    _carry_read_positions(thread, renumbered)
    messages = events.with_details(thread.messages.order_by("sequence"))
    cards = events.cards_for(messages, AnonymousUser())
    for message in messages:
        event = events.message_event(message, cards=cards[message.pk])
        publish_after_commit(space_group(to.pk), {"type": "space.event", "event": event})
    publish_after_commit(
        space_group(source.pk),
        {"type": "space.event", "event": {"type": "thread.moved", "thread": thread.pk}},
    )
    return thread


def _carry_read_positions(thread: Thread, renumbered: list[tuple[int, int]]) -> None:
    """What each reader had read, in the new numbers: the last message they
    had read keeps being the last one they have read."""
    for state in ThreadState.objects.filter(thread=thread, last_read_sequence__gt=0):
        read = [new for old, new in renumbered if old <= state.last_read_sequence]
        state.last_read_sequence = read[-1] if read else 0
        state.save(update_fields=["last_read_sequence"])


def _publish_thread(thread: Thread) -> None:
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
    publish_after_commit(space_group(thread.space_id), {"type": "space.event", "event": event})


# --- Reading, following, notifications ----------------------------------------


def _follow(user: AbstractBaseUser, thread: Thread, read_up_to: int) -> None:
    """Posting in a thread follows it (unless muted) and reads it so far."""
    state, _ = ThreadState.objects.get_or_create(user=user, thread=thread)
    if state.subscription == ThreadState.Subscription.NONE:
        state.subscription = ThreadState.Subscription.FOLLOWING
    state.last_read_sequence = max(state.last_read_sequence, read_up_to)
    state.save(update_fields=["subscription", "last_read_sequence"])


def mark_read(user: AbstractBaseUser, thread: Thread, up_to: int | None = None) -> None:
    if not user.is_authenticated:
        return
    if up_to is None:
        up_to = thread.messages.order_by("-sequence").values_list("sequence", flat=True).first()
    state, _ = ThreadState.objects.get_or_create(user=user, thread=thread)
    if up_to and up_to > state.last_read_sequence:
        state.last_read_sequence = up_to
        state.save(update_fields=["last_read_sequence"])
    Notification.objects.filter(
        recipient=user, message__thread=thread, read_at__isnull=True
    ).update(read_at=timezone.now())


def set_subscription(user: AbstractBaseUser, thread: Thread, subscription: str) -> ThreadState:
    if subscription not in ThreadState.Subscription.values:
        raise ValidationError("Choose follow, mute or neither.")
    if not permissions.can_see_thread(user, thread):
        raise PermissionDenied("No such thread.")
    state, _ = ThreadState.objects.get_or_create(user=user, thread=thread)
    state.subscription = subscription
    state.save(update_fields=["subscription"])
    return state


def _notify(message: Message, rendered: RenderedMessage, *, mentions_only: bool = False) -> None:
    """Tell the people a message is for: those it mentions (by name, team or
    state) and those following its thread, if they may read it. Nobody is
    told of a message in a hidden thread."""
    if message.thread.hidden:
        return
    reasons: dict[int, str] = {}
    for person in rendered.people:
        reasons[person.pk] = Notification.Reason.MENTION
    for user_id in Membership.objects.filter(team__in=rendered.teams).values_list(
        "user", flat=True
    ):
        reasons.setdefault(user_id, Notification.Reason.TEAM_MENTION)
    state_members = Membership.objects.filter(team__jurisdiction__in=rendered.jurisdictions)
    for user_id in state_members.values_list("user", flat=True):
        reasons.setdefault(user_id, Notification.Reason.STATE_MENTION)
    subscriptions = ThreadState.objects.filter(thread=message.thread_id).exclude(subscription="")
    muted = set()
    for user_id, subscription in subscriptions.values_list("user", "subscription"):
        if subscription == ThreadState.Subscription.MUTED:
            muted.add(user_id)
        elif not mentions_only:
            reasons.setdefault(user_id, Notification.Reason.REPLY)
    reasons = {
        user_id: reason
        for user_id, reason in reasons.items()
        if user_id != message.author_id
        and (user_id not in muted or reason == Notification.Reason.MENTION)
    }
    if not reasons:
        return
    readers = set(
        permissions.readers_of(message.space).filter(pk__in=reasons).values_list("pk", flat=True)
    )
    notices = [
        Notification(recipient_id=user_id, message=message, reason=reason)
        for user_id, reason in reasons.items()
        if user_id in readers
    ]
    Notification.objects.bulk_create(notices, ignore_conflicts=True)
    for notice in notices:
        publish_after_commit(
            user_group(notice.recipient_id), {"type": "user.notified", "reason": notice.reason}
        )


# --- Presence ------------------------------------------------------------------


def _is_present(user: AbstractBaseUser, space: Space) -> bool:
    since = timezone.now() - PRESENCE_TIMEOUT
    return Presence.objects.filter(space=space, user=user, seen_at__gte=since).exists()


def arrive(user: AbstractBaseUser, space: Space, channel_name: str) -> list[dict]:
    """Record an open socket; tell the others only if this person was not
    here already (another tab). Returns who is here, for the newcomer."""
    already = _is_present(user, space)
    Presence.objects.update_or_create(
        channel_name=channel_name,
        defaults={"space": space, "user": user, "seen_at": timezone.now()},
    )
    if not already:
        _publish_presence(space, "presence.joined", events.person(user))
    return present_people(space)


def still_here(channel_name: str) -> None:
    Presence.objects.filter(channel_name=channel_name).update(seen_at=timezone.now())


def leave(user: AbstractBaseUser, space: Space, channel_name: str) -> None:
    Presence.objects.filter(channel_name=channel_name).delete()
    if not _is_present(user, space):
        _publish_presence(space, "presence.left", events.person(user))


def sockets_over_cap(user: AbstractBaseUser, keep: int) -> list[str]:
    """The channel names of the account's oldest open sockets (any space, any
    process) beyond the newest `keep`. Their rows are deleted here, so a
    socket being closed no longer counts; the caller asks each to close.
    Rows whose heartbeat stopped (a dead process) are not counted."""
    since = timezone.now() - PRESENCE_TIMEOUT
    rows = Presence.objects.filter(user=user, seen_at__gte=since).order_by("-pk")
    beyond = list(rows.values_list("pk", "channel_name")[max(keep, 1) :])
    if not beyond:
        return []
    Presence.objects.filter(pk__in=[pk for pk, _ in beyond]).delete()
    return [name for _, name in beyond]


def present_people(space: Space) -> list[dict]:
    since = timezone.now() - PRESENCE_TIMEOUT
    user_ids = (
        Presence.objects.filter(space=space, seen_at__gte=since)
        .values_list("user", flat=True)
        .distinct()
    )
    users = User.objects.filter(pk__in=list(user_ids)).select_related("profile")
    return sorted((events.person(u) for u in users), key=lambda p: p["name"])


def _publish_presence(space: Space, kind: str, who: dict) -> None:
    """Only the change goes to everyone: sending the whole list at each
    arrival would cost the square of the number of people in a busy space."""
    event = {"type": kind, "person": who}
    publish_after_commit(space_group(space.pk), {"type": "space.event", "event": event})
