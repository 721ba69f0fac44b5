"""Permission checks for challenges, shared by views and templates."""

from community.models import MemberProfile


def representative_profile(user):
    """Return ``user``'s profile when they may act for a verified public institution."""
    if not user.is_authenticated:
        return None
    profile = MemberProfile.objects.select_related("organisation").filter(user_id=user.pk).first()
    if profile is None or not profile.may_represent:
        return None
    return profile


def is_representative_of(user, institution_id):
    profile = representative_profile(user)
    return profile is not None and profile.organisation_id == institution_id


def is_team_member(user, challenge):
    if not user.is_authenticated:
        return False
    from .models import ChallengeTeamMember

    return ChallengeTeamMember.objects.filter(
        challenge__translation_key=challenge.translation_key, user_id=user.pk
    ).exists()


def can_manage(user, challenge):
    """Return whether ``user`` may post updates, add commitments and change the status."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    return is_representative_of(user, challenge.institution_id) or is_team_member(user, challenge)


def can_see_contact(user, challenge):
    """Return whether ``user`` is hub staff or on the team, who may see the contact person."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or is_team_member(user, challenge)


def can_download_attachments(user, challenge):
    """Return whether ``user`` may download the files attached to ``challenge``.

    Everyone may once the challenge is live and no view restriction covers it;
    before that, only hub staff and the owning institution's representatives.
    """
    if challenge.live and not challenge.get_view_restrictions().exists():
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or is_representative_of(user, challenge.institution_id)
