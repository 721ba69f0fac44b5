import pytest

from challenges.choices import ChallengeStatus
from challenges.models import StatusChange
from tests.challenges.factories import make_challenge
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_staff_change_status_through_service(admin_client, index):
    challenge = make_challenge(index)

    response = admin_client.post(
        "/admin/challenges/status-changes/new/",
        {"challenge": challenge.pk, "to_status": "team_forming", "note": "Iz skrbništva."},
    )

    assert response.status_code == 302
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.TEAM_FORMING
    assert StatusChange.objects.get().note == "Iz skrbništva."


def test_admin_refuses_skipped_status(admin_client, index):
    challenge = make_challenge(index)

    response = admin_client.post(
        "/admin/challenges/status-changes/new/",
        {"challenge": challenge.pk, "to_status": "completed", "note": ""},
    )

    assert response.status_code == 200
    assert "ne more preiti iz stanja" in response.text
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN
    assert not StatusChange.objects.exists()


def test_admin_lists_commitments_and_status_changes(admin_client, index):
    make_challenge(index)

    commitments = admin_client.get("/admin/challenges/commitments/")
    changes = admin_client.get("/admin/challenges/status-changes/")

    assert commitments.status_code == 200
    assert changes.status_code == 200
