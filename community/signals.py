"""Keep profiles, people's standing and kept page fragments in step.

Whatever may change what a person can open (a membership, a role, coaching a
team, a team's state or networks, the account itself) forgets their kept
standing and sends `access_changed` with their ids, which open discussion
sockets listen for (forums.signals)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal, receiver
from wagtail.models import PageViewRestriction, WorkflowState
from wagtail.signals import page_published, page_unpublished, post_page_move

from community import directory
from community.models import Jurisdiction, LearningNetwork, Membership, Profile, Team
from kernel import personal_pages, standing, throttle
from kernel.fragments import content_changed

User = get_user_model()

# Sent with `user_ids`: these people's access may have changed.
access_changed = Signal()


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="core_create_profile")
def create_profile(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Every account has a profile, however it was made (sign-up, admin, shell)."""
    if created and not raw:
        Profile.objects.get_or_create(user=instance)


@receiver(post_save, sender=Profile, dispatch_uid="core_profile_header")
def profile_saved(sender, instance: Profile, raw: bool = False, **kwargs) -> None:
    """The header of each page kept for the person shows their avatar."""
    if not raw:
        personal_pages.own_changed(instance.user_id)


@receiver(post_save, sender=Profile, dispatch_uid="core_profile_saved")
@receiver(post_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="core_account_deleted")
def directory_changed(sender, **kwargs) -> None:
    """A new or edited profile (a new account makes one), or an account gone:
    the directory's counts are recounted."""
    directory.people_changed()


def _changed(people) -> None:
    """`people`: user objects (their in-request standing is dropped too) or ids."""
    people = list(people)
    if people:
        directory.people_changed()
        standing.forget(people)
        access_changed.send(sender=Membership, user_ids={getattr(p, "pk", p) for p in people})


@receiver(post_save, sender=Membership, dispatch_uid="core_membership_saved")
@receiver(post_delete, sender=Membership, dispatch_uid="core_membership_deleted")
def membership_changed(sender, instance: Membership, **kwargs) -> None:
    # The user object the membership was made with, when it has one, so the
    # caller's own copy forgets too.
    _changed([instance._state.fields_cache.get("user") or instance.user_id])


def _links_changed(action: str, instance, who) -> None:
    """`who()` lists the people a change of links touches. After a clear no
    link names them any more, so they are listed before it."""
    if action == "pre_clear":
        instance._people_before_clear = list(who())
    elif action == "post_clear":
        _changed(instance.__dict__.pop("_people_before_clear", []))
    elif action in ("post_add", "post_remove"):
        _changed(who())


@receiver(m2m_changed, sender=Team.faculty.through, dispatch_uid="core_faculty_changed")
def faculty_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    def who():
        if reverse:  # the coach's teams changed
            return [instance]
        return pk_set if pk_set is not None else instance.faculty.values_list("pk", flat=True)

    _links_changed(action, instance, who)


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="core_roles_changed")
@receiver(m2m_changed, sender=User.user_permissions.through, dispatch_uid="core_own_perms")
def roles_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    def who():
        if not reverse:
            return [instance]
        # People added to or removed from a group (or given a permission).
        return pk_set if pk_set is not None else instance.user_set.values_list("pk", flat=True)

    _links_changed(action, instance, who)


@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="core_group_perms")
def group_permissions_changed(sender, instance, action: str, reverse: bool, **kwargs) -> None:
    """Whether the header links to the admin."""
    if not reverse:
        _links_changed(action, instance, lambda: instance.user_set.values_list("pk", flat=True))


@receiver(post_save, sender=Group, dispatch_uid="core_group_renamed")
@receiver(pre_delete, sender=Group, dispatch_uid="core_group_deleted")
def group_changed(sender, instance, created: bool = False, raw: bool = False, **kwargs) -> None:
    """Roles are groups by name: a renamed or deleted group ends a role."""
    if not created and not raw:
        _changed(instance.user_set.values_list("pk", flat=True))


@receiver(post_save, sender=User, dispatch_uid="core_account_saved")
def account_saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Deactivated, or no longer an administrator. Logging in saves the
    account too (its last login), which changes nothing anyone may see."""
    if created or raw or set(kwargs.get("update_fields") or ()) == {"last_login"}:
        return
    _changed([instance])


def _team_people(team_ids) -> list[int]:
    return list(Membership.objects.filter(team__in=team_ids).values_list("user", flat=True)) + list(
        Team.faculty.through.objects.filter(team__in=team_ids).values_list("user", flat=True)
    )


@receiver(post_save, sender=Team, dispatch_uid="core_team_moved")
@receiver(pre_delete, sender=Team, dispatch_uid="core_team_deleted")
def team_saved(sender, instance: Team, created: bool = False, raw: bool = False, **kwargs) -> None:
    if not created and not raw:  # its state may have changed, or it is going
        _changed(_team_people([instance.pk]))


@receiver(pre_delete, sender=LearningNetwork, dispatch_uid="core_network_deleted")
def network_deleted(sender, instance: LearningNetwork, **kwargs) -> None:
    _changed(_team_people(instance.teams.values_list("pk", flat=True)))


@receiver(m2m_changed, sender=Team.networks.through, dispatch_uid="core_team_networks")
def team_networks_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    def who():
        if not reverse:
            return _team_people([instance.pk])
        teams = pk_set if pk_set is not None else instance.teams.values_list("pk", flat=True)
        return _team_people(teams)

    _links_changed(action, instance, who)


@receiver(page_published, dispatch_uid="core_page_published")
@receiver(page_unpublished, dispatch_uid="core_page_unpublished")
@receiver(post_page_move, dispatch_uid="core_page_moved")
def page_changed(sender, **kwargs) -> None:
    """The header's sections and the citations on library pages follow pages."""
    content_changed()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="core_page_restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="core_page_opened")
@receiver(post_save, sender=WorkflowState, dispatch_uid="core_review_moved_on")
@receiver(post_save, sender=Team, dispatch_uid="core_team_renamed")
@receiver(post_save, sender=LearningNetwork, dispatch_uid="core_network_renamed")
@receiver(post_save, sender=Jurisdiction, dispatch_uid="core_jurisdiction_renamed")
def shown_on_kept_pages(sender, raw: bool = False, **kwargs) -> None:
    """A page made private leaves every "Cited in"; a share's review state
    and the names of teams, networks and states show on kept fragments."""
    if not raw:
        content_changed()


# --- Log-in limits (kernel/throttle.py) ---------------------------------
# Counted from Django's signals rather than in the log-in form's clean: every
# password check with a request sends them, the site's log-in and Wagtail's
# admin log-in alike, so a guesser cannot go round the form.


@receiver(user_login_failed, dispatch_uid="core_count_login_failure")
def count_login_failure(sender, credentials: dict, request=None, **kwargs) -> None:
    # Without a request (a script, the test client's login()) there is no
    # address to count; a refused attempt checked no password, so it is no guess.
    if request is None or getattr(request, "login_refused_for", None):
        return
    throttle.login_failed(request, credentials.get("username") or "")


@receiver(user_logged_in, dispatch_uid="core_clear_login_failures")
def clear_login_failures(sender, request, user, **kwargs) -> None:
    throttle.login_succeeded(user.get_username(), user.email)
