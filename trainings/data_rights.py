"""The trainings' part of a member's data export and of their account deletion."""

import logging

from django.conf import settings

from trainings import certificates, services
from trainings.models import Certificate, Enrolment, SessionReminder, TrainingTrainer

logger = logging.getLogger(__name__)


def _session_dates(enrolment):
    sessions = (
        [enrolment.session] if enrolment.session_id else enrolment.training.ordered_sessions()
    )
    return [{"start": session.start, "end": session.end} for session in sessions]


def _export_enrolment(enrolment):
    return {
        "training": enrolment.training.title,
        "sessions": _session_dates(enrolment),
        "status": enrolment.status,
        "attendance": enrolment.attendance,
        "requested_at": enrolment.requested_at,
        "promoted_at": enrolment.promoted_at,
        "cancelled_at": enrolment.cancelled_at,
    }


def _export_waitlist_place(enrolment):
    return {
        "training": enrolment.training.title,
        "sessions": _session_dates(enrolment),
        "position": services.waitlist_position(enrolment),
        "requested_at": enrolment.requested_at,
    }


def _export_certificate(certificate, language):
    enrolment = certificate.enrolment
    return {
        "training": enrolment.training.title,
        "code": certificate.code,
        "issued_at": certificate.issued_at,
        "valid": certificates.is_eligible(enrolment),
        "check_url": certificates.check_url(certificate, language),
    }


def export_trainings(user):
    """Return ``user``'s enrolments, waitlist places, certificates, reminders and trainer roles.

    The hub stores no reminder preferences: every confirmed participant gets the
    reminders, so the export lists the reminders sent.
    """
    enrolments = list(
        Enrolment.objects.filter(member=user)
        .select_related("training", "session")
        .prefetch_related("training__sessions")
        .order_by("requested_at", "pk")
    )
    issued = (
        Certificate.objects.filter(enrolment__member=user)
        .select_related("enrolment__training")
        .order_by("issued_at", "pk")
    )
    reminders = (
        SessionReminder.objects.filter(enrolment__member=user)
        .select_related("enrolment__training", "session")
        .order_by("sent_at", "pk")
    )
    trainer_roles = (
        TrainingTrainer.objects.filter(user=user).select_related("page").order_by("page_id", "pk")
    )
    language = getattr(user, "language", None) or settings.LANGUAGE_CODE
    waitlisted = Enrolment.Status.WAITLISTED
    return {
        "enrolments": [
            _export_enrolment(enrolment)
            for enrolment in enrolments
            if enrolment.status != waitlisted
        ],
        "waitlist": [
            _export_waitlist_place(enrolment)
            for enrolment in enrolments
            if enrolment.status == waitlisted
        ],
        "certificates": [_export_certificate(certificate, language) for certificate in issued],
        "reminders_sent": [
            {
                "training": reminder.enrolment.training.title,
                "session_start": reminder.session.start,
                "sent_at": reminder.sent_at,
            }
            for reminder in reminders
        ],
        "trainer_of": [
            {"training": trainer.page.title, "role": trainer.role} for trainer in trainer_roles
        ],
    }


def erase_trainings(user):
    """Delete ``user``'s waitlist places, cancelled enrolments and seats in sessions to come.

    A freed seat goes to the first member on the waitlist. Enrolments in sessions
    that have started stay with the anonymised account, because they record
    attendance, and certificates issued for them can still be checked by code.
    """
    inactive = [Enrolment.Status.WAITLISTED, Enrolment.Status.CANCELLED]
    _total, deleted_by_model = Enrolment.objects.filter(member=user, status__in=inactive).delete()
    deleted = deleted_by_model.get(Enrolment._meta.label, 0)
    released = 0
    confirmed = Enrolment.objects.filter(member=user, status=Enrolment.Status.CONFIRMED)
    for enrolment in confirmed.select_related("training", "session"):
        if services.remove_upcoming_enrolment(enrolment):
            released += 1
    logger.info(
        "user %s erased from trainings: %s inactive enrolments deleted, %s seats released",
        user.pk,
        deleted,
        released,
    )
