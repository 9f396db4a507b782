"""Kept page fragments show measures (a change idea's "Measured by", a
strategy area's measure set): any change to one moves the content version
on."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from kernel.fragments import content_changed
from measures.models import Measure


@receiver(post_save, sender=Measure, dispatch_uid="measures_measure_saved")
@receiver(post_delete, sender=Measure, dispatch_uid="measures_measure_deleted")
@receiver(m2m_changed, sender=Measure.change_ideas.through, dispatch_uid="measures_ideas")
@receiver(m2m_changed, sender=Measure.networks.through, dispatch_uid="measures_networks")
def measure_changed(sender, raw: bool = False, **kwargs) -> None:
    if not raw:
        content_changed()
