from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The community at the heart of the Collaboratory: learning networks,
    jurisdictions, teams, memberships and the people in them."""

    name = "collaboratory"
    label = "core"
    verbose_name = "Community"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate
        from wagtail.permissions import register_permission_policy

        from collaboratory import (
            document_access,
            policies,
            search_documents,
            signals,  # noqa: F401  (connects the receivers)
        )
        from collaboratory.models import JoinRequest
        from collaboratory.page_policy import pages
        from collaboratory.permissions import ReadOnlyPermissionPolicy

        # Deciding on a request makes a membership and tells the applicant, so
        # the admin may only show requests; the team page decides them.
        register_permission_policy(JoinRequest, ReadOnlyPermissionPolicy(JoinRequest))

        # Every page type's privacy, and every stored file's (each file
        # answers to the policy of what holds it).
        policies.register(pages)
        document_access.register_policy()

        # Teams are found by the site search.
        search_documents.register()

        # Which role manages which files in the admin (document_access.py).
        post_migrate.connect(
            document_access.arrange_collections, sender=self, dispatch_uid="core_collections"
        )
