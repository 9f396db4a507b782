from django.dispatch import receiver
from wagtail.signals import page_published

from webinars.models import WebinarPage


@receiver(page_published, sender=WebinarPage, dispatch_uid="webinars_rebuild_transcript")
def rebuild_transcript_on_publish(sender, instance: WebinarPage, **kwargs) -> None:
    """The searchable transcript follows the published captions or pasted text."""
    from webinars.services import rebuild_transcript

    rebuild_transcript(instance)
