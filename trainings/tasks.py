"""Periodic tasks of the trainings app. Each is safe to run twice."""

import logging

from celery import shared_task

from trainings import reminders

logger = logging.getLogger(__name__)


@shared_task
def send_session_reminders():
    """Email every confirmed participant of a session that starts tomorrow, local time."""
    sent = reminders.send_due_reminders()
    if sent:
        logger.info("queued %s training reminders", sent)
    return sent
