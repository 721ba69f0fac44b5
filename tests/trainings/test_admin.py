import pytest

from tests.factories import UserFactory
from trainings import services
from trainings.models import Enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    return client


def test_staff_see_participants_and_waitlist(staff_client, session):
    confirmed = [UserFactory(first_name="Ana"), UserFactory(first_name="Bojan")]
    for member in confirmed:
        services.enrol(member, session)
    services.enrol(UserFactory(first_name="Cvetka"), session)

    response = staff_client.get(f"/admin/enrolments/?session={session.pk}")

    assert response.status_code == 200
    for name in ("Ana", "Bojan", "Cvetka"):
        assert name in response.text


def test_staff_mark_attendance(staff_client, session):
    enrolment = services.enrol(UserFactory(), session)

    response = staff_client.post(
        f"/admin/enrolments/edit/{enrolment.pk}/", {"attendance": "no_show"}
    )

    enrolment.refresh_from_db()
    assert response.status_code == 302
    assert enrolment.attendance == Enrolment.Attendance.NO_SHOW
    assert enrolment.status == Enrolment.Status.CONFIRMED


def test_staff_export_participants_as_csv(staff_client, session):
    member = UserFactory(email="ana.novak@example.org")
    services.enrol(member, session)

    response = staff_client.get(f"/admin/enrolments/?session={session.pk}&export=csv")

    body = b"".join(response.streaming_content).decode()
    assert response.status_code == 200
    assert "ana.novak@example.org" in body
    assert "confirmed" in body


def test_staff_cannot_add_enrolments_outside_the_rules(staff_client):
    response = staff_client.get("/admin/enrolments/new/")

    assert response.status_code in (302, 403, 404)
