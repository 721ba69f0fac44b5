"""The outbox through a real Celery broker, when one is configured (CI uses Redis)."""

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.db import transaction

from hub.celery import app as celery_app
from hub.email.models import OutboundEmail
from hub.email.services import queue_email
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("CELERY_BROKER_URL"),
        reason="CELERY_BROKER_URL is not set, so there is no broker to send tasks through",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def broker_worker():
    celery_app.conf.task_always_eager = False
    try:
        with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield
    finally:
        celery_app.conf.task_always_eager = True


def _wait_for_status(email, status, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        email.refresh_from_db()
        if email.status == status:
            return
        time.sleep(0.1)
    raise AssertionError(f"email {email.pk} stayed {email.status}, expected {status}")


def test_worker_sends_email_queued_through_broker(broker_worker):
    member = UserFactory()

    with transaction.atomic():
        email = queue_email("test_notice", {"title": "Izziv"}, user=member)

    _wait_for_status(email, OutboundEmail.Status.SENT)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.email]
