"""Members' data rights: a download of what the hub stores about them, and account deletion.

Both are extensible. Another app adds its part of the export with
``register_export`` and removes its rows on deletion with ``register_erasure``,
calling them from its ``AppConfig.ready()``, so this app never imports it.
"""

import json
import logging
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import router, transaction
from django.db.models import Q
from django.db.models.deletion import Collector
from django.db.models.query import QuerySet
from django.utils import timezone

from hub.email.models import OutboundEmail

from .models import AbuseReport, Consent, ContactBlock, ContactMessage, MemberProfile
from .relay import erased_email, member_name

logger = logging.getLogger(__name__)

EXPORTED_AT_KEY = "exported_at"
CANCELLED_EMAIL_REASON = "Cancelled because the recipient deleted their account."

_export_sections = {}
_erasure_functions = []


def register_export(section_name, function):
    """Add a section named ``section_name`` to every export, filled by ``function(user)``.

    ``function`` returns data that DjangoJSONEncoder can serialise. It must name
    other members by display name only, never by email address. Registering a
    different function under a name already in use raises ValueError.
    """
    registered = _export_sections.get(section_name)
    if section_name == EXPORTED_AT_KEY or (registered is not None and registered is not function):
        raise ValueError(f"The export section name {section_name!r} is already in use.")
    _export_sections[section_name] = function


def register_erasure(function):
    """Call ``function(user)`` whenever a member deletes their account.

    It runs first, inside the deletion's transaction and before the account is
    anonymised, so it can still find the member's rows. An exception it raises
    cancels the whole deletion.
    """
    if function not in _erasure_functions:
        _erasure_functions.append(function)


def export_member_data(user):
    """Return everything the hub stores about ``user``, one key per registered section."""
    data = {EXPORTED_AT_KEY: timezone.now()}
    for section_name, function in _export_sections.items():
        data[section_name] = function(user)
    return data


