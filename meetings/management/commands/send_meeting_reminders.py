from django.core.management.base import BaseCommand

from meetings.services import send_reminders


class Command(BaseCommand):
    help = (
        "Email the agenda of each team meeting starting within the next 24 hours to the "
        "members who asked for reminders; each meeting once. Run hourly (cron or a scheduler)."
    )

    def handle(self, *args, **options) -> None:
        sent = send_reminders()
        self.stdout.write(f"Sent {sent} meeting reminder{'s' if sent != 1 else ''}.")
