"""Which documents a viewer may find: the keys their account opens.

The same rules as the pages they lead to (resources.permissions,
forums.permissions), expressed as keys a backend can filter on in one step:
"public" for everyone, "members" once signed in, "team=<id>" for each team,
"curator" for editors and facilitators, "space=<id>" for each discussion
space the viewer may read."""

from collaboratory.standing import AnyUser, standing
from forums.permissions import readable_spaces
from resources.permissions import is_curator


def viewer_keys(user: AnyUser) -> list[str]:
    """Read from the person's standing (collaboratory.standing)."""
    if not (user.is_authenticated and user.is_active):
        return ["public"]
    keys = ["public", "members", *(f"team={pk}" for pk in sorted(standing(user).team_ids))]
    if is_curator(user):
        keys.append("curator")
    keys += [f"space={pk}" for pk in readable_spaces(user).values_list("pk", flat=True)]
    return keys


def can_find(keys: list[str], document_access: str) -> bool:
    """Whether a stored document's access (keys between spaces) opens to these keys."""
    return any(f" {key} " in document_access for key in keys)
