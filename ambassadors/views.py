"""A member's ambassador page: nominations, applications, track, certificate and activity log."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from community.models import MemberProfile

from . import activity, services, track
from .forms import ActivityForm, ApplicationForm, NominationForm
from .models import Ambassador, AmbassadorCornerPage, AmbassadorIndexPage, Nomination


def _page_in_active_locale(model):
    return model.objects.live().filter(locale=Locale.get_active()).first()


def _can_apply(user, profile, appointments, nominations):
    if profile is None or profile.organisation is None:
        return False
    institution = profile.organisation
    if not (institution.verified and institution.is_institution):
        return False
    taken = {a.institution_id for a in appointments if a.is_active}
    taken |= {n.institution_id for n in nominations if n.is_pending}
    return institution.pk not in taken


def _render(request, *, forms=None, status=200):
    user = request.user
    profile = MemberProfile.objects.select_related("organisation").filter(user=user).first()
    appointments = list(
        Ambassador.objects.filter(member=user)
        .select_related("institution")
        .prefetch_related("focus_areas", "activities")
        .order_by("ended_on", "-appointed_on")
    )
    nominations = list(
        Nomination.objects.filter(member=user).select_related("institution", "nominated_by")
    )
    made = list(
        Nomination.objects.filter(nominated_by=user)
        .exclude(member=user)
        .select_related("institution", "member")
    )
    forms = forms or {}

    is_representative = profile is not None and profile.may_represent
    can_apply = _can_apply(user, profile, appointments, nominations)
    has_active = any(appointment.is_active for appointment in appointments)
    progress = track.progress_for(user) if appointments else None

    context = {
        "profile": profile,
        "appointments": appointments,
        "has_active_appointment": has_active,
        "nominations": nominations,
        "nominations_made": made,
        "is_representative": is_representative,
        "can_apply": can_apply,
        "progress": progress,
        "track_pages": track.pages_in_active_locale(progress.required) if progress else [],
        "corner": _page_in_active_locale(AmbassadorCornerPage) if has_active else None,
        "index_page": _page_in_active_locale(AmbassadorIndexPage),
        "nomination_form": forms.get("nomination")
        or (NominationForm() if is_representative else None),
        "application_form": forms.get("application") or (ApplicationForm() if can_apply else None),
        "activity_form_for": forms.get("activity_for"),
    }
    for appointment in appointments:
        if appointment.pk == forms.get("activity_for"):
            appointment.activity_form = forms["activity"]
        else:
            appointment.activity_form = ActivityForm(auto_id=f"id_activity{appointment.pk}_%s")
    return TemplateResponse(request, "ambassadors/my_network.html", context, status=status)


@login_required
@require_GET
def my_network(request):
    return _render(request)


@login_required
@require_POST
def nominate(request):
    form = NominationForm(request.POST)
    if not form.is_valid():
        return _render(request, forms={"nomination": form}, status=400)
    try:
        nomination = services.nominate(
            request.user,
            form.cleaned_data["email"],
            motivation=form.cleaned_data["motivation"],
            focus_areas=form.cleaned_data["focus_areas"],
        )
    except services.AmbassadorError as error:
        form.add_error("email", error.message)
        return _render(request, forms={"nomination": form}, status=error.status_code)
    messages.success(
        request,
        _("Thank you. Hub staff will review the nomination of %(member)s and email you both.")
        % {"member": nomination.member.get_full_name() or nomination.member.email},
    )
    return redirect("ambassadors:my_network")


@login_required
@require_POST
def apply(request):
    form = ApplicationForm(request.POST)
    if not form.is_valid():
        return _render(request, forms={"application": form}, status=400)
    try:
        services.apply(
            request.user,
            motivation=form.cleaned_data["motivation"],
            focus_areas=form.cleaned_data["focus_areas"],
        )
    except services.AmbassadorError as error:
        form.add_error(None, error.message)
        return _render(request, forms={"application": form}, status=error.status_code)
    messages.success(request, _("Thank you for applying. Hub staff will review it and email you."))
    return redirect("ambassadors:my_network")


def _own_appointment(request, ambassador_id):
    ambassador = (
        Ambassador.objects.select_related("institution", "member").filter(pk=ambassador_id).first()
    )
    if ambassador is None or (
        ambassador.member_id != request.user.pk and not request.user.is_staff
    ):
        # Someone else's appointment gets the same 404 response as a missing one.
        raise Http404("No appointment with this id for this member.")
    return ambassador


@login_required
@require_POST
def add_activity(request, ambassador_id):
    ambassador = _own_appointment(request, ambassador_id)
    form = ActivityForm(request.POST, auto_id=f"id_activity{ambassador.pk}_%s")
    if not ambassador.is_active:
        form.add_error(None, _("This appointment has ended, so its activity log is closed."))
        return _render(request, forms={"activity": form, "activity_for": ambassador.pk}, status=409)
    if not form.is_valid():
        return _render(request, forms={"activity": form, "activity_for": ambassador.pk}, status=400)
    activity.add_entry(
        ambassador,
        kind=form.cleaned_data["kind"],
        title=form.cleaned_data["title"],
        occurred_on=form.cleaned_data["occurred_on"],
        note=form.cleaned_data["note"],
        by=request.user,
    )
    messages.success(request, _("The activity is in your log."))
    return redirect("ambassadors:my_network")


@login_required
@require_GET
def certificate(request, ambassador_id):
    ambassador = _own_appointment(request, ambassador_id)
    progress = track.progress_for(ambassador.member)
    track.record_completion(ambassador, progress)
    if ambassador.track_completed_on is None:
        return TemplateResponse(
            request,
            "ambassadors/certificate_not_ready.html",
            {"progress": progress, "ambassador": ambassador},
            status=409,
        )
    profile = MemberProfile.objects.filter(user=ambassador.member).first()
    name = ambassador.member.get_full_name() or (profile.display_name if profile else "")
    return TemplateResponse(
        request,
        "ambassadors/certificate.html",
        {
            "ambassador": ambassador,
            "name": name,
            "trainings": track.pages_in_active_locale(progress.attended),
        },
    )
