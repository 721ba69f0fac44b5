"""Drafts and review of challenges that representatives submit from the site."""

import logging
from datetime import timedelta
from pathlib import PurePath

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Workflow, WorkflowPage, WorkflowState

from .models import ChallengeAttachment, ChallengePage, PendingAttachment
from .services import ChallengeRuleError

logger = logging.getLogger(__name__)

REVIEW_WORKFLOW_NAME = "Hub review"
# Pending uploads older than this are deleted by the daily clean-up task.
PENDING_ATTACHMENT_MAX_AGE = timedelta(days=2)
MODERATORS_GROUP = "Moderators"
CONTENT_FIELDS = (
    "title",
    "summary",
    "problem",
    "affected",
    "stakeholders",
    "tried",
    "desired_outcome",
    "constraints",
    "timeline",
    "languages",
    "region",
    "mode",
    "apply_by",
    "contact_name",
    "contact_email",
    "contact_phone",
)


class SubmissionState:
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    LABELS = {
        DRAFT: _("draft"),
        IN_REVIEW: _("in review"),
        CHANGES_REQUESTED: _("changes requested"),
        PUBLISHED: _("published"),
    }


def submission_state(page, workflow_state=None):
    if page.live:
        return SubmissionState.PUBLISHED
    if workflow_state is None:
        return SubmissionState.DRAFT
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return SubmissionState.IN_REVIEW
    if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return SubmissionState.CHANGES_REQUESTED
    return SubmissionState.DRAFT


def active_workflow_state(page):
    return (
        WorkflowState.objects.active()
        .for_instance(page)
        .select_related("current_task_state")
        .first()
    )


def is_editable(page):
    return submission_state(page, active_workflow_state(page)) in (
        SubmissionState.DRAFT,
        SubmissionState.CHANGES_REQUESTED,
    )


def ensure_review_workflow(index):
    """Return the "Hub review" workflow, assigned to ``index`` if nothing else is."""
    workflow = index.get_workflow()
    if workflow is not None:
        return workflow
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).first()
    if workflow is None:
        raise ChallengeRuleError(
            _("Review is not set up yet. Please ask the hub team to enable the review workflow.")
        )
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def _apply(page, data):
    for name in CONTENT_FIELDS:
        setattr(page, name, data[name])
    for name in ("topics", "skills_needed", "methods_needed"):
        getattr(page, name).set(data[name])
    page.related_methods = list(data["related_methods"])


def _save_attachments(page, uploads, user, written):
    for upload in uploads:
        attachment = ChallengeAttachment.objects.create(
            challenge=page, file=upload, title=PurePath(upload.name).name[:200], uploaded_by=user
        )
        written.append((attachment.file.storage, attachment.file.name))


def _attach_pending(page, pending_attachments, user, written):
    """Turn ``user``'s pending uploads into attachments of ``page``, copying each file."""
    for pending in pending_attachments:
        if pending.owner_id != user.pk:
            raise ChallengeRuleError(_("A file you chose earlier is no longer available."))
        attachment = ChallengeAttachment(challenge=page, title=pending.title, uploaded_by=user)
        with pending.file.storage.open(pending.file.name, "rb") as content:
            attachment.file.save(PurePath(pending.file.name).name, content, save=False)
        written.append((attachment.file.storage, attachment.file.name))
        attachment.save()
    delete_pending(pending_attachments)


def keep_pending(uploads, user):
    """Store checked ``uploads`` as ``user``'s pending attachments and return them."""
    kept = []
    for upload in uploads:
        pending = PendingAttachment(owner=user, title=PurePath(upload.name).name[:200])
        pending.file.save(upload.name, upload, save=False)
        pending.save()
        kept.append(pending)
    if kept:
        logger.info("user %s keeps %s pending attachments", user.pk, len(kept))
    return kept


def delete_pending(pending_attachments):
    """Delete pending attachments, and their files once the transaction commits."""
    files = [(pending.file.storage, pending.file.name) for pending in pending_attachments]
    PendingAttachment.objects.filter(
        pk__in=[pending.pk for pending in pending_attachments]
    ).delete()

    def delete_files():
        for storage, name in files:
            if name:
                storage.delete(name)

    transaction.on_commit(delete_files)
    return len(files)


def delete_stale_pending(now=None):
    """Delete pending attachments older than PENDING_ATTACHMENT_MAX_AGE; return how many."""
    cutoff = (now or timezone.now()) - PENDING_ATTACHMENT_MAX_AGE
    with transaction.atomic():
        stale = list(PendingAttachment.objects.filter(created_at__lt=cutoff))
        deleted = delete_pending(stale)
    if deleted:
        logger.info("deleted %s stale pending attachments", deleted)
    return deleted


def erase_pending_attachments(user):
    """Delete ``user``'s pending attachments when they delete their account."""
    delete_pending(list(PendingAttachment.objects.filter(owner=user)))


def save_draft(index, data, *, profile, page=None, pending=()):
    """Create or update the draft challenge of ``profile``'s institution and save a revision.

    ``data`` is a valid SubmissionForm's cleaned_data, and ``pending`` holds the
    member's pending attachments to add. Nothing is published here. The page, its
    attachments and their files are saved together or, on an error, not at all.
    """
    written = []
    try:
        with transaction.atomic():
            return _save_draft(
                index, data, profile=profile, page=page, pending=pending, written=written
            )
    except BaseException:
        for storage, name in written:
            storage.delete(name)
        raise


def _save_draft(index, data, *, profile, page, pending, written):
    user = profile.user
    if page is None:
        page = ChallengePage(
            title=data["title"],
            slug=find_available_slug(index, slugify(data["title"])[:60] or "izziv"),
            institution=profile.organisation,
            owner=user,
            live=False,
            locale_id=index.locale_id,
        )
        _apply(page, data)
        index.add_child(instance=page)
    else:
        if not is_editable(page):
            raise ChallengeRuleError(
                _("This challenge is in review, so it cannot be changed until the hub replies.")
            )
        page = page.get_latest_revision_as_object()
        _apply(page, data)
    page.save_revision(user=user, log_action=True)
    _save_attachments(page, data.get("attachments") or [], user, written)
    _attach_pending(page, pending, user, written)
    logger.info("challenge %s draft saved by user %s", page.pk, user.pk)
    return page


@transaction.atomic
def submit_for_review(page, *, user):
    """Start the review workflow for ``page``, or resume it after changes were requested."""
    state = active_workflow_state(page)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise ChallengeRuleError(_("This challenge is already in review."))
    if page.live:
        raise ChallengeRuleError(_("This challenge is already published."))
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
    else:
        index = page.get_parent().specific
        ensure_review_workflow(index).start(page, user)
    logger.info("challenge %s submitted for review by user %s", page.pk, user.pk)
