"""Periodic tasks of the trainings app. Each is safe to run twice."""

import logging
from datetime import datetime, time, timedelta

from celery import shared_task
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from trainings import emails
from trainings.models import Enrolment, TrainingSession

logger = logging.getLogger(__name__)


def _tomorrow_bounds(now):
    """Return the start and end of tomorrow in the local time zone, as aware datetimes."""
    tomorrow = timezone.localtime(now).date() + timedelta(days=1)
    zone = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.combine(tomorrow, time.min), zone)
    end = timezone.make_aware(datetime.combine(tomorrow + timedelta(days=1), time.min), zone)
    return start, end


@shared_task
def send_session_reminders():
    """Email every confirmed participant of a session that starts tomorrow, local time.

    A reminder is claimed by setting ``reminder_sent_at`` before it is queued, so
    a second run, or two workers at once, send it only once. A series enrolment
    is reminded before its first session only.
    """
    now = timezone.now()
    start, end = _tomorrow_bounds(now)
    sessions = TrainingSession.objects.filter(start__gte=start, start__lt=end).select_related(
        "page"
    )
    sent = 0
    for session in sessions:
        if session.page.is_series:
            if session.page.start != session.start:
                continue
            filters = Q(training=session.page, session__isnull=True)
        else:
            filters = Q(session=session)
        enrolments = Enrolment.objects.filter(
            filters, status=Enrolment.Status.CONFIRMED, reminder_sent_at__isnull=True
        ).select_related("member", "training", "session")
        for enrolment in enrolments:
            with transaction.atomic():
                claimed = Enrolment.objects.filter(
                    pk=enrolment.pk, reminder_sent_at__isnull=True
                ).update(reminder_sent_at=now)
                if not claimed:
                    continue
                emails.send_reminder(enrolment, session)
            sent += 1
    if sent:
        logger.info("queued %s training reminders", sent)
    return sent
