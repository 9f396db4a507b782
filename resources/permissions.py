"""Who may find, open, change and share library resources and collections:
the policies of `Resource`, `ResourceFileVersion` and `Collection`
(kernel.policies). Every path that shows a resource (list, page,
download, preview, player, feed, API, search, citations, kept fragments) asks
them; the module-level names below are the policies' own methods.

A resource has three actions:
- "find": listed, searched and cited. Published, not withdrawn, and open to
  the viewer by one of its keys ("public", "members", "team=<id>",
  "curator"), the keys the search index stores;
- "view": its page and file. What "find" gives, plus a contributor's own
  shares in any state, plus drafts, shares in review and withdrawn
  resources for curators (nobody else opens a withdrawn one);
- "update": its details and a new file. The contributor and curators;
- "withdraw": take it back out of the library. The contributor, once.
"""

from django.db.models import Q, QuerySet

from kernel.policies import EVERYTHING, AccessPolicy, any_of
from kernel.roles import SiteRole
from kernel.standing import Account, AnyUser, standing
from resources.models import Collection, Resource, ResourceFileVersion, Visibility

CURATOR_ROLES = [SiteRole.EDITOR.value, SiteRole.FACILITATOR.value]
PUBLISHED = Q(live=True, withdrawn=False)


def is_curator(user: AnyUser) -> bool:
    """Editors and facilitators curate the library and see every share."""
    return standing(user).curates


def team_ids(user: AnyUser) -> list[int]:
    return sorted(standing(user).team_ids)


def _is_person(user: AnyUser) -> bool:
    return user.is_authenticated and user.is_active


def _curators() -> Q:
    """Curators among accounts (the other side of `Standing.curates`)."""
    return Q(is_superuser=True) | Q(groups__name__in=CURATOR_ROLES)


class ResourcePolicy(AccessPolicy[Resource]):
    model = Resource
    actions = ("find", "view", "update", "withdraw")
    shown_in_kept_fragments = True  # pages' citations of the library

    # --- find: by keys --------------------------------------------------

    def viewer_keys(self, user: AnyUser) -> list[str]:
        """The keys a person holds. Also the audience of kept fragments:
        people with the same keys find the same resources."""
        if not _is_person(user):
            return ["public"]
        keys = ["public", "members", *(f"team={pk}" for pk in team_ids(user))]
        return [*keys, "curator"] if is_curator(user) else keys

    def keys(self, resource: Resource) -> list[str]:
        """The keys that find a published resource."""
        if resource.visibility == Visibility.TEAM:
            return [f"team={resource.team_id}", "curator"]
        return ["members" if resource.visibility == Visibility.MEMBERS else "public"]

    @staticmethod
    def _resources_opened_by(key: str) -> Q | None:
        if key == "curator":
            return EVERYTHING
        if key.startswith("team="):
            return Q(visibility=Visibility.TEAM, team_id=int(key[5:]))
        return Q(visibility=Visibility.MEMBERS if key == "members" else Visibility.PUBLIC)

    @staticmethod
    def _people_holding(key: str) -> Q | None:
        if key == "curator":
            return _curators()
        if key.startswith("team="):
            return Q(memberships__team_id=int(key[5:]))
        return EVERYTHING  # "public" and "members": every account

    def can_find(self, user: AnyUser, resource: Resource) -> bool:
        published = resource.live and not resource.withdrawn
        return published and bool(set(self.keys(resource)) & set(self.viewer_keys(user)))

    def find_filter(self, user: AnyUser) -> Q:
        return PUBLISHED & any_of(map(self._resources_opened_by, self.viewer_keys(user)))

    def find_objects(self, user: AnyUser) -> QuerySet[Resource]:
        return Resource.objects.filter(self.find_filter(user))

    def find_people(self, resource: Resource) -> QuerySet[Account]:
        if not resource.live or resource.withdrawn:
            return self.accounts().none()
        who = any_of(map(self._people_holding, self.keys(resource)))
        return self.accounts().filter(who).distinct()

    # --- view -----------------------------------------------------------

    def can_view(self, user: AnyUser, resource: Resource) -> bool:
        if _is_person(user) and resource.contributor_id == user.pk:
            return True
        return is_curator(user) or self.can_find(user, resource)

    def view_objects(self, user: AnyUser) -> QuerySet[Resource]:
        if is_curator(user):
            return Resource.objects.all()
        allowed = self.find_filter(user)
        if _is_person(user):
            allowed |= Q(contributor_id=user.pk)
        return Resource.objects.filter(allowed)

    def view_people(self, resource: Resource) -> QuerySet[Account]:
        who = Q(pk=resource.contributor_id) | _curators()
        if resource.live and not resource.withdrawn:
            who |= Q(pk__in=self.find_people(resource).values("pk"))
        return self.accounts().filter(who).distinct()

    # --- update ---------------------------------------------------------

    def can_update(self, user: AnyUser, resource: Resource) -> bool:
        return _is_person(user) and (resource.contributor_id == user.pk or is_curator(user))

    def update_objects(self, user: AnyUser) -> QuerySet[Resource]:
        if not _is_person(user):
            return Resource.objects.none()
        if is_curator(user):
            return Resource.objects.all()
        return Resource.objects.filter(contributor_id=user.pk)

    def update_people(self, resource: Resource) -> QuerySet[Account]:
        return self.accounts().filter(Q(pk=resource.contributor_id) | _curators()).distinct()

    # --- withdraw -------------------------------------------------------

    def can_withdraw(self, user: AnyUser, resource: Resource) -> bool:
        """The member who shared it, while it is not withdrawn already."""
        return _is_person(user) and resource.contributor_id == user.pk and not resource.withdrawn

    def withdraw_objects(self, user: AnyUser) -> QuerySet[Resource]:
        if not _is_person(user):
            return Resource.objects.none()
        return Resource.objects.filter(contributor_id=user.pk, withdrawn=False)

    def withdraw_people(self, resource: Resource) -> QuerySet[Account]:
        if resource.withdrawn:
            return self.accounts().none()
        return self.accounts().filter(pk=resource.contributor_id)


