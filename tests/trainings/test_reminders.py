from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import IntegrityError

from tests.factories import UserFactory
from trainings import services
from trainings.models import SessionReminder
from trainings.reminders import send_due_reminders

pytestmark = pytest.mark.django_db

LJUBLJANA = ZoneInfo("Europe/Ljubljana")
# A morning run; sessions that start the next day are due.
MORNING = datetime(2030, 3, 11, 9, 5, tzinfo=LJUBLJANA)


def _mail_to(member):
    return [message for message in mail.outbox if message.to == [member.email]]


def _at(day, hour, minute=0):
    return datetime(2030, 3, day, hour, minute, tzinfo=LJUBLJANA)


def _sessions(*starts, capacity=2):
    return [
        {"start": start, "end": start + timedelta(hours=3), "capacity": capacity}
        for start in starts
    ]


def test_reminder_sent_once_the_day_before(make_training, django_capture_on_commit_callbacks):
    session = make_training(_sessions(_at(12, 10))).sessions.get()
    member = UserFactory(language="en")
    services.enrol(member, session)

    with django_capture_on_commit_callbacks(execute=True):
        first_run = send_due_reminders(MORNING)
        second_run = send_due_reminders(MORNING + timedelta(hours=1))

    messages = _mail_to(member)
    assert (first_run, second_run) == (1, 0)
    assert len(messages) == 1
    assert messages[0].subject.startswith("Tomorrow")


def test_no_reminder_two_days_before(make_training):
    session = make_training(_sessions(_at(13, 10))).sessions.get()
    services.enrol(UserFactory(), session)

    sent = send_due_reminders(MORNING)

    assert sent == 0


def test_no_reminder_at_night(make_training):
    session = make_training(_sessions(_at(12, 10))).sessions.get()
    services.enrol(UserFactory(), session)

    at_night = [send_due_reminders(_at(11, 3)), send_due_reminders(_at(11, 22))]

    assert at_night == [0, 0]


def test_missed_morning_run_catches_up_in_the_afternoon(make_training):
    session = make_training(_sessions(_at(12, 10))).sessions.get()
    services.enrol(UserFactory(), session)

    sent = send_due_reminders(_at(11, 15))

    assert sent == 1


def test_series_member_reminded_before_every_session(
    make_training, django_capture_on_commit_callbacks
):
    training = make_training(_sessions(_at(12, 10), _at(19, 10)), enrolment_mode="series")
    member = UserFactory(language="en")
    services.enrol(member, training)

    with django_capture_on_commit_callbacks(execute=True):
        first_week = send_due_reminders(MORNING)
        second_week = send_due_reminders(MORNING + timedelta(days=7))
        second_week_again = send_due_reminders(MORNING + timedelta(days=7, hours=2))

    assert (first_week, second_week, second_week_again) == (1, 1, 0)
    assert len(_mail_to(member)) == 2
    assert SessionReminder.objects.filter(enrolment__member=member).count() == 2


def test_waitlisted_and_cancelled_get_no_reminder(make_training):
    session = make_training(_sessions(_at(12, 10), capacity=1)).sessions.get()
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    cancelled = services.enrol(UserFactory(), session)
    services.cancel(cancelled)

    sent = send_due_reminders(MORNING)

    assert sent == 1


def test_database_allows_one_reminder_per_enrolment_and_session(make_training):
    session = make_training(_sessions(_at(12, 10))).sessions.get()
    enrolment = services.enrol(UserFactory(), session)
    SessionReminder.objects.create(enrolment=enrolment, session=session)

    with pytest.raises(IntegrityError):
        SessionReminder.objects.create(enrolment=enrolment, session=session)
