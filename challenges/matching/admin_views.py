"""The staff matching screen in Wagtail's admin: candidates, offers, the proposed team."""

from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..choices import ChallengeStatus
from ..models import ChallengePage
from . import engine, services
from .choices import OfferStatus
from .forms import TeamForm
from .models import FacilitationOffer, FacilitatorProfile

ROLE_FIELDS = {
    engine.ROLE_LEAD: "lead",
    engine.ROLE_CO_FACILITATOR: "co_facilitator",
    engine.ROLE_LEARNER: "learner",
}
OFFER_ACTIONS = {
    OfferStatus.SHORTLISTED: gettext_lazy("Shortlist"),
    OfferStatus.ACCEPTED: gettext_lazy("Accept"),
    OfferStatus.DECLINED: gettext_lazy("Decline"),
}


def _originals(pages):
    """Keep the first page of each challenge, where offers and teams are kept."""
    firsts = {}
    for page in pages.order_by("pk"):
        firsts.setdefault(page.translation_key, page)
    return list(firsts.values())


class MatchingIndexView(WagtailAdminTemplateMixin, TemplateView):
    """Challenges that are open or forming their team, with their offers and team size."""

    template_name = "challenges/admin/matching_index.html"
    page_title = gettext_lazy("Facilitation matching")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = ChallengePage.objects.filter(
            status__in=[ChallengeStatus.OPEN, ChallengeStatus.TEAM_FORMING]
        ).select_related("institution")
        originals = _originals(pages)
        keys = [page.translation_key for page in originals]
        offer_counts = dict(
            FacilitationOffer.objects.filter(challenge__translation_key__in=keys)
            .exclude(status=OfferStatus.WITHDRAWN)
            .values_list("challenge__translation_key")
            .annotate(total=Count("pk"))
        )
        team_counts = dict(
            ChallengePage.objects.filter(translation_key__in=keys)
            .values_list("translation_key")
            .annotate(total=Count("team_members", filter=Q(team_members__isnull=False)))
        )
        context["rows"] = [
            {
                "page": page,
                "offers": offer_counts.get(page.translation_key, 0),
                "team": team_counts.get(page.translation_key, 0),
            }
            for page in originals
        ]
        return context


class MatchingChallengeView(WagtailAdminTemplateMixin, TemplateView):
    """One challenge: ranked candidates with reasons, offers, the proposed team and confirm."""

    template_name = "challenges/admin/matching_challenge.html"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(ChallengePage, pk=kwargs["page_id"])
        self.challenge = services.records.canonical_challenge(page)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.challenge.title

    def get_page_subtitle(self):
        return _("Facilitation matching")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("challenges_matching:index"), "label": _("Facilitation matching")},
            {"url": "", "label": self.challenge.title},
        ]

    def _team_form(self, candidates, data=None):
        if data is not None:
            # Any available facilitator may be swapped in; confirm_team checks the fit.
            everyone = FacilitatorProfile.objects.filter(is_active=True)
            return TeamForm(data, choices_by_role=dict.fromkeys(ROLE_FIELDS.values(), everyone))
        choices = {field: set() for field in ROLE_FIELDS.values()}
        for item in candidates:
            for role in item["assessment"].roles:
                choices[ROLE_FIELDS[role]].add(item["profile"].pk)
        proposal = services.propose([self.challenge])[self.challenge.pk]
        initial = {}
        for role, profile_id in proposal.members():
            choices[ROLE_FIELDS[role]].add(profile_id)
            initial[ROLE_FIELDS[role]] = profile_id
        querysets = {
            field: FacilitatorProfile.objects.filter(pk__in=ids) for field, ids in choices.items()
        }
        return TeamForm(initial=initial, choices_by_role=querysets)

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        candidates = services.candidates(self.challenge)
        team = services.current_team(self.challenge)
        context.update(
            {
                "challenge": self.challenge,
                "candidates": candidates,
                "team": team,
                "offers": FacilitationOffer.objects.filter(
                    challenge__translation_key=self.challenge.translation_key
                )
                .select_related("facilitator__user__profile")
                .order_by("created_at"),
                "offer_actions": OFFER_ACTIONS,
                "may_confirm": not team and self.challenge.status in services.TEAM_STATUSES,
            }
        )
        if context["may_confirm"]:
            context["form"] = form or self._team_form(candidates)
        return context

    def post(self, request, *args, **kwargs):
        candidates = services.candidates(self.challenge)
        form = self._team_form(candidates, request.POST)
        if form.is_valid():
            try:
                services.confirm_team(
                    self.challenge,
                    by=request.user,
                    lead=form.cleaned_data["lead"],
                    co_facilitator=form.cleaned_data["co_facilitator"],
                    learner=form.cleaned_data["learner"],
                    note=form.cleaned_data["note"],
                )
            except services.FacilitationError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The team was confirmed and everyone was emailed."))
                return redirect("challenges_matching:challenge", page_id=self.challenge.pk)
        messages.error(request, _("The team was not confirmed; see the errors below."))
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = 400
        return response


class OfferActionView(View):
    """Move one offer to the status staff chose, then return to the challenge's screen."""

    def post(self, request, offer_id):
        offer = get_object_or_404(FacilitationOffer, pk=offer_id)
        target = request.POST.get("status", "")
        try:
            services.move_offer(offer, target, by=request.user)
        except services.FacilitationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The offer was updated and the facilitator emailed."))
        return redirect("challenges_matching:challenge", page_id=offer.challenge_id)
