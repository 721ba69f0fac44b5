"""The rules of facilitation: profiles, offers to help, suggestions and team confirmation.

Views, the admin and tasks call these functions; each works without a request and
queues its emails in the caller's transaction, so a rolled-back action sends nothing.
"""

import logging
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from community.choices import Visibility
from community.models import MemberProfile
from community.services import set_profile_flag
from hub.email.services import queue_email

from .. import services as challenge_services
from ..choices import ChallengeStatus, TeamRole
from ..models import ChallengePage, ChallengeTeamMember
from . import engine, records
from .choices import OfferStatus
from .models import FacilitationOffer, FacilitatorProfile, SuggestionNotice

logger = logging.getLogger(__name__)

# Where an offer may go from each state, and who may move it there.
OFFER_MOVES = {
    OfferStatus.OFFERED: {OfferStatus.SHORTLISTED, OfferStatus.ACCEPTED, OfferStatus.DECLINED},
    OfferStatus.SHORTLISTED: {OfferStatus.ACCEPTED, OfferStatus.DECLINED},
    OfferStatus.ACCEPTED: set(),
    OfferStatus.DECLINED: set(),
    OfferStatus.WITHDRAWN: set(),
}
WITHDRAWABLE = {OfferStatus.OFFERED, OfferStatus.SHORTLISTED, OfferStatus.ACCEPTED}
# A team is confirmed while a challenge is in one of these states.
TEAM_STATUSES = [ChallengeStatus.OPEN, ChallengeStatus.TEAM_FORMING]
CANDIDATES_SHOWN = 30
SUGGESTIONS_PER_EMAIL = 5
SUGGESTION_WINDOW_DAYS = 14


class FacilitationError(challenge_services.ChallengeRuleError):
    """An action the facilitation rules do not allow; ``message`` is shown to the user."""


# Profiles


def sync_member_flag(profile):
    """Keep the directory's facilitator badge in step with the facilitator profile."""
    set_profile_flag(profile.user_id, "is_facilitator", profile.is_active)


def profile_of(user):
    if not user.is_authenticated:
        return None
    return FacilitatorProfile.objects.filter(user_id=user.pk).first()


# Offers


def _challenge_context(challenge, user):
    page = challenge_services.challenge_in_language(challenge, user.language)
    return {"challenge_title": page.title, "challenge_url": page.get_full_url()}


def _email_offer(offer, template="facilitation_offer_status"):
    user = offer.facilitator.user
    queue_email(
        template,
        {
            **_challenge_context(offer.challenge, user),
            "status": OfferStatus(offer.status).label,
            "motivation": offer.motivation,
        },
        user=user,
    )


def is_open_for_offers(page, today=None):
    today = today or timezone.localdate()
    if not page.live or page.status != ChallengeStatus.OPEN:
        return False
    return page.apply_by is None or page.apply_by >= today


def volunteer(challenge, *, facilitator, by, motivation):
    """Record ``facilitator``'s offer to help with ``challenge`` and email them.

    Raises FacilitationError when ``by`` is someone else, the facilitator profile is
    paused, the challenge does not take offers, or an offer is already standing.
    """
    motivation = (motivation or "").strip()
    if facilitator is None:
        raise FacilitationError(_("Create your facilitator profile first, then offer to help."))
    if by is None or facilitator.user_id != by.pk:
        raise FacilitationError(_("You can only offer help in your own name."))
    if not facilitator.is_active:
        raise FacilitationError(
            _("Your facilitator profile is paused. Make it available again to offer help.")
        )
    if not motivation:
        raise FacilitationError(_("Please write a few words on why you want to help."))
    with transaction.atomic():
        page = records.canonical_challenge(challenge)
        if page is None or not is_open_for_offers(page):
            raise FacilitationError(
                _("This challenge no longer takes offers to help: it is not open.")
            )
        standing = FacilitationOffer.objects.filter(
            facilitator=facilitator, challenge=page
        ).exclude(status=OfferStatus.WITHDRAWN)
        if standing.exists():
            raise FacilitationError(_("You have already offered to help with this challenge."))
        try:
            with transaction.atomic():
                offer = FacilitationOffer.objects.create(
                    facilitator=facilitator, challenge=page, motivation=motivation
                )
        except IntegrityError:
            # A second request for the same offer committed first.
            raise FacilitationError(
                _("You have already offered to help with this challenge.")
            ) from None
        _email_offer(offer)
    logger.info("facilitator %s offered help on challenge %s", facilitator.pk, page.pk)
    return offer


