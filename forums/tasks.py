from django_tasks import task

from forums import notice_emails
from kernel.retries import retried


@task()
@retried()
def email_notices(message_id: int, recipient_ids: list[int]) -> int:
    """The emails that go right away for a new message, off the posting path."""
    return notice_emails.send_right_away(message_id, recipient_ids)


@task()
@retried()
def record_post(message_id: int, mentions: dict[str, list[int]], counted: bool = False) -> None:
    """A new message's bookkeeping, after its commit: off the path that
    holds its space's number (`messages.record_post`)."""
    from forums.services import messages
    from forums.services.notifications import Mentions

    messages.record_post(message_id, Mentions(**mentions), counted=counted)
