"""Who may see, download, share and change resources. Every path that shows
a resource (list, page, download, file versions) goes through these."""

from django.db.models import Q, QuerySet

from collaboratory.standing import AnyUser, standing
from resources.models import Resource, ResourceFileVersion, Visibility


def is_curator(user: AnyUser) -> bool:
    """Editors and facilitators curate the library and see every share."""
    return standing(user).curates


def team_ids(user: AnyUser) -> list[int]:
    return sorted(standing(user).team_ids)


def visible_resources(user: AnyUser, queryset: QuerySet | None = None) -> QuerySet:
    """Published, not withdrawn, and open to this viewer."""
    queryset = (queryset if queryset is not None else Resource.objects.all()).filter(
        live=True, withdrawn=False
    )
    if is_curator(user):
        return queryset
    allowed = Q(visibility=Visibility.PUBLIC)
    if user.is_authenticated:
        allowed |= Q(visibility=Visibility.MEMBERS)
        allowed |= Q(visibility=Visibility.TEAM, team_id__in=team_ids(user))
    return queryset.filter(allowed)


def can_view(user: AnyUser, resource: Resource) -> bool:
    """The rule of `visible_resources`, read off the loaded resource, with
    two additions: contributors always see their own shares, whatever their
    state, and curators see drafts and shares in review (not withdrawn
    ones). tests/resources/test_permissions.py holds the two to that."""
    if user.is_authenticated and resource.contributor_id == user.pk:
        return True
    if resource.withdrawn:
        return False
    if is_curator(user):  # drafts and shares in review too
        return True
    if not resource.live or not user.is_authenticated:
        return resource.live and resource.visibility == Visibility.PUBLIC
    return resource.visibility in (Visibility.PUBLIC, Visibility.MEMBERS) or (
        resource.visibility == Visibility.TEAM and resource.team_id in standing(user).team_ids
    )


def readable_resources(user: AnyUser) -> QuerySet:
    """The queryset answer of `can_view`: what the list shows, plus the
    member's own shares in any state, plus (for curators) drafts and shares
    in review."""
    if is_curator(user):
        allowed = Q(withdrawn=False)
    else:
        allowed = Q(pk__in=visible_resources(user).values("pk"))
    if user.is_authenticated:
        allowed |= Q(contributor_id=user.pk)
    return Resource.objects.filter(allowed)


def updatable_resources(user: AnyUser) -> QuerySet:
    """The queryset answer of `can_update`."""
    if not user.is_authenticated:
        return Resource.objects.none()
    if is_curator(user):
        return Resource.objects.all()
    return Resource.objects.filter(contributor_id=user.pk)


def can_view_version(user: AnyUser, version: ResourceFileVersion) -> bool:
    """An earlier file is as open as its resource."""
    return can_view(user, version.resource)


def readable_versions(user: AnyUser) -> QuerySet:
    return ResourceFileVersion.objects.filter(resource__in=readable_resources(user))


def can_share(user: AnyUser) -> bool:
    return user.is_authenticated and user.is_active and bool(team_ids(user))


def can_update(user: AnyUser, resource: Resource) -> bool:
    return user.is_authenticated and (resource.contributor_id == user.pk or is_curator(user))


def visible_collections(user: AnyUser):
    """A member's own collections and those shared with their teams."""
    from resources.models import Collection

    if not user.is_authenticated:
        return Collection.objects.none()
    return Collection.objects.filter(Q(owner=user) | Q(team_id__in=team_ids(user)))


def can_change_collection(user: AnyUser, collection) -> bool:
    return user.is_authenticated and collection.owner_id == user.pk
