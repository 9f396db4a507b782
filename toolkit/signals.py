"""What kept toolkit pages show besides pages and resources: a driver, care
setting, key insight or video edited in the admin moves the content version
on (kernel/fragments.py)."""

from django.db.models.signals import post_delete, post_save

from kernel.fragments import content_changed
from toolkit.models import CareSetting, Driver, KeyInsight, Video


def snippet_changed(sender, raw: bool = False, **kwargs) -> None:
    if not raw:
        content_changed()


for model in (Driver, CareSetting, KeyInsight, Video):
    for signal in (post_save, post_delete):
        signal.connect(snippet_changed, sender=model, dispatch_uid=f"toolkit_kept_{model.__name__}")
