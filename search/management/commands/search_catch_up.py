"""Send the search cluster the changes it missed while it was away (run it
every few minutes from cron; every change that reaches the cluster also
sends them)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search import indexing


class Command(BaseCommand):
    help = "Send the search cluster the changes it missed while it was away."

    def handle(self, *args, **options):
        if not settings.SEARCH_URL:
            self.stdout.write("No search cluster (SEARCH_URL is not set): nothing to send.")
            return
        try:
            sent = indexing.catch_up()
        except Exception as error:
            raise CommandError(f"The search cluster is still away: {error}") from error
        self.stdout.write(f"Search: {sent} missed changes sent to the cluster.")
