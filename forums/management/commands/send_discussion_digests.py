from django.core.management.base import BaseCommand, CommandError

from forums.digests import send_digests


class Command(BaseCommand):
    help = (
        "Email each member who chose this frequency a digest of their unread discussion "
        "notifications. Run daily with --frequency daily and weekly with --frequency weekly "
        "(from cron or a scheduler)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--frequency", choices=["daily", "weekly"], required=True)

    def handle(self, *args, frequency: str, **options) -> None:
        try:
            sent = send_digests(frequency)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Sent {sent} {frequency} digest{'s' if sent != 1 else ''}.")
