"""Email that a write sends: rendered now, in each recipient's language, and
sent once the write commits, so a change that rolls back never tells anyone."""

from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import translation

from kernel.standing import Account

# (file name, content, MIME type), as Django's EmailMessage.attach takes them.
Attachment = tuple[str, bytes, str]


def language_of(person: Account) -> str:
    """The language a member reads in (their profile's choice; the site's
    default before they choose). Every email to a person is in it."""
    language = getattr(getattr(person, "profile", None), "language", "")
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def render_email(template: str, context: dict[str, object], language: str) -> tuple[str, str]:
    """(subject, body) of a two-part template: the subject on the first line,
    the body after it; links in it lead to the site in that language."""
    context = {
        "collaborative_name": settings.WAGTAIL_SITE_NAME,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
        **context,
    }
    with translation.override(language):
        subject, _, body = render_to_string(template, context).strip().partition("\n")
    return subject.strip(), body.strip() + "\n"


def email_after_commit(
    template: str,
    context: dict[str, object],
    to: Iterable[Account],
    attachments: Sequence[Attachment] = (),
) -> int:
    """Send `template` to each person with an address once the current
    transaction commits: one message per language, each address once. The
    number of addresses."""
    if isinstance(to, QuerySet):
        to = to.select_related("profile")
    by_language: dict[str, set[str]] = defaultdict(set)
    for person in to:
        if person.email:
            by_language[language_of(person)].add(person.email)
    messages = []
    for language, addresses in sorted(by_language.items()):
        subject, body = render_email(template, context, language)
        message = EmailMessage(subject, body, None, sorted(addresses))
        for attachment in attachments:
            message.attach(*attachment)
        messages.append(message)

    def send() -> None:
        for message in messages:
            message.send()

    if messages:
        transaction.on_commit(send)
    return sum(len(addresses) for addresses in by_language.values())
