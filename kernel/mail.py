"""Email that a write sends: rendered now, sent once the write commits, so
a change that rolls back never tells anyone."""

from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

# (file name, content, MIME type), as Django's EmailMessage.attach takes them.
Attachment = tuple[str, bytes, str]


def email_after_commit(
    template: str,
    context: dict[str, object],
    to: Iterable[str],
    attachments: Sequence[Attachment] = (),
) -> None:
    """Render a two-part template (subject on the first line, the body after
    it) and send it to each address once the current transaction commits."""
    recipients = sorted({address for address in to if address})
    if not recipients:
        return
    context = {
        "collaborative_name": settings.WAGTAIL_SITE_NAME,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
        **context,
    }
    subject, _, body = render_to_string(template, context).strip().partition("\n")
    message = EmailMessage(subject.strip(), body.strip() + "\n", None, recipients)
    for attachment in attachments:
        message.attach(*attachment)

    def send() -> None:
        message.send()

    transaction.on_commit(send)
