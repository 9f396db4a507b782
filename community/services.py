"""Writes on the community that have side effects. Each saves, then sends its
emails only after the transaction commits, so nobody is told of a change
that was rolled back."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import APIToken

from community import permissions
from community.models import JoinRequest, Membership, Profile, Team
from community.tokens import email_confirmation_url
from kernel.mail import email_after_commit
from kernel.standing import Account

User = get_user_model()


@transaction.atomic
def register_user(*, username: str, email: str, password: str, display_name: str) -> Account:
    """Create an account that stays inactive until its email is confirmed."""
    user = User.objects.create_user(
        username=username, email=email, password=password, is_active=False
    )
    Profile.objects.filter(user=user).update(display_name=display_name)
    send_confirmation_email(user)
    return user


@transaction.atomic
def sign_up(
    *, username: str, email: str, password: str, display_name: str, notify_owner: bool = True
) -> Account | None:
    """A new inactive account, or None when the address already has one.

    The caller answers both alike, so nobody learns from the sign-up page
    which addresses have accounts. Instead the address's owner is told that
    someone tried (unless `notify_owner` is False: too many notices to that
    address this hour), with links to log in or reset the password."""
    owner = User.objects.filter(email__iexact=email.strip()).order_by("id").first()
    if owner is None:
        return register_user(
            username=username, email=email, password=password, display_name=display_name
        )
    make_password(password)  # the same work as creating the account: no timing tell
    if notify_owner:
        email_after_commit(
            "core/emails/signup_attempt.txt",
            {
                "user": owner,
                "login_url": _site_url("login"),
                "reset_url": _site_url("password_reset"),
                "resend_url": _site_url("resend_confirmation"),
                "confirmed": owner.profile.email_confirmed,
            },
            [owner],
        )
    return None


def _site_url(name: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name)


def send_confirmation_email(user: Account) -> None:
    email_after_commit(
        "core/emails/confirm_email.txt",
        {
            "user": user,
            "confirm_url": email_confirmation_url(user),
            "days": settings.ACCOUNT_CONFIRMATION_DAYS,
        },
        [user],
    )


@transaction.atomic
def confirm_email(user: Account) -> None:
    """Activate an account whose address was never confirmed (only those)."""
    if user.profile.email_confirmed:
        raise ValidationError(gettext("This address is already confirmed."))
    user.is_active = True
    user.save(update_fields=["is_active"])
    Profile.objects.filter(user=user).update(email_confirmed=True)


@transaction.atomic
def request_to_join(
    user: Account, team: Team, *, message: str = "", role: str = Membership.Role.MEMBER
) -> JoinRequest:
    if permissions.is_member(user, team):
        raise ValidationError(gettext("You are already a member of %(team)s.") % {"team": team})
    if not permissions.can_request_to_join(user, team):
        raise ValidationError(_already_asked(team))
    try:
        with transaction.atomic():
            join_request = JoinRequest.objects.create(
                user=user, team=team, message=message.strip(), role=role
            )
    except IntegrityError:  # a double click racing the check above
        raise ValidationError(_already_asked(team)) from None
    email_after_commit(
        "core/emails/join_request_received.txt",
        {"join_request": join_request},
        permissions.join_requests.asked_people(join_request),
    )
    return join_request


def _already_asked(team: Team) -> str:
    return gettext("You have already asked to join %(team)s; the team lead will reply.") % {
        "team": team
    }


def _already_decided(join_request: JoinRequest) -> str:
    """Why a request that is no longer pending cannot be decided."""
    sentences: dict[str, str] = {
        JoinRequest.Status.APPROVED: gettext("This request was already approved."),
        JoinRequest.Status.DECLINED: gettext("This request was already declined."),
        JoinRequest.Status.WITHDRAWN: gettext("This request was already withdrawn."),
    }
    if join_request.status in sentences:
        return sentences[join_request.status]
    return gettext("This request was already %(status)s.") % {
        "status": join_request.get_status_display().lower()
    }


def _lock_pending(join_request: JoinRequest, decided_by: Account) -> JoinRequest:
    """Re-read the request under a row lock so two leads cannot both decide."""
    locked = (
        JoinRequest.objects.select_for_update()
        .select_related("team", "user")
        .get(pk=join_request.pk)
    )
    if not locked.is_pending:
        raise ValidationError(_already_decided(locked))
    if not permissions.can_decide_join_request(decided_by, locked):
        raise PermissionDenied("Only a lead of this team can decide on this request.")
    return locked


@transaction.atomic
def approve_join_request(
    join_request: JoinRequest, *, decided_by: Account, role: str | None = None
) -> Membership:
    locked = _lock_pending(join_request, decided_by)
    if not locked.user.is_active:
        raise ValidationError(gettext("This account is no longer active; it cannot join a team."))
    locked.status = JoinRequest.Status.APPROVED
    locked.decided_by = decided_by
    locked.decided_at = timezone.now()
    if role:
        locked.role = role
    locked.save(update_fields=["status", "decided_by", "decided_at", "role"])
    membership, _ = Membership.objects.get_or_create(
        user=locked.user, team=locked.team, defaults={"role": locked.role}
    )
    email_after_commit(
        "core/emails/join_request_approved.txt", {"join_request": locked}, [locked.user]
    )
    return membership


@transaction.atomic
def decline_join_request(
    join_request: JoinRequest, *, decided_by: Account, note: str = ""
) -> JoinRequest:
    locked = _lock_pending(join_request, decided_by)
    locked.status = JoinRequest.Status.DECLINED
    locked.decided_by = decided_by
    locked.decided_at = timezone.now()
    locked.decision_note = note.strip()
    locked.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    email_after_commit(
        "core/emails/join_request_declined.txt", {"join_request": locked}, [locked.user]
    )
    return locked


@transaction.atomic
def withdraw_join_request(join_request: JoinRequest, *, user: Account) -> JoinRequest:
    locked = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if not permissions.can_withdraw_join_request(user, locked):
        raise PermissionDenied("You can only withdraw your own pending request.")
    locked.status = JoinRequest.Status.WITHDRAWN
    locked.decided_at = timezone.now()
    locked.save(update_fields=["status", "decided_at"])
    return locked


def remove_avatar(profile: Profile) -> None:
    """Go back to initials; the file is deleted once the change has committed."""
    old_name = profile.avatar.name
    if not old_name:
        return
    storage = profile.avatar.storage
    Profile.objects.filter(pk=profile.pk).update(avatar="")
    profile.avatar = None
    transaction.on_commit(lambda: storage.delete(old_name))


def store_avatar(profile: Profile, avatar: ContentFile[bytes]) -> None:
    """Store an avatar already checked and resized by `avatars.process_avatar`,
    then remove the file it replaces once the change has committed."""
    if not avatar.name:
        raise ValueError("An avatar is stored under the name process_avatar gives it.")
    old_name = profile.avatar.name
    with transaction.atomic():
        profile.avatar.save(avatar.name, avatar, save=False)
        Profile.objects.filter(pk=profile.pk).update(avatar=profile.avatar.name)
    if old_name and old_name != profile.avatar.name:
        storage = profile.avatar.storage
        transaction.on_commit(lambda: storage.delete(old_name))


def create_api_token(user: Account, name: str) -> tuple[APIToken, str]:
    """A personal token for scripts; the plaintext exists only in the return value."""
    created: tuple[APIToken, str] = APIToken.create_token(
        user=user, name=name.strip()[:255] or gettext("My script")
    )
    return created


def revoke_api_token(user: Account, token_id: int) -> None:
    """Revoke one of the member's own tokens (someone else's is not found)."""
    token = APIToken.objects.filter(pk=token_id, user=user, revoked_at__isnull=True).first()
    if token is None:
        raise PermissionDenied("No such token.")
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])


def set_language(user: Account, language: str) -> None:
    """Keep the language a member switched to, for their next visit on any
    device and for the email we send them."""
    if language not in dict(settings.LANGUAGES):
        raise ValidationError("No such language.")
    Profile.objects.filter(user=user).exclude(language=language).update(language=language)
