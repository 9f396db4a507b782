from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Resource library. Its models, pages and routes arrive with the issue that builds it."""

    name = "resources"
    label = "resources"
    verbose_name = "Resource library"
