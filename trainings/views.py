"""Enrolment, cancellation, "My trainings" and calendar views; the rules live in services."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Locale

from hub.security import throttled
from trainings import calendars, certificates, services
from trainings.models import Enrolment, TrainingPage, TrainingSession


def _error(request, error, *, training=None):
    response = TemplateResponse(
        request,
        "trainings/enrolment_error.html",
        {"message": error.message, "training": training},
        status=error.status_code,
    )
    if isinstance(error, services.TryAgainLater):
        response["Retry-After"] = "5"
    return response


def _page_in_active_language(training):
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is not None and training.locale_id != locale.pk:
        translated = training.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
    return training


def _back_to(training):
    return redirect(_page_in_active_language(training).url or reverse("trainings:my_trainings"))


def _status_message(enrolment):
    if enrolment.status == Enrolment.Status.CONFIRMED:
        return _("Your enrolment is confirmed. We have sent you an email with a calendar file.")
    position = services.waitlist_position(enrolment)
    return _(
        "The training is full, so you are on the waitlist, in place %(position)s. "
        "We will email you if a seat becomes free."
    ) % {"position": position}


@login_required
@require_POST
@throttled("enrolment")
def enrol_in_session(request, session_id):
    session = get_object_or_404(
        TrainingSession.objects.select_related("page"), pk=session_id, page__live=True
    )
    try:
        enrolment = services.enrol(request.user, session)
    except services.EnrolmentError as error:
        return _error(request, error, training=session.page)
    messages.success(request, _status_message(enrolment))
    return _back_to(session.page)


@login_required
@require_POST
@throttled("enrolment")
def enrol_in_series(request, training_id):
    training = get_object_or_404(TrainingPage, pk=training_id, live=True)
    try:
        enrolment = services.enrol(request.user, training)
    except services.EnrolmentError as error:
        return _error(request, error, training=training)
    messages.success(request, _status_message(enrolment))
    return _back_to(training)


@login_required
@require_POST
def cancel(request, enrolment_id):
    enrolment = (
        Enrolment.objects.select_related("training", "session")
        .filter(pk=enrolment_id, member=request.user)
        .first()
    )
    if enrolment is None:
        # Another member's enrolment gets the same 404 response as a missing one.
        return _error(request, services.EnrolmentNotFound(_("This enrolment was not found.")))
    try:
        services.cancel(enrolment)
    except services.EnrolmentError as error:
        return _error(request, error, training=enrolment.training)
    messages.success(request, _("Your enrolment is cancelled."))
    if request.POST.get("next_page") == "my":
        return redirect("trainings:my_trainings")
    return _back_to(enrolment.training)


@require_http_methods(["GET", "POST"])
def cancel_by_link(request, token):
    """Show the cancellation of the enrolment behind an email link, and cancel it on POST."""
    enrolment = (
        Enrolment.objects.select_related("training", "session").filter(token=token).first()
        if token
        else None
    )
    if enrolment is None:
        return _error(
            request,
            services.EnrolmentNotFound(
                _(
                    "This cancellation link is not valid. It may have been copied incompletely. "
                    "Sign in and open My trainings to cancel an enrolment."
                )
            ),
        )
    training = _page_in_active_language(enrolment.training)
    if request.method == "POST":
        try:
            services.cancel(enrolment)
        except services.EnrolmentError as error:
            return _error(request, error, training=training)
        return render(request, "trainings/cancelled.html", {"training": training})
    return render(
        request,
        "trainings/cancel_confirm.html",
        {"enrolment": enrolment, "training": training, "session": enrolment.session},
    )


@login_required
@require_GET
def my_trainings(request):
    enrolments = list(
        Enrolment.objects.filter(member=request.user)
        .exclude(status=Enrolment.Status.CANCELLED)
        .select_related("training", "session", "certificate")
        .prefetch_related("training__sessions")
    )
    now = timezone.now()
    upcoming, past = [], []
    for enrolment in enrolments:
        start = enrolment.starts_at()
        enrolment.position = services.waitlist_position(enrolment)
        enrolment.page = _page_in_active_language(enrolment.training)
        if start is None:
            continue
        sessions = (
            [enrolment.session] if enrolment.session_id else enrolment.training.ordered_sessions()
        )
        enrolment.listed_sessions = sessions
        enrolment.earns_certificate = certificates.is_eligible(enrolment)
        last_end = max(session.end for session in sessions)
        (upcoming if last_end >= now else past).append(enrolment)
    upcoming.sort(key=lambda enrolment: enrolment.starts_at())
    past.sort(key=lambda enrolment: enrolment.starts_at(), reverse=True)
    feed_path = reverse("trainings:feed", args=[calendars.make_feed_token(request.user)])
    return render(
        request,
        "trainings/my_trainings.html",
        {
            "upcoming": upcoming,
            "past": past,
            "feed_url": request.build_absolute_uri(feed_path),
        },
    )


@require_GET
def session_ics(request, session_id):
    session = get_object_or_404(
        TrainingSession.objects.select_related("page"), pk=session_id, page__live=True
    )
    training = _page_in_active_language(session.page)
    content = calendars.session_calendar([session], training.title, url=training.full_url or "")
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@require_GET
def feed(request, token):
    member_id = calendars.read_feed_token(token)
    member = None
    if member_id is not None:
        member = get_user_model().objects.filter(pk=member_id, is_active=True).first()
    if member is None:
        raise Http404(_("This calendar link is not valid."))
    enrolments = (
        Enrolment.objects.filter(member=member, status=Enrolment.Status.CONFIRMED)
        .select_related("training", "session")
        .prefetch_related("training__sessions")
    )
    events = []
    for enrolment in enrolments:
        training = _page_in_active_language(enrolment.training)
        sessions = (
            [enrolment.session] if enrolment.session_id else enrolment.training.ordered_sessions()
        )
        for session in sessions:
            events.append(
                calendars.session_event(
                    session, training.title, url=training.full_url or "", include_online_link=True
                )
            )
    content = calendars.feed_calendar(_("My trainings"), events)
    return HttpResponse(content, content_type="text/calendar; charset=utf-8")


@login_required
@require_GET
def certificate_pdf(request, enrolment_id):
    """Send the certificate of attendance of the signed-in member's own enrolment."""
    enrolment = (
        Enrolment.objects.select_related("training", "session", "member__profile")
        .filter(pk=enrolment_id, member=request.user)
        .first()
    )
    # Another member's enrolment, a no-show and a training without certificates look alike.
    if enrolment is None or not certificates.is_eligible(enrolment):
        raise Http404(_("There is no certificate of attendance for this enrolment."))
    certificate = certificates.issue(enrolment)
    content = certificates.render_pdf(certificate, request.user.language or get_language())
    response = HttpResponse(content, content_type="application/pdf")
    filename = f"{slugify(_('certificate of attendance'))}-{certificate.code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def certificate_check(request, code):
    """Confirm a certificate by its code; the holder is named only if their profile is public."""
    certificate = certificates.find_valid(code)
    if certificate is None:
        return _error(
            request,
            services.EnrolmentNotFound(
                _(
                    "No valid certificate of attendance has this code. "
                    "Check that it is copied exactly as printed."
                )
            ),
        )
    enrolment = certificate.enrolment
    return render(
        request,
        "trainings/certificate_check.html",
        {
            "certificate": certificate,
            "training": _page_in_active_language(enrolment.training),
            "sessions": certificates.sessions_of(enrolment),
            "holder_name": certificates.public_holder_name(enrolment.member),
        },
    )
