"""Checks of uploaded files by their content, not by their name or declared content type."""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# Bytes read from the start of a file when looking for HTML.
HTML_PROBE_BYTES = 1024
HTML_MARKERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<iframe",
    b"<svg",
    b"<object",
    b"<embed",
    b"<meta",
)
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


class FileKind:
    """A file format that uploads may have, with the file name extensions that fit it."""

    PDF = "pdf"
    DOCX = "docx"
    ODT = "odt"
    XLSX = "xlsx"
    PNG = "png"
    JPEG = "jpeg"
    EXTENSIONS = {
        PDF: ("pdf",),
        DOCX: ("docx",),
        ODT: ("odt",),
        XLSX: ("xlsx",),
        PNG: ("png",),
        JPEG: ("jpg", "jpeg"),
    }
    LABELS = {PDF: "PDF", DOCX: "DOCX", ODT: "ODT", XLSX: "XLSX", PNG: "PNG", JPEG: "JPEG"}


ATTACHMENT_KINDS = (
    FileKind.PDF,
    FileKind.DOCX,
    FileKind.ODT,
    FileKind.XLSX,
    FileKind.PNG,
    FileKind.JPEG,
)
IMAGE_KINDS = (FileKind.PNG, FileKind.JPEG)
DOCUMENT_KINDS = (FileKind.PDF, FileKind.DOCX, FileKind.ODT, FileKind.XLSX)


def _zip_kind(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                return FileKind.ODT
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return FileKind.DOCX
    if "xl/workbook.xml" in names:
        return FileKind.XLSX
    return None


def _image_kind(upload):
    """Return PNG or JPEG when Pillow opens and verifies ``upload`` as one, else None."""
    try:
        with Image.open(upload) as image:
            image_format = image.format
            image.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    return {"PNG": FileKind.PNG, "JPEG": FileKind.JPEG}.get(image_format)


def detect_kind(upload):
    """Return the FileKind that the content of ``upload`` has, or None for any other content."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return FileKind.PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(upload)
    if head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff"):
        return _image_kind(upload)
    return None


def contains_html(upload):
    upload.seek(0)
    head = upload.read(HTML_PROBE_BYTES).lower()
    upload.seek(0)
    return any(marker in head for marker in HTML_MARKERS)


def _format_list(kinds):
    return ", ".join(FileKind.LABELS[kind] for kind in kinds)


def check_upload(upload, kinds=ATTACHMENT_KINDS):
    """Raise ValidationError unless ``upload`` is at most 10 MB and its content is one of ``kinds``.

    The content decides: a file is refused when it contains HTML in its first
    kilobyte, when it is an image that Pillow cannot open, or when its name ends
    in an extension that does not fit its content. Returns the detected FileKind.
    """
    name = PurePath(upload.name or "").name
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("%(name)s is %(size)s MB, but the limit is 10 MB per file."),
            code="attachment_too_large",
            params={"name": name, "size": f"{upload.size / 1024 / 1024:.1f}"},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        if contains_html(upload):
            raise ValidationError(
                _("%(name)s contains HTML, which cannot be attached. Attach %(formats)s."),
                code="attachment_content",
                params={"name": name, "formats": _format_list(kinds)},
            )
        kind = detect_kind(upload)
    finally:
        upload.seek(position)
    if kind is None and PurePath(name).suffix.lower().lstrip(".") in ("png", "jpg", "jpeg"):
        raise ValidationError(
            _("%(name)s is not an image that can be opened. Save it again as PNG or JPEG."),
            code="attachment_broken_image",
            params={"name": name},
        )
    if kind not in kinds:
        raise ValidationError(
            _("%(name)s is not a %(formats)s file. Save it in one of these formats and attach it."),
            code="attachment_type",
            params={"name": name, "formats": _format_list(kinds)},
        )
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension not in FileKind.EXTENSIONS[kind]:
        raise ValidationError(
            _("%(name)s contains a %(kind)s file, so its name must end in .%(extension)s."),
            code="attachment_extension",
            params={
                "name": name,
                "kind": FileKind.LABELS[kind],
                "extension": FileKind.EXTENSIONS[kind][0],
            },
        )
    return kind


def validate_attachment(upload):
    """Accept PDF, DOCX, ODT, XLSX, PNG and JPEG files of at most 10 MB, checked by content."""
    check_upload(upload, ATTACHMENT_KINDS)
