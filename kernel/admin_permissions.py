"""Permission policies for Wagtail's admin shared by the apps."""

from collections.abc import Iterable

from wagtail.permission_policies import ModelPermissionPolicy

from kernel.standing import AnyUser


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):  # type: ignore[misc]  # Wagtail: no types
    """Lets staff list and inspect rows that only a service may change."""

    def user_has_permission(self, user: AnyUser, action: str) -> bool:
        return action == "view" and bool(super().user_has_permission(user, action))

    def user_has_any_permission(self, user: AnyUser, actions: Iterable[str]) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)
