"""The rules of a challenge's life: status changes, follows, updates and commitments.

Views and the admin call these functions. Each one works without a request and
queues its emails in the caller's transaction, so a rolled-back action sends nothing.
"""

import logging
from pathlib import PurePath

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from hub.email.services import queue_email

from .choices import ChallengeStatus, CommitmentStatus, UpdateDelivery, UpdateKind
from .models import (
    ChallengePage,
    ChallengeUpdate,
    Commitment,
    CommitmentChange,
    Follow,
    FollowerPreference,
    StatusChange,
)

logger = logging.getLogger(__name__)

# The forward path of a challenge; withdrawn and archived are reachable from any state.
LIFECYCLE = [
    ChallengeStatus.OPEN,
    ChallengeStatus.TEAM_FORMING,
    ChallengeStatus.CO_CREATION,
    ChallengeStatus.PROTOTYPING,
    ChallengeStatus.IMPLEMENTATION,
    ChallengeStatus.COMPLETED,
]
ALWAYS_REACHABLE = [ChallengeStatus.WITHDRAWN, ChallengeStatus.ARCHIVED]


class ChallengeRuleError(Exception):
    """An action that the challenge rules do not allow; ``message`` is shown to the user."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def allowed_next_statuses(current):
    """Return the statuses a challenge in ``current`` may move to, in lifecycle order."""
    allowed = []
    if current in LIFECYCLE[:-1]:
        allowed.append(LIFECYCLE[LIFECYCLE.index(current) + 1])
    allowed += [status for status in ALWAYS_REACHABLE if status != current]
    return [ChallengeStatus(status) for status in allowed]


def translations_of(challenge):
    return ChallengePage.objects.filter(translation_key=challenge.translation_key)


def change_status(challenge, new_status, *, by, note=""):
    """Move ``challenge`` and its translations to ``new_status`` and record the change.

    Raises ChallengeRuleError when the lifecycle does not allow the step. Followers
    are emailed once each, in their own language, after the transaction commits.
    """
    if new_status not in ChallengeStatus.values:
        raise ChallengeRuleError(
            _("“%(status)s” is not a challenge status.") % {"status": new_status}
        )
    with transaction.atomic():
        pages = list(translations_of(challenge).select_for_update().order_by("pk"))
        current = next(page.status for page in pages if page.pk == challenge.pk)
        if new_status not in allowed_next_statuses(current):
            raise ChallengeRuleError(
                _("A challenge cannot move from “%(current)s” to “%(new)s”.")
                % {
                    "current": ChallengeStatus(current).label,
                    "new": ChallengeStatus(new_status).label,
                }
            )
        translations_of(challenge).update(status=new_status)
        change = StatusChange.objects.create(
            challenge=challenge,
            from_status=current,
            to_status=new_status,
            changed_by=by,
            note=note,
        )
        challenge.status = new_status
        _email_followers(
            challenge,
            "challenge_status_changed",
            {
                "from_status": ChallengeStatus(current).label,
                "to_status": ChallengeStatus(new_status).label,
                "note": note,
            },
        )
    logger.info("challenge %s moved from %s to %s", challenge.pk, current, new_status)
    return change


def record_publication(challenge, *, by):
    """Open a challenge that staff approved and start its public timeline."""
    if StatusChange.objects.filter(challenge__translation_key=challenge.translation_key).exists():
        return None
    translations_of(challenge).update(status=ChallengeStatus.OPEN)
    challenge.status = ChallengeStatus.OPEN
    return StatusChange.objects.create(
        challenge=challenge, from_status="", to_status=ChallengeStatus.OPEN, changed_by=by
    )


def follow(challenge, user):
    Follow.objects.get_or_create(challenge=challenge, user=user)


def unfollow(challenge, user):
    Follow.objects.filter(challenge__translation_key=challenge.translation_key, user=user).delete()


def is_following(challenge, user):
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(
        challenge__translation_key=challenge.translation_key, user_id=user.pk
    ).exists()


def followers_of(challenge):
    """Return the active users who follow ``challenge`` in any language, each once."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            challenge_follows__challenge__translation_key=challenge.translation_key,
        )
        .distinct()
        .order_by("pk")
    )


def challenge_in_language(challenge, language):
    """Return the live translation of ``challenge`` in ``language``, or ``challenge`` itself."""
    translated = (
        ChallengePage.objects.live()
        .filter(translation_key=challenge.translation_key, locale__language_code=language)
        .first()
    )
    return translated or challenge


def _email_followers(challenge, template, context, *, recipients=None):
    recipients = followers_of(challenge) if recipients is None else recipients
    for user in recipients:
        page = challenge_in_language(challenge, user.language)
        queue_email(
            template,
            {**context, "challenge_title": page.title, "challenge_url": page.get_full_url()},
            user=user,
        )


