from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The community at the heart of the Collaboratory: learning networks,
    jurisdictions, teams, memberships and the people in them."""

    name = "collaboratory"
    label = "core"
    verbose_name = "Community"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from collaboratory import signals  # noqa: F401  (connects the receivers)
