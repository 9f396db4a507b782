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

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, Q, QuerySet
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from collaboratory.standing import AnyUser


@dataclass(frozen=True)
class Holder:
    """Fields of `model` that point at documents, and the holder's own rule:
    `can_read(user, holder)` for one, `readable(user)` for the queryset."""

    model: type[Model]
    fields: tuple[str, ...]
    can_read: Callable[[AnyUser, Model], bool]
    readable: Callable[[AnyUser], QuerySet]
    members_content: bool  # files members upload, kept among the member files


_holders: list[Holder] = []


def register_holder(
    model: type[Model],
    fields: tuple[str, ...],
    *,
    can_read: Callable[[AnyUser, Model], bool],
    readable: Callable[[AnyUser], QuerySet],
    members_content: bool = False,
) -> None:
    """Called from an app's `ready()`. The rule given is the holder's own
    policy, never a copy of it."""
    if any(h.model is model and h.fields == fields for h in _holders):
        return
    _holders.append(Holder(model, fields, can_read, readable, members_content))


def holders() -> tuple[Holder, ...]:
    return tuple(_holders)


def _held_by(holder: Holder, document_id: int) -> QuerySet:
    match = Q()
    for name in holder.fields:
        match |= Q(**{f"{name}_id": document_id})
    return holder.model._default_manager.filter(match)


def _document_policy():
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(get_document_model())


def _members_content(document_id: int) -> bool:
    return any(
        _held_by(holder, document_id).exists() for holder in _holders if holder.members_content
    )


def can_read(user: AnyUser, document) -> bool:
    """Whether `user` may fetch `document`'s file."""
    members_content = _members_content(document.pk)
    # A member's file answers only to the member content holding it: a page
    # or snippet that an editor pointed at it must not open it to the public.
    asked = [h for h in _holders if h.members_content or not members_content]
    if any(holder.can_read(user, obj) for holder in asked for obj in _held_by(holder, document.pk)):
        return True
    # Managing files in the admin opens the site's own files, never a member's.
    return (
        user.is_authenticated
        and not members_content
        and _document_policy().user_has_permission_for_instance(user, "change", document)
    )


def readable(user: AnyUser) -> QuerySet:
    """Every document `user` may fetch: those held by something they may
    open (a member's file only by member content), and the site's own files
    they manage in the admin."""
    Document = get_document_model()
    by_members = Q(pk__in=[])
    by_site = Q(pk__in=[])
    members_content = Q(pk__in=[])
    for holder in _holders:
        open_to_user = holder.readable(user)
        every = holder.model._default_manager.all()
        for name in holder.fields:
            opened = Q(pk__in=open_to_user.filter(**{f"{name}__isnull": False}).values(name))
            if holder.members_content:
                by_members |= opened
                members_content |= Q(pk__in=every.filter(**{f"{name}__isnull": False}).values(name))
            else:
                by_site |= opened
    allowed = by_members | (by_site & ~members_content)
    if user.is_authenticated:
        managed = _document_policy().instances_user_has_permission_for(user, "change")
        allowed |= Q(pk__in=managed.values("pk")) & ~members_content
    return Document.objects.filter(allowed)


# Pages as holders -------------------------------------------------------------


def can_view_page(user: AnyUser, page: Page) -> bool:
    """Wagtail's page privacy read for a person rather than a request: live,
    and every restriction on it or above it let through. A password-protected
    page is only for superusers here (a password lives in a browser session,
    which a file's link does not carry)."""
    if not page.live:
        return False
    if user.is_authenticated and user.is_superuser:
        return True
    for restriction in page.get_view_restrictions():
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            if not user.is_authenticated:
                return False
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            if (
                not user.is_authenticated
                or not restriction.groups.filter(pk__in=user.groups.values("pk")).exists()
            ):
                return False
        elif restriction.restriction_type != PageViewRestriction.NONE:
            return False
    return True


def viewable_pages(user: AnyUser, queryset: QuerySet) -> QuerySet:
    """The queryset answer of `can_view_page`."""
    queryset = queryset.live()
    if user.is_authenticated and user.is_superuser:
        return queryset
    for restriction in PageViewRestriction.objects.select_related("page"):
        kind = restriction.restriction_type
        if kind == PageViewRestriction.NONE:
            continue
        if kind == PageViewRestriction.LOGIN and user.is_authenticated:
            continue
        if (
            kind == PageViewRestriction.GROUPS
            and user.is_authenticated
            and restriction.groups.filter(pk__in=user.groups.values("pk")).exists()
        ):
            continue
        queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
    return queryset


# Collections: what each role manages in the admin ----------------------------

MEMBER_FILES = "Member files"
SITE_FILES = "Site files"
MODERATOR_GROUP = "Moderators"


def collection_named(name: str):
    """A collection just below the root, made when first needed."""
    from wagtail.models import Collection

    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def member_files():
    """Where every file a member uploads is kept. Editors manage the whole
    tree (they curate the library, team-only and pending shares included);
    moderators, whose work is discussions and pages, never see it."""
    return collection_named(MEMBER_FILES)


def arrange_collections(**kwargs) -> None:
    """After every migrate: the two collections exist, moderators manage the
    site's files only (Wagtail grants them the whole tree), and files held by
    members' content live among the member files. Idempotent."""
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, GroupCollectionPermission

    Document = get_document_model()
    site, members = collection_named(SITE_FILES), member_files()
    root = Collection.get_first_root_node()
    moderators = Group.objects.filter(name=MODERATOR_GROUP).first()
    if moderators is not None:
        on_root = GroupCollectionPermission.objects.filter(
            group=moderators, collection=root, permission__content_type__app_label="wagtaildocs"
        )
        for grant in on_root:
            GroupCollectionPermission.objects.get_or_create(
                group=moderators, collection=site, permission=grant.permission
            )
        on_root.delete()
    held = Q(pk__in=[])
    for holder in _holders:
        if holder.members_content:
            for name in holder.fields:
                held |= Q(pk__in=holder.model._default_manager.values(name))
    Document.objects.filter(held).exclude(collection=members).update(collection=members)
    Document.objects.filter(collection=root).exclude(held).update(collection=site)
