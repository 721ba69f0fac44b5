"""Messages from staff to the participants of a session or of a whole training."""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from hub.email.services import queue_email
from trainings.models import Enrolment, StaffMessage

logger = logging.getLogger(__name__)


class AlreadySent(Exception):
    """The form with this token was submitted before; its message was sent then."""

    def __init__(self, message):
        super().__init__(f"staff message {message.pk} was already sent")
        self.message = message


def recipient_enrolments(training, session=None, *, include_waitlist=False):
    """Return one active enrolment per member who should get the message, oldest first.

    ``session`` None means every session of the training; a series training has
    only whole-series enrolments.
    """
    statuses = [Enrolment.Status.CONFIRMED]
    if include_waitlist:
        statuses.append(Enrolment.Status.WAITLISTED)
    enrolments = Enrolment.objects.filter(training=training, status__in=statuses)
    if session is not None:
        enrolments = enrolments.filter(session=session)
    chosen = {}
    for enrolment in enrolments.select_related("member", "session").order_by("requested_at", "pk"):
        if enrolment.member.is_active:
            # A member in several sessions gets the message once, about the earliest enrolment.
            chosen.setdefault(enrolment.member_id, enrolment)
    return list(chosen.values())


def _texts_for(message, language):
    if language == "en" and message.subject_en.strip() and message.body_en.strip():
        return message.subject_en, message.body_en
    return message.subject_sl, message.body_sl


def send(
    *,
    training,
    session,
    include_waitlist,
    subject_sl,
    body_sl,
    subject_en="",
    body_en="",
    sender,
    form_token,
):
    """Record the message and queue one email per recipient in their own language.

    Everything happens in one transaction that starts by inserting the form's
    unique token. A form sent twice, even at the same moment, therefore queues
    its emails once, and the second submission raises AlreadySent.
    """
    try:
        with transaction.atomic():
            message = StaffMessage.objects.create(
                training=training,
                session=session,
                include_waitlist=include_waitlist,
                subject_sl=subject_sl,
                body_sl=body_sl,
                subject_en=subject_en,
                body_en=body_en,
                sender=sender,
                form_token=form_token,
            )
            enrolments = recipient_enrolments(training, session, include_waitlist=include_waitlist)
            for enrolment in enrolments:
                _queue(message, enrolment)
            message.recipient_count = len(enrolments)
            message.save(update_fields=["recipient_count"])
    except IntegrityError as error:
        earlier = StaffMessage.objects.filter(form_token=form_token).first()
        if earlier is None:
            raise
        raise AlreadySent(earlier) from error
    logger.info(
        "staff message %s queued for %s members of training %s",
        message.pk,
        message.recipient_count,
        training.pk,
    )
    return message


def _queue(message, enrolment):
    member = enrolment.member
    language = member.language or settings.LANGUAGE_CODE
    subject, body = _texts_for(message, language)
    training = message.training.in_language(language)
    with translation.override(language):
        my_trainings_path = reverse("trainings:my_trainings")
    queue_email(
        "training_staff_message",
        {
            "member": member,
            "training": training,
            "training_url": training.full_url or "",
            "staff_subject": subject,
            "staff_body": body,
            "waitlisted": enrolment.status == Enrolment.Status.WAITLISTED,
            "my_trainings_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + my_trainings_path,
        },
        user=member,
    )