def move_offer(offer, new_status, *, by):
    """Move ``offer`` to ``new_status`` and email the facilitator.

    Staff shortlist, accept and decline; only the facilitator withdraws their own offer.
    """
    if new_status not in OfferStatus.values:
        raise FacilitationError(_("“%(status)s” is not an offer status.") % {"status": new_status})
    with transaction.atomic():
        offer = (
            FacilitationOffer.objects.select_for_update()
            .select_related("facilitator__user", "challenge")
            .get(pk=offer.pk)
        )
        if new_status == OfferStatus.WITHDRAWN:
            if by is None or by.pk != offer.facilitator.user_id:
                raise FacilitationError(_("Only the facilitator can withdraw their offer."))
            allowed = offer.status in WITHDRAWABLE
        else:
            if by is None or not by.is_staff:
                raise FacilitationError(_("Only hub staff can decide on offers."))
            allowed = new_status in OFFER_MOVES[offer.status]
        if not allowed:
            raise FacilitationError(
                _("An offer cannot move from “%(current)s” to “%(new)s”.")
                % {
                    "current": OfferStatus(offer.status).label,
                    "new": OfferStatus(new_status).label,
                }
            )
        offer.status = new_status
        offer.status_changed_by = by
        offer.save(update_fields=["status", "status_changed_by", "updated_at"])
        _email_offer(offer)
    logger.info("offer %s moved to %s", offer.pk, new_status)
    return offer


# Candidates and proposals


def candidates(challenge, *, limit=CANDIDATES_SHOWN, today=None):
    """Return the best eligible facilitators for ``challenge`` with their reasons.

    Each item is a dict with ``profile``, ``assessment`` and ``reasons`` (sentence,
    points) in the active language.
    """
    today = today or timezone.localdate()
    method_keys = records.MethodKeys()
    labels = {}
    need = records.challenge_record(challenge, method_keys, labels=labels)
    profiles = {profile.pk: profile for profile in records.facilitator_queryset()}
    people = records.facilitator_records(profiles.values(), method_keys)
    ranked = engine.rank(people, need, today)[:limit]
    return [
        {
            "profile": profiles[item.facilitator_id],
            "assessment": item,
            "reasons": records.explained(item, labels),
            "roles": [TeamRole(role).label for role in engine.ROLES if role in item.roles],
        }
        for item in ranked
    ]


def propose(challenges, *, today=None):
    """Return ``{challenge pk: TeamProposal}`` for ``challenges``, planned together."""
    today = today or timezone.localdate()
    method_keys = records.MethodKeys()
    needs = [records.challenge_record(page, method_keys) for page in challenges]
    # Imported here: numpy and scipy cost a web worker about 70 MB, needed only on this path.
    from .table import FacilitatorTable
    from .teams import propose_teams

    table = FacilitatorTable(records.facilitator_records(method_keys=method_keys))
    proposals = propose_teams(needs, table, today)
    return {proposal.challenge_id: proposal for proposal in proposals}


