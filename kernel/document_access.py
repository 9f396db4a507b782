"""Who may fetch a stored file (a Wagtail document), asked by every path that
serves one: Wagtail's own `/documents/<id>/<name>` (through its
`before_serve_document` hook), the library's download, preview and player,
and the admin.

A document is never judged on its own: it is as private as whatever holds it.
Each app registers the fields that hold documents, with the access rule of the
holder (a resource's file is readable by whoever may open the resource, a
webinar's slides by whoever may open the webinar page). People who manage
the site's own files in the admin (Wagtail's collection permissions: editors
manage every collection, moderators only the site's files; see the collections
below) may fetch those too, so a draft page's slides can be checked before it
is published, and a file nothing holds yet is theirs alone. A member's file
answers only to what holds it.

The policy answers the questions every path asks:
- `can_read(user, document)`: may this person fetch this file;
- `readable(user)`: which documents this person may fetch (a queryset).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Model, Q, QuerySet
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument

from kernel.policies import AccessPolicy, policy_for, register
from kernel.standing import Account, AnyUser

if TYPE_CHECKING:
    from wagtail.models import Collection


@dataclass(frozen=True)
class Holder:
    """Fields of `model` that point at documents, and the action of the
    holder's own policy that opens them (kernel.policies)."""

    model: type[Model]
    fields: tuple[str, ...]
    action: str
    members_content: bool  # files members upload, kept among the member files

    def opens(self, user: AnyUser, obj: Model) -> bool:
        return policy_for(self.model).can(user, self.action, obj)

    def opened_for(self, user: AnyUser) -> QuerySet[Model]:
        opened = policy_for(self.model).objects(user, self.action)
        if opened.model is not self.model:  # a parent's policy (a page type's is Page's)
            return self.model._default_manager.filter(pk__in=opened.values("pk"))
        return opened

    def people(self, obj: Model) -> QuerySet[Account]:
        return policy_for(self.model).people(obj, self.action)


_holders: list[Holder] = []


def register_holder(
    model: type[Model],
    fields: tuple[str, ...],
    *,
    action: str = "view",
    members_content: bool = False,
) -> None:
    """Called from an app's `ready()`: these fields' files open to whoever
    the model's own policy lets do `action`, never a copy of its rule."""
    if any(h.model is model and h.fields == fields for h in _holders):
        return
    _holders.append(Holder(model, fields, action, members_content))


def holders() -> tuple[Holder, ...]:
    return tuple(_holders)


def _document_model() -> type[AbstractDocument]:
    model: type[AbstractDocument] = get_document_model()
    return model


def _held_by(holder: Holder, document_id: int) -> QuerySet[Model]:
    match = Q()
    for name in holder.fields:
        match |= Q(**{f"{name}_id": document_id})
    return holder.model._default_manager.filter(match)


def _admin_permissions() -> Any:  # Wagtail's policies carry no types
    """Wagtail's collection permissions on documents: who manages files in the admin."""
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(get_document_model())


def _members_content(document_id: int) -> bool:
    return any(
        _held_by(holder, document_id).exists() for holder in _holders if holder.members_content
    )


def _asked(members_content: bool) -> list[Holder]:
    # A member's file answers only to the member content holding it: a page
    # or snippet that an editor pointed at it must not open it to the public.
    return [h for h in _holders if h.members_content or not members_content]


class DocumentPolicy(AccessPolicy[AbstractDocument]):
    """Stored files: as private as what holds them (see the module's docstring)."""

    # A property: the document model is settled only once apps are loaded.
    @property
    def model(self) -> type[AbstractDocument]:  # type: ignore[override]
        return _document_model()

    def can_view(self, user: AnyUser, document: AbstractDocument) -> bool:
        """Whether `user` may fetch `document`'s file."""
        members_content = _members_content(document.pk)
        for holder in _asked(members_content):
            if any(holder.opens(user, obj) for obj in _held_by(holder, document.pk)):
                return True
        # Managing files in the admin opens the site's own files, never a member's.
        return (
            user.is_authenticated
            and user.is_active
            and not members_content
            and _admin_permissions().user_has_permission_for_instance(user, "change", document)
        )

    def view_objects(self, user: AnyUser) -> QuerySet[AbstractDocument]:
        """Every document `user` may fetch: those held by something they may
        open (a member's file only by member content), and the site's own files
        they manage in the admin."""
        Document = _document_model()
        by_members = Q(pk__in=[])
        by_site = Q(pk__in=[])
        members_content = Q(pk__in=[])
        for holder in _holders:
            open_to_user = holder.opened_for(user)
            every = holder.model._default_manager.all()
            for name in holder.fields:
                held = {f"{name}__isnull": False}
                opened = Q(pk__in=open_to_user.filter(**held).values(name))
                if holder.members_content:
                    by_members |= opened
                    members_content |= Q(pk__in=every.filter(**held).values(name))
                else:
                    by_site |= opened
        allowed = by_members | (by_site & ~members_content)
        if user.is_authenticated and user.is_active:
            managed = _admin_permissions().instances_user_has_permission_for(user, "change")
            allowed |= Q(pk__in=managed.values("pk")) & ~members_content
        found: QuerySet[AbstractDocument] = Document.objects.filter(allowed)
        return found

    def view_people(self, document: AbstractDocument) -> QuerySet[Account]:
        """Everyone who may fetch `document`'s file: the people of each holder's
        policy, and (for the site's own files) those who manage it."""
        members_content = _members_content(document.pk)
        who = Q(pk__in=[])
        for holder in _asked(members_content):
            for obj in _held_by(holder, document.pk):
                who |= Q(pk__in=holder.people(obj).values("pk"))
        if not members_content:
            managers = _admin_permissions().users_with_permission_for_instance("change", document)
            who |= Q(pk__in=managers.values("pk"))
        return self.accounts().filter(who)


documents = DocumentPolicy()
# The names the paths call: the policy's own methods.
can_read = documents.can_view
readable = documents.view_objects
readers = documents.view_people


def register_policy() -> None:
    register(documents)


# Collections: what each role manages in the admin ----------------------------

MEMBER_FILES = "Member files"
SITE_FILES = "Site files"


def collection_named(name: str) -> "Collection":
    """A collection just below the root, made when first needed."""
    from wagtail.models import Collection

    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    found: Collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    return found


def member_files() -> "Collection":
    """Where every file a member uploads is kept. Editors manage the whole
    tree (they curate the library, team-only and pending shares included);
    moderators, whose work is discussions, never see it."""
    return collection_named(MEMBER_FILES)


def arrange_collections(**kwargs: object) -> None:
    """After every migrate: the two collections exist, and files held by
    members' content live among the member files (who manages which files
    is the roles' business: kernel/roles.py). Idempotent."""
    from wagtail.models import Collection

    Document = _document_model()
    site, members = collection_named(SITE_FILES), member_files()
    root = Collection.get_first_root_node()
    held = Q(pk__in=[])
    for holder in _holders:
        if holder.members_content:
            for name in holder.fields:
                held |= Q(pk__in=holder.model._default_manager.values(name))
    Document.objects.filter(held).exclude(collection=members).update(collection=members)
    Document.objects.filter(collection=root).exclude(held).update(collection=site)
