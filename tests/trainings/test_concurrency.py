import threading
from collections import Counter

import pytest
from django.db import connection, connections

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


def _enrol_at_once(session, members):
    """Enrol every member from its own thread, all released at the same moment."""
    barrier = threading.Barrier(len(members))
    errors = []

    def enrol(member):
        try:
            barrier.wait(timeout=30)
            services.enrol(member, session)
        except Exception as error:  # noqa: BLE001  (every failure is reported by the test)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=enrol, args=(member,)) for member in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


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
