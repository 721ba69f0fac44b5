"""Every challenge form answers bad input with a translated message and a 400, saving nothing."""

import io
from unittest import mock

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from challenges import services
from challenges.choices import CommitmentStatus
from challenges.models import (
    ChallengePage,
    ChallengeUpdate,
    Commitment,
    Follow,
    FollowerPreference,
    StatusChange,
)
from tests.challenges.factories import make_challenge, representative
from tests.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db

SUBMIT_URL = "/challenge-hub/submit/"


def _submission(**overrides):
    data = {
        "title": "Predolge čakalne vrste",
        "summary": "Ljudje predolgo čakajo na termin.",
        "problem": "Naročanje poteka po telefonu.",
        "desired_outcome": "Vsak dobi termin v enem tednu.",
        "mode": "hybrid",
        "contact_name": "Mojca Kontakt",
        "contact_email": "mojca@zd.example",
        "action": "save",
    }
    data.update(overrides)
    return data


def _png(name="slika.png", size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def _pdf(name="zapisnik.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + b"0" * 64, content_type="application/pdf")


@pytest.fixture
def challenge(index):
    return make_challenge(index)


@pytest.fixture
def owner(client, challenge):
    user = representative(challenge.institution).user
    client.force_login(user)
    return user


# Submission


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("region", "mars"),
        ("mode", "teleportacija"),
        ("languages", ["xx"]),
        ("related_methods", ["999999"]),
        ("apply_by", "31. 2. 2031"),
    ],
)
def test_submission_with_forged_choice_is_refused(client, index, field, value):
    client.force_login(representative().user)

    response = client.post(SUBMIT_URL, _submission(**{field: value}))

    assert response.status_code == 400
    assert 'class="field__message"' in response.text
    assert "Popravite spodnje napake" in response.text
    assert not ChallengePage.objects.exists()


def test_submission_with_forged_button_is_refused(client, index):
    client.force_login(representative().user)

    response = client.post(SUBMIT_URL, _submission(action="publish"))

    assert response.status_code == 400
    assert "Izberite enega od gumbov pod obrazcem." in response.text
    assert not ChallengePage.objects.exists()


def test_submission_with_too_many_tags_is_refused(client, index):
    client.force_login(representative().user)
    tags = ", ".join(f"oznaka{number}" for number in range(11))

    response = client.post(SUBMIT_URL, _submission(topics=tags))

    assert response.status_code == 400
    assert not ChallengePage.objects.exists()


def test_script_in_submitted_text_is_shown_as_text(client, index):
    client.force_login(representative().user)

    client.post(SUBMIT_URL, _submission(problem="<script>alert(1)</script>"))
    page = ChallengePage.objects.get()
    edit = client.get(f"/challenge-hub/{page.pk}/edit/")

    assert "<script>alert(1)</script>" not in edit.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in edit.text


# Updates


def _post_update(client, challenge, **fields):
    data = {"kind": "milestone", "text": "Prvi prototip je pripravljen.", **fields}
    return client.post(f"/challenge-hub/{challenge.pk}/updates/", data)


def test_update_without_text_is_refused_with_message(client, challenge, owner):
    response = _post_update(client, challenge, text="")

    assert response.status_code == 400
    assert "Zapis ni bil objavljen." in response.text
    assert "Besedilo: Polje je obvezno." in response.text
    assert not ChallengeUpdate.objects.exists()


def test_update_with_forged_method_is_refused(client, challenge, owner):
    response = _post_update(client, challenge, method="999999")

    assert response.status_code == 400
    assert not ChallengeUpdate.objects.exists()


@pytest.mark.parametrize(
    ("field", "upload", "message"),
    [
        ("image", _pdf("slika.png"), "ni v nobeni od oblik PNG, JPEG"),
        ("image", SimpleUploadedFile("slika.png", b"\x89PNG\r\n\x1a\nbroken"), "ni slika"),
        ("document", _png("zapisnik.pdf"), "ni v nobeni od oblik PDF, DOCX, ODT, XLSX"),
        ("document", SimpleUploadedFile("zapisnik.pdf", b"%PDF-1.4 <html>"), "vsebuje HTML"),
    ],
    ids=["pdf-as-image", "broken-image", "image-as-document", "html-in-document"],
)
def test_update_with_wrong_file_is_refused(client, challenge, owner, field, upload, message):
    response = _post_update(client, challenge, **{field: upload})

    assert response.status_code == 400
    assert message in response.text
    assert not ChallengeUpdate.objects.exists()
    assert not get_image_model().objects.exists()
    assert not get_document_model().objects.exists()


