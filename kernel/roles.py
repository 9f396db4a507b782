"""Site-wide roles. They cut across teams, so they are Django groups rather
than membership roles; the groups are created by a data migration.

What each role may do in the admin is declared in code, by the app that
owns the models (`grant` from its `ready()`), and `sync_role_permissions`
makes each role's group hold exactly that after every migrate. A site that
wants other mixes makes groups of its own: the four role groups are reset."""

import logging
from collections import defaultdict

from django.contrib.auth.models import User
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

logger = logging.getLogger(__name__)


class SiteRole(models.TextChoices):
    # The group names match the groups Wagtail creates for editors and
    # moderators, so those keep their page permissions.
    # Translators: a site role shown on a person's profile: one who coaches the teams.
    FACULTY = "Faculty", _("Faculty")
    # Translators: a site role shown on a person's profile.
    FACILITATOR = "Facilitators", _("Facilitator")
    # Translators: a site role shown on a person's profile: one who moderates discussions.
    MODERATOR = "Moderators", _("Moderator")
    # Translators: a site role shown on a person's profile: one who curates the site's pages.
    EDITOR = "Editors", _("Editor")


def site_roles_of(user: User) -> list[StrOrPromise]:
    """The labels of the roles a user holds, for display."""
    names = set(user.groups.values_list("name", flat=True))
    return [role.label for role in SiteRole if role.value in names]


# "app_label.codename" for model permissions; page and collection permissions
# are granted on the root of their tree, so they reach every page and file.
_model_grants: dict[SiteRole, set[str]] = defaultdict(set)
_page_grants: dict[SiteRole, set[str]] = defaultdict(set)
_collection_grants: dict[SiteRole, set[str]] = defaultdict(set)
_page_reviewers: set[SiteRole] = set()

EDIT = ("add", "change", "view")
MANAGE = ("add", "change", "delete", "view")


def grant(role: SiteRole, *permissions: str) -> None:
    """Let a role hold these model permissions ("app_label.codename")."""
    _model_grants[role].update(permissions)


def grant_on(role: SiteRole, app_label: str, model: str, actions: tuple[str, ...]) -> None:
    """Shorthand: `grant_on(EDITOR, "search", "synonym", MANAGE)`."""
    grant(role, *(f"{app_label}.{action}_{model}" for action in actions))


def grant_pages(role: SiteRole, *codenames: str, reviews: bool = False) -> None:
    """Page permissions over the whole tree; `reviews` puts the role's group
    on the review task of the pages' workflow."""
    _page_grants[role].update(codenames)
    if reviews:
        _page_reviewers.add(role)


def grant_collections(role: SiteRole, *codenames: str) -> None:
    """Document and image permissions ("wagtaildocs.add_document") over every
    collection."""
    _collection_grants[role].update(codenames)


def declared_permissions(role: SiteRole) -> set[str]:
    return set(_model_grants[role])


def sync_role_permissions(**kwargs: object) -> None:
    """After every migrate: each role's group holds exactly what is declared,
    and the pages' default workflow is reviewed by the reviewing roles.
    Idempotent."""
    from django.contrib.auth.models import Group

    for role in SiteRole:
        group = Group.objects.filter(name=role.value).first()
        if group is not None:
            group.permissions.set(_permissions(_model_grants[role]))
            _set_tree_grants(group, _page_grants[role], _collection_grants[role])
    _set_page_reviewers()


def _permissions(names: set[str]) -> list:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission

    labels = {name.split(".")[0] for name in names}
    for label in labels:
        # Apps later in INSTALLED_APPS have not had their permissions made
        # yet when this runs after the community app's migrate.
        create_permissions(apps.get_app_config(label), verbosity=0)
    found = list(
        Permission.objects.filter(
            content_type__app_label__in=labels, codename__in={n.split(".")[1] for n in names}
        ).select_related("content_type")
    )
    chosen = [p for p in found if f"{p.content_type.app_label}.{p.codename}" in names]
    missing = names - {f"{p.content_type.app_label}.{p.codename}" for p in chosen}
    if missing:
        logger.warning("Role permissions not found: %s", ", ".join(sorted(missing)))
    return chosen


def _set_tree_grants(group, page_codes: set[str], collection_codes: set[str]) -> None:
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    root_page = Page.get_first_root_node()
    if root_page is not None:
        GroupPagePermission.objects.filter(group=group).delete()
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=page_codes
        ):
            GroupPagePermission.objects.create(group=group, page=root_page, permission=permission)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        GroupCollectionPermission.objects.filter(group=group).delete()
        for permission in _permissions(collection_codes):
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission
            )


def _set_page_reviewers() -> None:
    """Wagtail's default workflow sends every page change to "Moderators";
    here it goes to the roles that curate pages."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Page, WorkflowPage

    root = Page.get_first_root_node()
    assigned = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if assigned is None:
        return
    reviewers = Group.objects.filter(name__in=[role.value for role in _page_reviewers])
    # Stored names, in the site's own language whatever the language of the run.
    with translation.override("en"):
        names = " and ".join(role.label.lower() + "s" for role in sorted(_page_reviewers))
    for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=assigned.workflow):
        task.groups.set(reviewers)
        if task.name == "Moderators approval":
            task.name = f"Review by {names}"
            task.save(update_fields=["name"])
    if assigned.workflow.name == "Moderators approval":
        assigned.workflow.name = "Page review"
        assigned.workflow.save(update_fields=["name"])
