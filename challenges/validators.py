import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ALLOWED_EXTENSIONS = ("pdf", "docx", "odt", "xlsx", "png", "jpg", "jpeg")
ZIP_MEMBERS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# Browsers that sniff a type look for markup in a file's first 512 bytes, so a valid image
# with one of these tags near its start could be run as a web page if served without
# nosniff. The check reads twice that much.
SNIFF_WINDOW_BYTES = 1024
MARKUP_SIGNATURES = (b"<html", b"<script", b"<!doctype", b"<svg", b"<body", b"<iframe", b"<head")


def _contains_markup(upload):
    upload.seek(0)
    window = upload.read(SNIFF_WINDOW_BYTES).lower()
    return any(signature in window for signature in MARKUP_SIGNATURES)


def _content_matches(upload, extension):
    """Return whether the first bytes, or the ZIP layout, of ``upload`` fit its extension."""
    head = upload.read(8)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension == "png":
        return head == b"\x89PNG\r\n\x1a\n" and not _contains_markup(upload)
    if extension in ("jpg", "jpeg"):
        return head.startswith(b"\xff\xd8\xff") and not _contains_markup(upload)
    if not head.startswith(b"PK\x03\x04"):
        return False
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            if extension == "odt":
                return archive.read("mimetype").strip() == ODT_MIMETYPE
            return ZIP_MEMBERS[extension] in archive.namelist()
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def validate_attachment(upload):
    """Accept PDF, DOCX, ODT, XLSX, PNG and JPEG files of at most 10 MB, checked by content."""
    extension = PurePath(upload.name).suffix.lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            _("%(name)s is not an accepted file type. Attach PDF, DOCX, ODT, XLSX, PNG or JPEG."),
            code="attachment_type",
            params={"name": PurePath(upload.name).name},
        )
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("%(name)s is %(size)s MB; the limit is 10 MB per file."),
            code="attachment_too_large",
            params={"name": PurePath(upload.name).name, "size": f"{upload.size / 1024 / 1024:.1f}"},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        matches = _content_matches(upload, extension)
    finally:
        upload.seek(position)
    if not matches:
        raise ValidationError(
            _("%(name)s does not contain what its extension says. Save it again and attach it."),
            code="attachment_content",
            params={"name": PurePath(upload.name).name},
        )
