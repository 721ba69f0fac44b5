"""Submission attachments: private storage, download permissions, content checks, pending files."""

import importlib
import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from wagtail.models import PageViewRestriction

from challenges import submission, tasks
from challenges.models import ChallengeAttachment, ChallengePage, PendingAttachment
from community.data_rights import erase_member
from hub.storage import PrivateStorage
from tests.challenges.factories import make_challenge, representative
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

SUBMIT_URL = "/challenge-hub/submit/"


def _form(**overrides):
    data = {
        "title": "Predolge čakalne vrste",
        "summary": "Ljudje predolgo čakajo na termin.",
        "problem": "Naročanje poteka po telefonu, ki je ves čas zaseden.",
        "desired_outcome": "Vsak dobi termin v enem tednu.",
        "mode": "hybrid",
        "contact_name": "Mojca Kontakt",
        "contact_email": "mojca@zd.example",
        "action": "save",
    }
    data.update(overrides)
    return data


def _pdf(name="opis.pdf", body=b"0" * 100):
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + body, content_type="application/pdf")


def _png(name="shema.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def _attachment(challenge, name="opis.pdf", content=b"%PDF-1.4\nvsebina"):
    attachment = ChallengeAttachment(challenge=challenge, title=name)
    attachment.file.save(name, ContentFile(content), save=False)
    attachment.save()
    return attachment


def _url(attachment):
    return f"/challenge-hub/attachments/{attachment.pk}/"


@pytest.fixture
def rep(client, index):
    profile = representative()
    client.force_login(profile.user)
    return profile


@pytest.fixture
def draft(index):
    page = make_challenge(index, number=1)
    page.unpublish()
    return ChallengePage.objects.get(pk=page.pk)


# Storage


def test_uploaded_attachment_is_stored_outside_media_root(client, rep):
    client.post(SUBMIT_URL, {**_form(), "attachments": [_pdf()]})

    attachment = ChallengeAttachment.objects.get()
    path = Path(attachment.file.path).resolve()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    assert path.read_bytes().startswith(b"%PDF-1.4")


def test_private_storage_has_no_url(draft):
    attachment = _attachment(draft)

    with pytest.raises(ValueError, match="has no URL"):
        attachment.file.storage.url(attachment.file.name)


def test_private_storage_inside_media_root_is_refused(settings):
    with pytest.raises(ImproperlyConfigured, match="PRIVATE_MEDIA_ROOT"):
        PrivateStorage(location=Path(settings.MEDIA_ROOT) / "private")


def test_migration_moves_existing_files_to_private_storage(draft):
    public, private = storages["default"], storages["private"]
    name = public.save("challenges/attachments/2026/01/stara.pdf", ContentFile(b"%PDF-1.4\n"))
    attachment = ChallengeAttachment.objects.create(challenge=draft, title="stara.pdf", file=name)
    migration = importlib.import_module("challenges.migrations.0005_private_attachments")

    migration.move_to_private_storage(apps, None)

    attachment.refresh_from_db()
    assert not public.exists(name)
    assert private.exists(attachment.file.name)
    with private.open(attachment.file.name) as moved:
        assert moved.read() == b"%PDF-1.4\n"


# Downloads


def test_challenge_page_links_to_download_view_not_media(client, index):
    challenge = make_challenge(index)
    attachment = _attachment(challenge)

    response = client.get(challenge.url)

    assert _url(attachment) in response.text
    assert "/media/challenges/" not in response.text


def test_anyone_downloads_attachment_of_live_challenge(client, index):
    attachment = _attachment(make_challenge(index))

    response = client.get(_url(attachment))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4\nvsebina"


def test_download_is_attachment_that_browsers_never_render(client, index):
    attachment = _attachment(make_challenge(index), name="opis.pdf")

    response = client.get(_url(attachment))

    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="opis.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_draft_attachment_is_hidden_from_others(client, draft):
    attachment = _attachment(draft)
    visitors = {
        "anonymous": None,
        "member": MemberProfileFactory().user,
        "other institution": representative(OrganisationFactory()).user,
        "non-representative colleague": MemberProfileFactory(
            organisation=draft.institution, is_representative=False
        ).user,
    }

    for label, user in visitors.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get(_url(attachment))
        assert response.status_code == 404, label


def test_draft_attachment_is_downloaded_by_institution_and_staff(client, draft):
    attachment = _attachment(draft)

    client.force_login(representative(draft.institution).user)
    by_representative = client.get(_url(attachment))
    client.force_login(UserFactory(is_staff=True))
    by_staff = client.get(_url(attachment))

    assert by_representative.status_code == 200
    assert by_staff.status_code == 200
    assert "no-store" in by_representative["Cache-Control"]


def test_restricted_challenge_attachment_is_hidden_from_public(client, index):
    challenge = make_challenge(index)
    attachment = _attachment(challenge)
    PageViewRestriction.objects.create(page=challenge, restriction_type=PageViewRestriction.LOGIN)

    anonymous = client.get(_url(attachment))
    client.force_login(representative(challenge.institution).user)
    owner = client.get(_url(attachment))

    assert anonymous.status_code == 404
    assert owner.status_code == 200


def test_missing_attachment_returns_404(client, index):
    assert client.get("/challenge-hub/attachments/987654/").status_code == 404


def test_attachment_whose_file_is_gone_returns_404(client, index):
    attachment = _attachment(make_challenge(index))
    attachment.file.storage.delete(attachment.file.name)

    assert client.get(_url(attachment)).status_code == 404


# Content checks


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (_pdf(body=b"<html><script>alert(1)</script></html>"), "vsebuje HTML"),
        (
            SimpleUploadedFile("slika.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
            "ni slika, ki bi jo bilo mogoče odpreti",
        ),
        (
            SimpleUploadedFile("opis.pdf", b"navadno besedilo", "application/pdf"),
            "ni v nobeni od oblik",
        ),
        (_pdf(name="opis.docx"), "ime končati s .pdf"),
    ],
    ids=["html-in-pdf", "broken-png", "text-declared-pdf", "pdf-named-docx"],
)
def test_upload_is_checked_by_content(client, rep, upload, message):
    response = client.post(SUBMIT_URL, {**_form(), "attachments": [upload]})

    assert response.status_code == 400
    assert message in response.text
    assert not ChallengePage.objects.exists()
    assert not ChallengeAttachment.objects.exists()


