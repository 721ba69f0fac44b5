"""Drafts and review of challenges that representatives submit from the site."""

import logging
from pathlib import PurePath

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Workflow, WorkflowPage, WorkflowState

from .models import ChallengeAttachment, ChallengePage
from .services import ChallengeRuleError

logger = logging.getLogger(__name__)

REVIEW_WORKFLOW_NAME = "Hub review"
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


def _save_attachments(page, uploads, user):
    for upload in uploads:
        ChallengeAttachment.objects.create(
            challenge=page, file=upload, title=PurePath(upload.name).name[:200], uploaded_by=user
        )


@transaction.atomic
def save_draft(index, data, *, profile, page=None):
    """Create or update the draft challenge of ``profile``'s institution and save a revision.

    ``data`` is a valid SubmissionForm's cleaned_data. Nothing is published here.
    """
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
    _save_attachments(page, data.get("attachments") or [], user)
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
