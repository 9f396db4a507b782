"""Wagtail's `update_index`, which also rebuilds the site search: one
command renews every index (Wagtail's admin search and the site's)."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search import indexing


class Command(WagtailUpdateIndex):
    def handle(self, **options):
        super().handle(**options)
        count = indexing.rebuild()
        if options.get("verbosity", 1):
            self.stdout.write(f"Site search: {count} documents indexed.")
