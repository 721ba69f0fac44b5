"""Uploads are checked by content: an image that is also a web page is rejected."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from challenges.validators import validate_attachment
from community.validators import validate_photo

POLYGLOT_MARKUP = b"<html><script>alert(document.cookie)</script></html>"


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def _polyglot_png():
    """Return a valid PNG whose text chunk, early in the file, is an HTML page."""
    buffer = io.BytesIO()
    image = Image.new("RGB", (8, 8), "white")
    info = PngInfo()
    info.add_text("comment", POLYGLOT_MARKUP.decode())
    image.save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def test_polyglot_png_is_a_readable_image():
    with Image.open(io.BytesIO(_polyglot_png())) as image:
        image.verify()


def test_attachment_rejects_image_that_is_also_html():
    upload = SimpleUploadedFile("plan.png", _polyglot_png(), content_type="image/png")

    with pytest.raises(ValidationError) as error:
        validate_attachment(upload)

    assert error.value.code == "attachment_content"


def test_attachment_accepts_plain_png():
    validate_attachment(SimpleUploadedFile("plan.png", _png(), content_type="image/png"))


def test_attachment_rejects_html_named_as_pdf():
    upload = SimpleUploadedFile("plan.pdf", POLYGLOT_MARKUP, content_type="application/pdf")

    with pytest.raises(ValidationError):
        validate_attachment(upload)


def test_photo_rejects_image_that_is_also_html():
    upload = SimpleUploadedFile("jaz.png", _polyglot_png(), content_type="image/png")

    with pytest.raises(ValidationError) as error:
        validate_photo(upload)

    assert error.value.code == "photo_invalid"


def test_photo_accepts_plain_png():
    validate_photo(SimpleUploadedFile("jaz.png", _png(), content_type="image/png"))
