"""Which documents a viewer may find: the keys their account opens.

The same rules as the pages they lead to: each policy that finds by keys
(resources.permissions, forums.permissions) gives the keys a person holds
and the keys of each object, which a backend filters on in one step:
"public" for everyone, "members" once signed in, "team=<id>" for each team,
"curator" for editors and facilitators, "space=<id>" for each discussion
space the viewer may read."""

from kernel.policies import registered
from kernel.standing import AnyUser


def viewer_keys(user: AnyUser) -> list[str]:
    """The keys of every policy that finds by keys (kernel.policies):
    the library's and the discussions', in a stable order."""
    keys: list[str] = []
    for policy in registered().values():
        keys += [key for key in policy.viewer_keys(user) if key not in keys]
    return keys


def can_find(keys: list[str], document_access: str) -> bool:
    """Whether a stored document's access (keys between spaces) opens to these keys."""
    return any(f" {key} " in document_access for key in keys)
