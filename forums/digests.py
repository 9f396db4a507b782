"""Email digests of discussion notifications, for members who chose daily
or weekly. Each notice is emailed once, and only while its reader may still
open the message it points to."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import timezone

from community.models.profiles import EmailDigest, NoticeEmail
from forums import permissions, reading
from forums.models import Notification
from forums.notice_emails import RIGHT_AWAY_REASONS
from kernel.mail import language_of, render_email

User = get_user_model()


def send_digests(frequency: str) -> int:
    """Send one digest to each member on this frequency with notices not yet
    emailed. Returns how many emails went out."""
    if frequency not in (EmailDigest.DAILY, EmailDigest.WEEKLY):
        raise ValueError("A digest is daily or weekly.")
    waiting = Notification.objects.filter(
        emailed_at__isnull=True,
        read_at__isnull=True,
        recipient__is_active=True,
        recipient__profile__email_digest=frequency,
    ).exclude(
        reason__in=RIGHT_AWAY_REASONS,
        recipient__profile__notice_email=NoticeEmail.NEVER,
    )
    people = set(waiting.values_list("recipient", flat=True))
    sent = 0
    for person in User.objects.filter(pk__in=people).select_related("profile"):
        # Only the notices read now are marked: one made meanwhile waits for the next digest.
        waiting_ids = list(waiting.filter(recipient=person).values_list("pk", flat=True))
        notices = list(reading.visible_notifications(person, permissions.readable_spaces(person)))
        notices = [n for n in notices if n.pk in set(waiting_ids)]
        if notices and person.email:
            _send(person, notices, frequency)
            sent += 1
        # Notices of messages the person can no longer open are dropped, never sent.
        Notification.objects.filter(pk__in=waiting_ids).update(emailed_at=timezone.now())
    return sent


def _send(person, notices: list[Notification], frequency: str) -> None:
    context = {
        "person": person,
        "notices": notices,
        "frequency": frequency,
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
    }
    subject, body = render_email("forums/emails/digest.txt", context, language_of(person))
    send_mail(subject, body, None, [person.email])