def post_update(
    challenge,
    *,
    author,
    kind,
    text,
    image=None,
    document=None,
    method=None,
    image_upload=None,
    document_upload=None,
):
    """Save a progress update and email the followers who want each one at once.

    ``image_upload`` and ``document_upload`` are checked uploads that become a
    Wagtail image and document in the same transaction as the update. When any
    step fails, no row is kept and the files written so far are deleted.
    """
    written = []
    try:
        with transaction.atomic():
            if image_upload is not None:
                image = get_image_model().objects.create(
                    title=PurePath(image_upload.name).name[:200],
                    file=image_upload,
                    uploaded_by_user=author,
                )
                written.append(image.file)
            if document_upload is not None:
                document = get_document_model().objects.create(
                    title=PurePath(document_upload.name).name[:200],
                    file=document_upload,
                    uploaded_by_user=author,
                )
                written.append(document.file)
            update = _save_update(challenge, author, kind, text, image, document, method)
    except BaseException:
        for field_file in written:
            field_file.storage.delete(field_file.name)
        raise
    logger.info("challenge %s got update %s", challenge.pk, update.pk)
    return update


def _save_update(challenge, author, kind, text, image, document, method):
    if kind not in UpdateKind.values:
        raise ChallengeRuleError(_("“%(kind)s” is not a kind of update.") % {"kind": kind})
    with transaction.atomic():
        update = ChallengeUpdate.objects.create(
            challenge=challenge,
            kind=kind,
            text=text,
            image=image,
            document=document,
            method=method,
            author=author,
        )
        digest_users = FollowerPreference.objects.filter(
            update_delivery=UpdateDelivery.DAILY
        ).values("user_id")
        recipients = followers_of(challenge).exclude(pk__in=digest_users)
        if author is not None:
            recipients = recipients.exclude(pk=author.pk)
        _email_followers(
            challenge,
            "challenge_update",
            {"kind": update.get_kind_display(), "text": text},
            recipients=recipients,
        )
    return update


def send_update_digest(user_id, *, now=None):
    """Email one member the public updates posted since their last digest.

    Returns the number of updates sent. Safe to run twice: the second run finds
    nothing new, because the preference row stores how far the digest reached.
    """
    now = now or timezone.now()
    with transaction.atomic():
        preference = (
            FollowerPreference.objects.select_for_update()
            .select_related("user")
            .filter(user_id=user_id, update_delivery=UpdateDelivery.DAILY)
            .first()
        )
        if preference is None or not preference.user.is_active:
            return 0
        since = preference.digest_sent_until or preference.user.date_joined
        followed_keys = Follow.objects.filter(user_id=user_id).values("challenge__translation_key")
        updates = list(
            ChallengeUpdate.objects.filter(
                is_public=True,
                created_at__gt=since,
                created_at__lte=now,
                challenge__translation_key__in=followed_keys,
                challenge__live=True,
            )
            .exclude(author_id=user_id)
            .select_related("challenge")
            .order_by("created_at", "pk")
        )
        preference.digest_sent_until = now
        preference.save(update_fields=["digest_sent_until"])
        if not updates:
            return 0
        entries = []
        for update in updates:
            page = challenge_in_language(update.challenge, preference.user.language)
            entries.append(
                {
                    "challenge_title": page.title,
                    "challenge_url": page.get_full_url(),
                    "kind": update.get_kind_display(),
                    "text": update.text,
                    "created_at": update.created_at,
                }
            )
        queue_email("challenge_update_digest", {"entries": entries}, user=preference.user)
    logger.info("update digest with %s updates queued for user %s", len(entries), user_id)
    return len(entries)


def set_update_delivery(user, delivery):
    preference, _created = FollowerPreference.objects.get_or_create(user=user)
    if preference.update_delivery != delivery:
        preference.update_delivery = delivery
        # A member who switches to the digest gets only what is posted from now on.
        preference.digest_sent_until = timezone.now()
        preference.save(update_fields=["update_delivery", "digest_sent_until"])
    return preference


def add_commitment(challenge, *, by, what, responsible_organisation, responsible_person, due_date):
    with transaction.atomic():
        commitment = Commitment.objects.create(
            challenge=challenge,
            what=what,
            responsible_organisation=responsible_organisation,
            responsible_person=responsible_person,
            due_date=due_date,
            created_by=by,
        )
        CommitmentChange.objects.create(
            commitment=commitment, from_status="", to_status=commitment.status, changed_by=by
        )
    logger.info("commitment %s added to challenge %s", commitment.pk, challenge.pk)
    return commitment


def change_commitment_status(commitment, new_status, *, by):
    if new_status not in CommitmentStatus.values:
        raise ChallengeRuleError(
            _("“%(status)s” is not a commitment status.") % {"status": new_status}
        )
    with transaction.atomic():
        commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
        if commitment.status == new_status:
            return commitment
        CommitmentChange.objects.create(
            commitment=commitment,
            from_status=commitment.status,
            to_status=new_status,
            changed_by=by,
        )
        commitment.status = new_status
        commitment.save(update_fields=["status"])
    logger.info("commitment %s is now %s", commitment.pk, new_status)
    return commitment
