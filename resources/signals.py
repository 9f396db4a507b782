from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.models import WorkflowState
from wagtail.signals import published, workflow_approved, workflow_rejected

from community.models import Jurisdiction, LearningNetwork
from kernel import personal_pages
from kernel.fragments import content_changed
from resources import services
from resources.models import Audience, Collection, Resource, ResourceTag


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


@receiver(workflow_approved, sender=WorkflowState, dispatch_uid="resources_share_approved")
@receiver(workflow_rejected, sender=WorkflowState, dispatch_uid="resources_share_declined")
def share_reviewed(sender, instance: WorkflowState, **kwargs) -> None:
    resource = instance.content_object
    if isinstance(resource, Resource):
        approved = instance.status == WorkflowState.STATUS_APPROVED
        task_state = instance.task_states.order_by("-finished_at").first()
        comment = task_state.specific.get_comment() if task_state else ""
        services.tell_contributor_of_review(resource, approved, comment)


# A resource's search document names what it is filed under by its values
# here (network=<slug>, jurisdiction=<slug> and region=<n>, audience=<slug>,
# topic=<slug>), and the library's keyword box counts its facets by those
# keys: when one of them changes, or the network, state, audience or topic
# goes (its links leave with no m2m signal), the resources filed under it
# get their documents renewed.
FACET_FIELDS: dict[type[Model], tuple[str, ...]] = {
    LearningNetwork: ("slug",),
    Jurisdiction: ("slug", "hhs_region"),
    Audience: ("slug",),
    Tag: ("slug",),
}


def _filed_under(instance: Model) -> list[Resource]:
    if isinstance(instance, Tag):
        pks = ResourceTag.objects.filter(tag=instance).values_list("content_object_id", flat=True)
    else:
        pks = instance.resources.values_list("pk", flat=True)  # type: ignore[attr-defined]
    return [Resource(pk=pk) for pk in pks]


def facet_values_before(sender, instance: Model, raw: bool = False, **kwargs) -> None:
    """Notes whether this save changes a value a document's keys hold (one
    read of the row; these are rare, hand-made edits)."""
    if raw or instance.pk is None:
        return
    fields = FACET_FIELDS[sender]
    before = sender.objects.filter(pk=instance.pk).values_list(*fields).first()
    now = tuple(getattr(instance, name) for name in fields)
    instance._changes_facet_keys = before is not None and before != now  # type: ignore[attr-defined]


def facet_values_saved(sender, instance: Model, raw: bool = False, **kwargs) -> None:
    if not raw and getattr(instance, "_changes_facet_keys", False):
        services.text_changed(*_filed_under(instance))


def facet_value_deleted(sender, instance: Model, **kwargs) -> None:
    """Its resources, read before the links go; renewed after the commit."""
    services.text_changed(*_filed_under(instance))


for _model in FACET_FIELDS:
    _label = _model._meta.label_lower
    pre_save.connect(facet_values_before, sender=_model, dispatch_uid=f"resources_keys_{_label}")
    post_save.connect(facet_values_saved, sender=_model, dispatch_uid=f"resources_renamed_{_label}")
    pre_delete.connect(facet_value_deleted, sender=_model, dispatch_uid=f"resources_gone_{_label}")


@receiver(post_save, sender=Collection, dispatch_uid="resources_collection_saved")
@receiver(post_delete, sender=Collection, dispatch_uid="resources_collection_deleted")
def collection_changed(sender, instance: Collection, raw: bool = False, **kwargs) -> None:
    """A resource's page, kept for its reader, lists their own collections."""
    if not raw:
        personal_pages.own_changed(instance.owner_id)
