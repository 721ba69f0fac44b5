"""Appointments and nominations: the rules every view and admin action goes through.

Each change keeps three things in step with the active appointments: the
"Ambassadors" group (which opens the ambassador corner), the ambassador flag on
the member's profile (the directory facet) and the emails to everyone involved.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from taggit.utils import parse_tags
from wagtail.models import PageViewRestriction

from community.models import MemberProfile, Organisation
from community.services import set_profile_flag

from . import emails
from .models import Ambassador, Nomination

logger = logging.getLogger(__name__)

AMBASSADORS_GROUP = "Ambassadors"


class AmbassadorError(Exception):
    """A request the ambassador rules reject; ``message`` is shown to the person."""

    status_code = 409

    def __init__(self, message, *, field=None):
        super().__init__(str(message))
        self.message = message
        self.field = field


def _format_date(day):
    return formats.date_format(day, "DATE_FORMAT")


def ambassadors_group():
    group, _created = Group.objects.get_or_create(name=AMBASSADORS_GROUP)
    return group


# Keeping the group, the profile flag and the corner in step


def sync_member(member):
    """Match ``member``'s group membership and profile flag to their active appointments."""
    active = Ambassador.objects.active().filter(member=member).exists()
    group = ambassadors_group()
    if active:
        member.groups.add(group)
    else:
        member.groups.remove(group)
    set_profile_flag(member.pk, "is_ambassador", active)
    return active


def restrict_corner(page):
    """Give ``page`` a view restriction to the Ambassadors group unless it has one."""
    restrictions = list(
        PageViewRestriction.objects.filter(
            page=page, restriction_type=PageViewRestriction.GROUPS
        ).order_by("pk")
    )
    restriction = restrictions[0] if restrictions else None
    # Copying a page for translation copies its restriction next to the one saved here.
    for duplicate in restrictions[1:]:
        duplicate.delete()
    if restriction is None:
        # Any other kind of restriction (password, all members) would let others in.
        PageViewRestriction.objects.filter(page=page).delete()
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    group = ambassadors_group()
    if not restriction.groups.filter(pk=group.pk).exists():
        restriction.groups.add(group)
    return restriction


# Appointments


def _is_public_institution(organisation):
    return organisation is not None and organisation.verified and organisation.is_institution


def _check_can_appoint(member, institution):
    if not _is_public_institution(institution):
        raise AmbassadorError(
            _("Ambassadors represent verified public institutions only."), field="institution"
        )
    if not member.is_active:
        raise AmbassadorError(_("This member's account is suspended."), field="member")
    if Ambassador.objects.active().filter(member=member, institution=institution).exists():
        raise AmbassadorError(
            _("%(member)s is already an active ambassador of %(institution)s.")
            % {"member": member, "institution": institution},
            field="member",
        )


def appoint(
    member,
    institution,
    *,
    appointed_on=None,
    focus_areas=(),
    statement_sl="",
    statement_en="",
    by=None,
    notify=True,
):
    """Appoint ``member`` as an ambassador of ``institution`` and return the appointment.

    Raises AmbassadorError when the institution is not a verified public one or
    the member already has an active appointment there.
    """
    _check_can_appoint(member, institution)
    try:
        with transaction.atomic():
            ambassador = Ambassador.objects.create(
                member=member,
                institution=institution,
                appointed_on=appointed_on or timezone.localdate(),
                statement_sl=statement_sl,
                statement_en=statement_en,
            )
            if focus_areas:
                ambassador.focus_areas.set(list(focus_areas))
    except IntegrityError as error:
        # Two requests for the same person and institution at once: the constraint wins.
        raise AmbassadorError(
            _("%(member)s is already an active ambassador of %(institution)s.")
            % {"member": member, "institution": institution},
            field="member",
        ) from error
    sync_member(member)
    from .activity import record_past_activity
    from .track import record_completion

    record_past_activity(ambassador)
    record_completion(ambassador)
    logger.info(
        "ambassador %s appointed for institution %s by user %s",
        ambassador.pk,
        institution.pk,
        getattr(by, "pk", None),
    )
    if notify:
        emails.send_appointed(ambassador)
    return ambassador


def end_appointment(ambassador, *, ended_on=None, note="", by=None):
    """End an active appointment, keep it as history and update group and profile flag."""
    with transaction.atomic():
        ambassador = (
            Ambassador.objects.select_for_update(of=("self",))
            .select_related("member", "institution")
            .get(pk=ambassador.pk)
        )
        if not ambassador.is_active:
            raise AmbassadorError(
                _("This appointment already ended on %(date)s.")
                % {"date": _format_date(ambassador.ended_on)}
            )
        ended_on = ended_on or timezone.localdate()
        if ended_on < ambassador.appointed_on:
            raise AmbassadorError(
                _("An appointment cannot end before the day it started."), field="ended_on"
            )
        if ended_on > timezone.localdate():
            raise AmbassadorError(
                _("Enter today or an earlier date for the end of the appointment."),
                field="ended_on",
            )
        ambassador.ended_on = ended_on
        ambassador.end_note = note
        ambassador.save(update_fields=["ended_on", "end_note"])
        sync_member(ambassador.member)
        logger.info("ambassador %s ended by user %s", ambassador.pk, getattr(by, "pk", None))
        emails.send_ended(ambassador)
    return ambassador


# Nominations


