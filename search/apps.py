from django.apps import AppConfig


class SearchConfig(AppConfig):
    """One search over the library, the toolkit, webinars and their
    recordings, teams and discussions; each viewer finds only what they may
    open."""

    name = "search"
    label = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from search import signals

        signals.connect()
