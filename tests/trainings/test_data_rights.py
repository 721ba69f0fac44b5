import pytest
from django.contrib.auth import get_user_model

from community.choices import Visibility
from hub.email.models import OutboundEmail
from tests.factories import MemberProfileFactory, UserFactory
from tests.member_data import delete_account, download_export, download_export_data, emails_to
from trainings import certificates
from trainings.models import Certificate, Enrolment, SessionReminder, TrainingTrainer

pytestmark = pytest.mark.django_db

MEMBER_EMAIL = "trainings.member@example.org"


@pytest.fixture
def member(db):
    user = UserFactory(email=MEMBER_EMAIL, first_name="Tina", last_name="Udeleženka")
    MemberProfileFactory(user=user, display_name="Tina Udeleženka", visibility=Visibility.EVERYONE)
    return user


@pytest.fixture
def other_member(db):
    user = UserFactory(email="trainings.other@example.org")
    MemberProfileFactory(user=user, display_name="Oskar Čakajoči")
    return user


@pytest.fixture
def planted(make_training, member, other_member):
    """A past attended training with a certificate, a seat to come and a waitlist place."""
    past = make_training([{"days": -20}], title="PRETEKLO-USPOSABLJANJE-7Q", gives_certificate=True)
    past_session = past.sessions.get()
    attended = Enrolment.objects.create(
        member=member,
        training=past,
        session=past_session,
        status=Enrolment.Status.CONFIRMED,
        attendance=Enrolment.Attendance.ATTENDED,
    )
    certificate = certificates.issue(attended)
    SessionReminder.objects.create(enrolment=attended, session=past_session)
    TrainingTrainer.objects.create(page=past, user=member, role="VLOGA-TRENERKE-3K")

    upcoming = make_training([{"capacity": 1}], title="PRIHODNJE-USPOSABLJANJE-5M")
    upcoming_session = upcoming.sessions.get()
    seat = Enrolment.objects.create(
        member=member,
        training=upcoming,
        session=upcoming_session,
        status=Enrolment.Status.CONFIRMED,
    )
    next_in_line = Enrolment.objects.create(
        member=other_member,
        training=upcoming,
        session=upcoming_session,
        status=Enrolment.Status.WAITLISTED,
    )

    full = make_training([{"capacity": 1}], title="ČAKALNI-SEZNAM-USPOSABLJANJE-9W")
    full_session = full.sessions.get()
    Enrolment.objects.create(
        member=other_member,
        training=full,
        session=full_session,
        status=Enrolment.Status.CONFIRMED,
    )
    waitlisted = Enrolment.objects.create(
        member=member,
        training=full,
        session=full_session,
        status=Enrolment.Status.WAITLISTED,
    )
    OutboundEmail.objects.all().delete()
    return {
        "attended": attended,
        "certificate": certificate,
        "seat": seat,
        "next_in_line": next_in_line,
        "waitlisted": waitlisted,
    }


def test_export_lists_enrolments_with_attendance(client, member, planted):
    data = download_export_data(client, member)

    enrolments = {item["training"]: item for item in data["trainings"]["enrolments"]}
    attended = enrolments["PRETEKLO-USPOSABLJANJE-7Q"]
    assert attended["status"] == "confirmed"
    assert attended["attendance"] == "attended"
    assert len(attended["sessions"]) == 1
    assert "start" in attended["sessions"][0]
    assert enrolments["PRIHODNJE-USPOSABLJANJE-5M"]["status"] == "confirmed"


def test_export_lists_waitlist_place_with_position(client, member, planted):
    data = download_export_data(client, member)

    waitlist = data["trainings"]["waitlist"]
    assert [place["training"] for place in waitlist] == ["ČAKALNI-SEZNAM-USPOSABLJANJE-9W"]
    assert waitlist[0]["position"] == 1


def test_export_lists_certificate_code(client, member, planted):
    code = planted["certificate"].code

    data = download_export_data(client, member)

    issued = data["trainings"]["certificates"]
    assert [certificate["code"] for certificate in issued] == [code]
    assert issued[0]["training"] == "PRETEKLO-USPOSABLJANJE-7Q"
    assert issued[0]["valid"] is True
    assert issued[0]["check_url"].endswith(f"/{code}/")


def test_export_lists_reminders_and_trainer_roles(client, member, planted):
    data = download_export_data(client, member)

    reminders = data["trainings"]["reminders_sent"]
    assert [reminder["training"] for reminder in reminders] == ["PRETEKLO-USPOSABLJANJE-7Q"]
    assert data["trainings"]["trainer_of"] == [
        {"training": "PRETEKLO-USPOSABLJANJE-7Q", "role": "VLOGA-TRENERKE-3K"}
    ]


def test_export_leaves_out_other_members_addresses(client, member, other_member, planted):
    text = download_export(client, member)

    assert other_member.email not in text
    assert "Oskar" not in text


def test_deletion_removes_waitlist_place(
    client, member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    assert not Enrolment.objects.filter(pk=planted["waitlisted"].pk).exists()


def test_deletion_gives_upcoming_seat_to_waitlist(
    client, member, other_member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    assert not Enrolment.objects.filter(pk=planted["seat"].pk).exists()
    promoted = Enrolment.objects.get(pk=planted["next_in_line"].pk)
    assert promoted.status == Enrolment.Status.CONFIRMED
    assert OutboundEmail.objects.filter(recipient=other_member).exists()


def test_deletion_keeps_attendance_without_name(
    client, member, planted, django_capture_on_commit_callbacks
):
    code = planted["certificate"].code
    named_before = "Udeleženka" in client.get(f"/en/prijave/potrdilo/{code}/").text

    delete_account(client, member, django_capture_on_commit_callbacks)

    attended = Enrolment.objects.select_related("member").get(pk=planted["attended"].pk)
    assert attended.member.email == f"deleted-{member.pk}@deleted.invalid"
    assert attended.member.get_full_name() == ""
    assert Certificate.objects.filter(code=code).exists()
    check = client.get(f"/en/prijave/potrdilo/{code}/")
    assert named_before
    assert f"Certificate {code} is valid." in check.text
    assert "Udeleženka" not in check.text


def test_deletion_queues_no_email_to_member(
    client, member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    assert emails_to(MEMBER_EMAIL) == []
    assert not OutboundEmail.objects.filter(recipient_id=member.pk).exists()
    assert get_user_model().objects.filter(email=MEMBER_EMAIL).count() == 0
