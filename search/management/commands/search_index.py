"""Build the search documents (and the cluster's index, when SEARCH_URL is
set) from everything stored."""

from django.core.management.base import BaseCommand

from search import indexing
from search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the search documents from the content, then the cluster index if any."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only when no document is stored yet (a database made before search existed).",
        )

    def handle(self, *args, if_empty: bool, **options):
        if if_empty and SearchDocument.objects.exists():
            return
        count = indexing.rebuild()
        self.stdout.write(f"Search: {count} documents indexed.")
