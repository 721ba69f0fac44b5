from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from ambassadors import activity, services
from ambassadors.models import Activity, Ambassador, Nomination
from hub.email.models import OutboundEmail
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory
from tests.member_data import delete_account, download_export, download_export_data, emails_to
from trainings.models import Enrolment

pytestmark = pytest.mark.django_db

MEMBER_EMAIL = "ambassador.member@example.org"
NOMINATOR_EMAIL = "nominator.private@example.org"
COLLEAGUE_EMAIL = "colleague.private@example.org"


@pytest.fixture
def institution(db):
    return OrganisationFactory(name="USTANOVA-AMBASADORJA-3C")


@pytest.fixture
def member(institution):
    user = UserFactory(email=MEMBER_EMAIL, first_name="Ana", last_name="Ambasadorka")
    MemberProfileFactory(
        user=user, display_name="Ana Ambasadorka", organisation=institution, is_representative=True
    )
    return user


@pytest.fixture
def planted(make_training, institution, member):
    """An active appointment with activities and track progress, and nominations both ways."""
    attended = make_training(
        [{"days": -10}], title="PROGRAM-AMBASADORJEV-1T", ambassador_track=True
    )
    make_training(title="MANJKAJOČE-USPOSABLJANJE-7U", ambassador_track=True)
    appointment = services.appoint(
        member,
        institution,
        appointed_on=timezone.localdate() - timedelta(days=30),
        focus_areas=["PODROČJE-DELA-8N"],
        statement_sl="IZJAVA-AMBASADORJA-6V",
        statement_en="AMBASSADOR-STATEMENT-6V",
        notify=False,
    )
    Enrolment.objects.create(
        member=member,
        training=attended,
        session=attended.sessions.get(),
        status=Enrolment.Status.CONFIRMED,
        attendance=Enrolment.Attendance.ATTENDED,
    )
    activity.add_entry(
        appointment,
        kind=Activity.Kind.EVENT,
        title="AKTIVNOST-DOGODEK-2X",
        occurred_on=timezone.localdate(),
        by=member,
    )

    other_institution = OrganisationFactory(name="DRUGA-USTANOVA-9G")
    nominator = UserFactory(email=NOMINATOR_EMAIL)
    MemberProfileFactory(user=nominator, display_name="Nina Predlagateljica")
    received = Nomination.objects.create(
        kind=Nomination.Kind.NOMINATION,
        member=member,
        institution=other_institution,
        nominated_by=nominator,
        motivation="MOTIVACIJA-PREDLOGA-4Q",
    )
    colleague = UserFactory(email=COLLEAGUE_EMAIL)
    MemberProfileFactory(user=colleague, display_name="Katja Kolegica", organisation=institution)
    nominations_made = Nomination.objects.create(
        kind=Nomination.Kind.NOMINATION,
        member=colleague,
        institution=institution,
        nominated_by=member,
        motivation="PREDLOG-KOLEGICE-5J",
    )
    OutboundEmail.objects.all().delete()
    return {"appointment": appointment, "received": received, "made": nominations_made}


def test_export_lists_appointment_with_statement(client, member, planted):
    data = download_export_data(client, member)["ambassadors"]

    appointment = data["appointments"][0]
    assert appointment["institution"] == "USTANOVA-AMBASADORJA-3C"
    assert appointment["ended_on"] is None
    assert appointment["statement_sl"] == "IZJAVA-AMBASADORJA-6V"
    assert appointment["statement_en"] == "AMBASSADOR-STATEMENT-6V"
    assert appointment["focus_areas"] == ["PODROČJE-DELA-8N"]


def test_export_lists_activities_and_track_progress(client, member, planted):
    data = download_export_data(client, member)["ambassadors"]

    titles = {entry["title"] for entry in data["appointments"][0]["activities"]}
    assert titles == {"AKTIVNOST-DOGODEK-2X", "PROGRAM-AMBASADORJEV-1T"}
    assert data["track"]["done"] == 1
    assert data["track"]["total"] == 2
    assert data["track"]["attended"] == ["PROGRAM-AMBASADORJEV-1T"]
    assert data["track"]["missing"] == ["MANJKAJOČE-USPOSABLJANJE-7U"]


def test_export_lists_nominations_by_display_name(client, member, planted):
    data = download_export_data(client, member)["ambassadors"]

    received = data["nominations_received"]
    assert [item["motivation"] for item in received] == ["MOTIVACIJA-PREDLOGA-4Q"]
    assert received[0]["nominated_by"] == "Nina Predlagateljica"
    assert received[0]["institution"] == "DRUGA-USTANOVA-9G"
    made = data["nominations_made"]
    assert [item["motivation"] for item in made] == ["PREDLOG-KOLEGICE-5J"]
    assert made[0]["member"] == "Katja Kolegica"


def test_export_leaves_out_other_members_addresses(client, member, planted):
    text = download_export(client, member)

    assert NOMINATOR_EMAIL not in text
    assert COLLEAGUE_EMAIL not in text


def test_export_of_member_never_appointed(client):
    user = UserFactory()

    data = download_export_data(client, user)["ambassadors"]

    assert data["appointments"] == []
    assert data["track"] is None


def test_deletion_ends_appointment_anonymised(
    client, member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    appointment = Ambassador.objects.select_related("member").get(pk=planted["appointment"].pk)
    assert appointment.ended_on == timezone.localdate()
    assert appointment.statement_sl == ""
    assert appointment.statement_en == ""
    assert appointment.institution.name == "USTANOVA-AMBASADORJA-3C"
    assert appointment.member.email == f"deleted-{member.pk}@deleted.invalid"
    assert appointment.member.get_full_name() == ""
    assert appointment.activities.filter(title="AKTIVNOST-DOGODEK-2X").exists()


def test_deletion_removes_pending_nomination_of_member(
    client, member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    assert not Nomination.objects.filter(pk=planted["received"].pk).exists()
    assert Nomination.objects.filter(pk=planted["made"].pk).exists()


def test_deletion_queues_no_email_to_member(
    client, member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    assert emails_to(MEMBER_EMAIL) == []
    assert not OutboundEmail.objects.filter(recipient_id=member.pk).exists()
    assert not get_user_model().objects.filter(email__iexact=MEMBER_EMAIL).exists()
