from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone, translation

from tests.factories import UserFactory
from trainings import services
from trainings.models import Enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_messages():
    """Check the rules' English messages; the Slovenian catalogue is tested elsewhere."""
    with translation.override("en"):
        yield


def _statuses(session):
    return list(
        Enrolment.objects.filter(session=session).order_by("pk").values_list("status", flat=True)
    )


def test_enrolment_confirms_while_seats_last(session):
    first, second, third = UserFactory.create_batch(3)

    services.enrol(first, session)
    services.enrol(second, session)
    late = services.enrol(third, session)

    assert _statuses(session) == ["confirmed", "confirmed", "waitlisted"]
    assert services.waitlist_position(late) == 1


def test_waitlist_positions_follow_request_order(session):
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)

    waiting = [services.enrol(UserFactory(), session) for _ in range(3)]

    assert [services.waitlist_position(enrolment) for enrolment in waiting] == [1, 2, 3]


def test_enrolling_twice_is_rejected(session):
    member = UserFactory()
    services.enrol(member, session)

    with pytest.raises(services.EnrolmentError, match="already enrolled"):
        services.enrol(member, session)

    assert Enrolment.objects.filter(member=member).count() == 1


def test_database_allows_one_enrolment_per_member_and_session(session):
    member = UserFactory()
    services.enrol(member, session)

    with pytest.raises(IntegrityError):
        Enrolment.objects.create(
            member=member, training=session.page, session=session, status="waitlisted"
        )


def test_cancellation_promotes_first_waitlisted(session, django_capture_on_commit_callbacks):
    first, second, third, fourth = UserFactory.create_batch(4)
    seat = services.enrol(first, session)
    services.enrol(second, session)
    next_in_line = services.enrol(third, session)
    services.enrol(fourth, session)

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(seat)

    next_in_line.refresh_from_db()
    assert next_in_line.status == Enrolment.Status.CONFIRMED
    assert next_in_line.promoted_at is not None
    assert _statuses(session) == ["cancelled", "confirmed", "confirmed", "waitlisted"]
    promoted_mail = [message for message in mail.outbox if message.to == [third.email]]
    assert len(promoted_mail) == 1


def test_cancelled_enrolments_do_not_take_seats(session):
    seat = services.enrol(UserFactory(), session)
    services.cancel(seat)

    services.enrol(UserFactory(), session)
    last = services.enrol(UserFactory(), session)

    assert last.status == Enrolment.Status.CONFIRMED


def test_waitlisted_member_can_leave_when_full(session):
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    waiting = services.enrol(UserFactory(), session)

    services.cancel(waiting)

    waiting.refresh_from_db()
    assert waiting.status == Enrolment.Status.CANCELLED
    assert _statuses(session) == ["confirmed", "confirmed", "cancelled"]


def test_promoted_member_who_cancels_leaves_for_good(session):
    first = services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    promoted = services.enrol(UserFactory(), session)
    next_in_line = services.enrol(UserFactory(), session)
    services.cancel(first)

    services.cancel(promoted)

    promoted.refresh_from_db()
    next_in_line.refresh_from_db()
    assert promoted.status == Enrolment.Status.CANCELLED
    assert next_in_line.status == Enrolment.Status.CONFIRMED
    assert services.waitlist_position(promoted) is None


def test_nobody_is_promoted_after_session_started(session):
    seat = services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    waiting = services.enrol(UserFactory(), session)
    session.start = timezone.now() - timedelta(minutes=5)
    session.save()

    promoted = services.fill_free_seats(session)
    with pytest.raises(services.EnrolmentError, match="already started"):
        services.cancel(seat)

    waiting.refresh_from_db()
    assert promoted == []
    assert waiting.status == Enrolment.Status.WAITLISTED


def test_raising_capacity_promotes(session, django_capture_on_commit_callbacks):
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    waiting = [services.enrol(UserFactory(), session) for _ in range(3)]

    with django_capture_on_commit_callbacks(execute=True):
        session.capacity = 4
        session.save()

    statuses = [Enrolment.objects.get(pk=enrolment.pk).status for enrolment in waiting]
    assert statuses == ["confirmed", "confirmed", "waitlisted"]


