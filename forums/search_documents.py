"""How the discussions become search documents (search.documents): one per
message, found by the keys of its policy (none for a deleted or hidden
message, or one in a hidden thread); only a thread's opening message is
found by the thread's title. Registered from `ForumsConfig.ready()`."""

from django.db.models import Exists, OuterRef
from django.db.models.signals import post_save

from kernel.policies import policy_for
from search import documents, indexing
from search.documents import Doc, Source, _places, facet_key
from search.models import Kind


def message_documents(message) -> list[Doc]:
    access = policy_for(message).keys(message)
    if not access:
        return []  # deleted, hidden, or in a hidden thread: nobody finds it
    thread = message.thread
    space = thread.space
    first = getattr(message, "is_opening", None)
    if first is None:
        first = not thread.messages.filter(sequence__lt=message.sequence).exists()
    facets = [facet_key("type", Kind.MESSAGE), facet_key("year", message.created_at.year)]
    if space.network_id:
        facets.append(facet_key("network", space.network.slug))
    if space.jurisdiction_id:
        facets += _places([space.jurisdiction], [])
    return [
        Doc(
            key=f"message:{message.pk}",
            kind=Kind.MESSAGE,
            # Only a thread's first message is found by the thread's title, so
            # a title word does not bring up every reply.
            title=thread.title if first else "",
            heading=thread.title,
            url=message.get_absolute_url(),
            access=access,
            facets=facets,
            text=message.body,
            context=space.name if first else f"Reply in {space.name}",
            date=message.created_at,
            boost=0.8,
        )
    ]


def _opening() -> dict:
    from forums.models import Message

    earlier = Message.objects.filter(thread=OuterRef("thread"), sequence__lt=OuterRef("sequence"))
    return {"is_opening": ~Exists(earlier)}


def thread_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    """Hiding, renaming or moving a thread changes all its messages."""
    if not raw:
        indexing.update(*instance.messages.only("pk"))


def register() -> None:
    from forums.models import Thread

    documents.register(
        Source(
            "forums.Message",
            message_documents,
            "message",
            related=("thread__space__network", "thread__space__jurisdiction"),
            annotate=_opening,
            index_creations=False,  # a new message: forums.record_post indexes it
        )
    )
    post_save.connect(thread_changed, sender=Thread, dispatch_uid="search_thread_saved")
