"""Keep spaces in step with the community, and tell open sockets when
someone's access may have changed or their session ended."""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_out
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from collaboratory.models import LearningNetwork, Membership, Team
from forums import services
from forums.models import Presence, Space

User = get_user_model()


@receiver(post_save, sender=Team, dispatch_uid="forums_team_spaces")
def team_spaces(sender, instance: Team, raw: bool = False, **kwargs) -> None:
    if not raw:
        services.team_space(instance)
        services.jurisdiction_space(instance.jurisdiction)


@receiver(post_save, sender=LearningNetwork, dispatch_uid="forums_network_space")
def network_space(sender, instance: LearningNetwork, raw: bool = False, **kwargs) -> None:
    if not raw:
        services.network_space(instance)


def _access_may_have_changed(user_ids) -> None:
    for user_id in set(user_ids):
        services.publish_after_commit(services.user_group(user_id), {"type": "access.changed"})


@receiver(post_save, sender=Membership, dispatch_uid="forums_membership_saved")
@receiver(post_delete, sender=Membership, dispatch_uid="forums_membership_deleted")
def membership_changed(sender, instance: Membership, **kwargs) -> None:
    _access_may_have_changed([instance.user_id])


@receiver(m2m_changed, sender=Team.faculty.through, dispatch_uid="forums_faculty_changed")
def faculty_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        if reverse:  # the coach's teams changed
            _access_may_have_changed([instance.pk])
        else:
            _access_may_have_changed(pk_set or instance.faculty.values_list("pk", flat=True))


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="forums_roles_changed")
def roles_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        if reverse:  # people added to or removed from a group
            _access_may_have_changed(pk_set or [])
        else:
            _access_may_have_changed([instance.pk])


@receiver(post_save, sender=User, dispatch_uid="forums_account_saved")
def account_saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Deactivated, or no longer an administrator: open sockets check again."""
    if not created and not raw:
        _access_may_have_changed([instance.pk])


def _team_people(team_ids) -> list[int]:
    return list(Membership.objects.filter(team__in=team_ids).values_list("user", flat=True)) + list(
        Team.faculty.through.objects.filter(team__in=team_ids).values_list("user", flat=True)
    )


@receiver(post_save, sender=Team, dispatch_uid="forums_team_moved")
def team_saved(sender, instance: Team, created: bool, raw: bool = False, **kwargs) -> None:
    if not created and not raw:  # its state may have changed
        _access_may_have_changed(_team_people([instance.pk]))


@receiver(m2m_changed, sender=Team.networks.through, dispatch_uid="forums_team_networks")
def team_networks_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        teams = (pk_set or []) if reverse else [instance.pk]
        _access_may_have_changed(_team_people(teams))


@receiver(m2m_changed, sender=Space.member_people.through, dispatch_uid="forums_group_people")
def group_people_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_remove", "post_clear", "post_add") and not reverse:
        # After a clear the people are gone from the set: tell everyone who had a socket there.
        _access_may_have_changed(
            pk_set
            if pk_set is not None
            else Presence.objects.filter(space=instance).values_list("user", flat=True)
        )


@receiver(m2m_changed, sender=Space.member_teams.through, dispatch_uid="forums_group_teams")
def group_teams_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_remove", "post_add") and not reverse:
        people = Membership.objects.filter(team__in=pk_set or []).values_list("user", flat=True)
        _access_may_have_changed(people)


@receiver(user_logged_out, dispatch_uid="forums_logged_out")
def logged_out(sender, request, user, **kwargs) -> None:
    """Sockets opened with this session close: logging out ends the live view too."""
    if request is not None and request.session.session_key:
        services.publish(
            services.session_group(request.session.session_key), {"type": "session.ended"}
        )