def _check_no_appointment_or_nomination(member, institution):
    if Ambassador.objects.active().filter(member=member, institution=institution).exists():
        raise AmbassadorError(
            _("%(member)s is already an active ambassador of %(institution)s.")
            % {"member": member, "institution": institution}
        )
    if Nomination.objects.filter(
        member=member, institution=institution, status=Nomination.Status.PENDING
    ).exists():
        raise AmbassadorError(
            _(
                "A nomination of %(member)s for %(institution)s is already waiting for a "
                "decision. Hub staff will answer it soon."
            )
            % {"member": member, "institution": institution}
        )


def _create_nomination(**fields):
    try:
        with transaction.atomic():
            return Nomination.objects.create(**fields)
    except IntegrityError as error:
        raise AmbassadorError(
            _("This nomination is already waiting for a decision. Hub staff will answer it soon.")
        ) from error


def _clean_focus_areas(text):
    return ", ".join(parse_tags(text or ""))


def nominate(representative, email, *, motivation, focus_areas=""):
    """Record a representative's nomination of a colleague from their own institution.

    The colleague is found by email among the members of the representative's
    institution only, so the error never reveals whether the address belongs to a
    member elsewhere.
    """
    profile = (
        MemberProfile.objects.select_related("organisation").filter(user=representative).first()
    )
    if profile is None or not profile.may_represent:
        raise AmbassadorError(
            _(
                "Only representatives of a verified public institution may nominate "
                "ambassadors. You can apply yourself instead."
            ),
            field="email",
        )
    institution = profile.organisation
    member = (
        get_user_model()
        .objects.filter(
            email__iexact=(email or "").strip(),
            is_active=True,
            profile__organisation=institution,
        )
        .first()
    )
    if member is None:
        raise AmbassadorError(
            _(
                "No member of %(institution)s has this email address. Check the address, or "
                "ask your colleague to join the hub and choose %(institution)s in their profile."
            )
            % {"institution": institution.name},
            field="email",
        )
    _check_no_appointment_or_nomination(member, institution)
    with transaction.atomic():
        nomination = _create_nomination(
            kind=Nomination.Kind.NOMINATION,
            member=member,
            institution=institution,
            nominated_by=representative,
            motivation=motivation,
            focus_areas=_clean_focus_areas(focus_areas),
        )
        emails.send_nomination_received(nomination)
    logger.info("nomination %s made by user %s", nomination.pk, representative.pk)
    return nomination


def apply(member, *, motivation, focus_areas=""):
    """Record a member's application to become the ambassador of their own institution."""
    profile = MemberProfile.objects.select_related("organisation").filter(user=member).first()
    institution = profile.organisation if profile is not None else None
    if not _is_public_institution(institution):
        raise AmbassadorError(
            _(
                "Ambassadors work in verified public institutions. Choose your institution in "
                "your profile first; if it is new, hub staff check it before you can apply."
            )
        )
    _check_no_appointment_or_nomination(member, institution)
    with transaction.atomic():
        nomination = _create_nomination(
            kind=Nomination.Kind.APPLICATION,
            member=member,
            institution=institution,
            motivation=motivation,
            focus_areas=_clean_focus_areas(focus_areas),
        )
        emails.send_nomination_received(nomination)
    logger.info("application %s made by user %s", nomination.pk, member.pk)
    return nomination


def _lock_pending(nomination):
    nomination = (
        Nomination.objects.select_for_update(of=("self",))
        .select_related("member", "institution", "nominated_by", "decided_by")
        .get(pk=nomination.pk)
    )
    if nomination.status == Nomination.Status.APPROVED:
        raise AmbassadorError(
            _("This nomination was already approved on %(date)s.")
            % {"date": _format_date(timezone.localtime(nomination.decided_at).date())}
        )
    if nomination.status == Nomination.Status.DECLINED:
        raise AmbassadorError(
            _("This nomination was already declined on %(date)s.")
            % {"date": _format_date(timezone.localtime(nomination.decided_at).date())}
        )
    return nomination


def approve(nomination, *, by, note=""):
    """Approve a pending nomination: appoint the member and email everyone involved."""
    with transaction.atomic():
        nomination = _lock_pending(nomination)
        ambassador = appoint(
            nomination.member,
            nomination.institution,
            focus_areas=parse_tags(nomination.focus_areas),
            by=by,
            notify=False,
        )
        nomination.status = Nomination.Status.APPROVED
        nomination.decided_by = by
        nomination.decided_at = timezone.now()
        nomination.decision_note = note
        nomination.ambassador = ambassador
        nomination.save()
        emails.send_decision(nomination)
    logger.info("nomination %s approved by user %s", nomination.pk, by.pk)
    return nomination


def decline(nomination, *, by, note):
    """Decline a pending nomination with a note that the member and nominator receive."""
    if not (note or "").strip():
        raise AmbassadorError(
            _("Write a note explaining the decision; the member receives it."),
            field="decision_note",
        )
    with transaction.atomic():
        nomination = _lock_pending(nomination)
        nomination.status = Nomination.Status.DECLINED
        nomination.decided_by = by
        nomination.decided_at = timezone.now()
        nomination.decision_note = note.strip()
        nomination.save()
        emails.send_decision(nomination)
    logger.info("nomination %s declined by user %s", nomination.pk, by.pk)
    return nomination


def public_institutions():
    return Organisation.objects.filter(sector="public", verified=True)
