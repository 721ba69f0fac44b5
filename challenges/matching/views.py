"""Pages for facilitators and institutions: profile, offers to help, suggestions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from community.models import MemberProfile

from ..models import ChallengePage, ChallengeTeamMember
from ..permissions import can_manage
from ..services import challenge_in_language
from . import services
from .choices import OfferStatus
from .forms import FacilitatorProfileForm, VolunteerForm
from .models import FacilitationOffer, FacilitatorProfile

SUGGESTIONS_SHOWN = 10


def _error(request, message, *, status=400, challenge=None):
    return render(
        request,
        "challenges/facilitation_error.html",
        {"message": message, "challenge": challenge},
        status=status,
    )


@never_cache
@login_required
def facilitator_profile(request):
    """Create or edit the signed-in member's facilitator profile."""
    profile = services.profile_of(request.user)
    member = MemberProfile.objects.filter(user=request.user).first()
    status = 200
    if request.method == "POST":
        form = FacilitatorProfileForm(request.POST, instance=profile, member=member)
        if form.is_valid():
            with transaction.atomic():
                saved = form.save(commit=False)
                saved.user = request.user
                saved.save()
                form.save_m2m()
                services.sync_member_flag(saved)
            messages.success(request, _("Your facilitator profile was saved."))
            return redirect("challenges:my_facilitation")
        messages.error(request, _("Please correct the errors below; nothing has been saved."))
        status = 400
    else:
        form = FacilitatorProfileForm(instance=profile, member=member)
    return render(
        request,
        "challenges/facilitator_profile.html",
        {"form": form, "profile": profile},
        status=status,
    )


@never_cache
@login_required
def volunteer(request, page_id):
    """Show and take a facilitator's offer to help with one challenge."""
    page = get_object_or_404(ChallengePage.objects.live().public(), pk=page_id)
    own = services.profile_of(request.user)
    status = 200
    if request.method == "POST":
        form = VolunteerForm(request.POST)
        if form.is_valid():
            facilitator = own
            requested = form.cleaned_data["facilitator"]
            if requested is not None and (own is None or requested != own.pk):
                facilitator = FacilitatorProfile.objects.filter(pk=requested).first()
                if facilitator is None:
                    return _error(
                        request,
                        _("You can only offer help in your own name."),
                        status=403,
                        challenge=page,
                    )
            try:
                services.volunteer(
                    page,
                    facilitator=facilitator,
                    by=request.user,
                    motivation=form.cleaned_data["motivation"],
                )
            except services.FacilitationError as error:
                denied = facilitator is not None and facilitator.user_id != request.user.pk
                return _error(request, error.message, status=403 if denied else 400, challenge=page)
            messages.success(
                request, _("Thank you. Your offer to help was sent; hub staff will email you.")
            )
            return redirect("challenges:my_facilitation")
        status = 400
    else:
        form = VolunteerForm(initial={"facilitator": own.pk if own else None})
    return render(
        request,
        "challenges/volunteer.html",
        {
            "form": form,
            "challenge": page,
            "profile": own,
            "open_for_offers": services.is_open_for_offers(page),
        },
        status=status,
    )


@require_POST
@login_required
def withdraw_offer(request, offer_id):
    offer = get_object_or_404(FacilitationOffer, pk=offer_id)
    try:
        services.move_offer(offer, OfferStatus.WITHDRAWN, by=request.user)
    except services.FacilitationError as error:
        mine = offer.facilitator.user_id == request.user.pk
        return _error(request, error.message, status=400 if mine else 403)
    messages.success(request, _("Your offer was withdrawn."))
    return redirect("challenges:my_facilitation")


@never_cache
@login_required
def my_facilitation(request):
    """List the member's offers and teams, and the open challenges that fit them best."""
    profile = services.profile_of(request.user)
    language = get_language()
    offers = []
    fitting = []
    if profile is not None:
        for offer in profile.offers.select_related("challenge").order_by("-created_at"):
            offer.page = challenge_in_language(offer.challenge, language)
            offers.append(offer)
        if profile.is_active:
            # NOTE: scoring reads each open challenge's tags separately, so this page's
            # queries grow with the number of open challenges; it is a member-only page.
            fitting = services.fitting_challenges(profile, language=language)
    team_rows = []
    for member in (
        ChallengeTeamMember.objects.filter(user=request.user)
        .select_related("challenge")
        .order_by("-added_at")
    ):
        member.page = challenge_in_language(member.challenge, language)
        team_rows.append(member)
    offered_keys = {
        offer.challenge.translation_key for offer in offers if offer.status != "withdrawn"
    }
    return render(
        request,
        "challenges/my_facilitation.html",
        {
            "profile": profile,
            "offers": offers,
            "teams": team_rows,
            "fitting": fitting,
            "offered_keys": offered_keys,
        },
    )


@never_cache
@login_required
def challenge_facilitators(request, page_id):
    """Show the institution, the team and staff the best-fitting facilitators and the offers.

    Representatives see a facilitator's name and reasons only where the facilitator's
    member profile is visible to them; the others are counted, not shown.
    """
    page = get_object_or_404(ChallengePage.objects.live(), pk=page_id)
    if not can_manage(request.user, page):
        return _error(
            request,
            _("Only the institution, its facilitation team and hub staff see suggestions."),
            status=403,
            challenge=page,
        )
    candidates = services.candidates(page, limit=SUGGESTIONS_SHOWN)
    offers = list(
        FacilitationOffer.objects.filter(challenge__translation_key=page.translation_key)
        .exclude(status=OfferStatus.WITHDRAWN)
        .select_related("facilitator__user__profile")
        .order_by("created_at")
    )
    user_ids = {item["profile"].user_id for item in candidates}
    user_ids |= {offer.facilitator.user_id for offer in offers}
    visible = services.records.visible_user_ids(request.user, user_ids)
    shown = [item for item in candidates if item["profile"].user_id in visible]
    shown_offers = [offer for offer in offers if offer.facilitator.user_id in visible]
    return render(
        request,
        "challenges/challenge_facilitators.html",
        {
            "challenge": page,
            "candidates": shown,
            "hidden_candidates": len(candidates) - len(shown),
            "offers": shown_offers,
            "hidden_offers": len(offers) - len(shown_offers),
        },
    )
