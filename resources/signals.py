from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import published

from kernel.fragments import content_changed
from resources import keywords, services
from resources.models import Audience, Resource, ResourceTag


@receiver(post_save, sender=Resource, dispatch_uid="resources_keyword_vector")
def keep_keyword_vector(sender, instance: Resource, raw: bool = False, **kwargs) -> None:
    """Every save (share, edit, publish in the admin) renews the stored vector."""
    if not raw:
        keywords.refresh([instance.pk])
        content_changed()


@receiver(post_delete, sender=Resource, dispatch_uid="resources_deleted_counts")
@receiver(post_save, sender=Audience, dispatch_uid="resources_audience_renamed")
@receiver(post_save, sender=ResourceTag, dispatch_uid="resources_topic_added")
@receiver(post_delete, sender=ResourceTag, dispatch_uid="resources_topic_removed")
def library_changed(sender, raw: bool = False, **kwargs) -> None:
    """Counts, and what kept pages show: a resource gone, a topic, an audience's name."""
    if not raw:
        content_changed()


@receiver(m2m_changed, sender=Resource.networks.through, dispatch_uid="resources_networks")
@receiver(m2m_changed, sender=Resource.jurisdictions.through, dispatch_uid="resources_places")
@receiver(m2m_changed, sender=Resource.audiences.through, dispatch_uid="resources_audiences")
def links_changed(sender, action: str, **kwargs) -> None:
    if action.startswith("post_"):
        content_changed()


@receiver(published, sender=Resource, dispatch_uid="resources_new_file_approved")
def new_file_approved(sender, instance: Resource, **kwargs) -> None:
    """Approving a resource in the workflow approves the new file it waits with."""
    if instance.proposed_document_id:
        services.accept_proposed_file(instance)
