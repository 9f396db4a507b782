from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from kernel import throttle


class UsernameOrEmailBackend(ModelBackend):
    """Lets people sign in with their username or their email address.

    Every password check with a request passes here (the site's log-in and
    Wagtail's admin log-in), so this is where guessing is refused: while the
    log-in or the client's address is locked (kernel/throttle.py) the
    password is not even checked. The refusal is marked on the request
    (`login_refused_for`, seconds): the site's log-in view answers 429, and
    the failure it causes is not counted again (community/signals.py)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None and username:
            wait = throttle.login_refused(request, username)
            if wait:
                request.login_refused_for = wait
                # Stops authenticate() here: no other backend tries either.
                raise PermissionDenied
        if username and "@" in username:
            user = (
                get_user_model()
                .objects.filter(email__iexact=username.strip())
                .order_by("id")
                .first()
            )
            if user is not None:
                username = user.get_username()
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id):
        """With the profile: every page's header shows the person's avatar."""
        try:
            user = get_user_model()._default_manager.select_related("profile").get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
