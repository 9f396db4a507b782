from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The community at the heart of the Collaboratory: learning networks,
    jurisdictions, teams, memberships and the people in them."""

    name = "collaboratory"
    label = "core"
    verbose_name = "Community"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.permissions import register_permission_policy

        from collaboratory import signals  # noqa: F401  (connects the receivers)
        from collaboratory.models import JoinRequest
        from collaboratory.permissions import ReadOnlyPermissionPolicy

        # Deciding on a request makes a membership and tells the applicant, so
        # the admin may only show requests; the team page decides them.
        register_permission_policy(JoinRequest, ReadOnlyPermissionPolicy(JoinRequest))