def fitting_challenges(profile, *, language, limit=10, today=None, pages=None):
    """Return open challenges that fit ``profile`` best, as ``(page, assessment, reasons)``.

    ``page`` is the translation in ``language`` where there is one.
    """
    today = today or timezone.localdate()
    method_keys = records.MethodKeys()
    profile = records.facilitator_queryset().filter(pk=profile.pk).first()
    if profile is None:
        return []
    if pages is None:
        pages = ChallengePage.objects.live().public().filter(status=ChallengeStatus.OPEN)
    originals = {}
    for page in pages.order_by("pk"):
        originals.setdefault(page.translation_key, page)
    labels = {}
    needs = {
        page.pk: records.challenge_record(page, method_keys, labels=labels)
        for page in originals.values()
        if is_open_for_offers(page, today)
    }
    person = records.facilitator_record(profile, method_keys)
    ranked = engine.rank_challenges(person, needs.values(), today)[:limit]
    by_pk = {page.pk: page for page in originals.values()}
    results = []
    for item in ranked:
        page = challenge_services.challenge_in_language(by_pk[item.challenge_id], language)
        results.append((page, item, records.explained(item, labels)))
    return results


# Teams


def current_team(challenge):
    return list(
        ChallengeTeamMember.objects.filter(challenge__translation_key=challenge.translation_key)
        .select_related("user__profile")
        .order_by("role", "pk")
    )


def check_member(profile, role, need, today):
    """Raise FacilitationError unless ``profile`` may take ``role`` on the challenge ``need``."""
    method_keys = records.MethodKeys()
    annotated = records.facilitator_queryset().filter(pk=profile.pk).first()
    name = str(profile.user.profile.display_name if hasattr(profile.user, "profile") else profile)
    if annotated is None:
        raise FacilitationError(_("%(name)s is not an available facilitator.") % {"name": name})
    result = engine.assess(records.facilitator_record(annotated, method_keys), need, today)
    if not result.eligible:
        why = records.describe(result.exclusions[0], {})
        raise FacilitationError(
            _("%(name)s cannot join this team: %(reason)s.") % {"name": name, "reason": why}
        )
    if role not in result.roles:
        raise FacilitationError(
            _("%(name)s cannot be the %(role)s of this challenge.")
            % {"name": name, "role": TeamRole(role).label}
        )


def confirm_team(challenge, *, by, lead, co_facilitator, learner=None, note="", today=None):
    """Create the team of ``challenge``, move the challenge on and email everyone.

    A challenge that is open moves to team forming; one already forming its team
    moves to co-creation. Raises FacilitationError on a broken rule; nothing is saved then.
    """
    today = today or timezone.localdate()
    if by is None or not by.is_staff:
        raise FacilitationError(_("Only hub staff can confirm a facilitation team."))
    seats = [(TeamRole.LEAD, lead), (TeamRole.CO_FACILITATOR, co_facilitator)]
    if lead is None or co_facilitator is None:
        raise FacilitationError(_("A team needs a lead facilitator and a co-facilitator."))
    if learner is not None:
        seats.append((TeamRole.LEARNER, learner))
    if len({profile.pk for _role, profile in seats}) != len(seats):
        raise FacilitationError(_("Each person can take only one seat in a team."))
    with transaction.atomic():
        page = ChallengePage.objects.select_for_update().get(
            pk=records.canonical_challenge(challenge).pk
        )
        if page.status not in TEAM_STATUSES:
            raise FacilitationError(
                _("A team can be confirmed only while the challenge is open or forming its team.")
            )
        if ChallengeTeamMember.objects.filter(
            challenge__translation_key=page.translation_key
        ).exists():
            raise FacilitationError(_("This challenge already has a facilitation team."))
        need = records.challenge_record(page)
        for role, profile in seats:
            check_member(profile, role, need, today)
        members = [
            ChallengeTeamMember.objects.create(challenge=page, user=profile.user, role=role)
            for role, profile in seats
        ]
        next_status = (
            ChallengeStatus.TEAM_FORMING
            if page.status == ChallengeStatus.OPEN
            else ChallengeStatus.CO_CREATION
        )
        challenge_services.change_status(page, next_status, by=by, note=note)
        _settle_offers(page, {profile.pk for _role, profile in seats}, by)
        _email_team(page, members)
    logger.info("team of %s confirmed for challenge %s", len(members), page.pk)
    return members


