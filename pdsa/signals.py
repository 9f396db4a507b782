"""A cycle shared with its team's networks is found by their members: when
the team's networks change, so do the keys of its cycles' search documents."""

from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from community.models import Team
from pdsa.models import Cycle, Sharing
from search import indexing


@receiver(m2m_changed, sender=Team.networks.through, dispatch_uid="pdsa_team_networks")
def team_networks_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    """`instance` is a team, or (`reverse`) a network whose teams changed.
    After a clear no link names the teams any more, so they are noted before."""
    if action == "pre_clear":
        instance._pdsa_teams = _teams(instance, reverse, None)
        return
    if action == "post_clear":
        teams = instance.__dict__.pop("_pdsa_teams", [])
    elif action in ("post_add", "post_remove"):
        teams = _teams(instance, reverse, pk_set)
    else:
        return
    shared = Cycle.objects.filter(sharing=Sharing.NETWORK, team__in=teams)
    indexing.update(*shared.only("pk"))


def _teams(instance, reverse: bool, pk_set) -> list[int]:
    if not reverse:
        return [instance.pk]
    if pk_set:
        return list(pk_set)
    return list(Team.objects.filter(networks=instance).values_list("pk", flat=True))
