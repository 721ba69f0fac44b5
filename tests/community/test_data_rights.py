import io
import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from community import data_rights, relay
from community.choices import Visibility
from community.models import (
    AbuseReport,
    Consent,
    ContactBlock,
    ContactMessage,
    MemberProfile,
)
from hub.email.models import OutboundEmail
from hub.email.services import queue_email
from hub.email.tasks import requeue_stuck_emails
from tests.factories import MemberProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

EXPORT_URL = "/en/clani/moji-podatki/izvoz/"
DELETE_URL = "/en/clani/moji-podatki/izbris/"
PASSWORD = "correct horse battery staple"


def photo_upload():
    buffer = io.BytesIO()
    Image.new("RGB", (400, 400), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile("portret.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def member(db, settings, tmp_path):
    """A member with something in every part of the export."""
    settings.MEDIA_ROOT = str(tmp_path)
    user = UserFactory(email="planted.member@example.org", first_name="Petra", last_name="Zasajena")
    profile = MemberProfileFactory(
        user=user,
        display_name="Petra Zasajena",
        headline="Oblikovalka storitev",
        phone="+386 1 234 56 78",
        phone_visibility=Visibility.NOBODY,
        website="https://petra.example.org",
        expertise=["zemljevid uporabniške izkušnje"],
        languages=["sl", "de"],
    )
    profile.interests.add("odprti prostor")
    profile.photo = photo_upload()
    profile.save()
    return user


@pytest.fixture
def other_member(db):
    user = UserFactory(email="other.private@example.org")
    MemberProfileFactory(user=user, display_name="Oto Drugi")
    return user


@pytest.fixture
def planted_rows(member, other_member):
    """Rows in every section that involve ``member`` and another member."""
    Consent.objects.create(user=member, kind=Consent.Kind.TERMS, granted=True)
    Consent.objects.create(user=member, kind=Consent.Kind.CONTACT, granted=True)
    sent = ContactMessage.objects.create(
        sender=member, recipient=other_member, subject="Poslano sporočilo", body="Telo A"
    )
    received = ContactMessage.objects.create(
        sender=other_member, recipient=member, subject="Prejeto sporočilo", body="Telo B"
    )
    ContactBlock.objects.create(blocker=member, blocked=other_member)
    AbuseReport.objects.create(message=received, reporter=member, reason="Zasajen razlog")
    queue_email(
        "contact_message",
        {
            "sender_name": "Oto Drugi",
            "subject": "Prejeto sporočilo",
            "body": "Telo B",
            "message_path": "/clani/sporocila/x/",
        },
        user=member,
    )
    return {"sent": sent, "received": received}


def test_export_page_explains_download(client, member):
    client.force_login(member)

    response = client.get(EXPORT_URL)

    assert response.status_code == 200
    assert "Download my data" in response.text
    assert 'method="post"' in response.text


def test_export_is_json_download(client, member, planted_rows):
    client.force_login(member)

    response = client.post(EXPORT_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert "no-store" in response["Cache-Control"]


def test_export_requires_csrf_token(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(EXPORT_URL)

    assert response.status_code == 403


def test_export_contains_every_section(client, member, planted_rows):
    client.force_login(member)

    data = json.loads(client.post(EXPORT_URL).content)

    assert data["account"]["email"] == "planted.member@example.org"
    assert data["account"]["first_name"] == "Petra"
    assert data["account"]["language"] == "sl"
    assert "date_joined" in data["account"]
    assert "last_login" in data["account"]
    profile = data["profile"]
    assert profile["headline"] == "Oblikovalka storitev"
    assert profile["phone"] == "+386 1 234 56 78"
    assert profile["phone_visibility"] == "nobody"
    assert profile["website"] == "https://petra.example.org"
    assert profile["visibility"] == "members"
    assert profile["expertise"] == ["zemljevid uporabniške izkušnje"]
    assert profile["interests"] == ["odprti prostor"]
    assert profile["languages"] == ["de", "sl"]
    assert profile["organisation"].startswith("Ministrstvo za primer")
    assert profile["photo_url"].startswith("http://testserver/media/members/portret")
    assert [consent["kind"] for consent in data["consents"]] == ["terms", "contact"]
    assert all("recorded_at" in consent for consent in data["consents"])
    assert data["contact_messages"]["sent"][0]["to"] == "Oto Drugi"
    assert data["contact_messages"]["sent"][0]["body"] == "Telo A"
    assert data["contact_messages"]["received"][0]["from"] == "Oto Drugi"
    assert data["contact_messages"]["received"][0]["subject"] == "Prejeto sporočilo"
    assert data["blocked_senders"][0]["member"] == "Oto Drugi"
    assert data["abuse_reports"][0]["reason"] == "Zasajen razlog"
    assert data["emails"][0]["template"] == "contact_message"
    assert data["emails"][0]["status"] == "pending"
    assert "Prejeto sporočilo" in data["emails"][0]["subject"]


def test_export_leaves_out_other_members_addresses(client, member, other_member, planted_rows):
    client.force_login(member)

    response = client.post(EXPORT_URL)

    assert other_member.email not in response.content.decode()


def test_export_of_member_without_profile(client):
    user = UserFactory()
    client.force_login(user)

    data = json.loads(client.post(EXPORT_URL).content)

    assert data["profile"] is None
    assert data["contact_messages"] == {"sent": [], "received": []}


def test_registered_export_section_is_included(member, monkeypatch):
    monkeypatch.setattr(data_rights, "_export_sections", dict(data_rights._export_sections))

    # A name no app uses, because the apps register their own sections at start-up.
    data_rights.register_export("example_app", lambda user: [{"training": "Odprti prostor"}])

    data = data_rights.export_member_data(member)
    assert data["example_app"] == [{"training": "Odprti prostor"}]


def test_export_section_name_cannot_be_taken_twice(monkeypatch):
    monkeypatch.setattr(data_rights, "_export_sections", dict(data_rights._export_sections))

    with pytest.raises(ValueError, match="account"):
        data_rights.register_export("account", lambda user: None)


def test_delete_page_explains_consequences(client, member):
    client.force_login(member)

    response = client.get(DELETE_URL)

    assert response.status_code == 200
    assert "cannot be undone" in response.text
    assert 'type="password"' in response.text


def test_wrong_password_deletes_nothing(client, member):
    client.force_login(member)

    response = client.post(DELETE_URL, {"password": "wrong password"})

    assert response.status_code == 400
    assert "The password is not correct." in response.text
    assert MemberProfile.objects.filter(user=member).exists()
    member.refresh_from_db()
    assert member.is_active


def test_member_without_password_confirms_with_word(client):
    user = UserFactory(password=None)
    user.set_unusable_password()
    user.save()
    client.force_login(user)

    wrong = client.post(DELETE_URL, {"confirmation": "maybe"})
    right = client.post(DELETE_URL, {"confirmation": "delete"})

    assert wrong.status_code == 400
    assert "Type the word DELETE exactly as shown." in wrong.text
    assert right.status_code == 302


def delete_account(client, user, django_capture_on_commit_callbacks):
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(DELETE_URL, {"password": PASSWORD})


def test_deletion_signs_out_and_confirms(client, member, django_capture_on_commit_callbacks):
    response = delete_account(client, member, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == "/en/clani/moji-podatki/izbris/opravljen/"
    confirmation = client.get(response["Location"])
    assert "Your account is deleted" in confirmation.text
    assert "_auth_user_id" not in client.session
    assert client.get(EXPORT_URL).status_code == 302


def test_deletion_removes_profile_and_photo(client, member, django_capture_on_commit_callbacks):
    profile = member.profile
    photo_path = profile.photo.path
    slug = profile.slug
    writer = UserFactory()
    MemberProfileFactory(user=writer)

    delete_account(client, member, django_capture_on_commit_callbacks)

    assert not MemberProfile.objects.filter(pk=profile.pk).exists()
    assert not profile.photo.storage.exists(photo_path)
    client.force_login(writer)
    assert client.get(f"/clani/{slug}/pisi/").status_code == 404


def test_referenced_member_is_anonymised(
    client, member, planted_rows, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    user = get_user_model().objects.get(pk=member.pk)
    assert user.email == f"deleted-{member.pk}@deleted.invalid"
    assert user.first_name == ""
    assert user.last_name == ""
    assert not user.has_usable_password()
    assert not user.is_active


def test_unreferenced_member_is_deleted(client, django_capture_on_commit_callbacks):
    user = UserFactory()
    MemberProfileFactory(user=user)

    delete_account(client, user, django_capture_on_commit_callbacks)

    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_old_address_can_sign_up_again(
    client, member, planted_rows, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    newcomer = get_user_model().objects.create_user("planted.member@example.org", "n3w-pa55word")

    assert newcomer.pk != member.pk


def test_deletion_withdraws_granted_consents(
    client, member, planted_rows, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    for kind in (Consent.Kind.TERMS, Consent.Kind.CONTACT):
        latest = Consent.objects.filter(user_id=member.pk, kind=kind).order_by("-recorded_at")
        assert latest.first().granted is False
    assert not Consent.objects.filter(user_id=member.pk, kind=Consent.Kind.DIRECTORY).exists()


def test_deletion_cancels_pending_emails(
    client, member, planted_rows, django_capture_on_commit_callbacks
):
    pending = OutboundEmail.objects.get(recipient=member)

    delete_account(client, member, django_capture_on_commit_callbacks)

    pending.refresh_from_db()
    assert pending.status == OutboundEmail.Status.FAILED
    assert pending.last_error == data_rights.CANCELLED_EMAIL_REASON
    assert pending.to_address == f"deleted-{member.pk}@deleted.invalid"


def test_no_email_reaches_old_address_afterwards(
    client, member, planted_rows, django_capture_on_commit_callbacks
):
    old_address = member.email

    delete_account(client, member, django_capture_on_commit_callbacks)
    OutboundEmail.objects.update(created_at=timezone.now() - timedelta(hours=2))
    requeue_stuck_emails()

    assert all(old_address not in email.to for email in mail.outbox)
    assert not OutboundEmail.objects.filter(to_address=old_address).exists()


def test_deleted_member_cannot_be_written_to(
    client, member, other_member, django_capture_on_commit_callbacks
):
    slug = member.profile.slug

    delete_account(client, member, django_capture_on_commit_callbacks)
    client.force_login(other_member)

    assert client.get(f"/clani/{slug}/pisi/").status_code == 404


def test_sent_messages_show_deleted_member(
    client, member, other_member, planted_rows, django_capture_on_commit_callbacks
):
    message = planted_rows["sent"]

    delete_account(client, member, django_capture_on_commit_callbacks)
    client.force_login(other_member)
    response = client.get(f"/en/clani/sporocila/{message.reply_token}/")

    assert response.status_code == 200
    assert "From deleted member" in response.text
    assert "Telo A" in response.text
    assert "Petra" not in response.text
    assert "Send reply" not in response.text
    assert relay.member_name(ContactMessage.objects.get(pk=message.pk).sender) == "deleted member"


def test_registered_erasure_runs_before_anonymising(
    client, member, planted_rows, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(data_rights, "_erasure_functions", [])
    seen_addresses = []
    data_rights.register_erasure(lambda user: seen_addresses.append(user.email))

    delete_account(client, member, django_capture_on_commit_callbacks)

    assert seen_addresses == ["planted.member@example.org"]


def test_failing_erasure_cancels_deletion(member, monkeypatch):
    monkeypatch.setattr(data_rights, "_erasure_functions", [])

    def fail(user):
        raise RuntimeError("the trainings app could not remove its rows")

    data_rights.register_erasure(fail)

    with pytest.raises(RuntimeError):
        data_rights.erase_member(member)

    member.refresh_from_db()
    assert member.is_active
    assert MemberProfile.objects.filter(user=member).exists()
