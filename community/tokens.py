"""Signed, expiring links for confirming an email address."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

from kernel.standing import Account

_SALT = "collaboratory.confirm-email"


def make_confirmation_token(user: Account) -> str:
    # The address is part of the signature, so a link stops working if the
    # address it was sent to is changed.
    return signing.dumps({"user": user.pk, "email": user.email}, salt=_SALT)


def email_confirmation_url(user: Account) -> str:
    path = reverse("confirm_email", args=[make_confirmation_token(user)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def user_for_confirmation_token(token: str) -> Account | None:
    """The account a link confirms, or None if it is forged, expired or stale."""
    try:
        data = signing.loads(
            token, salt=_SALT, max_age=settings.ACCOUNT_CONFIRMATION_DAYS * 24 * 3600
        )
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("user")).first()
    # A link works once: an account switched off by an administrator after
    # confirming cannot switch itself back on with an old link.
    if user is None or user.email != data.get("email") or user.profile.email_confirmed:
        return None
    return user
