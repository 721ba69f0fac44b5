from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from tests.factories import UserFactory
from trainings import services
from trainings.models import Enrolment, StaffMessage

pytestmark = pytest.mark.django_db

TOKEN = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def staff_client(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    staff = UserFactory(is_staff=True, is_superuser=True)
    # The admin speaks each user's chosen language; these tests read English.
    UserProfile.objects.update_or_create(user=staff, defaults={"preferred_language": "en"})
    client.force_login(staff)
    return client


@pytest.fixture(autouse=True)
def english_messages():
    with translation.override("en"):
        yield


def _mail_to(member):
    return [message for message in mail.outbox if message.to == [member.email]]


def _message(**fields):
    return {
        "subject_sl": "Sprememba prostora",
        "body_sl": "Dobimo se v dvorani B.",
        "subject_en": "Change of room",
        "body_en": "We meet in hall B.",
        "form_token": TOKEN,
        **fields,
    }


@pytest.fixture
def two_sessions(make_training):
    """A training with two upcoming sessions of two seats each."""
    training = make_training([{"days": 10}, {"days": 17}])
    return list(training.sessions.order_by("start"))


# Email to participants


def test_message_reaches_each_member_in_own_language(
    staff_client, session, django_capture_on_commit_callbacks
):
    slovenian = UserFactory(language="sl")
    english = UserFactory(language="en")
    services.enrol(slovenian, session)
    services.enrol(english, session)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            f"/admin/trainings/{session.page_id}/message/", _message(session=session.pk)
        )

    assert response.status_code == 302
    assert "Dobimo se v dvorani B." in _mail_to(slovenian)[0].body
    assert "Sprememba prostora" in _mail_to(slovenian)[0].subject
    assert "We meet in hall B." in _mail_to(english)[0].body
    assert "Change of room" in _mail_to(english)[0].subject


def test_message_without_english_falls_back_to_slovenian(
    staff_client, session, django_capture_on_commit_callbacks
):
    english = UserFactory(language="en")
    services.enrol(english, session)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            f"/admin/trainings/{session.page_id}/message/",
            _message(subject_en="", body_en=""),
        )

    body = _mail_to(english)[0].body
    assert "Dobimo se v dvorani B." in body
    assert "the hub team sends this message" in body


def test_waitlist_gets_message_only_when_chosen(
    staff_client, session, django_capture_on_commit_callbacks
):
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    waiting = UserFactory(language="en")
    services.enrol(waiting, session)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/trainings/{session.page_id}/message/", _message())
        without_waitlist = len(_mail_to(waiting))
        staff_client.post(
            f"/admin/trainings/{session.page_id}/message/",
            _message(include_waitlist="on", form_token="f" * 32),
        )

    assert without_waitlist == 0
    assert len(_mail_to(waiting)) == 1
    assert "You are on the waitlist" in _mail_to(waiting)[0].body


def test_message_to_one_session_skips_the_other(
    staff_client, two_sessions, django_capture_on_commit_callbacks
):
    first, second = two_sessions
    in_first, in_second = UserFactory(), UserFactory()
    services.enrol(in_first, first)
    services.enrol(in_second, second)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/trainings/{first.page_id}/message/", _message(session=first.pk))

    assert len(_mail_to(in_first)) == 1
    assert _mail_to(in_second) == []


def test_member_in_two_sessions_gets_message_once(
    staff_client, two_sessions, django_capture_on_commit_callbacks
):
    member = UserFactory()
    for session in two_sessions:
        services.enrol(member, session)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/trainings/{two_sessions[0].page_id}/message/", _message())

    assert len(_mail_to(member)) == 1


def test_message_to_series_reaches_series_participants(
    staff_client, make_training, django_capture_on_commit_callbacks
):
    training = make_training([{"days": 10}, {"days": 17}], enrolment_mode="series")
    member = UserFactory()
    services.enrol(member, training)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/admin/trainings/{training.pk}/message/", _message())

    assert response.status_code == 302
    assert len(_mail_to(member)) == 1


def test_double_submitted_message_is_sent_once(
    staff_client, session, django_capture_on_commit_callbacks
):
    member = UserFactory()
    services.enrol(member, session)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/trainings/{session.page_id}/message/", _message())
        second = staff_client.post(
            f"/admin/trainings/{session.page_id}/message/", _message(), follow=True
        )

    assert len(_mail_to(member)) == 1
    assert StaffMessage.objects.count() == 1
    assert "it was not sent again" in second.text


def test_message_form_offers_a_fresh_token(staff_client, session):
    first = staff_client.get(f"/admin/trainings/{session.page_id}/message/")
    second = staff_client.get(f"/admin/trainings/{session.page_id}/message/")

    assert first.status_code == 200
    assert (
        first.context["form"].initial["form_token"] != second.context["form"].initial["form_token"]
    )


def test_message_without_recipients_is_rejected(staff_client, session):
    response = staff_client.post(f"/admin/trainings/{session.page_id}/message/", _message())

    assert response.status_code == 400
    assert "Nobody would receive this message" in response.text
    assert not StaffMessage.objects.exists()


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ({"body_sl": ""}, "This field is required."),
        ({"body_en": ""}, "Write both the English subject and the English message"),
        ({"form_token": "tampered"}, "The form is incomplete."),
    ],
)
def test_incomplete_message_is_rejected(staff_client, session, fields, text):
    services.enrol(UserFactory(), session)

    response = staff_client.post(f"/admin/trainings/{session.page_id}/message/", _message(**fields))

    assert response.status_code == 400
    assert text in response.text
    assert not StaffMessage.objects.exists()