def test_oversized_upload_is_refused_with_limit_named(client, rep):
    big = _pdf(body=b"0" * (10 * 1024 * 1024))

    response = client.post(SUBMIT_URL, {**_form(), "attachments": [big]})

    assert response.status_code == 400
    assert "omejitev je 10 MB" in response.text
    assert not PendingAttachment.objects.exists()


def test_english_form_explains_refused_upload_in_english(client, rep):
    upload = _pdf(body=b"<!DOCTYPE html><p>x</p>")

    response = client.post(f"/en{SUBMIT_URL}", {**_form(), "attachments": [upload]})

    assert response.status_code == 400
    assert "contains HTML, which cannot be attached" in response.text


def test_valid_image_attachment_is_accepted(client, rep):
    client.post(SUBMIT_URL, {**_form(), "attachments": [_png()]})

    assert ChallengeAttachment.objects.get().title == "shema.png"


# Pending files


def _pending_ids(response):
    return [item.pk for item in response.context["pending_attachments"]]


def test_preview_keeps_chosen_files_for_the_save(client, rep, django_capture_on_commit_callbacks):
    preview = client.post(SUBMIT_URL, {**_form(action="preview"), "attachments": [_pdf()]})
    pending = PendingAttachment.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(SUBMIT_URL, _form(pending=[pending.pk]))

    assert preview.status_code == 200
    assert "opis.pdf" in preview.text
    assert f'name="pending" value="{pending.pk}"' in preview.text
    assert saved.status_code == 302
    attachment = ChallengeAttachment.objects.get()
    assert attachment.title == "opis.pdf"
    assert attachment.file.read().startswith(b"%PDF-1.4")
    assert not PendingAttachment.objects.exists()
    assert not storages["private"].exists(pending.file.name)


def test_form_errors_keep_valid_files_and_refuse_invalid(client, rep):
    bad = SimpleUploadedFile("skripta.pdf", b"<script>x</script>")

    response = client.post(SUBMIT_URL, {**_form(title=""), "attachments": [_pdf(), bad]})

    assert response.status_code == 400
    assert [item.title for item in PendingAttachment.objects.all()] == ["opis.pdf"]
    assert "skripta.pdf vsebuje HTML" in response.text
    assert not ChallengePage.objects.exists()
    assert not ChallengeAttachment.objects.exists()


def test_removed_pending_file_is_deleted_and_not_attached(
    client, rep, django_capture_on_commit_callbacks
):
    client.post(SUBMIT_URL, {**_form(action="preview"), "attachments": [_pdf(), _png()]})
    pdf, png = PendingAttachment.objects.order_by("title")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(SUBMIT_URL, _form(pending=[pdf.pk, png.pk], remove_pending=[png.pk]))

    assert [item.title for item in ChallengeAttachment.objects.all()] == ["opis.pdf"]
    assert not PendingAttachment.objects.exists()
    assert not storages["private"].exists(png.file.name)


def test_pending_file_of_another_member_is_refused(client, rep):
    stranger = UserFactory()
    foreign = PendingAttachment(owner=stranger, title="tuje.pdf")
    foreign.file.save("tuje.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    foreign.save()

    response = client.post(SUBMIT_URL, _form(pending=[foreign.pk]))

    assert response.status_code == 400
    assert "ni več na voljo" in response.text
    assert not ChallengePage.objects.exists()
    assert PendingAttachment.objects.get().owner == stranger


def test_daily_task_deletes_old_pending_files(rep, django_capture_on_commit_callbacks):
    old, recent = submission.keep_pending([_pdf("star.pdf"), _pdf("nov.pdf")], rep.user)
    PendingAttachment.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=3)
    )

    with django_capture_on_commit_callbacks(execute=True):
        deleted = tasks.delete_stale_pending_attachments()

    assert deleted == 1
    assert list(PendingAttachment.objects.values_list("title", flat=True)) == ["nov.pdf"]
    assert not storages["private"].exists(old.file.name)
    assert storages["private"].exists(recent.file.name)


def test_account_deletion_removes_pending_files(rep, django_capture_on_commit_callbacks):
    (pending,) = submission.keep_pending([_pdf()], rep.user)

    with django_capture_on_commit_callbacks(execute=True):
        erase_member(rep.user)

    assert not PendingAttachment.objects.exists()
    assert not storages["private"].exists(pending.file.name)
