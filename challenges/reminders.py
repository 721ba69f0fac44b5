"""Remind institutions of commitments that are nearly due or late."""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from community.choices import Sector
from community.models import MemberProfile
from hub.email.services import queue_email

from .choices import CommitmentStatus
from .models import Commitment
from .services import challenge_in_language

logger = logging.getLogger(__name__)

DUE_SOON_DAYS = 3
OPEN_STATUSES = [CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS]


def representatives_of(organisation_id):
    """Return the active users who may represent the institution ``organisation_id``."""
    profiles = MemberProfile.objects.filter(
        organisation_id=organisation_id,
        organisation__verified=True,
        organisation__sector=Sector.PUBLIC,
        is_representative=True,
        user__is_active=True,
    ).select_related("user")
    return [profile.user for profile in profiles]


def _remind(commitment, template, stamp_field, now):
    with transaction.atomic():
        locked = (
            Commitment.objects.select_for_update()
            .select_related("challenge")
            .filter(pk=commitment.pk, **{f"{stamp_field}__isnull": True})
            .first()
        )
        if locked is None:
            return 0
        setattr(locked, stamp_field, now)
        locked.save(update_fields=[stamp_field])
        recipients = representatives_of(locked.challenge.institution_id)
        for user in recipients:
            page = challenge_in_language(locked.challenge, user.language)
            queue_email(
                template,
                {
                    "what": locked.what,
                    "due_date": locked.due_date,
                    "responsible_person": locked.responsible_person,
                    "challenge_title": page.title,
                    "challenge_url": page.get_full_url(),
                },
                user=user,
            )
    logger.info(
        "commitment %s: %s sent to %s representatives", commitment.pk, template, len(recipients)
    )
    return len(recipients)


def send_commitment_reminders(today=None):
    """Queue each due-soon and each overdue reminder once per commitment.

    Returns the number of emails queued. Running it twice on one day sends nothing
    the second time, because each reminder stamps its commitment.
    """
    today = today or timezone.localdate()
    now = timezone.now()
    open_commitments = Commitment.objects.filter(status__in=OPEN_STATUSES)
    sent = 0
    for commitment in open_commitments.filter(
        due_date__gte=today,
        due_date__lte=today + timedelta(days=DUE_SOON_DAYS),
        due_soon_reminded_at__isnull=True,
    ):
        sent += _remind(commitment, "commitment_due_soon", "due_soon_reminded_at", now)
    for commitment in open_commitments.filter(due_date__lt=today, overdue_reminded_at__isnull=True):
        sent += _remind(commitment, "commitment_overdue", "overdue_reminded_at", now)
    return sent
