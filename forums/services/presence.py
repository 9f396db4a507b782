"""Presence: who has a socket open in a space. The register is the
`Presence` table, so every process sees every socket; a row whose heartbeat
stopped (a process that died) is ignored after PRESENCE_TIMEOUT."""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from forums import events, permissions, realtime
from forums.models import Presence, Space
from kernel.standing import Account

User = get_user_model()
PRESENCE_TIMEOUT = timedelta(seconds=90)


def _is_present(user: Account, space: Space) -> bool:
    since = timezone.now() - PRESENCE_TIMEOUT
    return Presence.objects.filter(space=space, user=user, seen_at__gte=since).exists()


def arrive(user: Account, space: Space, channel_name: str) -> list[dict[str, str]]:
    """Record an open socket; tell the others only if this person was not
    here already (another tab). Returns who is here, for the newcomer."""
    already = _is_present(user, space)
    Presence.objects.update_or_create(
        channel_name=channel_name,
        defaults={"space": space, "user": user, "seen_at": timezone.now()},
    )
    if not already:
        realtime.presence_changed(space, "presence.joined", events.person(user))
    return present_people(space)


def still_here(channel_name: str) -> None:
    """The socket's heartbeat."""
    Presence.objects.filter(channel_name=channel_name).update(seen_at=timezone.now())


def leave(user: Account, space: Space, channel_name: str) -> None:
    """Forget a closed socket; tell the others if it was this person's last here."""
    Presence.objects.filter(channel_name=channel_name).delete()
    if not _is_present(user, space):
        realtime.presence_changed(space, "presence.left", events.person(user))


def sockets_over_cap(user: Account, keep: int) -> list[str]:
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


def present_people(space: Space) -> list[dict[str, str]]:
    """Who has a live socket in the space, by name."""
    since = timezone.now() - PRESENCE_TIMEOUT
    user_ids = (
        Presence.objects.filter(space=space, seen_at__gte=since)
        .values_list("user", flat=True)
        .distinct()
    )
    users = User.objects.filter(pk__in=list(user_ids)).select_related("profile")
    return sorted((events.person(u) for u in users), key=lambda p: p["name"])


# --- A socket's opening, in two calls from the consumer -------------------------


@dataclass
class Admission:
    space: Space
    moderator: bool


def admit(user: Account, slug: str) -> Admission | None:
    """The space and whether this person moderates it, or None when there is
    no such space or they may not read it (judged afresh, not from a cache)."""
    space = Space.objects.filter(slug=slug).first()
    if space is None or not permissions.can_read(user, space, fresh=True):
        return None
    return Admission(space, permissions.can_moderate(user, space))


@dataclass
class Arrival:
    people: list[dict[str, str]]  # who is here, for the newcomer
    over_cap: list[str]  # the account's older sockets to close
    last: int  # the space's last message number


def join(user: Account, space: Space, channel_name: str, keep: int) -> Arrival:
    """Record the socket, find the account's sockets beyond `keep`, and read
    the space's last number: one trip to the database's thread, not three."""
    people = arrive(user, space, channel_name)
    over_cap = sockets_over_cap(user, keep)
    last = Space.objects.filter(pk=space.pk).values_list("last_sequence", flat=True).get()
    return Arrival(people, over_cap, last)
