"""The contact relay: members write to each other without seeing each other's address.

A first message reaches the recipient by email with a link to its page on the
site, and neither address is revealed. Only when the recipient replies through
the site does the hub give each side the other's address, because replying is
the recipient's choice to continue by email.
"""

import logging
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hub.email.services import queue_email

from .models import AbuseReport, Consent, ContactBlock, ContactMessage, MemberProfile

logger = logging.getLogger(__name__)

# Limits on new messages per sender, over rolling windows; replies do not count.
MAX_MESSAGES_PER_HOUR = 5
MAX_MESSAGES_PER_DAY = 20
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)

REPLY_SUBJECT_PREFIX = "Re: "
SUBJECT_MAX_LENGTH = ContactMessage._meta.get_field("subject").max_length

# Erased accounts keep their row under an address in the reserved .invalid
# top-level domain (RFC 2606), which no mail server accepts.
ERASED_EMAIL_DOMAIN = "deleted.invalid"


class ContactRejected(Exception):
    """A message that may not be sent; ``message`` is the reason shown to the sender."""

    status_code = 403
    default_message = _("This member does not accept messages through the hub.")

    def __init__(self, message=None):
        super().__init__(type(self).__name__)
        self._message = message or self.default_message

    @property
    def message(self):
        return self._message


class RecipientNotFound(ContactRejected):
    status_code = 404
    default_message = _(
        "There is no member with this profile, or their profile is hidden from you."
    )


class InvalidRecipient(ContactRejected):
    status_code = 400
    default_message = _("You cannot write to yourself.")


class RateLimited(ContactRejected):
    """The sender reached a rate limit; ``retry_at`` is when they may write again."""

    status_code = 429

    def __init__(self, retry_at):
        super().__init__()
        self.retry_at = retry_at

    @property
    def message(self):
        # Formatted on access, so the time reads in the language of the page showing it.
        when = formats.date_format(timezone.localtime(self.retry_at), "DATETIME_FORMAT")
        return gettext(
            "You can send at most %(hourly)s new messages an hour and %(daily)s a day. "
            "You can write again after %(time)s."
        ) % {"hourly": MAX_MESSAGES_PER_HOUR, "daily": MAX_MESSAGES_PER_DAY, "time": when}


class AlreadyReported(Exception):
    """The reporter has already reported this message."""


def erased_email(user_id):
    """Return the address an erased account keeps, unique per account and undeliverable."""
    return f"deleted-{user_id}@{ERASED_EMAIL_DOMAIN}"


def is_erased(user):
    """Return whether ``user`` deleted their account; None stands for a row deleted outright."""
    return user is None or user.email == erased_email(user.pk)


def member_name(user):
    """Return the name other members see for ``user``; never their email address."""
    if is_erased(user):
        return gettext("deleted member")
    try:
        return user.profile.display_name
    except MemberProfile.DoesNotExist:
        return user.get_full_name() or gettext("a member")


def has_contact_consent(user):
    """Return whether ``user`` accepts messages from members.

    Members accept them until they withdraw consent, so no consent row means yes.
    """
    latest = (
        Consent.objects.filter(user=user, kind=Consent.Kind.CONTACT)
        .order_by("-recorded_at", "-pk")
        .first()
    )
    return latest is None or latest.granted


def has_blocked(blocker, blocked):
    return ContactBlock.objects.filter(blocker=blocker, blocked=blocked).exists()


def find_recipient(sender, slug):
    """Return the profile at ``slug`` if ``sender`` may write to it, else raise ContactRejected.

    Rejections for a block and for withdrawn consent carry the same message, so a
    sender cannot tell that they were blocked.
    """
    profile = MemberProfile.objects.select_related("user").filter(slug=slug).first()
    if profile is None:
        raise RecipientNotFound()
    if profile.user_id == sender.pk:
        raise InvalidRecipient()
    # visible_to also leaves out inactive members.
    if not MemberProfile.objects.visible_to(sender).filter(pk=profile.pk).exists():
        raise RecipientNotFound()
    if not sender_has_name(sender):
        raise ContactRejected(
            _("Add your name to your member profile first, so members know who is writing.")
        )
    if has_blocked(profile.user, sender) or not has_contact_consent(profile.user):
        raise ContactRejected()
    return profile


