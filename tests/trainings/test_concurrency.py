import threading
from collections import Counter

import pytest
from django.db import connection, connections
from django.utils import translation

from tests.factories import UserFactory
from trainings import services
from trainings.models import Enrolment

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises all writes, so only PostgreSQL shows what the row lock prevents",
    ),
]

MEMBERS = 30
SEATS = 3


@pytest.fixture(autouse=True)
def patient_lock(settings):
    """Let every thread wait for the lock, so only the rules decide, however slow the machine.

    The lock timeout and its try-again message have their own test in test_views.py.
    """
    settings.TRAININGS_LOCK_TIMEOUT_MILLISECONDS = 120_000


def _at_once(action, items):
    """Call ``action(item)`` for every item from its own thread, all released at one moment.

    Returns (rejections, errors): the EnrolmentErrors the rules raised, and any other exception.
    """
    barrier = threading.Barrier(len(items))
    rejections, errors = [], []

    def run(item):
        try:
            barrier.wait(timeout=30)
            action(item)
        except services.EnrolmentError as rejection:
            rejections.append(rejection)
        except Exception as error:  # noqa: BLE001  (every failure is reported by the test)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    still_running = [thread for thread in threads if thread.is_alive()]
    assert still_running == [], "requests still waiting after 300 seconds"
    return rejections, errors


def _enrol_at_once(session, members):
    rejections, errors = _at_once(lambda member: services.enrol(member, session), members)
    return rejections + errors


def test_parallel_enrolments_never_overbook(make_training):
    session = make_training([{"capacity": SEATS}]).sessions.get()
    members = UserFactory.create_batch(MEMBERS)

    errors = _enrol_at_once(session, members)

    statuses = Counter(Enrolment.objects.filter(session=session).values_list("status", flat=True))
    per_member = Counter(Enrolment.objects.filter(session=session).values_list("member", flat=True))
    assert errors == []
    assert statuses["confirmed"] == SEATS
    assert statuses["waitlisted"] == MEMBERS - SEATS
    assert max(per_member.values()) == 1


def test_without_lock_parallel_enrolments_overbook(make_training, settings):
    settings.TRAININGS_ENROLMENT_LOCKING = False
    session = make_training([{"capacity": SEATS}]).sessions.get()
    members = UserFactory.create_batch(MEMBERS)

    _enrol_at_once(session, members)

    confirmed = Enrolment.objects.filter(session=session, status="confirmed").count()
    assert confirmed > SEATS


def _moves_into_last_seat(make_training):
    """Return a target session with one free seat and MEMBERS confirmed enrolments elsewhere."""
    training = make_training([{"days": 10, "capacity": MEMBERS}, {"days": 17, "capacity": SEATS}])
    source, target = training.sessions.order_by("start")
    for member in UserFactory.create_batch(SEATS - 1):
        services.enrol(member, target)
    movers = [services.enrol(member, source) for member in UserFactory.create_batch(MEMBERS)]
    return source, target, movers


def test_parallel_moves_take_last_seat_once(make_training):
    source, target, movers = _moves_into_last_seat(make_training)

    def move_in_english(enrolment):
        with translation.override("en"):
            services.move(enrolment, target)

    rejections, errors = _at_once(move_in_english, movers)

    confirmed_in_target = Enrolment.objects.filter(session=target, status="confirmed").count()
    assert errors == []
    assert confirmed_in_target == SEATS
    assert len(rejections) == MEMBERS - 1
    assert all("The chosen session is full" in str(rejection) for rejection in rejections)
    assert Enrolment.objects.filter(session=source, status="confirmed").count() == MEMBERS - 1


def test_without_lock_parallel_moves_overbook(make_training, settings):
    settings.TRAININGS_ENROLMENT_LOCKING = False
    source, target, movers = _moves_into_last_seat(make_training)

    _at_once(lambda enrolment: services.move(enrolment, target), movers)

    confirmed_in_target = Enrolment.objects.filter(session=target, status="confirmed").count()
    assert confirmed_in_target > SEATS
