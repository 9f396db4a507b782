"""Reading, following and notices: each person's place in a thread
(`ThreadState`: how far they have read, follow or mute) and the notices a
new or edited message makes. A new message's notices are written by a task
after its commit (`messages.record_post`), an edit's in its transaction;
each is pushed to the person's sockets after the commit that writes it."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from community.models import Membership, Profile
from community.models.profiles import NoticeEmail
from forums import permissions, realtime, tasks
from forums.models import Message, Notification, Thread, ThreadState
from forums.notice_emails import RIGHT_AWAY_REASONS
from forums.text import RenderedMessage
from kernel.standing import Account


def follow(user: Account, thread: Thread, read_up_to: int) -> None:
    """Posting in a thread follows it (unless muted) and reads it so far."""
    state, _ = ThreadState.objects.get_or_create(user=user, thread=thread)
    if state.subscription == ThreadState.Subscription.NONE:
        state.subscription = ThreadState.Subscription.FOLLOWING
    state.last_read_sequence = max(state.last_read_sequence, read_up_to)
    state.save(update_fields=["subscription", "last_read_sequence"])


def mark_read(user: Account, thread: Thread, up_to: int | None = None) -> int:
    """The person has read the thread up to message number `up_to` (by
    default, all of it); its notices up to there are read too. A number
    beyond the thread's last message counts as its last, so a client cannot
    mark messages not yet written. Never goes back. Returns the position.

    Only explicit actions call this (a POST, or posting in the thread):
    opening a thread page is a GET and writes nothing."""
    if not user.is_authenticated:
        return 0
    latest = thread.messages.order_by("-sequence").values_list("sequence", flat=True).first() or 0
    up_to = latest if up_to is None else min(max(up_to, 0), latest)
    state, _ = ThreadState.objects.get_or_create(user=user, thread=thread)
    if up_to > state.last_read_sequence:
        state.last_read_sequence = up_to
        state.save(update_fields=["last_read_sequence"])
    Notification.objects.filter(
        recipient=user,
        message__thread=thread,
        message__sequence__lte=up_to,
        read_at__isnull=True,
    ).update(read_at=timezone.now())
    return state.last_read_sequence


def set_subscription(user: Account, thread: Thread, subscription: str) -> ThreadState:
    """Follow every reply, only mentions (""), or mute."""
    if subscription not in ThreadState.Subscription.values:
        raise ValidationError(gettext("Choose follow, mute or neither."))
    if not permissions.can_see_thread(user, thread):
        raise PermissionDenied("No such thread.")
    state, _ = ThreadState.objects.get_or_create(user=user, thread=thread)
    state.subscription = subscription
    state.save(update_fields=["subscription"])
    return state


@dataclass(frozen=True)
class Mentions:
    """Whom a message's text names, by id: all a task after the commit needs
    of its rendering to find the people to notify."""

    people: list[int]
    teams: list[int]
    jurisdictions: list[int]

    @classmethod
    def of(cls, rendered: RenderedMessage) -> "Mentions":
        return cls(
            people=[person.pk for person in rendered.people],
            teams=[team.pk for team in rendered.teams],
            jurisdictions=[state.pk for state in rendered.jurisdictions],
        )


def recipients(
    thread: Thread,
    author_id: int | None,
    mentions: Mentions,
    *,
    mentions_only: bool = False,
) -> dict[int, str]:
    """Who a message is for, with why: those it mentions (by name, team or
    state) and those following its thread, if they may read it. Nobody is
    told of a message in a hidden thread. Reads only: an edit asks before it
    takes its space's sequence number, a new message after its commit."""
    if permissions.threads.hides(thread.hidden, moderates=False):
        return {}
    reasons: dict[int, str] = {}
    for person_id in mentions.people:
        reasons[person_id] = Notification.Reason.MENTION
    for user_id in Membership.objects.filter(team__in=mentions.teams).values_list(
        "user", flat=True
    ):
        reasons.setdefault(user_id, Notification.Reason.TEAM_MENTION)
    state_members = Membership.objects.filter(team__jurisdiction__in=mentions.jurisdictions)
    for user_id in state_members.values_list("user", flat=True):
        reasons.setdefault(user_id, Notification.Reason.STATE_MENTION)
    muted = set()
    subscriptions = ThreadState.objects.filter(thread=thread).exclude(subscription="")
    for user_id, subscription in subscriptions.values_list("user", "subscription"):
        if subscription == ThreadState.Subscription.MUTED:
            muted.add(user_id)
        elif not mentions_only:
            reasons.setdefault(user_id, Notification.Reason.REPLY)
    reasons = {
        user_id: reason
        for user_id, reason in reasons.items()
        if user_id != author_id and (user_id not in muted or reason == Notification.Reason.MENTION)
    }
    if not reasons:
        return {}
    readers = set(
        permissions.readers_of(thread.space).filter(pk__in=reasons).values_list("pk", flat=True)
    )
    return {user_id: reason for user_id, reason in reasons.items() if user_id in readers}


def notify(message: Message, reasons: dict[int, str]) -> None:
    """Write the notices (`recipients`) and push each to its person after commit."""
    if not reasons:
        return
    notices = [
        Notification(recipient_id=user_id, message=message, reason=reason)
        for user_id, reason in reasons.items()
    ]
    Notification.objects.bulk_create(notices, ignore_conflicts=True)
    for notice in notices:
        realtime.notified(notice.recipient_id, notice.reason)
    _email_right_away(message, reasons)


def _email_right_away(message: Message, reasons: dict[int, str]) -> None:
    """Those who asked to hear of a mention or a reply at once are emailed by
    a task once the message is committed: the post does not wait on mail,
    and nothing is read while the space's sequence is held."""
    told = [user_id for user_id, reason in reasons.items() if reason in RIGHT_AWAY_REASONS]
    if told:
        transaction.on_commit(lambda: _enqueue_right_away(message.pk, told))


def _enqueue_right_away(message_id: int, told: list[int]) -> None:
    wanting = list(
        Profile.objects.filter(user_id__in=told, notice_email=NoticeEmail.RIGHT_AWAY).values_list(
            "user_id", flat=True
        )
    )
    if wanting:
        tasks.email_notices.enqueue(message_id, wanting)
