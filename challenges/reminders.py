"""Remind institutions of commitments that are nearly due or late."""

import logging
from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models import Q
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


def _start_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def _remind(commitment_id, template, stamp_field, now, stamp_before):
    """Queue ``template`` to the institution's representatives unless already sent.

    The commitment is stamped in the same transaction, so a second run finds the
    stamp and sends nothing. A stamp older than ``stamp_before`` (when given) no
    longer counts, which lets the overdue reminder go again the next day.
    """
    not_sent = Q(**{f"{stamp_field}__isnull": True})
    if stamp_before is not None:
        not_sent |= Q(**{f"{stamp_field}__lt": stamp_before})
    with transaction.atomic():
        locked = (
            Commitment.objects.select_for_update()
            .select_related("challenge")
            .filter(not_sent, pk=commitment_id, status__in=OPEN_STATUSES)
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
        "commitment %s: %s sent to %s representatives", commitment_id, template, len(recipients)
    )
    return len(recipients)


def send_commitment_reminders(now=None):
    """Queue the due-soon reminder once per commitment, and the overdue one once a day.

    A commitment gets one reminder when its due date is at most three days away,
    then one on each day it stays late (planned or in progress after its due date).
    Returns the number of emails queued. Running it twice on one day sends nothing
    the second time, because each reminder stamps its commitment.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    open_commitments = Commitment.objects.filter(status__in=OPEN_STATUSES)
    due_soon = open_commitments.filter(
        due_date__gte=today,
        due_date__lte=today + timedelta(days=DUE_SOON_DAYS),
        due_soon_reminded_at__isnull=True,
    )
    start_of_today = _start_of_day(today)
    overdue = open_commitments.filter(due_date__lt=today).filter(
        Q(overdue_reminded_at__isnull=True) | Q(overdue_reminded_at__lt=start_of_today)
    )
    sent = 0
    for commitment_id in due_soon.values_list("pk", flat=True):
        # The due-soon reminder goes once ever, so any earlier stamp counts.
        sent += _remind(commitment_id, "commitment_due_soon", "due_soon_reminded_at", now, None)
    for commitment_id in overdue.values_list("pk", flat=True):
        sent += _remind(
            commitment_id, "commitment_overdue", "overdue_reminded_at", now, start_of_today
        )
    return sent