def test_update_with_oversized_image_is_refused(client, challenge, owner):
    big = SimpleUploadedFile("velika.png", b"\x89PNG\r\n\x1a\n" + b"0" * (10 * 1024 * 1024))

    response = _post_update(client, challenge, image=big)

    assert response.status_code == 400
    assert "omejitev je 10 MB" in response.text
    assert not get_image_model().objects.exists()


def test_update_with_image_and_document_is_saved_together(client, challenge, owner):
    response = _post_update(client, challenge, image=_png(), document=_pdf())

    update = ChallengeUpdate.objects.get()
    assert response.status_code == 302
    assert update.image.title == "slika.png"
    assert update.document.title == "zapisnik.pdf"


def test_failed_update_keeps_no_image_document_or_file(challenge, owner):
    image_storage = get_image_model()._meta.get_field("file").storage

    with (
        mock.patch.object(services, "_email_followers", side_effect=RuntimeError("outbox down")),
        pytest.raises(RuntimeError),
    ):
        services.post_update(
            challenge,
            author=owner,
            kind="milestone",
            text="Zapis",
            image_upload=_png("izgubljena.png"),
            document_upload=_pdf("izgubljen.pdf"),
        )

    assert not ChallengeUpdate.objects.exists()
    assert not get_image_model().objects.exists()
    assert not get_document_model().objects.exists()
    assert not image_storage.exists("original_images/izgubljena.png")
    assert not storages["default"].exists("documents/izgubljen.pdf")


# Commitments


def _add_commitment(client, challenge, **fields):
    data = {
        "what": "Pripraviti nov obrazec",
        "responsible_organisation": challenge.institution.pk,
        "responsible_person": "Ana Odgovorna",
        "due_date": "2031-06-01",
        **fields,
    }
    return client.post(f"/challenge-hub/{challenge.pk}/commitments/", data)


@pytest.mark.parametrize(
    "fields",
    [
        {"what": ""},
        {"responsible_person": ""},
        {"due_date": "jutri"},
        {"responsible_organisation": "999999"},
        {"responsible_organisation": "ni-stevilka"},
    ],
    ids=["missing-what", "missing-person", "invalid-date", "forged-organisation", "not-an-id"],
)
def test_bad_commitment_is_refused_with_message(client, challenge, owner, fields):
    response = _add_commitment(client, challenge, **fields)

    assert response.status_code == 400
    assert "Zaveza ni bila dodana." in response.text
    assert not Commitment.objects.exists()


def test_script_in_commitment_is_shown_as_text(client, challenge, owner):
    _add_commitment(client, challenge, what="<script>alert(1)</script>")

    page = client.get(challenge.url)

    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_forged_commitment_status_is_refused(client, challenge, owner):
    _add_commitment(client, challenge)
    commitment = Commitment.objects.get()

    response = client.post(
        f"/challenge-hub/commitments/{commitment.pk}/status/", {"status": "forgotten"}
    )

    assert response.status_code == 400
    assert "Izberite eno od ponujenih stanj." in response.text
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.PLANNED
    assert commitment.changes.count() == 1


# Status, follow and delivery


def test_forged_challenge_status_is_refused(client, challenge, owner):
    response = client.post(
        f"/challenge-hub/{challenge.pk}/status/", {"new_status": "published", "note": "x"}
    )

    assert response.status_code == 400
    assert "Izberite eno od ponujenih stanj." in response.text
    assert not StatusChange.objects.filter(challenge=challenge, to_status="published").exists()


def test_forged_follow_action_is_refused(client, challenge):
    client.force_login(MemberProfileFactory().user)

    response = client.post(f"/challenge-hub/{challenge.pk}/follow/", {"action": "obsess"})

    assert response.status_code == 400
    assert not Follow.objects.exists()


def test_forged_delivery_choice_is_refused(client, challenge):
    member = MemberProfileFactory().user
    client.force_login(member)

    response = client.post("/challenge-hub/following/", {"update_delivery": "hourly"})

    assert response.status_code == 400
    assert "Izberite enega od ponujenih načinov" in response.text
    assert not FollowerPreference.objects.exists()