def _settle_offers(page, member_profile_ids, by):
    """Accept the team members' offers and decline the others, each with its email."""
    standing = FacilitationOffer.objects.filter(
        challenge__translation_key=page.translation_key,
        status__in=[OfferStatus.OFFERED, OfferStatus.SHORTLISTED],
    ).select_related("facilitator__user", "challenge")
    for offer in standing:
        offer.status = (
            OfferStatus.ACCEPTED
            if offer.facilitator_id in member_profile_ids
            else OfferStatus.DECLINED
        )
        offer.status_changed_by = by
        offer.save(update_fields=["status", "status_changed_by", "updated_at"])
        _email_offer(offer)


def _team_lines(members):
    """Return name and role of each member; a profile hidden from members stays unnamed."""
    lines = []
    for member in members:
        profile = getattr(member.user, "profile", None)
        visible = profile is not None and profile.visibility != Visibility.NOBODY
        name = profile.display_name if visible else None
        lines.append({"name": name, "role": TeamRole(member.role).label})
    return lines


def _email_team(page, members):
    for member in members:
        queue_email(
            "facilitation_team_confirmed",
            {
                **_challenge_context(page, member.user),
                "role": TeamRole(member.role).label,
                "team": _team_lines(members),
                "institution": page.institution.name,
            },
            user=member.user,
        )
    representatives = MemberProfile.objects.filter(
        organisation_id=page.institution_id, is_representative=True, user__is_active=True
    ).select_related("user")
    sent = 0
    for representative in representatives:
        queue_email(
            "facilitation_team_for_institution",
            {**_challenge_context(page, representative.user), "team": _team_lines(members)},
            user=representative.user,
        )
        sent += 1
    if not sent and page.contact_email:
        queue_email(
            "facilitation_team_for_institution",
            {
                "challenge_title": page.title,
                "challenge_url": page.get_full_url(),
                "team": _team_lines(members),
            },
            to_address=page.contact_email,
            language=page.locale.language_code,
        )


# Weekly suggestions


def send_weekly_suggestions(profile_id, *, today=None):
    """Email one facilitator the newly opened challenges that fit them, never one twice.

    Returns the number of challenges sent. Safe to run twice: the second run finds
    only challenges already recorded as sent.
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        profile = (
            FacilitatorProfile.objects.select_for_update()
            .select_related("user")
            .filter(pk=profile_id, is_active=True, weekly_suggestions=True, user__is_active=True)
            .first()
        )
        if profile is None:
            return 0
        since = timezone.now() - timedelta(days=SUGGESTION_WINDOW_DAYS)
        sent_keys = SuggestionNotice.objects.filter(facilitator=profile).values("challenge_key")
        pages = (
            ChallengePage.objects.live()
            .public()
            .filter(status=ChallengeStatus.OPEN, first_published_at__gte=since)
            .exclude(translation_key__in=sent_keys)
        )
        with translation.override(profile.user.language):
            fitting = fitting_challenges(
                profile,
                language=profile.user.language,
                limit=SUGGESTIONS_PER_EMAIL,
                today=today,
                pages=pages,
            )
        if not fitting:
            return 0
        SuggestionNotice.objects.bulk_create(
            [
                SuggestionNotice(facilitator=profile, challenge_key=page.translation_key)
                for page, _a, _r in fitting
            ]
        )
        entries = [
            {
                "title": page.title,
                "url": page.get_full_url(),
                "institution": page.institution.name,
                "reasons": [sentence for sentence, _points in reasons],
            }
            for page, _assessment, reasons in fitting
        ]
        queue_email("facilitation_weekly_suggestions", {"entries": entries}, user=profile.user)
    logger.info(
        "weekly suggestions with %s challenges queued for facilitator %s", len(entries), profile_id
    )
    return len(entries)
