"""What the library adds to pages other apps draw: the home page's newly
approved resources, those the viewer may find (the library's policy, so a
team-only one only for its team), kept per audience until the library
changes (an approval moves the content version on)."""

from typing import Any

from django.conf import settings

from kernel import fragments
from kernel.standing import AnyUser
from resources.models import Resource
from resources.permissions import visible_resources

HOME_RESOURCES = 4


def _newly_approved(user: AnyUser) -> list[Resource]:
    # Published through the editors' review (a discussion's attachment is
    # never reviewed, so has no first publication).
    approved = visible_resources(user).filter(first_published_at__isnull=False)
    return list(
        approved.select_related("team").order_by("-first_published_at", "-pk")[:HOME_RESOURCES]
    )


def new_resources(user: AnyUser) -> dict[str, Any]:
    name = f"home-resources:{fragments.audience(user)}"
    seconds = settings.FRAGMENT_CACHE_SECONDS
    return {"new_resources": fragments.kept(name, lambda: _newly_approved(user), seconds)}
