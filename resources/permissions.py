"""Who may see, download, share and change resources. Every path that shows
a resource (list, page, download, file versions) goes through these."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from collaboratory.models import Membership
from collaboratory.roles import SiteRole, has_site_role
from resources.models import Resource, Visibility

AnyUser = AbstractBaseUser | AnonymousUser


def is_curator(user: AnyUser) -> bool:
    """Editors and facilitators curate the library and see every share."""
    return has_site_role(user, SiteRole.EDITOR) or has_site_role(user, SiteRole.FACILITATOR)


def team_ids(user: AnyUser) -> list[int]:
    if not user.is_authenticated:
        return []
    return list(Membership.objects.filter(user=user).values_list("team_id", flat=True))


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
    """Contributors always see their own shares, whatever their state."""
    if user.is_authenticated and resource.contributor_id == user.pk:
        return True
    if is_curator(user) and not resource.withdrawn:
        return True
    return visible_resources(user, Resource.objects.filter(pk=resource.pk)).exists()


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