def test_training_page_links_to_staff_tools(staff_client, session):
    response = staff_client.get(f"/admin/pages/{session.page_id}/edit/")

    assert f"/admin/trainings/{session.page_id}/message/" in response.text
    assert f"/admin/enrolments/?training={session.page_id}" in response.text


def test_message_form_needs_enrolment_permission(client, session, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    response = client.get(f"/admin/trainings/{session.page_id}/message/")

    # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


# Moving an enrolment


def test_move_frees_seat_for_next_on_waitlist(two_sessions, django_capture_on_commit_callbacks):
    first, second = two_sessions
    moving = services.enrol(UserFactory(language="en"), first)
    services.enrol(UserFactory(), first)
    waiting = services.enrol(UserFactory(language="en"), first)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.move(moving, second)

    moving.refresh_from_db()
    waiting.refresh_from_db()
    assert moving.session == second
    assert moving.status == Enrolment.Status.CONFIRMED
    assert waiting.status == Enrolment.Status.CONFIRMED
    assert _mail_to(moving.member)[0].subject.startswith("New date for you")
    assert _mail_to(moving.member)[0].attachments[0][0] == "training.ics"
    assert _mail_to(waiting.member)[0].subject.startswith("A seat is yours")


def test_move_into_full_session_is_rejected(two_sessions):
    first, second = two_sessions
    moving = services.enrol(UserFactory(), first)
    services.enrol(UserFactory(), second)
    services.enrol(UserFactory(), second)

    with pytest.raises(services.EnrolmentError, match="The chosen session is full"):
        services.move(moving, second)

    moving.refresh_from_db()
    assert moving.session == first


def test_move_into_started_session_is_rejected(two_sessions):
    first, second = two_sessions
    moving = services.enrol(UserFactory(), second)
    first.start = timezone.now() - timedelta(minutes=10)
    first.save()

    with pytest.raises(services.EnrolmentError, match="already started"):
        services.move(moving, first)


def test_move_of_waitlisted_enrolment_is_rejected(two_sessions):
    first, second = two_sessions
    services.enrol(UserFactory(), first)
    services.enrol(UserFactory(), first)
    waiting = services.enrol(UserFactory(), first)

    with pytest.raises(services.EnrolmentError, match="Only confirmed enrolments"):
        services.move(waiting, second)


def test_move_to_session_of_other_training_is_rejected(two_sessions, make_training):
    moving = services.enrol(UserFactory(), two_sessions[0])
    elsewhere = make_training().sessions.get()

    with pytest.raises(services.EnrolmentError, match="same training"):
        services.move(moving, elsewhere)


def test_move_of_series_enrolment_is_rejected(make_training):
    training = make_training([{"days": 10}, {"days": 17}], enrolment_mode="series")
    enrolment = services.enrol(UserFactory(), training)

    with pytest.raises(services.EnrolmentError, match="series enrolment"):
        services.move(enrolment, training.sessions.first())


def test_move_replaces_members_cancelled_enrolment_in_target(two_sessions):
    first, second = two_sessions
    member = UserFactory()
    services.cancel(services.enrol(member, second))
    moving = services.enrol(member, first)

    services.move(moving, second)

    assert list(Enrolment.objects.filter(member=member).values_list("session", "status")) == [
        (second.pk, "confirmed")
    ]


def test_move_when_member_already_in_target_is_rejected(two_sessions):
    first, second = two_sessions
    member = UserFactory()
    moving = services.enrol(member, first)
    services.enrol(member, second)

    with pytest.raises(services.EnrolmentError, match="already enrolled in the chosen session"):
        services.move(moving, second)


def test_staff_move_enrolment_in_admin(staff_client, two_sessions):
    first, second = two_sessions
    moving = services.enrol(UserFactory(), first)

    form = staff_client.get(f"/admin/trainings/enrolments/{moving.pk}/move/")
    response = staff_client.post(
        f"/admin/trainings/enrolments/{moving.pk}/move/", {"target": second.pk}
    )

    moving.refresh_from_db()
    assert form.status_code == 200
    assert response.status_code == 302
    assert response["Location"] == f"/admin/enrolments/?session={second.pk}"
    assert moving.session == second


def test_staff_move_into_full_session_shows_message(staff_client, two_sessions):
    first, second = two_sessions
    moving = services.enrol(UserFactory(), first)
    services.enrol(UserFactory(), second)
    services.enrol(UserFactory(), second)

    response = staff_client.post(
        f"/admin/trainings/enrolments/{moving.pk}/move/", {"target": second.pk}
    )

    assert response.status_code == 409
    assert "The chosen session is full (2 seats)." in response.text


def test_staff_move_to_past_session_is_not_offered(staff_client, two_sessions):
    first, second = two_sessions
    moving = services.enrol(UserFactory(), second)
    first.start = timezone.now() - timedelta(days=1)
    first.end = first.start + timedelta(hours=2)
    first.save()

    response = staff_client.post(
        f"/admin/trainings/enrolments/{moving.pk}/move/", {"target": first.pk}
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.text


def test_enrolment_listing_offers_move(staff_client, session):
    enrolment = services.enrol(UserFactory(), session)

    response = staff_client.get(f"/admin/enrolments/?session={session.pk}")

    assert f"/admin/trainings/enrolments/{enrolment.pk}/move/" in response.text
