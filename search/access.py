"""Which documents a viewer may find: the keys their account opens.

The same rules as the pages they lead to (resources.permissions,
forums.permissions), expressed as keys a backend can filter on in one step:
"public" for everyone, "members" once signed in, "team=<id>" for each team,
"curator" for editors and facilitators, "space=<id>" for each discussion
space the viewer may read."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from collaboratory.roles import SiteRole
from forums.permissions import readable_spaces, standing

AnyUser = AbstractBaseUser | AnonymousUser


def viewer_keys(user: AnyUser) -> list[str]:
    """Read from the person's standing (teams and roles, loaded once per
    request), which resources.permissions.is_curator and team_ids agree with."""
    if not (user.is_authenticated and user.is_active):
        return ["public"]
    s = standing(user)
    keys = ["public", "members", *(f"team={pk}" for pk in sorted(s.team_ids))]
    if s.has_role(SiteRole.EDITOR) or s.has_role(SiteRole.FACILITATOR):
        keys.append("curator")
    keys += [f"space={pk}" for pk in readable_spaces(user).values_list("pk", flat=True)]
    return keys


def can_find(keys: list[str], document_access: str) -> bool:
    """Whether a stored document's access (keys between spaces) opens to these keys."""
    return any(f" {key} " in document_access for key in keys)
