"""Reminders the day before each session, one per enrolment and session."""

import logging
from datetime import datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from trainings import emails
from trainings.models import Enrolment, SessionReminder, TrainingSession

logger = logging.getLogger(__name__)

# Reminders go out the day before a session, from this local hour on, so a
# periodic run that was missed in the morning still sends them later that day.
FIRST_LOCAL_HOUR = 9
LAST_LOCAL_HOUR = 20


def _tomorrow_bounds(local_now):
    """Return the start and end of the day after ``local_now``, as aware datetimes."""
    tomorrow = local_now.date() + timedelta(days=1)
    zone = local_now.tzinfo
    start = timezone.make_aware(datetime.combine(tomorrow, time.min), zone)
    end = timezone.make_aware(datetime.combine(tomorrow + timedelta(days=1), time.min), zone)
    return start, end


def _enrolments_for(session):
    """Return the confirmed enrolments that cover ``session``, single or series."""
    if session.page.is_series:
        covering = Q(training=session.page, session__isnull=True)
    else:
        covering = Q(session=session)
    return Enrolment.objects.filter(covering, status=Enrolment.Status.CONFIRMED).select_related(
        "member", "training", "session"
    )


def _claim(enrolment, session, now):
    """Write the reminder's row; return False when another run already wrote it."""
    try:
        with transaction.atomic():
            SessionReminder.objects.create(enrolment=enrolment, session=session, sent_at=now)
    except IntegrityError:
        return False
    return True


def send_due_reminders(now=None):
    """Queue a reminder for every confirmed enrolment in a session that starts tomorrow.

    Runs only between FIRST_LOCAL_HOUR and LAST_LOCAL_HOUR local time, so nobody
    gets a reminder at night. Members enrolled in a series get one before each
    session. The unique SessionReminder row is written in the same transaction
    as the outbox row, so two runs at once, or a second run, send nothing twice.
    Returns the number of reminders queued.
    """
    now = now or timezone.now()
    local_now = timezone.localtime(now)
    if not FIRST_LOCAL_HOUR <= local_now.hour <= LAST_LOCAL_HOUR:
        return 0
    start, end = _tomorrow_bounds(local_now)
    sessions = TrainingSession.objects.filter(
        start__gte=start, start__lt=end, page__live=True
    ).select_related("page")
    sent = 0
    for session in sessions:
        already_reminded = set(
            SessionReminder.objects.filter(session=session).values_list("enrolment_id", flat=True)
        )
        for enrolment in _enrolments_for(session):
            if enrolment.pk in already_reminded:
                continue
            with transaction.atomic():
                if not _claim(enrolment, session, now):
                    continue
                emails.send_reminder(enrolment, session)
            logger.info("reminder for enrolment %s and session %s queued", enrolment.pk, session.pk)
            sent += 1
    return sent
