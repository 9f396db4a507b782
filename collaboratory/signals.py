"""Keep profiles, people's standing and kept page fragments in step.

Whatever may change what a person can open (a membership, a role, coaching a
team, a team's state or networks, the account itself) forgets their kept
standing and sends `access_changed` with their ids, which open discussion
sockets listen for (forums.signals)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from collaboratory import standing
from collaboratory.fragments import content_changed
from collaboratory.models import Membership, Profile, Team

User = get_user_model()

# Sent with `user_ids`: these people's access may have changed.
access_changed = Signal()


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="core_create_profile")
def create_profile(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Every account has a profile, however it was made (sign-up, admin, shell)."""
    if created and not raw:
        Profile.objects.get_or_create(user=instance)


def _changed(people) -> None:
    """`people`: user objects (their in-request standing is dropped too) or ids."""
    people = list(people)
    if people:
        standing.forget(people)
        access_changed.send(sender=Membership, user_ids={getattr(p, "pk", p) for p in people})


@receiver(post_save, sender=Membership, dispatch_uid="core_membership_saved")
@receiver(post_delete, sender=Membership, dispatch_uid="core_membership_deleted")
def membership_changed(sender, instance: Membership, **kwargs) -> None:
    # The user object the membership was made with, when it has one, so the
    # caller's own copy forgets too.
    _changed([instance._state.fields_cache.get("user") or instance.user_id])


@receiver(m2m_changed, sender=Team.faculty.through, dispatch_uid="core_faculty_changed")
def faculty_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        if reverse:  # the coach's teams changed
            _changed([instance])
        else:
            _changed(pk_set or instance.faculty.values_list("pk", flat=True))


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="core_roles_changed")
def roles_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        if reverse:  # people added to or removed from a group
            _changed(pk_set or [])
        else:
            _changed([instance])


@receiver(post_save, sender=User, dispatch_uid="core_account_saved")
def account_saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Deactivated, or no longer an administrator."""
    if not created and not raw:
        _changed([instance])


def _team_people(team_ids) -> list[int]:
    return list(Membership.objects.filter(team__in=team_ids).values_list("user", flat=True)) + list(
        Team.faculty.through.objects.filter(team__in=team_ids).values_list("user", flat=True)
    )


@receiver(post_save, sender=Team, dispatch_uid="core_team_moved")
def team_saved(sender, instance: Team, created: bool, raw: bool = False, **kwargs) -> None:
    if not created and not raw:  # its state may have changed
        _changed(_team_people([instance.pk]))


@receiver(m2m_changed, sender=Team.networks.through, dispatch_uid="core_team_networks")
def team_networks_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        teams = (pk_set or []) if reverse else [instance.pk]
        _changed(_team_people(teams))


@receiver(page_published, dispatch_uid="core_page_published")
@receiver(page_unpublished, dispatch_uid="core_page_unpublished")
@receiver(post_page_move, dispatch_uid="core_page_moved")
def page_changed(sender, **kwargs) -> None:
    """The header's sections and the citations on library pages follow pages."""
    content_changed()
