import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import WorkflowState

from challenges.choices import ChallengeStatus
from challenges.models import ChallengeAttachment, ChallengePage, StatusChange
from tests.challenges.factories import representative
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

SUBMIT_URL = "/challenge-hub/submit/"


def _form(**overrides):
    data = {
        "title": "Predolge čakalne vrste",
        "summary": "Ljudje predolgo čakajo na termin.",
        "problem": "Naročanje poteka po telefonu, ki je ves čas zaseden.",
        "desired_outcome": "Vsak dobi termin v enem tednu.",
        "topics": "zdravje, dostopnost",
        "skills_needed": "oblikovanje storitev",
        "methods_needed": "",
        "languages": ["sl", "en"],
        "region": "gorenjska",
        "mode": "hybrid",
        "apply_by": "2031-03-01",
        "contact_name": "Mojca Kontakt",
        "contact_email": "mojca@zd.example",
        "contact_phone": "",
        "action": "save",
    }
    data.update(overrides)
    return data


def _pdf(name="opis.pdf", size=None):
    content = b"%PDF-1.4\n" + b"0" * ((size or 100) - 9)
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def _docx(name="priloga.docx"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def rep(client, index):
    profile = representative()
    client.force_login(profile.user)
    return profile


def test_anonymous_visitor_is_sent_to_sign_in(client, index):
    response = client.get(SUBMIT_URL)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_non_representative_gets_explanation(client, index):
    client.force_login(MemberProfileFactory(is_representative=False).user)

    response = client.get(SUBMIT_URL)

    assert response.status_code == 403
    assert "Kako postanete predstavnik ustanove" in response.text


def test_representative_of_unverified_institution_is_refused(client, index):
    unverified = OrganisationFactory(verified=False)
    client.force_login(representative(unverified).user)

    response = client.post(SUBMIT_URL, _form())

    assert response.status_code == 403
    assert not ChallengePage.objects.exists()


def test_save_draft_creates_unpublished_page_of_own_institution(client, rep):
    response = client.post(SUBMIT_URL, _form())

    assert response.status_code == 302
    page = ChallengePage.objects.get()
    assert not page.live
    assert page.institution == rep.organisation
    assert page.owner == rep.user
    latest = page.get_latest_revision_as_object()
    assert latest.problem.startswith("Naročanje")
    assert sorted(tag.name for tag in latest.topics.all()) == ["dostopnost", "zdravje"]
    assert latest.languages == ["sl", "en"]
    assert not WorkflowState.objects.exists()


def test_forged_owner_and_status_are_ignored(client, rep):
    other = OrganisationFactory()

    client.post(SUBMIT_URL, _form(institution=other.pk, status="completed", live="on"))

    page = ChallengePage.objects.get()
    assert page.institution == rep.organisation
    assert page.status == ChallengeStatus.OPEN
    assert not page.live


def test_preview_shows_content_and_saves_nothing(client, rep):
    response = client.post(SUBMIT_URL, _form(action="preview", problem="<script>x()</script>"))

    assert response.status_code == 200
    assert "Predolge čakalne vrste" in response.text
    assert "&lt;script&gt;x()&lt;/script&gt;" in response.text
    assert "<script>x()" not in response.text
    assert not ChallengePage.objects.exists()


def test_missing_fields_are_reported_and_nothing_saved(client, rep):
    response = client.post(SUBMIT_URL, _form(title="", problem="", contact_email="ni-naslov"))

    assert response.status_code == 400
    assert response.text.count('class="field__message"') >= 3
    assert not ChallengePage.objects.exists()


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("skripta.exe", b"MZ\x90\x00"),
        SimpleUploadedFile("lazni.pdf", b"<html>not a pdf</html>"),
        SimpleUploadedFile("lazni.docx", b"PK\x03\x04 broken zip"),
        SimpleUploadedFile("slika.png", b"\xff\xd8\xff\xe0 jpeg bytes"),
    ],
    ids=["executable", "html-as-pdf", "broken-docx", "jpeg-named-png"],
)
def test_wrong_attachment_type_is_refused(client, rep, upload):
    response = client.post(SUBMIT_URL, {**_form(), "attachments": [upload]})

    assert response.status_code == 400
    assert not ChallengePage.objects.exists()
    assert not ChallengeAttachment.objects.exists()


