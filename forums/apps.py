from django.apps import AppConfig


class ForumsConfig(AppConfig):
    """Discussion spaces by learning network, state and team, live over
    websockets and complete without them."""

    name = "forums"
    label = "forums"
    verbose_name = "Discussions"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from collaboratory import policies
        from forums import (
            permissions,
            signals,  # noqa: F401  (connects the receivers)
        )

        for policy in (permissions.spaces, permissions.threads, permissions.messages):
            policies.register(policy)
