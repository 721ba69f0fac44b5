import pytest
from django.urls import reverse

from ambassadors import services
from ambassadors.models import Activity
from challenges.models import ChallengeTeamMember
from tests.challenges.factories import make_challenge, make_index
from tests.factories import OrganisationFactory
from trainings.models import Enrolment

from .factories import member_of

pytestmark = pytest.mark.django_db


def test_corner_opens_to_active_ambassador(client, corner):
    institution = OrganisationFactory()
    member = member_of(institution)
    services.appoint(member, institution)
    client.force_login(member)

    response = client.get(corner.url)

    assert response.status_code == 200
    assert "Kotiček ambasadorjev" in response.text


def test_corner_closed_to_other_members(client, corner):
    client.force_login(member_of(OrganisationFactory()))

    response = client.get(corner.url)

    assert response.status_code == 302
    assert "Kotiček ambasadorjev" not in response.text


def test_corner_closes_after_stepping_down(client, corner):
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)
    services.end_appointment(ambassador)
    client.force_login(member)

    response = client.get(corner.url)

    assert response.status_code == 302


def test_attendance_is_logged_and_withdrawn(make_training):
    training = make_training()
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)
    enrolment = Enrolment.objects.create(
        member=member,
        training=training,
        session=training.sessions.first(),
        status=Enrolment.Status.CONFIRMED,
        attendance=Enrolment.Attendance.ATTENDED,
    )
    assert ambassador.activities.filter(kind=Activity.Kind.TRAINING).count() == 1

    enrolment.attendance = Enrolment.Attendance.NO_SHOW
    enrolment.save()

    assert not ambassador.activities.exists()


def test_team_membership_logs_supported_challenge(home):
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)
    challenge = make_challenge(make_index(home))

    ChallengeTeamMember.objects.create(challenge=challenge, user=member, role="learner")
    ChallengeTeamMember.objects.filter(challenge=challenge).delete()
    ChallengeTeamMember.objects.create(challenge=challenge, user=member, role="learner")

    entries = ambassador.activities.filter(kind=Activity.Kind.CHALLENGE_SUPPORTED)
    assert entries.count() == 1


def test_ambassador_adds_event_to_log(client):
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)
    client.force_login(member)

    response = client.post(
        reverse("ambassadors:add_activity", args=[ambassador.pk]),
        {"kind": "event", "occurred_on": "2026-01-10", "title": "Zajtrk z inovatorji"},
    )

    assert response.status_code == 302
    entry = ambassador.activities.get()
    assert entry.title == "Zajtrk z inovatorji"
    assert entry.added_by == member


def test_future_activity_is_rejected(client):
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)
    client.force_login(member)

    response = client.post(
        reverse("ambassadors:add_activity", args=[ambassador.pk]),
        {"kind": "event", "occurred_on": "2099-01-10", "title": "Prihodnji dogodek"},
    )

    assert response.status_code == 400
    assert "Dejavnost vpišite, ko se je že zgodila." in response.text
    assert not ambassador.activities.exists()


def test_member_cannot_log_for_someone_else(client):
    institution = OrganisationFactory()
    ambassador = services.appoint(member_of(institution), institution)
    client.force_login(member_of(institution))

    response = client.post(
        reverse("ambassadors:add_activity", args=[ambassador.pk]),
        {"kind": "event", "occurred_on": "2026-01-10", "title": "Vsiljen vnos"},
    )

    assert response.status_code == 404
    assert not ambassador.activities.exists()