def export_member_json(user):
    return json.dumps(export_member_data(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def export_filename():
    return f"co-creation-hub-my-data-{timezone.localdate().isoformat()}.json"


def exported_fields(instance, left_out):
    """Return ``{field name: value}`` for every concrete field of ``instance`` not in ``left_out``.

    Fields added to the model later appear in the export without a change here.
    """
    return {
        field.name: field.value_from_object(instance)
        for field in type(instance)._meta.concrete_fields
        if field.name not in left_out
    }


def _export_account(user):
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "language": user.language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


# Internal fields that are not the member's data, or that the export shows differently.
_PROFILE_FIELDS_LEFT_OUT = {"id", "user", "search_text", "organisation", "photo"}


def _export_profile(user):
    profile = MemberProfile.objects.filter(user=user).select_related("organisation").first()
    if profile is None:
        return None

    data = exported_fields(profile, _PROFILE_FIELDS_LEFT_OUT)
    data["organisation"] = profile.organisation.name if profile.organisation else None
    data["photo_url"] = (
        urljoin(f"{settings.WAGTAILADMIN_BASE_URL}/", profile.photo.url) if profile.photo else None
    )
    data["expertise"] = sorted(tag.name for tag in profile.expertise.all())
    data["interests"] = sorted(tag.name for tag in profile.interests.all())
    data["languages"] = sorted(language.code for language in profile.languages.all())
    return data


def _export_consents(user):
    return [
        {"kind": consent.kind, "granted": consent.granted, "recorded_at": consent.recorded_at}
        for consent in Consent.objects.filter(user=user).order_by("recorded_at", "pk")
    ]


def _export_message(message, other_party_key, other_party):
    return {
        "id": message.pk,
        other_party_key: member_name(other_party),
        "subject": message.subject,
        "body": message.body,
        "sent_at": message.created_at,
        "in_reply_to": message.in_reply_to_id,
    }


def _export_contact_messages(user):
    sent = ContactMessage.objects.filter(sender=user).select_related("recipient__profile")
    received = ContactMessage.objects.filter(recipient=user).select_related("sender__profile")
    return {
        "sent": [
            _export_message(message, "to", message.recipient)
            for message in sent.order_by("created_at", "pk")
        ],
        "received": [
            _export_message(message, "from", message.sender)
            for message in received.order_by("created_at", "pk")
        ],
    }


def _export_blocks(user):
    blocks = ContactBlock.objects.filter(blocker=user).select_related("blocked__profile")
    return [
        {"member": member_name(block.blocked), "blocked_at": block.created_at}
        for block in blocks.order_by("created_at", "pk")
    ]


def _export_abuse_reports(user):
    reports = AbuseReport.objects.filter(reporter=user).select_related("message")
    return [
        {
            "message_id": report.message_id,
            "message_subject": report.message.subject,
            "reason": report.reason,
            "reported_at": report.created_at,
            "handled": report.handled,
        }
        for report in reports.order_by("created_at", "pk")
    ]


def _emails_to(user, address):
    return OutboundEmail.objects.filter(Q(recipient=user) | Q(to_address__iexact=address))


def _export_emails(user):
    return [
        {
            "subject": email.subject,
            "template": email.template,
            "status": email.status,
            "created_at": email.created_at,
            "sent_at": email.sent_at,
        }
        for email in _emails_to(user, user.email).order_by("created_at", "pk")
    ]


register_export("account", _export_account)
register_export("profile", _export_profile)
register_export("consents", _export_consents)
register_export("contact_messages", _export_contact_messages)
register_export("blocked_senders", _export_blocks)
register_export("abuse_reports", _export_abuse_reports)
register_export("emails", _export_emails)


@transaction.atomic
def erase_member(user):
    """Delete ``user``'s account and return whether the account row was kept anonymised.

    The profile and its photo go. Consents still granted are recorded as
    withdrawn, pending emails to the member are cancelled, and past ones are
    readdressed to an undeliverable address. The account row is deleted when
    nothing else refers to it. Otherwise it stays without name, email address or
    password and inactive, so messages the member sent stay with their recipients,
    shown as from a deleted member.
    """
    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    old_address = user.email
    for function in _erasure_functions:
        function(user)

    _delete_profile(user)
    ContactBlock.objects.filter(blocker=user).delete()
    _withdraw_consents(user)
    _cancel_emails(user, old_address)
    user.groups.clear()
    user.user_permissions.clear()

    if _has_related_rows(user):
        _anonymise(user)
        logger.info("user %s erased; the account row is kept anonymised", user.pk)
        return True
    user_id = user.pk
    user.delete()
    logger.info("user %s erased; the account row is deleted", user_id)
    return False


def _delete_profile(user):
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is None:
        return
    photo_name = profile.photo.name
    storage = profile.photo.storage
    profile.delete()
    if photo_name:
        # Deleted after commit, so a rolled-back deletion keeps a profile with its photo.
        transaction.on_commit(lambda: storage.delete(photo_name))


def _withdraw_consents(user):
    for kind in Consent.Kind:
        latest = (
            Consent.objects.filter(user=user, kind=kind).order_by("-recorded_at", "-pk").first()
        )
        if latest is not None and latest.granted:
            Consent.objects.create(user=user, kind=kind, granted=False)


def _cancel_emails(user, address):
    # NOTE: a row a worker has already claimed (status "sending") may still go out.
    emails = _emails_to(user, address)
    cancelled = emails.filter(status=OutboundEmail.Status.PENDING).update(
        status=OutboundEmail.Status.FAILED, last_error=CANCELLED_EMAIL_REASON
    )
    emails.update(to_address=erased_email(user.pk))
    if cancelled:
        logger.info("cancelled %s pending emails to erased user %s", cancelled, user.pk)


def _has_related_rows(user):
    """Return whether deleting ``user`` would delete or change any other row."""
    collector = Collector(using=router.db_for_write(type(user)))
    collector.collect([user])
    related = [instances for model, instances in collector.data.items() if model is not type(user)]
    related.extend(collector.fast_deletes)
    for objects_list in collector.field_updates.values():
        related.extend(objects_list)
    return any(
        objects.exists() if isinstance(objects, QuerySet) else bool(objects) for objects in related
    )


def _anonymise(user):
    user.email = erased_email(user.pk)
    user.first_name = ""
    user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.save()
