"""Certificates of attendance: who gets one, the PDF, and the public check by code."""

import re
from pathlib import Path

import typst
from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from community.choices import Visibility
from trainings.models import Certificate, Enrolment

TEMPLATE = Path(__file__).resolve().parent / "typst" / "certificate.typ"
CODE_PATTERN = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")


def is_eligible(enrolment):
    """Return whether ``enrolment`` earns a certificate: confirmed, attended, and offered one."""
    return (
        enrolment.status == Enrolment.Status.CONFIRMED
        and enrolment.attendance == Enrolment.Attendance.ATTENDED
        and enrolment.training.gives_certificate
    )


def issue(enrolment):
    """Return the certificate of an eligible ``enrolment``, creating its code the first time."""
    if not is_eligible(enrolment):
        raise ValueError(f"enrolment {enrolment.pk} does not earn a certificate")
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Certificate.objects.create(enrolment=enrolment)
    except IntegrityError:
        # A second request for the same enrolment created it first.
        return Certificate.objects.get(enrolment=enrolment)


def find_valid(code):
    """Return the certificate with ``code`` while its enrolment still earns it, else None."""
    code = (code or "").strip().upper()
    if not CODE_PATTERN.match(code):
        return None
    certificate = (
        Certificate.objects.select_related(
            "enrolment__training", "enrolment__session", "enrolment__member__profile"
        )
        .filter(code=code)
        .first()
    )
    if certificate is None or not is_eligible(certificate.enrolment):
        return None
    return certificate


def public_holder_name(member):
    """Return the member's display name when their profile is shown to everyone, else None."""
    profile = getattr(member, "profile", None)
    if profile is None or not member.is_active or profile.visibility != Visibility.EVERYONE:
        return None
    return profile.display_name


def sessions_of(enrolment):
    if enrolment.session_id:
        return [enrolment.session]
    return enrolment.training.ordered_sessions()


def _session_line(session):
    start = timezone.localtime(session.start)
    end = timezone.localtime(session.end)
    return "{date}, {start}–{end}".format(
        date=formats.date_format(start, "DATE_FORMAT"),
        start=formats.time_format(start, "TIME_FORMAT"),
        end=formats.time_format(end, "TIME_FORMAT"),
    )


def _hours(sessions):
    seconds = sum((session.end - session.start).total_seconds() for session in sessions)
    return formats.number_format(round(seconds / 3600, 1), decimal_pos=1)


def _holder_name(member):
    profile = getattr(member, "profile", None)
    return member.get_full_name() or (profile.display_name if profile else "") or member.email


def check_url(certificate, language):
    with translation.override(language):
        path = reverse("trainings:certificate_check", args=[certificate.code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_pdf(certificate, language):
    """Return the PDF of ``certificate`` with every text in ``language``.

    Typst's own embedded fonts are used and the system's are ignored, so the
    letters č, š and ž look the same on every machine.
    """
    enrolment = certificate.enrolment
    training = enrolment.training.in_language(language)
    sessions = sessions_of(enrolment)
    issued_on = timezone.localtime(certificate.issued_at)
    with translation.override(language):
        trainer_names = [trainer.display_name for trainer in training.trainers.all()]
        inputs = {
            "lang": language,
            "issuer": gettext("Co-creation Hub"),
            "heading": gettext("Certificate of attendance"),
            "intro": gettext("This is to certify that"),
            "name": _holder_name(enrolment.member),
            "attended": gettext("attended the training"),
            "title": training.title,
            "sessions": "\n".join(_session_line(session) for session in sessions),
            "duration": gettext("Duration: %(hours)s hours") % {"hours": _hours(sessions)},
            "trainers": (
                gettext("Trainers: %(names)s") % {"names": ", ".join(trainer_names)}
                if trainer_names
                else ""
            ),
            "issued": gettext("Issued on %(date)s")
            % {"date": formats.date_format(issued_on, "DATE_FORMAT")},
            "code_label": gettext("Verification code"),
            "code": certificate.code,
            "check_label": gettext("Check that this certificate is valid at"),
            "check_url": check_url(certificate, language),
        }
    return typst.compile(str(TEMPLATE), sys_inputs=inputs, ignore_system_fonts=True)
