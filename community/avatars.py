"""Avatar images: checked by their content and resized with Pillow."""

import contextlib
import uuid
import warnings
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}


def _open_checked(data: bytes) -> Image.Image:
    limit = settings.IMAGE_MAX_PIXELS
    not_an_image = ValidationError(
        _("That file is not an image we can read. Upload a PNG, JPEG, GIF or WebP picture."),
        code="not_an_image",
    )
    too_many_pixels = ValidationError(
        _(
            "That image is far too large in pixels to process safely. "
            "Upload a picture under 40 megapixels."
        ),
        code="too_many_pixels",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise not_an_image
            # The header is read lazily: refuse a bomb before decoding a pixel.
            if image.width * image.height > limit:
                raise too_many_pixels
            image.verify()
            image = Image.open(BytesIO(data))
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise too_many_pixels from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise not_an_image from None
    return image


def process_avatar(upload: UploadedFile) -> ContentFile:
    """A square, web-sized copy of an uploaded picture, or ValidationError."""
    limit = settings.AVATAR_MAX_UPLOAD_BYTES
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("That file is %(size)s; avatars can be at most %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    upload.seek(0)
    image = _open_checked(upload.read())
    # Unreadable orientation data: keep the picture as it was stored.
    with contextlib.suppress(OSError, ValueError, SyntaxError, KeyError, TypeError):
        image = ImageOps.exif_transpose(image)
    size = settings.AVATAR_SIZE
    has_alpha = image.mode in ("RGBA", "LA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    image = ImageOps.fit(image, (size, size), Image.Resampling.LANCZOS)
    out = BytesIO()
    if has_alpha:
        image.save(out, format="PNG", optimize=True)
        extension = "png"
    else:
        image.save(out, format="JPEG", quality=85, optimize=True)
        extension = "jpg"
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.{extension}")
