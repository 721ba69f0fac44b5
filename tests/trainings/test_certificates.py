import io
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from community.choices import Visibility
from tests.factories import MemberProfileFactory, UserFactory
from trainings import certificates
from trainings.models import Certificate, Enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished_training(make_training):
    """Return a function that makes a training with a session that ended a week ago."""

    def make(**fields):
        fields.setdefault("gives_certificate", True)
        training = make_training([{"days": 5}], **fields)
        session = training.sessions.get()
        session.start = timezone.now() - timedelta(days=7)
        session.end = session.start + timedelta(hours=3)
        session.save()
        return session

    return make


def _member(language="sl", visibility=Visibility.EVERYONE):
    profile = MemberProfileFactory(
        user__first_name="Žiga",
        user__last_name="Čeč Šuštar",
        user__language=language,
        display_name="Žiga Č.",
        visibility=visibility,
    )
    return profile.user


def _enrolled(member, session, attendance=Enrolment.Attendance.ATTENDED):
    """Return ``member``'s confirmed enrolment in a session that has already taken place."""
    return Enrolment.objects.create(
        member=member,
        training=session.page,
        session=session,
        status=Enrolment.Status.CONFIRMED,
        attendance=attendance,
    )


def test_attended_member_downloads_pdf(client, finished_training):
    member = _member()
    enrolment = _enrolled(member, finished_training())
    client.force_login(member)

    response = client.get(f"/prijave/prijava/{enrolment.pk}/potrdilo.pdf")

    certificate = Certificate.objects.get(enrolment=enrolment)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert certificate.code in response["Content-Disposition"]


def test_second_download_keeps_the_code(client, finished_training):
    member = _member()
    enrolment = _enrolled(member, finished_training())
    client.force_login(member)

    client.get(f"/prijave/prijava/{enrolment.pk}/potrdilo.pdf")
    client.get(f"/prijave/prijava/{enrolment.pk}/potrdilo.pdf")

    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


@pytest.mark.parametrize(
    ("language", "heading"),
    [("sl", "Potrdilo o udeležbi"), ("en", "Certificate of attendance")],
)
def test_pdf_is_in_members_language_with_slovenian_letters(finished_training, language, heading):
    enrolment = _enrolled(_member(language=language), finished_training(title="Čiščenje šuma"))
    certificate = certificates.issue(enrolment)

    pdf = certificates.render_pdf(certificate, language)

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert heading in text
    assert "Žiga Čeč Šuštar" in text
    assert "Čiščenje šuma" in text
    assert certificate.code in text


@pytest.mark.parametrize("attendance", [Enrolment.Attendance.NO_SHOW, Enrolment.Attendance.UNKNOWN])
def test_no_certificate_without_attendance(client, finished_training, attendance):
    member = _member()
    enrolment = _enrolled(member, finished_training(), attendance=attendance)
    client.force_login(member)

    response = client.get(f"/en/prijave/prijava/{enrolment.pk}/potrdilo.pdf")

    assert response.status_code == 404
    assert not Certificate.objects.exists()


def test_no_certificate_when_training_gives_none(client, finished_training):
    member = _member()
    enrolment = _enrolled(member, finished_training(gives_certificate=False))
    client.force_login(member)

    response = client.get(f"/prijave/prijava/{enrolment.pk}/potrdilo.pdf")

    assert response.status_code == 404


def test_other_members_certificate_is_not_found(client, finished_training):
    enrolment = _enrolled(_member(), finished_training())
    client.force_login(UserFactory())

    response = client.get(f"/prijave/prijava/{enrolment.pk}/potrdilo.pdf")

    assert response.status_code == 404


def test_anonymous_download_redirects_to_login(client, finished_training):
    enrolment = _enrolled(_member(), finished_training())

    response = client.get(f"/prijave/prijava/{enrolment.pk}/potrdilo.pdf")

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_check_page_names_member_with_public_profile(client, finished_training):
    enrolment = _enrolled(_member(visibility=Visibility.EVERYONE), finished_training())
    certificate = certificates.issue(enrolment)

    response = client.get(f"/en/prijave/potrdilo/{certificate.code}/")

    assert response.status_code == 200
    assert f"Certificate {certificate.code} is valid." in response.text
    assert "Žiga Č." in response.text
    assert "Čeč Šuštar" not in response.text


@pytest.mark.parametrize("visibility", [Visibility.MEMBERS, Visibility.NOBODY])
def test_check_page_hides_member_without_public_profile(client, finished_training, visibility):
    enrolment = _enrolled(_member(visibility=visibility), finished_training())
    certificate = certificates.issue(enrolment)

    response = client.get(f"/en/prijave/potrdilo/{certificate.code}/")

    assert response.status_code == 200
    assert "Žiga" not in response.text
    assert "a hub member whose profile is not public" in response.text


def test_check_accepts_lowercase_code(client, finished_training):
    certificate = certificates.issue(_enrolled(_member(), finished_training()))

    response = client.get(f"/en/prijave/potrdilo/{certificate.code.lower()}/")

    assert response.status_code == 200


@pytest.mark.parametrize("code", ["AAAA-BBBB-CCCC", "not-a-code", "x" * 300])
def test_check_unknown_code_is_not_found(client, code):
    response = client.get(f"/en/prijave/potrdilo/{code}/")

    assert response.status_code == 404
    assert "No valid certificate of attendance has this code." in response.text


def test_check_withdrawn_after_attendance_corrected(client, finished_training):
    enrolment = _enrolled(_member(), finished_training())
    certificate = certificates.issue(enrolment)
    enrolment.attendance = Enrolment.Attendance.NO_SHOW
    enrolment.save()

    response = client.get(f"/en/prijave/potrdilo/{certificate.code}/")

    assert response.status_code == 404


def test_my_trainings_links_certificate_only_when_earned(client, finished_training):
    member = _member(language="en")
    earned = _enrolled(member, finished_training())
    missed = _enrolled(member, finished_training(), attendance=Enrolment.Attendance.NO_SHOW)
    client.force_login(member)

    response = client.get("/en/prijave/moja/")

    assert f"/en/prijave/prijava/{earned.pk}/potrdilo.pdf" in response.text
    assert f"/prijava/{missed.pk}/potrdilo.pdf" not in response.text


def test_verification_codes_are_unique_and_readable():
    codes = {certificates.Certificate(enrolment_id=1).code for _ in range(200)}

    assert len(codes) == 200
    assert all(certificates.CODE_PATTERN.match(code) for code in codes)