def sender_has_name(sender):
    try:
        return bool(sender.profile.display_name)
    except MemberProfile.DoesNotExist:
        return bool(sender.get_full_name())


def next_message_allowed_at(sender, now=None):
    """Return when ``sender`` may send a new message, or None if they may send now."""
    now = now or timezone.now()
    recent = ContactMessage.objects.filter(
        sender=sender, in_reply_to__isnull=True, created_at__gt=now - DAY
    ).values_list("created_at", flat=True)
    times = sorted(recent)
    last_hour = [sent for sent in times if sent > now - HOUR]
    retry_times = []
    if len(last_hour) >= MAX_MESSAGES_PER_HOUR:
        retry_times.append(last_hour[-MAX_MESSAGES_PER_HOUR] + HOUR)
    if len(times) >= MAX_MESSAGES_PER_DAY:
        retry_times.append(times[-MAX_MESSAGES_PER_DAY] + DAY)
    return max(retry_times) if retry_times else None


def check_rate_limit(sender):
    retry_at = next_message_allowed_at(sender)
    if retry_at is not None:
        raise RateLimited(retry_at)


def message_url(message, language):
    """Return the path of ``message``'s page on the site, in ``language``."""
    with translation.override(language):
        return reverse("community:message", kwargs={"token": message.reply_token})


@transaction.atomic
def send_message(sender, slug, subject, body):
    """Save a first message to the member at ``slug`` and queue its email.

    Raises ContactRejected (or a subclass) when the message may not be sent. The
    email carries no reply address, so the recipient learns only the sender's name.
    """
    # Locking the sender's row makes concurrent sends from one member count in turn.
    sender = get_user_model().objects.select_for_update().get(pk=sender.pk)
    profile = find_recipient(sender, slug)
    check_rate_limit(sender)
    recipient = profile.user

    message = ContactMessage.objects.create(
        sender=sender, recipient=recipient, subject=subject, body=body
    )
    queue_email(
        "contact_message",
        {
            "sender_name": member_name(sender),
            "subject": subject,
            "body": body,
            "message_path": message_url(message, recipient.language),
        },
        user=recipient,
    )
    logger.info(
        "contact message %s relayed from user %s to user %s", message.pk, sender.pk, recipient.pk
    )
    return message


def get_received_message(token, user):
    """Return the message with ``token`` if ``user`` received it, else None."""
    return (
        ContactMessage.objects.select_related("sender", "recipient", "in_reply_to")
        .filter(reply_token=token, recipient=user)
        .first()
    )


def reply_of(message, replier):
    """Return ``replier``'s reply to ``message``, or None if they have not replied."""
    return message.replies.filter(sender=replier).order_by("created_at").first()


def can_reply(message, replier):
    """Return whether ``replier`` may still reply to ``message`` through the site.

    The recipient of a first message may reply on the site once. After that both
    members have each other's address and continue by email.
    """
    original_sender = message.sender
    return (
        message.in_reply_to_id is None
        and message.recipient_id == replier.pk
        and original_sender is not None
        and original_sender.is_active
        and not is_erased(original_sender)
        and reply_of(message, replier) is None
        and not has_blocked(original_sender, replier)
    )


def revealed_email(message, viewer):
    """Return the sender's address if ``viewer`` may see it, else an empty string.

    A reply's sender shared their address by replying. The sender of a first
    message is revealed to the recipient once the recipient has replied.
    """
    sender = message.sender
    if is_erased(sender):
        return ""
    if message.in_reply_to_id is not None or reply_of(message, viewer) is not None:
        return sender.email
    return ""