class FileVersionPolicy(AccessPolicy[ResourceFileVersion]):
    """An earlier file is as open as its resource."""

    model = ResourceFileVersion

    def can_view(self, user: AnyUser, version: ResourceFileVersion) -> bool:
        return resources.can_view(user, version.resource)

    def view_objects(self, user: AnyUser) -> QuerySet[ResourceFileVersion]:
        return ResourceFileVersion.objects.filter(resource__in=resources.view_objects(user))

    def view_people(self, version: ResourceFileVersion) -> QuerySet[Account]:
        return resources.view_people(version.resource)


class CollectionPolicy(AccessPolicy[Collection]):
    """A member's own collections, and those shared with their teams;
    only the owner changes one."""

    model = Collection
    actions = ("view", "change")

    def can_view(self, user: AnyUser, collection: Collection) -> bool:
        return _is_person(user) and (
            collection.owner_id == user.pk or collection.team_id in standing(user).team_ids
        )

    def view_objects(self, user: AnyUser) -> QuerySet[Collection]:
        if not _is_person(user):
            return Collection.objects.none()
        return Collection.objects.filter(Q(owner_id=user.pk) | Q(team_id__in=team_ids(user)))

    def view_people(self, collection: Collection) -> QuerySet[Account]:
        who = Q(pk=collection.owner_id)
        if collection.team_id:
            who |= Q(memberships__team_id=collection.team_id)
        return self.accounts().filter(who).distinct()

    def can_change(self, user: AnyUser, collection: Collection) -> bool:
        return _is_person(user) and collection.owner_id == user.pk

    def change_objects(self, user: AnyUser) -> QuerySet[Collection]:
        if not _is_person(user):
            return Collection.objects.none()
        return Collection.objects.filter(owner_id=user.pk)

    def change_people(self, collection: Collection) -> QuerySet[Account]:
        return self.accounts().filter(pk=collection.owner_id)


resources = ResourcePolicy()
file_versions = FileVersionPolicy()
collections = CollectionPolicy()

# The names paths call (each is the policy's own rule, not a copy).
can_view = resources.can_view
can_update = resources.can_update
can_withdraw = resources.can_withdraw
readable_resources = resources.view_objects
updatable_resources = resources.update_objects
can_view_version = file_versions.can_view
readable_versions = file_versions.view_objects
visible_collections = collections.view_objects
can_change_collection = collections.can_change


def visible_resources(
    user: AnyUser, queryset: QuerySet[Resource] | None = None
) -> QuerySet[Resource]:
    """What lists, search and citations show this person (action "find")."""
    queryset = queryset if queryset is not None else Resource.objects.all()
    return queryset.filter(resources.find_filter(user))


def can_share(user: AnyUser) -> bool:
    return _is_person(user) and bool(team_ids(user))
