"""Re-encode uploaded profile photos so that only pixels reach the media storage."""

import io
import logging
import secrets

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .validators import validate_photo

logger = logging.getLogger(__name__)

MAX_PHOTO_SIDE = 400
WEBP_QUALITY = 82


def reencode_photo(upload):
    """Return ``upload`` as a new WebP file, upright, at most 400 px a side, without metadata.

    The photo is checked first by content and size (``validate_photo``). Turning
    it by its EXIF orientation and drawing its pixels into a new image leaves
    EXIF (camera, GPS position), XMP, ICC profiles and comments behind. The file
    gets a random name, so the URL reveals nothing about the member or the original
    file name. Raises ``ValidationError`` with a translated message when Pillow
    cannot decode the whole image.
    """
    validate_photo(upload)
    upload.seek(0)
    try:
        with Image.open(upload) as original:
            original.load()
            upright = ImageOps.exif_transpose(original)
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
        logger.info("profile photo rejected while decoding: %s", error)
        raise ValidationError(
            _("The file is not a photo we can read. Please upload a JPEG, PNG or WebP image."),
            code="photo_invalid",
        ) from error

    has_alpha = upright.mode in ("RGBA", "LA") or (
        upright.mode == "P" and "transparency" in upright.info
    )
    pixels = upright.convert("RGBA" if has_alpha else "RGB")
    pixels.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE), Image.Resampling.LANCZOS)

    # A fresh image carries no info dictionary, so nothing but pixels is written.
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)
    output = io.BytesIO()
    clean.save(output, format="WEBP", quality=WEBP_QUALITY, method=4)
    return SimpleUploadedFile(
        f"{secrets.token_hex(16)}.webp", output.getvalue(), content_type="image/webp"
    )