@transaction.atomic
def send_reply(message, replier, body):
    """Save ``replier``'s reply to ``message`` and email it to the original sender.

    The reply email's Reply-To is the replier's address, and the replier gets a
    copy that shows the original sender's address, so both can continue by email.
    """
    # Locking the message makes two quick submits of the reply form save one reply.
    message = (
        ContactMessage.objects.select_for_update(of=("self",))
        .select_related("sender", "recipient")
        .get(pk=message.pk)
    )
    if not can_reply(message, replier):
        raise ContactRejected(_("You can no longer reply to this message through the hub."))
    original_sender = message.sender

    subject = message.subject
    if not subject.startswith(REPLY_SUBJECT_PREFIX):
        subject = f"{REPLY_SUBJECT_PREFIX}{subject}"[:SUBJECT_MAX_LENGTH]
    reply = ContactMessage.objects.create(
        sender=replier,
        recipient=original_sender,
        in_reply_to=message,
        subject=subject,
        body=body,
    )
    context = {
        "replier_name": member_name(replier),
        "original_sender_name": member_name(original_sender),
        "subject": subject,
        "body": body,
        "original_subject": message.subject,
    }
    queue_email(
        "contact_reply",
        {**context, "message_path": message_url(reply, original_sender.language)},
        user=original_sender,
        reply_to=replier.email,
    )
    queue_email(
        "contact_reply_copy",
        {
            **context,
            "original_sender_email": original_sender.email,
            "message_path": message_url(message, replier.language),
        },
        user=replier,
        reply_to=original_sender.email,
    )
    logger.info("reply %s sent to contact message %s", reply.pk, message.pk)
    return reply


def block_sender(blocker, blocked):
    """Stop messages from ``blocked`` to ``blocker``; blocking twice changes nothing."""
    if blocked is None or blocked.pk == blocker.pk:
        return None
    block, created = ContactBlock.objects.get_or_create(blocker=blocker, blocked=blocked)
    if created:
        logger.info("user %s blocked user %s", blocker.pk, blocked.pk)
    return block


def unblock_sender(blocker, blocked_id):
    """Allow messages from the member ``blocked_id`` again; return whether a block was removed."""
    deleted, _details = ContactBlock.objects.filter(blocker=blocker, blocked_id=blocked_id).delete()
    if deleted:
        logger.info("user %s unblocked user %s", blocker.pk, blocked_id)
    return bool(deleted)


def blocked_senders(blocker):
    """Return ``blocker``'s blocks, newest first, with the blocked member's name."""
    blocks = (
        ContactBlock.objects.filter(blocker=blocker)
        .select_related("blocked__profile")
        .order_by("-created_at")
    )
    return [(block, member_name(block.blocked)) for block in blocks]


def has_reported(message, reporter):
    return AbuseReport.objects.filter(message=message, reporter=reporter).exists()


@transaction.atomic
def report_abuse(message, reporter, reason):
    """Save ``reporter``'s report on ``message`` and email every active staff member.

    Raises AlreadyReported when ``reporter`` has reported ``message`` before.
    """
    # Locking the message makes two quick submits of the report form save one report.
    message = ContactMessage.objects.select_for_update().get(pk=message.pk)
    if has_reported(message, reporter):
        raise AlreadyReported()

    report = AbuseReport.objects.create(message=message, reporter=reporter, reason=reason)
    context = {
        "report_id": report.pk,
        "message_id": message.pk,
        "sender_name": member_name(message.sender),
        "sender_id": message.sender_id,
        "reporter_name": member_name(reporter),
        "reporter_id": reporter.pk,
        "subject": message.subject,
        "body": message.body,
        "reason": reason,
        "sent_at": message.created_at,
    }
    staff = get_user_model().objects.filter(is_staff=True, is_active=True).order_by("pk")
    for staff_member in staff:
        queue_email("abuse_report", context, user=staff_member)
    logger.info("abuse report %s filed on contact message %s", report.pk, message.pk)
    return report
