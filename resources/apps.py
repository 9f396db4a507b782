from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """The resource library: files and links teams share, moderated by
    editors and facilitators, found by everyone they are meant for."""

    name = "resources"
    label = "resources"
    verbose_name = "Resource library"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from collaboratory import document_access
        from resources import (
            permissions,
            signals,  # noqa: F401  (connects the receivers)
        )
        from resources.models import Resource, ResourceFileVersion

        # A file is as private as the resource that holds it; a new file in
        # review is for those who may change the resource (its contributor
        # and the curators who review it).
        document_access.register_holder(
            Resource,
            ("document",),
            can_read=permissions.can_view,
            readable=permissions.readable_resources,
            members_content=True,
        )
        document_access.register_holder(
            Resource,
            ("proposed_document",),
            can_read=permissions.can_update,
            readable=permissions.updatable_resources,
            members_content=True,
        )
        document_access.register_holder(
            ResourceFileVersion,
            ("document",),
            can_read=permissions.can_view_version,
            readable=permissions.readable_versions,
            members_content=True,
        )
