from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Search. Its models, pages and routes arrive with the issue that builds it."""

    name = "search"
    label = "search"
    verbose_name = "Search"
