from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    """The resource library: files and links teams share, moderated by
    editors and facilitators, found by everyone they are meant for."""

    name = "resources"
    label = "resources"
    verbose_name = _("Resource library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from kernel import document_access, policies, roles
        from resources import (
            permissions,
            search_documents,
            signals,  # noqa: F401  (connects the receivers)
        )
        from resources.models import Resource, ResourceFileVersion

        for policy in (permissions.resources, permissions.file_versions, permissions.collections):
            policies.register(policy)
        # A file is as private as the resource that holds it; a new file in
        # review is for those who may change the resource (its contributor
        # and the curators who review it).
        document_access.register_holder(Resource, ("document",), members_content=True)
        document_access.register_holder(
            Resource, ("proposed_document",), action="update", members_content=True
        )
        document_access.register_holder(ResourceFileVersion, ("document",), members_content=True)
        # Published resources are found by the site search.
        search_documents.register()
        # Editors and facilitators review and curate what teams share.
        for role in (roles.SiteRole.EDITOR, roles.SiteRole.FACILITATOR):
            roles.grant_on(role, "resources", "resource", (*roles.EDIT, "publish"))
        # The home page shows the newly approved resources.
        from kernel import home_page
        from resources import parts

        home_page.register("resources", parts.new_resources)
        # A resource's views and downloads, counted in Redis, reach its row within a minute.
        from datetime import timedelta

        from kernel import periodic
        from resources import services

        periodic.every("resource counts", timedelta(minutes=1), services.fold_counts)
