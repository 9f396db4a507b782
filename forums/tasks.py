from django_tasks import task

from forums import notice_emails
from kernel.retries import retried


@task()
@retried()
def email_notices(message_id: int, recipient_ids: list[int]) -> int:
    """The emails that go right away for a new message, off the posting path."""
    return notice_emails.send_right_away(message_id, recipient_ids)