def test_oversized_attachment_is_refused(client, rep):
    big = _pdf(size=10 * 1024 * 1024 + 1)

    response = client.post(SUBMIT_URL, {**_form(), "attachments": [big]})

    assert response.status_code == 400
    assert "10 MB" in response.text
    assert not ChallengePage.objects.exists()


def test_valid_attachments_are_stored(client, rep):
    client.post(SUBMIT_URL, {**_form(), "attachments": [_pdf(), _docx()]})

    page = ChallengePage.objects.get()
    assert sorted(a.title for a in page.attachments.all()) == ["opis.pdf", "priloga.docx"]


def test_submit_starts_hub_review_workflow(client, rep):
    response = client.post(SUBMIT_URL, _form(action="submit"))

    assert response.status_code == 302
    state = WorkflowState.objects.get()
    assert state.workflow.name == "Hub review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not ChallengePage.objects.get().live


def _submitted_page(client):
    client.post(SUBMIT_URL, _form(action="submit"))
    return ChallengePage.objects.get()


def _moderator():
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_approval_publishes_opens_and_emails_representative(
    client, rep, django_capture_on_commit_callbacks
):
    page = _submitted_page(client)
    state = WorkflowState.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.approve(user=_moderator())

    page.refresh_from_db()
    assert page.live
    assert page.status == ChallengeStatus.OPEN
    assert StatusChange.objects.filter(challenge=page, to_status="open").count() == 1
    assert [message.to for message in mail.outbox] == [[rep.user.email]]
    assert "Predolge čakalne vrste" in mail.outbox[0].subject
    assert client.get(page.url).status_code == 200


def test_request_for_changes_emails_comment_and_allows_resubmission(
    client, rep, django_capture_on_commit_callbacks
):
    page = _submitted_page(client)
    state = WorkflowState.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.reject(user=_moderator(), comment="Dodajte podatke o stroških.")
    edit = client.get(f"/challenge-hub/{page.pk}/edit/")
    resubmit = client.post(
        f"/challenge-hub/{page.pk}/edit/", _form(action="submit", title="Nov naslov")
    )

    assert len(mail.outbox) == 1
    assert "Dodajte podatke o stroških." in mail.outbox[0].body
    assert f"/challenge-hub/{page.pk}/edit/" in mail.outbox[0].body
    assert edit.status_code == 200
    assert "Predolge čakalne vrste" in edit.text
    assert resubmit.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Nov naslov"


def test_challenge_in_review_cannot_be_edited(client, rep):
    page = _submitted_page(client)

    response = client.post(f"/challenge-hub/{page.pk}/edit/", _form(title="Spremenjeno"))

    assert response.status_code == 302
    assert page.get_latest_revision_as_object().title == "Predolge čakalne vrste"


def test_other_institution_cannot_open_draft(client, rep):
    client.post(SUBMIT_URL, _form())
    page = ChallengePage.objects.get()
    client.force_login(representative().user)

    response = client.get(f"/challenge-hub/{page.pk}/edit/")

    assert response.status_code == 404


def test_my_challenges_lists_institution_challenges_with_state(client, rep):
    client.post(SUBMIT_URL, _form(title="Prvi osnutek"))
    client.post(SUBMIT_URL, _form(title="Drugi v pregledu", action="submit"))

    response = client.get("/challenge-hub/mine/")

    assert response.status_code == 200
    assert "Prvi osnutek" in response.text
    assert "Drugi v pregledu" in response.text
    assert "osnutek" in response.text
    assert "v pregledu" in response.text


def test_submission_emails_moderators_through_outbox(
    client, rep, django_capture_on_commit_callbacks
):
    moderator = _moderator()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(SUBMIT_URL, _form(action="submit"))

    assert [message.to for message in mail.outbox] == [[moderator.email]]
    assert "Predolge čakalne vrste" in mail.outbox[0].subject
