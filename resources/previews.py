"""A picture of a shared file for its page: the first page of a PDF
(rendered with PDFium) or a shrunk copy of an image. Made in the background
task after upload; a file that cannot be drawn simply has no preview."""

import io
import logging

from django.conf import settings
from PIL import Image

logger = logging.getLogger(__name__)

WIDTH = 480  # pixels: sharp in the page's side column on a phone's screen


def first_page_png(data: bytes, kind: str) -> bytes | None:
    try:
        picture = _draw(data, kind)
    except Exception:  # noqa: BLE001  (a file we cannot draw has no preview; nothing else)
        logger.info("No preview for a %s file.", kind, exc_info=True)
        return None
    if picture is None:
        return None
    picture.thumbnail((WIDTH, WIDTH * 2))
    out = io.BytesIO()
    picture.convert("RGB").save(out, "PNG", optimize=True)
    return out.getvalue()


def _draw(data: bytes, kind: str) -> Image.Image | None:
    if kind == "pdf":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        try:
            page = document[0]
            # At most twice the natural size: a huge page must not make a huge bitmap.
            scale = min(2.0, WIDTH / max(page.get_width(), 1))
            return page.render(scale=scale).to_pil()
        finally:
            document.close()
    if kind == "image":
        Image.MAX_IMAGE_PIXELS = settings.IMAGE_MAX_PIXELS
        picture = Image.open(io.BytesIO(data))
        picture.load()
        return picture
    return None
