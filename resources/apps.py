from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """The resource library: files and links teams share, moderated by
    editors and facilitators, found by everyone they are meant for."""

    name = "resources"
    label = "resources"
    verbose_name = "Resource library"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from resources import signals  # noqa: F401  (connects the receivers)
