import base64
import hashlib
import hmac
import json
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone, translation

from hub.email.models import OutboundEmail
from hub.email.services import queue_email
from hub.email.tasks import requeue_stuck_emails, send_outbound_email
from tests.factories import UserFactory
from tests.support import FlakyProviderBackend

pytestmark = pytest.mark.django_db

SIGNING_KEY = "test-mailgun-signing-key"
WEBHOOK_SECRET = "hook-user:hook-password"


def test_email_is_sent_after_the_transaction_commits(django_capture_on_commit_callbacks):
    member = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        queue_email("test_notice", {"title": "Izziv"}, user=member)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.email]
    assert OutboundEmail.objects.get().status == OutboundEmail.Status.SENT


def test_task_delivered_twice_sends_once():
    member = UserFactory()
    email = queue_email("test_notice", {"title": "Izziv"}, user=member)

    send_outbound_email(email.pk)
    send_outbound_email(email.pk)

    assert len(mail.outbox) == 1
    email.refresh_from_db()
    assert email.attempts == 1


def test_rolled_back_action_sends_nothing(django_capture_on_commit_callbacks):
    member = UserFactory()

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        queue_email("test_notice", {"title": "Izziv"}, user=member)
        raise RuntimeError("the action failed after queueing its email")

    assert callbacks == []
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


def test_provider_error_is_retried_then_sent(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.support.FlakyProviderBackend"
    FlakyProviderBackend.calls = 0
    FlakyProviderBackend.failures = 1
    member = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        email = queue_email("test_notice", {"title": "Izziv"}, user=member)

    email.refresh_from_db()
    assert FlakyProviderBackend.calls == 2
    assert len(mail.outbox) == 1
    assert email.status == OutboundEmail.Status.SENT
    assert email.attempts == 2


def test_email_fails_once_retries_run_out(settings):
    settings.EMAIL_BACKEND = "tests.support.FlakyProviderBackend"
    FlakyProviderBackend.calls = 0
    FlakyProviderBackend.failures = 100
    email = queue_email("test_notice", {"title": "Izziv"}, user=UserFactory())

    send_outbound_email.apply(args=[email.pk])

    email.refresh_from_db()
    assert mail.outbox == []
    assert email.status == OutboundEmail.Status.FAILED
    assert "503" in email.last_error


def test_email_is_written_in_recipients_language(django_capture_on_commit_callbacks):
    english_member = UserFactory(language="en")
    slovenian_member = UserFactory(language="sl")

    with translation.override("sl"), django_capture_on_commit_callbacks(execute=True):
        queue_email("test_notice", {"title": "X"}, user=english_member)
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        queue_email("test_notice", {"title": "X"}, user=slovenian_member)

    to_english, to_slovenian = mail.outbox
    assert to_english.subject == "Search: X"
    assert to_english.body.startswith("Contact: X")
    assert to_slovenian.subject == "Iskanje: X"
    assert to_slovenian.body.startswith("Kontakt: X")
    html, mimetype = to_slovenian.alternatives[0]
    assert mimetype == "text/html"
    assert "Kontakt: X" in html


def test_sweep_requeues_email_whose_task_never_ran():
    email = queue_email("test_notice", {"title": "Izziv"}, user=UserFactory())
    OutboundEmail.objects.filter(pk=email.pk).update(created_at=timezone.now() - timedelta(hours=1))

    requeued = requeue_stuck_emails()

    assert requeued == 1
    assert len(mail.outbox) == 1


def test_sweep_recovers_email_from_a_dead_worker():
    email = queue_email("test_notice", {"title": "Izziv"}, user=UserFactory())
    long_ago = timezone.now() - timedelta(hours=1)
    OutboundEmail.objects.filter(pk=email.pk).update(
        status=OutboundEmail.Status.SENDING, claimed_at=long_ago, created_at=long_ago
    )

    requeue_stuck_emails()

    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert len(mail.outbox) == 1


def test_sweep_leaves_fresh_and_sent_emails_alone():
    fresh = queue_email("test_notice", {"title": "Nov"}, user=UserFactory())
    sent = queue_email("test_notice", {"title": "Poslan"}, user=UserFactory())
    send_outbound_email(sent.pk)
    mail.outbox.clear()

    assert requeue_stuck_emails() == 0
    assert mail.outbox == []
    fresh.refresh_from_db()
    assert fresh.status == OutboundEmail.Status.PENDING


def _mailgun_event(outbox_id, *, key=SIGNING_KEY):
    timestamp = str(int(time.time()))
    token = "a" * 50
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {
        "signature": {"timestamp": timestamp, "token": token, "signature": signature},
        "event-data": {
            "event": "failed",
            "severity": "permanent",
            "timestamp": time.time(),
            "id": "event-1",
            "recipient": "member@example.org",
            "reason": "bounce",
            "delivery-status": {"code": 550, "message": "5.1.1 mailbox does not exist"},
            "message": {"headers": {"message-id": "provider-id@mailgun.example"}},
            "user-variables": {"outbox_id": str(outbox_id)},
        },
    }


def _post_mailgun(client, payload):
    credentials = base64.b64encode(WEBHOOK_SECRET.encode()).decode()
    return client.post(
        "/anymail/mailgun/tracking/",
        data=json.dumps(payload),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Basic {credentials}",
    )


@pytest.fixture
def mailgun_webhook(settings):
    settings.ANYMAIL = {
        **settings.ANYMAIL,
        "WEBHOOK_SECRET": WEBHOOK_SECRET,
        "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY,
    }


def test_webhook_rejects_bad_signature(client, mailgun_webhook):
    email = queue_email("test_notice", {"title": "Izziv"}, user=UserFactory())

    response = _post_mailgun(client, _mailgun_event(email.pk, key="forged-key"))

    assert response.status_code == 400
    email.refresh_from_db()
    assert email.delivery == ""


def test_webhook_records_bounce(client, mailgun_webhook):
    email = queue_email("test_notice", {"title": "Izziv"}, user=UserFactory())

    response = _post_mailgun(client, _mailgun_event(email.pk))

    assert response.status_code == 200
    email.refresh_from_db()
    assert email.delivery == OutboundEmail.Delivery.BOUNCED
    assert email.delivery_updated_at is not None


def test_attachment_is_sent_with_the_message(django_capture_on_commit_callbacks):
    member = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        queue_email(
            "test_notice",
            {"title": "Izziv"},
            user=member,
            attachments=[("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")],
        )

    filename, content, mimetype = mail.outbox[0].attachments[0]
    assert filename == "event.ics"
    assert "BEGIN:VCALENDAR" in content
    assert mimetype == "text/calendar"
