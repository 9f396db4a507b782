"""Access policies: the one rule of each private type.

A private type (a resource, a collection, a discussion space, a webinar page,
a stored file...) has one policy, registered by its app in `ready()`. Every
path that serves or tells of such an object (page, download, preview, feed,
API, websocket, search document, notification, digest, kept fragment, link
card) asks that policy, never a rule of its own. A policy answers, for each
of its actions ("view", "update", "find"...), the three questions paths ask:

- `can(user, action, obj)`: may this person do this to this object;
- `objects(user, action)`: which objects this person may do it to (a queryset);
- `people(obj, action)`: which people may do it to this object (a queryset of
  active accounts), for notifications, digests and socket fan-out.

`tests/core/test_policies.py` holds the three answers to agreement over random
people and objects, and `tests/core/test_private_paths.py` fails when a URL or
socket that serves a private type does not ask its policy.

A policy implements an action by three methods named after it:
`can_<action>(user, obj)`, `<action>_objects(user)` and `<action>_people(obj)`.
"""

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

from django.contrib.auth import get_user_model
from django.db.models import Model, Q, QuerySet

from kernel.standing import Account, AnyUser

M = TypeVar("M", bound=Model)


class UnknownAction(LookupError):
    """A path asked a policy for an action it does not define."""


class AccessPolicy(Generic[M]):
    """Base of the site's access policies (see the module's docstring)."""

    model: type[M]
    actions: ClassVar[tuple[str, ...]] = ("view",)
    # Whether kept fragments (kernel.fragments) show objects of this
    # type: then a viewer's keys here are part of the fragments' audience.
    shown_in_kept_fragments: ClassVar[bool] = False

    def _method(self, pattern: str, action: str) -> Callable[..., Any]:
        if action not in self.actions:
            raise UnknownAction(f"{type(self).__name__} has no action {action!r}")
        method: Callable[..., Any] = getattr(self, pattern.format(action))
        return method

    def can(self, user: AnyUser, action: str, obj: M) -> bool:
        return bool(self._method("can_{}", action)(user, obj))

    def objects(self, user: AnyUser, action: str) -> QuerySet[M]:
        found: QuerySet[M] = self._method("{}_objects", action)(user)
        return found

    def people(self, obj: M, action: str) -> QuerySet[Account]:
        found: QuerySet[Account] = self._method("{}_people", action)(obj)
        return found

    def viewer_keys(self, user: AnyUser) -> list[str]:
        """For a policy that finds by keys (the search index stores each
        object's `keys`, and a person finds what their keys open): the keys
        this person holds. Most policies have none."""
        return []

    def keys(self, obj: M) -> list[str]:
        """The keys that find `obj` (none: nobody finds it by keys)."""
        return []

    @staticmethod
    def accounts() -> QuerySet[Account]:
        """Everyone a policy can name: active accounts (an inactive one
        cannot sign in, and its standing is nobody's)."""
        return get_user_model().objects.filter(is_active=True)


class PublicPolicy(AccessPolicy[Model]):
    """A type that is everyone's to view (editors' material on public pages),
    declared so that its paths, too, are seen to ask."""

    def __init__(self, model: type[Model]) -> None:
        self.model = model

    def can_view(self, user: AnyUser, obj: Model) -> bool:
        return True

    def view_objects(self, user: AnyUser) -> QuerySet[Model]:
        return self.model._default_manager.all()

    def view_people(self, obj: Model) -> QuerySet[Account]:
        return self.accounts()


EVERYTHING = None  # what `any_of` reads as "no condition at all"


def any_of(conditions: Iterable[Q | None]) -> Q:
    """The OR of `Q` conditions, where `EVERYTHING` (None) wins. (Django drops
    an empty `Q()` from an OR, so `Q(pk__in=[]) | Q()` would match nothing.)"""
    combined = Q(pk__in=[])
    for condition in conditions:
        if condition is EVERYTHING:
            return Q()
        combined |= condition
    return combined


_policies: dict[type[Model], AccessPolicy[Any]] = {}

P = TypeVar("P", bound=AccessPolicy[Any])


def register(policy: P) -> P:
    """Called from an app's `ready()`; one policy per type."""
    existing = _policies.get(policy.model)
    if existing is not None and type(existing) is not type(policy):
        raise ValueError(f"{policy.model.__name__} already has {type(existing).__name__}")
    _policies[policy.model] = policy
    return policy


def policy_for(model_or_obj: type[Model] | Model) -> AccessPolicy[Any]:
    """The policy of a type (or of an object's type, its parents included,
    so a Wagtail page subclass finds the pages' policy)."""
    model = model_or_obj if isinstance(model_or_obj, type) else type(model_or_obj)
    for klass in model.__mro__:
        if klass in _policies:
            return _policies[klass]
    raise LookupError(f"No access policy for {model.__name__}")


def registered() -> dict[type[Model], AccessPolicy[Any]]:
    return dict(_policies)


def can(user: AnyUser, action: str, obj: Model) -> bool:
    return policy_for(obj).can(user, action, obj)
