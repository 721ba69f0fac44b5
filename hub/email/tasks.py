"""Celery tasks that deliver outbox rows. Each is safe to run twice."""

import logging
from datetime import timedelta

from anymail.exceptions import AnymailError
from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.utils import timezone

from .models import OutboundEmail

logger = logging.getLogger(__name__)

RETRY_BACKOFF_MAX_SECONDS = 3600


class ProviderError(Exception):
    """The email provider failed in a way that a later attempt may not."""


def _claim(email_id):
    """Move the row from pending to sending, returning whether this caller won the update."""
    return (
        OutboundEmail.objects.filter(pk=email_id, status=OutboundEmail.Status.PENDING).update(
            status=OutboundEmail.Status.SENDING, claimed_at=timezone.now()
        )
        == 1
    )


def _build_message(email):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to_address],
        reply_to=[email.reply_to] if email.reply_to else None,
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    for attachment in email.attachments:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    # Providers echo metadata back in tracking events, which ties them to this row.
    message.metadata = {"outbox_id": str(email.pk)}
    message.tags = [email.template]
    return message


@shared_task(
    bind=True,
    autoretry_for=(ProviderError,),
    retry_backoff=30,
    retry_backoff_max=RETRY_BACKOFF_MAX_SECONDS,
    retry_jitter=True,
    max_retries=settings.EMAIL_OUTBOX_MAX_ATTEMPTS,
)
def send_outbound_email(self, email_id):
    """Send outbox row ``email_id`` unless another run has sent or is sending it."""
    if not _claim(email_id):
        logger.info("outbound email %s is not pending; nothing to send", email_id)
        return
    email = OutboundEmail.objects.get(pk=email_id)
    message = _build_message(email)
    try:
        message.send()
    except (AnymailError, OSError) as error:
        exhausted = self.request.retries >= self.max_retries
        OutboundEmail.objects.filter(pk=email_id).update(
            status=OutboundEmail.Status.FAILED if exhausted else OutboundEmail.Status.PENDING,
            attempts=email.attempts + 1,
            last_error=str(error)[:2000],
            claimed_at=None,
            last_attempt_at=timezone.now(),
        )
        logger.warning(
            "outbound email %s failed on attempt %s: %s", email_id, email.attempts + 1, error
        )
        if exhausted:
            return
        raise ProviderError(str(error)) from error

    status = getattr(message, "anymail_status", None)
    OutboundEmail.objects.filter(pk=email_id).update(
        status=OutboundEmail.Status.SENT,
        attempts=email.attempts + 1,
        sent_at=timezone.now(),
        last_attempt_at=timezone.now(),
        last_error="",
        provider_message_id=(status.message_id or "") if status else "",
    )
    logger.info("outbound email %s sent", email_id)


@shared_task
def requeue_stuck_emails():
    """Queue again the rows whose task never ran or whose worker died while sending."""
    cutoff = timezone.now() - timedelta(seconds=settings.EMAIL_OUTBOX_STUCK_AFTER_SECONDS)
    stuck_sending = OutboundEmail.objects.filter(
        status=OutboundEmail.Status.SENDING, claimed_at__lt=cutoff
    )
    # A worker that died mid-send may have handed the message over already. Its
    # provider message id is then unknown, so a rare duplicate is preferred to a loss.
    stuck_sending.update(status=OutboundEmail.Status.PENDING, claimed_at=None)
    # Rows that failed recently wait for the retry Celery has already scheduled.
    retry_cutoff = timezone.now() - timedelta(seconds=RETRY_BACKOFF_MAX_SECONDS)
    pending = OutboundEmail.objects.filter(
        Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lt=retry_cutoff),
        status=OutboundEmail.Status.PENDING,
        created_at__lt=cutoff,
    ).values_list("pk", flat=True)
    count = 0
    for email_id in pending.iterator():
        send_outbound_email.delay(email_id)
        count += 1
    if count:
        logger.info("requeued %s stuck outbound emails", count)
    return count
