"""Email sent right away, for members who asked for it, when someone
mentions them or replies in a thread they follow. Each notice is emailed at
most once (the digest leaves it out afterwards), only while its reader may
still open the message, and a busy thread sends one email until it is read."""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import QuerySet
from django.utils import timezone

from community.models.profiles import NoticeEmail
from forums import permissions, reading
from forums.models import Notification
from kernel.mail import language_of, render_email

RIGHT_AWAY_REASONS = (Notification.Reason.MENTION, Notification.Reason.REPLY)


def waiting_for_right_away(message_id: int, recipient_ids: list[int]) -> QuerySet:
    return Notification.objects.filter(
        message_id=message_id,
        recipient_id__in=recipient_ids,
        reason__in=RIGHT_AWAY_REASONS,
        emailed_at__isnull=True,
        read_at__isnull=True,
        recipient__is_active=True,
        recipient__profile__notice_email=NoticeEmail.RIGHT_AWAY,
    ).select_related("recipient__profile")


def send_right_away(message_id: int, recipient_ids: list[int]) -> int:
    """Email these people of this message, as their notices allow. Returns
    how many emails went out."""
    sent = 0
    for notice in waiting_for_right_away(message_id, recipient_ids):
        person = notice.recipient
        shown = reading.visible_notifications(person, permissions.readable_spaces(person))
        notice = shown.filter(pk=notice.pk).first()
        if notice and person.email and not _thread_already_waiting(notice):
            _send(person, notice)
            sent += 1
        # Marked even when not sent: nobody gets it later in a digest either.
        Notification.objects.filter(recipient=person, message_id=message_id).update(
            emailed_at=timezone.now()
        )
    return sent


def _thread_already_waiting(notice: Notification) -> bool:
    """A reply in a thread whose last emailed notice the person has not read
    yet: they will see this one when they open the thread."""
    if notice.reason != Notification.Reason.REPLY:
        return False
    return (
        Notification.objects.filter(
            recipient_id=notice.recipient_id,
            message__thread_id=notice.message.thread_id,
            emailed_at__isnull=False,
            read_at__isnull=True,
        )
        .exclude(pk=notice.pk)
        .exists()
    )


def _send(person, notice: Notification) -> None:
    context = {
        "person": person,
        "notice": notice,
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
    }
    subject, body = render_email("forums/emails/notice.txt", context, language_of(person))
    send_mail(subject, body, None, [person.email])
