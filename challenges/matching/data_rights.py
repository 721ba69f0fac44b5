"""Facilitation's part of a member's data export and of their account deletion."""

import logging

from challenges.models import ChallengePage
from community.data_rights import exported_fields

from .models import FacilitatorProfile

logger = logging.getLogger(__name__)

# Internal fields that are not the member's data, or that the export shows differently.
_PROFILE_FIELDS_LEFT_OUT = {"id", "user"}


def _titles_by_key(keys):
    pages = ChallengePage.objects.filter(translation_key__in=keys).order_by("path")
    titles = {}
    for page in pages:
        titles.setdefault(page.translation_key, page.title)
    return titles


def export_facilitation(user):
    """Return ``user``'s facilitator profile, offers and suggested challenges, or None."""
    profile = FacilitatorProfile.objects.filter(user=user).first()
    if profile is None:
        return None

    data = exported_fields(profile, _PROFILE_FIELDS_LEFT_OUT)
    data["skills"] = sorted(tag.name for tag in profile.skills.all())
    data["methods"] = sorted(method.title for method in profile.methods.all())
    data["other_methods"] = sorted(tag.name for tag in profile.other_methods.all())
    data["topics"] = sorted(tag.name for tag in profile.topics.all())

    offers = profile.offers.select_related("challenge").order_by("created_at", "pk")
    data["offers"] = [
        {
            "challenge": offer.challenge.title,
            "motivation": offer.motivation,
            "status": offer.status,
            "offered_at": offer.created_at,
            "updated_at": offer.updated_at,
        }
        for offer in offers
    ]

    notices = list(profile.suggestion_notices.order_by("sent_at", "pk"))
    titles = _titles_by_key([notice.challenge_key for notice in notices])
    data["suggestions_sent"] = [
        {"challenge": titles.get(notice.challenge_key), "sent_at": notice.sent_at}
        for notice in notices
    ]
    return data


def erase_facilitation(user):
    """Delete ``user``'s facilitator profile with its offers and sent suggestions.

    A confirmed team keeps its place for the member in ChallengeTeamMember, which
    the account deletion anonymises.
    """
    deleted, _by_model = FacilitatorProfile.objects.filter(user=user).delete()
    if deleted:
        logger.info("user %s erased from facilitation; facilitator profile deleted", user.pk)
