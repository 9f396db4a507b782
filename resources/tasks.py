from django_tasks import task

from kernel.fragments import content_changed
from kernel.retries import retried
from resources import services
from resources.extraction import extract_text
from resources.models import Resource

EXTRACTABLE = {"pdf", "docx", "pptx", "xlsx"}


@task()
@retried()
def extract_file_text(resource_id: int, kind: str) -> str:
    """Store the text inside a resource's file for search. A file that cannot
    be read records why, and publishing goes on regardless."""
    resource = Resource.objects.select_related("document").get(pk=resource_id)
    if kind not in EXTRACTABLE or resource.document is None:
        return "skipped"
    with resource.document.open_file() as handle:
        extracted = extract_text(handle.read(), kind)
    # An update, not a save: an editor may be saving the row meanwhile, and
    # these two columns are the task's alone (NOT_REVISIONED).
    Resource.objects.filter(pk=resource_id).update(
        file_text=extracted.text, file_text_error=extracted.error[:300]
    )
    services.text_changed(resource)
    return "error" if extracted.error else "ok"


PREVIEWABLE = {"pdf", "image"}


@task()
@retried()
def draw_preview(resource_id: int, kind: str) -> str:
    """Keep a picture of the file's first page (or of the image) for its page."""
    from django.core.files.base import ContentFile

    from resources.previews import first_page_png

    resource = Resource.objects.select_related("document").get(pk=resource_id)
    if kind not in PREVIEWABLE or resource.document is None:
        return "skipped"
    with resource.document.open_file() as handle:
        picture = first_page_png(handle.read(), kind)
    if picture is None:
        return "none"
    old = resource.preview.name
    resource.preview.save("preview.png", ContentFile(picture), save=False)
    Resource.objects.filter(pk=resource_id).update(preview=resource.preview.name)
    content_changed()  # pages kept without the picture
    if old:
        resource.preview.storage.delete(old)
    return "ok"
