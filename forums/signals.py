"""Keep spaces in step with the community, and tell open sockets when
someone's access may have changed (the community's `access_changed`, or a
working group's people) or their session ended."""

from django.contrib.auth.signals import user_logged_out
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from community.models import LearningNetwork, Membership, Team
from community.signals import access_changed
from forums import realtime
from forums.models import Presence, Space
from forums.services import spaces


@receiver(post_save, sender=Team, dispatch_uid="forums_team_spaces")
def team_spaces(sender, instance: Team, raw: bool = False, **kwargs) -> None:
    if not raw:
        spaces.team_space(instance)
        spaces.jurisdiction_space(instance.jurisdiction)


@receiver(post_save, sender=LearningNetwork, dispatch_uid="forums_network_space")
def network_space(sender, instance: LearningNetwork, raw: bool = False, **kwargs) -> None:
    if not raw:
        spaces.network_space(instance)


@receiver(access_changed, dispatch_uid="forums_access_changed")
def access_changed_in_community(sender, user_ids, **kwargs) -> None:
    """Teams, roles or the account changed (community.signals)."""
    realtime.access_may_have_changed(user_ids)


@receiver(m2m_changed, sender=Space.member_people.through, dispatch_uid="forums_group_people")
def group_people_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_remove", "post_clear", "post_add") and not reverse:
        # After a clear the people are gone from the set: tell everyone who had a socket there.
        realtime.access_may_have_changed(
            pk_set
            if pk_set is not None
            else Presence.objects.filter(space=instance).values_list("user", flat=True)
        )


@receiver(m2m_changed, sender=Space.member_teams.through, dispatch_uid="forums_group_teams")
def group_teams_changed(sender, instance, action: str, pk_set, reverse: bool, **kwargs) -> None:
    if action in ("post_remove", "post_add") and not reverse:
        people = Membership.objects.filter(team__in=pk_set or []).values_list("user", flat=True)
        realtime.access_may_have_changed(people)


@receiver(user_logged_out, dispatch_uid="forums_logged_out")
def logged_out(sender, request, user, **kwargs) -> None:
    """Sockets opened with this session close: logging out ends the live view too."""
    if request is not None and request.session.session_key:
        realtime.session_ended(request.session.session_key)
