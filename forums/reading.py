"""Keeping up: what is unread for a person, per thread and per space, and
the threads that moved since they last read them."""

from django.db.models import (
    Count,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber

from forums.models import Message, Notification, Thread, ThreadState
from forums.permissions import threads
from kernel.standing import Account


def _last_read(user: Account, thread_ref: str = "thread") -> Subquery:
    states = ThreadState.objects.filter(user=user, thread=OuterRef(thread_ref))
    return Subquery(states.values("last_read_sequence")[:1], output_field=IntegerField())


def _unread_messages(user: Account) -> QuerySet:
    """Others' live messages the person has not read, outside muted and
    hidden threads."""
    muted = ThreadState.objects.filter(user=user, subscription=ThreadState.Subscription.MUTED)
    return (
        Message.objects.filter(deleted_at__isnull=True, hidden_by__isnull=True)
        .exclude(author=user)
        .exclude(thread__in=muted.values("thread"))
        # Counted as a reader sees them: nobody, a moderator included, is
        # told of a hidden thread's messages.
        .filter(threads.shown(moderates=False, path="thread__"))
        .annotate(read_to=Coalesce(_last_read(user), 0))
        .filter(sequence__gt=F("read_to"))
    )


def _unread_counts(user: Account, by: str, within) -> dict[int, int]:
    """Unread messages per thread or per space (`by`), among `within`."""
    if not user.is_authenticated:
        return {}
    rows = (
        _unread_messages(user)
        .filter(**{f"{by}__in": within})
        .order_by()
        .values(by)
        .annotate(n=Count("pk"))
    )
    return {row[by]: row["n"] for row in rows}


def unread_by_thread(user: Account, threads) -> dict[int, int]:
    return _unread_counts(user, "thread", threads)


def unread_by_space(user: Account, spaces) -> dict[int, int]:
    return _unread_counts(user, "space", spaces)


def threads_with_news(user: Account, spaces, limit: int = 30) -> list[Thread]:
    """Threads in these spaces with messages the person has not read, most
    recent first, each with `new_messages` (up to five) and `unread`."""
    unread = _unread_messages(user).filter(space__in=spaces)
    latest = (
        unread.order_by()
        .values("thread")
        .annotate(last=Max("created_at"), n=Count("pk"))
        .order_by("-last")[:limit]
    )
    counts = {row["thread"]: row["n"] for row in latest}
    threads = Thread.objects.filter(pk__in=counts).select_related("space")
    by_id = {t.pk: t for t in threads}
    ordered = [by_id[pk] for pk in counts if pk in by_id]
    newest = (
        unread.filter(thread__in=counts)
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("thread")], order_by=F("sequence").desc())
        )
        .filter(rank__lte=5)
        .select_related("author__profile")
        .order_by("sequence")
    )
    for thread in ordered:
        thread.unread = counts[thread.pk]
        thread.new_messages = []
    for message in newest:
        by_id[message.thread_id].new_messages.append(message)
    return ordered


def unread_notifications(user: Account) -> int:
    """Counted like the list shows them: only messages the person may still read."""
    if not user.is_authenticated:
        return 0
    from forums.permissions import readable_spaces

    notices = visible_notifications(user, readable_spaces(user))
    return notices.filter(read_at__isnull=True).count()


def visible_notifications(user: Account, readable_spaces) -> QuerySet:
    """Notices of messages the person may still read (access can be lost
    after a notice was made), newest first."""
    return (
        Notification.objects.filter(recipient=user, message__space__in=readable_spaces)
        .filter(Q(message__deleted_at__isnull=True) & Q(message__hidden_by__isnull=True))
        .filter(threads.shown(moderates=False, path="message__thread__"))
        .select_related("message__thread__space", "message__author__profile")
    )
