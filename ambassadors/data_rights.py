"""The ambassadors' part of a member's data export and of their account deletion."""

import logging

from django.utils import timezone

from community.relay import member_name

from .models import Ambassador, Nomination
from .track import progress_for

logger = logging.getLogger(__name__)


def _export_activity(activity):
    return {
        "kind": activity.kind,
        "occurred_on": activity.occurred_on,
        "title": activity.title,
        "note": activity.note,
        "training": activity.training.title if activity.training_id else None,
        "challenge": activity.challenge.title if activity.challenge_id else None,
    }


def _export_appointment(ambassador):
    activities = ambassador.activities.select_related("training", "challenge")
    return {
        "institution": ambassador.institution.name,
        "appointed_on": ambassador.appointed_on,
        "ended_on": ambassador.ended_on,
        "end_note": ambassador.end_note,
        "statement_sl": ambassador.statement_sl,
        "statement_en": ambassador.statement_en,
        "focus_areas": sorted(tag.name for tag in ambassador.focus_areas.all()),
        "track_completed_on": ambassador.track_completed_on,
        "activities": [
            _export_activity(activity) for activity in activities.order_by("occurred_on", "pk")
        ],
    }


def _export_nomination(nomination, other_party_key, other_party):
    return {
        "kind": nomination.kind,
        "institution": nomination.institution.name,
        other_party_key: member_name(other_party) if other_party is not None else None,
        "motivation": nomination.motivation,
        "focus_areas": nomination.focus_areas,
        "status": nomination.status,
        "submitted_at": nomination.created_at,
        "decided_at": nomination.decided_at,
        "decision_note": nomination.decision_note,
    }


def _export_track(user):
    progress = progress_for(user)
    return {
        "done": progress.done,
        "total": progress.total,
        "attended": [training.title for training in progress.attended],
        "missing": [training.title for training in progress.missing],
    }


def export_ambassadors(user):
    """Return ``user``'s appointments, nominations of and by them, and their track progress.

    Other members appear by display name only. Track progress is given only to
    members who have been appointed at least once.
    """
    appointments = list(
        Ambassador.objects.filter(member=user)
        .select_related("institution")
        .order_by("appointed_on", "pk")
    )
    nominations_received = Nomination.objects.filter(member=user).select_related(
        "institution", "nominated_by__profile"
    )
    nominations_made = (
        Nomination.objects.filter(nominated_by=user)
        .exclude(member=user)
        .select_related("institution", "member__profile")
    )
    return {
        "appointments": [_export_appointment(ambassador) for ambassador in appointments],
        "nominations_received": [
            _export_nomination(nomination, "nominated_by", nomination.nominated_by)
            for nomination in nominations_received.order_by("created_at", "pk")
        ],
        "nominations_made": [
            _export_nomination(nomination, "member", nomination.member)
            for nomination in nominations_made.order_by("created_at", "pk")
        ],
        "track": _export_track(user) if appointments else None,
    }


def erase_ambassadors(user):
    """End ``user``'s active appointments and delete their pending nominations.

    Appointments stay as each institution's history, without the member's
    statements, and show the member as a deleted member once the account is
    anonymised. Unlike when staff end an appointment, no email is sent.
    Nominations that the member made for colleagues stay with those colleagues.
    """
    today = timezone.localdate()
    ended = 0
    for ambassador in Ambassador.objects.active().filter(member=user):
        # An appointment dated later than today (entered by staff) ends the day it starts.
        ambassador.ended_on = max(today, ambassador.appointed_on)
        ambassador.save(update_fields=["ended_on"])
        ended += 1
    Ambassador.objects.filter(member=user).update(statement_sl="", statement_en="")
    pending = Nomination.objects.filter(member=user, status=Nomination.Status.PENDING)
    _total, deleted_by_model = pending.delete()
    logger.info(
        "user %s erased from ambassadors: %s appointments ended, %s pending nominations deleted",
        user.pk,
        ended,
        deleted_by_model.get(Nomination._meta.label, 0),
    )