def test_lowering_capacity_keeps_confirmed_members(session, django_capture_on_commit_callbacks):
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)

    with django_capture_on_commit_callbacks(execute=True):
        session.capacity = 1
        session.save()
    late = services.enrol(UserFactory(), session)

    assert _statuses(session) == ["confirmed", "confirmed", "waitlisted"]
    assert late.status == Enrolment.Status.WAITLISTED


def test_enrolment_rejected_before_it_opens(make_training):
    session = make_training(
        [{"enrolment_opens": timezone.now() + timedelta(days=1)}]
    ).sessions.get()

    with pytest.raises(services.EnrolmentError, match="Enrolment opens on"):
        services.enrol(UserFactory(), session)


def test_enrolment_rejected_after_it_closes(make_training):
    session = make_training(
        [{"enrolment_closes": timezone.now() - timedelta(hours=1)}]
    ).sessions.get()

    with pytest.raises(services.EnrolmentError, match="Enrolment closed on"):
        services.enrol(UserFactory(), session)


def test_enrolment_rejected_for_past_session(make_training):
    session = make_training([{"days": -3}]).sessions.get()

    with pytest.raises(services.EnrolmentError, match="already started"):
        services.enrol(UserFactory(), session)


def test_confirmed_cannot_cancel_after_deadline(make_training):
    session = make_training(
        [{"cancellation_deadline": timezone.now() - timedelta(hours=1)}]
    ).sessions.get()
    seat = services.enrol(UserFactory(), session)

    with pytest.raises(services.EnrolmentError, match="cancellation deadline passed"):
        services.cancel(seat)


def test_cancelling_twice_is_rejected(session):
    seat = services.enrol(UserFactory(), session)
    services.cancel(seat)

    with pytest.raises(services.EnrolmentError, match="already cancelled"):
        services.cancel(seat)


def test_member_may_enrol_again_at_end_of_line(session):
    member = UserFactory()
    first = services.enrol(member, session)
    services.enrol(UserFactory(), session)
    services.cancel(first)
    services.enrol(UserFactory(), session)

    again = services.enrol(member, session)

    assert again.pk == first.pk
    assert again.status == Enrolment.Status.WAITLISTED
    assert services.waitlist_position(again) == 1


def test_series_enrolment_covers_all_sessions(make_training):
    training = make_training(
        [{"days": 5, "capacity": 3}, {"days": 12, "capacity": 1}], enrolment_mode="series"
    )
    first_member, second_member = UserFactory.create_batch(2)

    seat = services.enrol(first_member, training)
    waiting = services.enrol(second_member, training)

    assert seat.session is None
    assert seat.status == Enrolment.Status.CONFIRMED
    assert waiting.status == Enrolment.Status.WAITLISTED


def test_series_rejects_single_session_enrolment(make_training):
    training = make_training([{"days": 5}, {"days": 12}], enrolment_mode="series")

    with pytest.raises(services.EnrolmentError, match="whole series"):
        services.enrol(UserFactory(), training.sessions.first())


def test_waitlisted_member_who_left_is_never_promoted(session):
    seat = services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    left = services.enrol(UserFactory(), session)
    still_waiting = services.enrol(UserFactory(), session)
    services.cancel(left)

    services.cancel(seat)

    left.refresh_from_db()
    still_waiting.refresh_from_db()
    assert left.status == Enrolment.Status.CANCELLED
    assert still_waiting.status == Enrolment.Status.CONFIRMED


def test_raising_series_capacity_promotes(make_training, django_capture_on_commit_callbacks):
    training = make_training([{"days": 10}, {"days": 17}], enrolment_mode="series")
    services.enrol(UserFactory(), training)
    services.enrol(UserFactory(), training)
    waiting = services.enrol(UserFactory(), training)

    with django_capture_on_commit_callbacks(execute=True):
        for series_session in training.sessions.all():
            series_session.capacity = 3
            series_session.save()

    waiting.refresh_from_db()
    assert waiting.status == Enrolment.Status.CONFIRMED


def test_series_capacity_is_smallest_session(make_training):
    training = make_training(
        [{"days": 10, "capacity": 5}, {"days": 17, "capacity": 1}], enrolment_mode="series"
    )

    first = services.enrol(UserFactory(), training)
    second = services.enrol(UserFactory(), training)

    assert first.status == Enrolment.Status.CONFIRMED
    assert second.status == Enrolment.Status.WAITLISTED
