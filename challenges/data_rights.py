"""The challenges' part of a member's data export and of their account deletion.

Facilitation has its own part in ``challenges.matching.data_rights``.
"""

import logging

from django.db.models import Q

from community.models import MemberProfile

from .choices import UpdateDelivery
from .models import (
    ChallengeAttachment,
    ChallengePage,
    ChallengeTeamMember,
    ChallengeUpdate,
    Commitment,
    Follow,
    FollowerPreference,
    StatusChange,
)
from .submission import active_workflow_state, submission_state

logger = logging.getLogger(__name__)


def _names_of(user):
    """Return the names ``user`` may be written under as a commitment's responsible person."""
    names = {user.get_full_name().strip()}
    profile = MemberProfile.objects.filter(user=user).only("display_name").first()
    if profile is not None:
        names.add(profile.display_name.strip())
    return {name for name in names if name}


def _responsible_for(user):
    named = Q()
    for name in _names_of(user):
        named |= Q(responsible_person__iexact=name)
    return Q(created_by=user) | named if named else Q(created_by=user)


def _export_submission(page):
    return {
        "challenge": page.title,
        "institution": page.institution.name,
        "language": page.locale.language_code,
        "submission_state": submission_state(page, active_workflow_state(page)),
        "status": page.status,
        "contact_name": page.contact_name,
        "contact_email": page.contact_email,
        "contact_phone": page.contact_phone,
        "first_published_at": page.first_published_at,
    }


def export_challenges(user):
    """Return the challenges ``user`` follows, submitted, works on and wrote about."""
    preference = FollowerPreference.objects.filter(user=user).first()
    follows = Follow.objects.filter(user=user).select_related("challenge")
    updates = ChallengeUpdate.objects.filter(author=user).select_related("challenge")
    commitments = (
        Commitment.objects.filter(_responsible_for(user))
        .select_related("challenge", "responsible_organisation")
        .order_by("due_date", "pk")
    )
    submissions = ChallengePage.objects.filter(owner=user).select_related("institution", "locale")
    teams = ChallengeTeamMember.objects.filter(user=user).select_related("challenge")
    attachments = ChallengeAttachment.objects.filter(uploaded_by=user).select_related("challenge")
    status_changes = StatusChange.objects.filter(changed_by=user).select_related("challenge")
    return {
        "update_delivery": (
            preference.update_delivery if preference is not None else UpdateDelivery.IMMEDIATE
        ),
        "follows": [
            {"challenge": follow.challenge.title, "followed_at": follow.created_at}
            for follow in follows.order_by("created_at", "pk")
        ],
        "updates": [
            {
                "challenge": update.challenge.title,
                "kind": update.kind,
                "text": update.text,
                "public": update.is_public,
                "posted_at": update.created_at,
            }
            for update in updates.order_by("created_at", "pk")
        ],
        "commitments": [
            {
                "challenge": commitment.challenge.title,
                "what": commitment.what,
                "responsible_organisation": commitment.responsible_organisation.name,
                "responsible_person": commitment.responsible_person,
                "due_date": commitment.due_date,
                "status": commitment.status,
                "recorded_by_you": commitment.created_by_id == user.pk,
            }
            for commitment in commitments
        ],
        "submissions": [_export_submission(page) for page in submissions.order_by("path")],
        "attachments_uploaded": [
            {
                "challenge": attachment.challenge.title,
                "title": attachment.title,
                "uploaded_at": attachment.created_at,
            }
            for attachment in attachments.order_by("created_at", "pk")
        ],
        "status_changes": [
            {
                "challenge": change.challenge.title,
                "from": change.from_status,
                "to": change.to_status,
                "note": change.note,
                "changed_at": change.created_at,
            }
            for change in status_changes.order_by("created_at", "pk")
        ],
        "team_memberships": [
            {"challenge": member.challenge.title, "role": member.role, "added_at": member.added_at}
            for member in teams.order_by("added_at", "pk")
        ],
    }


def erase_challenges(user):
    """Delete ``user``'s follows and email preference, and their address as a challenge contact.

    Updates, commitments, attachments and team places stay with the challenge,
    because they are part of its public record. The account deletion anonymises
    their author, who then shows as "a member".
    """
    Follow.objects.filter(user=user).delete()
    FollowerPreference.objects.filter(user=user).delete()
    # Staff then see an empty contact on the challenge and choose another person.
    # NOTE: earlier page revisions still hold the old contact details.
    cleared = ChallengePage.objects.filter(contact_email__iexact=user.email).update(
        contact_name="", contact_email="", contact_phone=""
    )
    logger.info("user %s erased from challenges; contact cleared on %s pages", user.pk, cleared)
