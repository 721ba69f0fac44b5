"""The activity log: entries recorded from attendance and challenges, and entries people add."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from challenges.models import ChallengePage, ChallengeTeamMember
from trainings.models import Enrolment

from .models import Activity, Ambassador


def _record(ambassador, *, source_key, **fields):
    """Create the entry for ``source_key`` unless the ambassador's log has it already."""
    if Activity.objects.filter(ambassador=ambassador, source_key=source_key).exists():
        return None
    try:
        with transaction.atomic():
            return Activity.objects.create(ambassador=ambassador, source_key=source_key, **fields)
    except IntegrityError:
        # Another process recorded the same fact a moment earlier.
        return None


def _enrolment_date(enrolment):
    start = enrolment.session.start if enrolment.session_id else enrolment.training.start
    return timezone.localdate(start) if start else timezone.localdate()


def record_attendance(enrolment):
    """Log an attended training for each of the member's active appointments, or drop it.

    An attendance that staff correct to "no-show" takes its entry out of the log.
    """
    source_key = f"enrolment:{enrolment.pk}"
    appointments = list(Ambassador.objects.active().filter(member_id=enrolment.member_id))
    if enrolment.attendance != Enrolment.Attendance.ATTENDED:
        Activity.objects.filter(source_key=source_key).delete()
        return
    for ambassador in appointments:
        _record(
            ambassador,
            source_key=source_key,
            kind=Activity.Kind.TRAINING,
            occurred_on=_enrolment_date(enrolment),
            title=enrolment.training.title,
            training=enrolment.training,
        )


def record_challenge_brought(challenge):
    """Log a published challenge for the ambassador of its institution who submitted it."""
    if challenge.owner_id is None:
        return
    appointments = Ambassador.objects.active().filter(
        member_id=challenge.owner_id, institution_id=challenge.institution_id
    )
    for ambassador in appointments:
        _record(
            ambassador,
            source_key=f"challenge:{challenge.translation_key}",
            kind=Activity.Kind.CHALLENGE_BROUGHT,
            occurred_on=timezone.localdate(challenge.first_published_at or timezone.now()),
            title=challenge.title,
            challenge=challenge,
        )


def record_challenge_supported(team_member):
    challenge = team_member.challenge
    for ambassador in Ambassador.objects.active().filter(member_id=team_member.user_id):
        _record(
            ambassador,
            source_key=f"team:{challenge.translation_key}",
            kind=Activity.Kind.CHALLENGE_SUPPORTED,
            occurred_on=timezone.localdate(team_member.added_at or timezone.now()),
            title=challenge.title,
            challenge=challenge,
        )


def record_past_activity(ambassador):
    """Log what the member did for the hub since the appointment date, for a new appointment."""
    enrolments = Enrolment.objects.filter(
        member_id=ambassador.member_id, attendance=Enrolment.Attendance.ATTENDED
    ).select_related("training", "session")
    for enrolment in enrolments:
        if _enrolment_date(enrolment) >= ambassador.appointed_on:
            record_attendance(enrolment)
    challenges = ChallengePage.objects.live().filter(
        owner_id=ambassador.member_id, institution_id=ambassador.institution_id
    )
    for challenge in challenges:
        record_challenge_brought(challenge)
    for team_member in ChallengeTeamMember.objects.filter(
        user_id=ambassador.member_id
    ).select_related("challenge"):
        record_challenge_supported(team_member)


def add_entry(ambassador, *, kind, title, occurred_on, note="", by=None, challenge=None):
    """Add an entry that the ambassador or staff wrote themselves."""
    return Activity.objects.create(
        ambassador=ambassador,
        kind=kind,
        title=title,
        occurred_on=occurred_on,
        note=note,
        challenge=challenge,
        added_by=by,
    )
