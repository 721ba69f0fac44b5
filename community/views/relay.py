"""Pages of the contact relay; the rules live in ``community.relay``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import relay
from community.forms import AbuseReportForm, ContactMessageForm, ReplyForm
from community.models import MemberProfile


def _render_rejection(request, rejection):
    return render(
        request,
        "community/contact_rejected.html",
        {"rejection": rejection},
        status=rejection.status_code,
    )


@login_required
def write_to_member(request, slug):
    try:
        profile = relay.find_recipient(request.user, slug)
        relay.check_rate_limit(request.user)
    except relay.ContactRejected as rejection:
        return _render_rejection(request, rejection)

    form = ContactMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            relay.send_message(request.user, slug, **form.cleaned_data)
        except relay.ContactRejected as rejection:
            return _render_rejection(request, rejection)
        return redirect("community:write_sent", slug=slug)

    return render(
        request,
        "community/contact_form.html",
        {"profile": profile, "form": form},
        status=400 if form.is_bound else 200,
    )


@login_required
def write_sent(request, slug):
    profile = MemberProfile.objects.visible_to(request.user).filter(slug=slug).first()
    if profile is None:
        raise Http404
    return render(request, "community/contact_sent.html", {"profile": profile})


def _received_message_or_404(request, token):
    message = relay.get_received_message(token, request.user)
    if message is None:
        raise Http404
    return message


def _message_context(request, message, **extra):
    user = request.user
    sender_known = not relay.is_erased(message.sender)
    return {
        "message": message,
        "sender_name": relay.member_name(message.sender),
        "own_reply": relay.reply_of(message, user),
        "revealed_email": relay.revealed_email(message, user),
        "can_reply": relay.can_reply(message, user),
        "can_block": sender_known,
        "has_blocked": sender_known and relay.has_blocked(user, message.sender),
        "has_reported": relay.has_reported(message, user),
        **extra,
    }


@login_required
def message_detail(request, token):
    message = _received_message_or_404(request, token)
    context = _message_context(request, message, reply_form=ReplyForm())
    return render(request, "community/message_detail.html", context)


@login_required
@require_POST
def reply(request, token):
    message = _received_message_or_404(request, token)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        context = _message_context(request, message, reply_form=form)
        return render(request, "community/message_detail.html", context, status=400)
    try:
        relay.send_reply(message, request.user, form.cleaned_data["body"])
    except relay.ContactRejected as rejection:
        return _render_rejection(request, rejection)
    messages.success(
        request,
        _("Your reply was sent. %(name)s can now answer you by email.")
        % {"name": relay.member_name(message.sender)},
    )
    return redirect("community:message", token=token)


@login_required
@require_POST
def block(request, token):
    message = _received_message_or_404(request, token)
    if relay.block_sender(request.user, message.sender) is not None:
        messages.success(
            request,
            _("You will receive no more messages from %(name)s.")
            % {"name": relay.member_name(message.sender)},
        )
    return redirect("community:message", token=token)


@login_required
def report(request, token):
    message = _received_message_or_404(request, token)
    already_reported = relay.has_reported(message, request.user)
    form = AbuseReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if already_reported:
            status = 400
        elif form.is_valid():
            try:
                relay.report_abuse(message, request.user, form.cleaned_data["reason"])
            except relay.AlreadyReported:
                already_reported = True
                status = 400
            else:
                messages.success(
                    request, _("Thank you. Hub staff will review the message you reported.")
                )
                return redirect("community:message", token=token)
        else:
            status = 400
    context = {
        "message": message,
        "sender_name": relay.member_name(message.sender),
        "form": form,
        "already_reported": already_reported,
    }
    return render(request, "community/report_message.html", context, status=status)


@login_required
def blocked_senders(request):
    return render(
        request,
        "community/blocked_senders.html",
        {"blocks": relay.blocked_senders(request.user)},
    )


@login_required
@require_POST
def unblock(request, member_id):
    if relay.unblock_sender(request.user, member_id):
        messages.success(request, _("The member can write to you again."))
    return redirect("community:blocked_senders")
