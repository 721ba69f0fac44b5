import pytest
from django.urls import reverse
from wagtail.models import Locale

from ambassadors import services, track
from tests.factories import OrganisationFactory
from trainings.models import Enrolment

from .factories import member_of

pytestmark = pytest.mark.django_db


def _attend(member, training):
    session = training.sessions.first()
    return Enrolment.objects.create(
        member=member,
        training=training,
        session=session,
        status=Enrolment.Status.CONFIRMED,
        attendance=Enrolment.Attendance.ATTENDED,
    )


def _translate(training):
    translation = training.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    translation.slug = f"{training.slug}-en"
    translation.save_revision().publish()
    return translation.specific


def test_progress_counts_each_translation_once(make_training, english_home):
    first = make_training(ambassador_track=True)
    make_training(ambassador_track=True)
    make_training(ambassador_track=False)
    first_english = _translate(first)
    institution = OrganisationFactory()
    member = member_of(institution)
    _attend(member, first)
    _attend(member, first_english)

    progress = track.progress_for(member)

    assert progress.total == 2
    assert progress.done == 1
    assert not progress.is_complete


def test_completion_is_recorded_once_track_is_done(make_training):
    training = make_training(ambassador_track=True)
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)

    _attend(member, training)

    ambassador.refresh_from_db()
    assert ambassador.track_completed_on is not None


def test_ambassador_sees_progress_on_own_page(client, make_training):
    attended = make_training(ambassador_track=True, title="Uvod v soustvarjanje")
    make_training(ambassador_track=True, title="Delo na glas")
    institution = OrganisationFactory()
    member = member_of(institution)
    services.appoint(member, institution)
    _attend(member, attended)
    client.force_login(member)

    response = client.get(reverse("ambassadors:my_network"))

    assert "Udeležili ste se 1 od 2 usposabljanj programa." in response.text
    assert "Delo na glas" in response.text


def test_certificate_refused_until_track_complete(client, make_training):
    make_training(ambassador_track=True)
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)
    client.force_login(member)

    response = client.get(reverse("ambassadors:certificate", args=[ambassador.pk]))

    assert response.status_code == 409
    assert "Doslej: 0 od 1." in response.text


def test_certificate_names_member_and_trainings(client, make_training):
    training = make_training(ambassador_track=True, title="Uvod v soustvarjanje")
    institution = OrganisationFactory(name="Občina Primer")
    member = member_of(institution, user__first_name="Petra", user__last_name="Primer")
    ambassador = services.appoint(member, institution)
    _attend(member, training)
    client.force_login(member)

    response = client.get(reverse("ambassadors:certificate", args=[ambassador.pk]))

    assert response.status_code == 200
    assert "Petra Primer" in response.text
    assert "Občina Primer" in response.text
    assert "Uvod v soustvarjanje" in response.text


def test_other_members_cannot_open_certificate(client, make_training):
    training = make_training(ambassador_track=True)
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)
    _attend(member, training)
    client.force_login(member_of(institution))

    response = client.get(reverse("ambassadors:certificate", args=[ambassador.pk]))

    assert response.status_code == 404


def test_staff_see_progress_in_admin_list(client, staff, make_training):
    training = make_training(ambassador_track=True)
    make_training(ambassador_track=True)
    institution = OrganisationFactory()
    member = member_of(institution)
    services.appoint(member, institution)
    _attend(member, training)
    client.force_login(staff)

    response = client.get(reverse("ambassadors_appointments:index"))

    assert response.status_code == 200
    assert "1 od 2" in response.text
