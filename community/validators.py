from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MAX_PHOTO_BYTES = 5 * 1024 * 1024
ALLOWED_PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_PHOTO_PIXELS = 6000 * 6000
# Photos are served as uploaded, so markup near the start (where browsers that sniff look)
# would make a valid image also a web page.
SNIFF_WINDOW_BYTES = 1024
MARKUP_SIGNATURES = (b"<html", b"<script", b"<!doctype", b"<svg", b"<body", b"<iframe", b"<head")


def validate_photo(upload):
    """Accept JPEG, PNG or WebP images of at most 5 MB, checked by content, not name."""
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("The photo is %(size)s MB; the limit is 5 MB. Please upload a smaller one."),
            code="photo_too_large",
            params={"size": f"{upload.size / 1024 / 1024:.1f}"},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("The file is not a photo we can read. Please upload a JPEG, PNG or WebP image."),
            code="photo_invalid",
        ) from error
    finally:
        if hasattr(upload, "seek"):
            upload.seek(position)
    upload.seek(0)
    window = upload.read(SNIFF_WINDOW_BYTES).lower()
    upload.seek(position)
    if any(signature in window for signature in MARKUP_SIGNATURES):
        raise ValidationError(
            _("The file is not a photo we can read. Please upload a JPEG, PNG or WebP image."),
            code="photo_invalid",
        )
    if image_format not in ALLOWED_PHOTO_FORMATS:
        raise ValidationError(_("Photos must be JPEG, PNG or WebP images."), code="photo_format")
    if width * height > MAX_PHOTO_PIXELS:
        raise ValidationError(
            _("The photo is too large in pixels. Please upload one at most 6000 × 6000."),
            code="photo_dimensions",
        )
