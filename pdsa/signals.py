"""A cycle shared with its team's networks is found by their members: when
the team's networks change, so do the keys of its cycles' search documents."""

from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from community.models import Team
from pdsa.models import Cycle, Sharing
from search import indexing


@receiver(m2m_changed, sender=Team.networks.through, dispatch_uid="pdsa_team_networks")
def team_networks_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if not action.startswith("post_"):
        return
    shared = Cycle.objects.filter(sharing=Sharing.NETWORK)
    if reverse:  # a network gained or lost teams
        shared = (
            shared.filter(team__in=pk_set) if pk_set else shared.filter(team__networks=instance)
        )
    else:
        shared = shared.filter(team=instance)
    indexing.update(*shared.only("pk"))
