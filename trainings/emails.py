"""Queue the trainings' emails through the outbox, in each recipient's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from hub.email.services import queue_email
from trainings import calendars

ICS_MIMETYPE = "text/calendar"


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _sessions_of(enrolment):
    if enrolment.session_id:
        return [enrolment.session]
    return enrolment.training.ordered_sessions()


def _context(enrolment, **extra):
    member = enrolment.member
    language = getattr(member, "language", None) or settings.LANGUAGE_CODE
    training = enrolment.training.in_language(language)
    with translation.override(language):
        cancel_path = reverse("trainings:cancel_by_link", args=[enrolment.token])
        my_trainings_path = reverse("trainings:my_trainings")
    return {
        "member": member,
        "enrolment": enrolment,
        "training": training,
        "sessions": _sessions_of(enrolment),
        "training_url": training.full_url or "",
        "cancel_url": _absolute(cancel_path),
        "my_trainings_url": _absolute(my_trainings_path),
        **extra,
    }


def _calendar_attachment(context):
    content = calendars.session_calendar(
        context["sessions"],
        context["training"].title,
        url=context["training_url"],
        include_online_link=True,
    )
    return [("training.ics", content.decode(), ICS_MIMETYPE)]


def send_confirmed(enrolment):
    context = _context(enrolment)
    queue_email(
        "training_confirmed",
        context,
        user=enrolment.member,
        attachments=_calendar_attachment(context),
    )


def send_waitlisted(enrolment, position):
    queue_email(
        "training_waitlisted", _context(enrolment, position=position), user=enrolment.member
    )


def send_promoted(enrolment):
    context = _context(enrolment)
    queue_email(
        "training_promoted",
        context,
        user=enrolment.member,
        attachments=_calendar_attachment(context),
    )


def send_cancelled(enrolment):
    queue_email("training_cancelled", _context(enrolment), user=enrolment.member)


def send_moved(enrolment, previous_session):
    context = _context(enrolment, previous_session=previous_session)
    queue_email(
        "training_moved",
        context,
        user=enrolment.member,
        attachments=_calendar_attachment(context),
    )


def send_reminder(enrolment, session):
    context = _context(enrolment, session=session)
    queue_email("training_reminder", context, user=enrolment.member)
