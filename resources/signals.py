from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import published

from kernel.fragments import content_changed
from resources import services
from resources.models import Audience, Resource, ResourceTag


@receiver(post_save, sender=Resource, dispatch_uid="resources_saved")
def resource_saved(sender, instance: Resource, raw: bool = False, **kwargs) -> None:
    """Every save (share, edit, publish or withdraw in the admin)."""
    if not raw:
        services.text_changed(instance)


@receiver(post_delete, sender=Resource, dispatch_uid="resources_deleted_counts")
@receiver(post_save, sender=Audience, dispatch_uid="resources_audience_renamed")
def library_changed(sender, raw: bool = False, **kwargs) -> None:
    """Counts, and what kept pages show: a resource gone, an audience's name."""
    if not raw:
        content_changed()


@receiver(post_save, sender=ResourceTag, dispatch_uid="resources_topic_added")
@receiver(post_delete, sender=ResourceTag, dispatch_uid="resources_topic_removed")
def topics_changed(sender, instance: ResourceTag, raw: bool = False, **kwargs) -> None:
    """A resource's topics are what it is found by."""
    if not raw:
        services.text_changed(Resource(pk=instance.content_object_id))


@receiver(m2m_changed, sender=Resource.networks.through, dispatch_uid="resources_networks")
@receiver(m2m_changed, sender=Resource.jurisdictions.through, dispatch_uid="resources_places")
@receiver(m2m_changed, sender=Resource.audiences.through, dispatch_uid="resources_audiences")
def links_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    """A resource's networks, states and audiences are what it is found by."""
    if not action.startswith("post_"):
        return
    if not reverse:
        services.text_changed(instance)
    elif pk_set:  # a network, state or audience gained or lost these resources
        services.text_changed(*(Resource(pk=pk) for pk in pk_set))
    else:
        content_changed()


@receiver(published, sender=Resource, dispatch_uid="resources_new_file_approved")
def new_file_approved(sender, instance: Resource, **kwargs) -> None:
    """Approving a resource in the workflow approves the new file it waits with."""
    if instance.proposed_document_id:
        services.accept_proposed_file(instance)
