import logging

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from webinars.models import WebinarPage

logger = logging.getLogger(__name__)


@receiver(page_published, sender=WebinarPage, dispatch_uid="webinars_rebuild_transcript")
def rebuild_transcript_on_publish(sender, instance: WebinarPage, **kwargs) -> None:
    """The searchable transcript follows the published captions or pasted text."""
    from webinars.captions import CaptionError
    from webinars.services import rebuild_transcript

    try:
        rebuild_transcript(instance)
    except (CaptionError, UnicodeDecodeError, OSError) as error:
        # The form checks captions on save; a document replaced since then can
        # still be broken. Keep the transcript as it was and say why.
        logger.warning("Transcript of %s not rebuilt: %s", instance, error)


@receiver(page_unpublished, sender=WebinarPage, dispatch_uid="webinars_drop_transcript")
def drop_transcript_on_unpublish(sender, instance: WebinarPage, **kwargs) -> None:
    """An unpublished webinar's words leave the search index with it."""
    from webinars.services import drop_transcript

    drop_transcript(instance)


@receiver(page_published, sender=WebinarPage, dispatch_uid="webinars_send_recording")
def send_recording_on_publish(sender, instance: WebinarPage, **kwargs) -> None:
    """Registrants hear once that the recording is up (the service stamps
    each place, so publishing again sends nothing)."""
    from webinars.services import send_recording

    send_recording(instance)
