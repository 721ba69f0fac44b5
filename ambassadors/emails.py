"""Queue the ambassador network's emails through the outbox, in each recipient's language."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from hub.email.services import queue_email


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _my_page_url(user):
    language = getattr(user, "language", None) or settings.LANGUAGE_CODE
    with translation.override(language):
        return _absolute(reverse("ambassadors:my_network"))


def _reviewers():
    """Return the active staff who may decide on nominations."""
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__codename="change_nomination")
            | Q(user_permissions__codename="change_nomination")
        )
        .distinct()
    )


def _nomination_context(nomination, recipient, role):
    return {
        "role": role,
        "recipient": recipient,
        "nomination": nomination,
        "member_name": nomination.member.get_full_name() or nomination.member.email,
        "nominator_name": (
            nomination.nominated_by.get_full_name() if nomination.nominated_by else ""
        ),
        "institution": nomination.institution.name,
        "my_page_url": _my_page_url(recipient),
    }


def send_nomination_received(nomination):
    """Tell the member, the nominating representative and the reviewers about a nomination."""
    queue_email(
        "ambassador_nomination_received",
        _nomination_context(nomination, nomination.member, "member"),
        user=nomination.member,
    )
    if nomination.nominated_by is not None:
        queue_email(
            "ambassador_nomination_received",
            _nomination_context(nomination, nomination.nominated_by, "nominator"),
            user=nomination.nominated_by,
        )
    review_url = _absolute(reverse("ambassadors_nominations:edit", args=[nomination.pk]))
    for reviewer in _reviewers():
        context = _nomination_context(nomination, reviewer, "staff")
        context["review_url"] = review_url
        queue_email("ambassador_nomination_received", context, user=reviewer)


def send_decision(nomination):
    """Tell the member and the nominating representative whether staff approved."""
    recipients = [(nomination.member, "member")]
    if nomination.nominated_by is not None and nomination.nominated_by_id != nomination.member_id:
        recipients.append((nomination.nominated_by, "nominator"))
    for recipient, role in recipients:
        context = _nomination_context(nomination, recipient, role)
        context["approved"] = nomination.status == nomination.Status.APPROVED
        queue_email("ambassador_decision", context, user=recipient)


def _appointment_context(ambassador):
    member = ambassador.member
    return {
        "member_name": member.get_full_name() or member.email,
        "institution": ambassador.institution.name,
        "ambassador": ambassador,
        "my_page_url": _my_page_url(member),
    }


def send_appointed(ambassador):
    queue_email("ambassador_appointed", _appointment_context(ambassador), user=ambassador.member)


def send_ended(ambassador):
    queue_email("ambassador_ended", _appointment_context(ambassador), user=ambassador.member)
