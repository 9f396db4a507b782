from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """The community at the heart of the Collaboratory: learning networks,
    jurisdictions, teams, memberships, join requests, profiles and accounts.

    Its label stays "core", the label these tables, migrations and content
    types were made under, so moving the code here moved no data."""

    name = "community"
    label = "core"
    verbose_name = _("Community")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate
        from wagtail.permissions import register_permission_policy

        from community import (
            permissions,
            search_documents,
            signals,  # noqa: F401  (connects the receivers)
            standing,
        )
        from community.models import JoinRequest
        from kernel import document_access, policies, roles
        from kernel import standing as kernel_standing
        from kernel.admin_permissions import ReadOnlyPermissionPolicy

        kernel_standing.register_reader(standing.read)

        policies.register(permissions.join_requests)
        # Deciding on a request makes a membership and tells the applicant, so
        # the admin may only show requests; the team page decides them.
        register_permission_policy(JoinRequest, ReadOnlyPermissionPolicy(JoinRequest))

        # Teams are found by the site search, faceted by state and network.
        search_documents.register()

        # Which role manages which files in the admin: the role groups are
        # made by this app's migrations (kernel/document_access.py).
        post_migrate.connect(
            document_access.arrange_collections, sender=self, dispatch_uid="core_collections"
        )
        # What each role may do in the admin, declared by the apps (kernel/roles.py).
        post_migrate.connect(
            roles.sync_role_permissions, sender=self, dispatch_uid="core_role_permissions"
        )
        self._grant_roles(roles)

    @staticmethod
    def _grant_roles(roles) -> None:
        # Facilitators run the teams and who is in them; editors keep the
        # networks' descriptions; moderators look people's teams up.
        for model in ("team", "membership", "profile"):
            roles.grant_on(roles.SiteRole.FACILITATOR, "core", model, roles.EDIT)
        roles.grant_on(roles.SiteRole.FACILITATOR, "core", "joinrequest", ("view",))
        roles.grant_on(roles.SiteRole.EDITOR, "core", "learningnetwork", ("change", "view"))
        for role in (roles.SiteRole.EDITOR, roles.SiteRole.MODERATOR):
            roles.grant_on(role, "core", "team", ("view",))
        roles.grant_on(roles.SiteRole.MODERATOR, "core", "membership", ("view",))
