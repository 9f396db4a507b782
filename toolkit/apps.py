from django.apps import AppConfig


class ToolkitConfig(AppConfig):
    """Change-idea toolkit. Its models, pages and routes arrive with the issue that builds it."""

    name = "toolkit"
    label = "toolkit"
    verbose_name = "Change-idea toolkit"
