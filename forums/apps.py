from django.apps import AppConfig


class ForumsConfig(AppConfig):
    """Discussions. Its models, pages and routes arrive with the issue that builds it."""

    name = "forums"
    label = "forums"
    verbose_name = "Discussions"
