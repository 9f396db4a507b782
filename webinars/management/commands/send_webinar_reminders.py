from django.core.management.base import BaseCommand
from django.utils import timezone

from webinars.services import send_due_reminders


class Command(BaseCommand):
    help = (
        "Email each registrant the webinar reminders they chose (the day before, an hour "
        "before) that are due and not yet sent; each once. Run every few minutes (cron, or "
        "the task worker's periodic task)."
    )

    def handle(self, *args, **options) -> None:
        sent = send_due_reminders(timezone.now())
        self.stdout.write(f"Sent {sent} webinar reminder{'s' if sent != 1 else ''}.")
