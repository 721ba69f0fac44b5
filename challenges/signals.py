"""Email representatives when staff finish reviewing their challenge in Wagtail."""

import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from wagtail.models import TaskState, Workflow, WorkflowPage, WorkflowState
from wagtail.signals import (
    page_published,
    page_unpublished,
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from hub import page_cache
from hub.email.services import queue_email

from .detail import forget_public_activity
from .listing import forget_tag_choices
from .models import (
    ChallengeAttachment,
    ChallengeIndexPage,
    ChallengePage,
    ChallengeTeamMember,
    ChallengeUpdate,
    Commitment,
    CommitmentChange,
    Follow,
    StatusChange,
)
from .services import record_publication

logger = logging.getLogger(__name__)


def _challenge_of(workflow_state):
    page = workflow_state.content_object
    if isinstance(page, ChallengePage):
        return page
    specific = getattr(page, "specific", None)
    return specific if isinstance(specific, ChallengePage) else None


def _edit_url(page, language):
    with translation.override(language):
        path = reverse("challenges:edit", args=[page.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# Wagtail's own review emails link to the admin, which representatives cannot use,
# and bypass the outbox. For challenges the receivers below send the hub's emails.
# Connecting under Wagtail's dispatch ids first makes Django skip Wagtail's later
# connections, which works because this app comes before wagtail.admin in INSTALLED_APPS.
WAGTAIL_NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", "task"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification", "workflow"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", "workflow"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", "workflow"),
]


def _skip_challenges(notifier_name, kind):
    def notify(sender, instance, **kwargs):
        from wagtail.admin import signal_handlers

        workflow_state = instance.workflow_state if kind == "task" else instance
        if _challenge_of(workflow_state) is not None:
            return None
        return getattr(signal_handlers, notifier_name)(sender=sender, instance=instance, **kwargs)

    return notify


def replace_wagtail_review_notifications():
    names = {
        "group_approval_task_submitted_email_notification": "task_submission_email_notifier",
        "workflow_state_submitted_email_notification": "workflow_submission_email_notifier",
        "workflow_state_rejected_email_notification": "workflow_rejection_email_notifier",
        "workflow_state_approved_email_notification": "workflow_approval_email_notifier",
    }
    for signal, sender, dispatch_uid, kind in WAGTAIL_NOTIFIERS:
        signal.connect(
            _skip_challenges(names[dispatch_uid], kind),
            sender=sender,
            dispatch_uid=dispatch_uid,
            weak=False,
        )


@receiver(workflow_submitted)
def email_moderators_on_submission(sender, instance, user=None, **kwargs):
    page = _challenge_of(instance)
    if page is None:
        return
    from django.contrib.auth import get_user_model

    from .submission import MODERATORS_GROUP

    moderators = (
        get_user_model().objects.filter(is_active=True, groups__name=MODERATORS_GROUP).distinct()
    )
    review_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )
    latest = page.get_latest_revision_as_object()
    for moderator in moderators:
        queue_email(
            "challenge_submitted",
            {
                "challenge_title": latest.title,
                "institution": page.institution.name,
                "review_url": review_url,
            },
            user=moderator,
        )


@receiver(workflow_approved)
def email_on_approval(sender, instance, user=None, **kwargs):
    page = _challenge_of(instance)
    if page is None:
        return
    page.refresh_from_db()
    record_publication(page, by=user)
    requester = instance.requested_by
    if requester is not None and requester.is_active:
        queue_email(
            "challenge_approved",
            {"challenge_title": page.title, "challenge_url": page.get_full_url()},
            user=requester,
        )
    logger.info("challenge %s approved in review", page.pk)


@receiver(workflow_rejected)
def email_on_changes_requested(sender, instance, user=None, **kwargs):
    page = _challenge_of(instance)
    if page is None:
        return
    task_state = instance.current_task_state
    requester = instance.requested_by
    if requester is not None and requester.is_active:
        queue_email(
            "challenge_changes_requested",
            {
                "challenge_title": page.get_latest_revision_as_object().title,
                "comment": task_state.comment if task_state else "",
                "edit_url": _edit_url(page, requester.language),
            },
            user=requester,
        )
    logger.info("challenge %s sent back for changes", page.pk)


@receiver(post_save, sender=ChallengeIndexPage)
def assign_review_workflow(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    from .submission import REVIEW_WORKFLOW_NAME

    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


@receiver(page_published, sender=ChallengePage)
@receiver(page_unpublished, sender=ChallengePage)
def refresh_filter_choices(sender, instance, **kwargs):
    forget_tag_choices()


ACTIVITY_MODELS = (
    StatusChange,
    ChallengeUpdate,
    Commitment,
    ChallengeTeamMember,
    ChallengeAttachment,
)


def refresh_public_activity(sender, **kwargs):
    forget_public_activity()


for model in ACTIVITY_MODELS:
    post_save.connect(
        refresh_public_activity, sender=model, dispatch_uid=f"activity-{model.__name__}"
    )
    post_delete.connect(
        refresh_public_activity, sender=model, dispatch_uid=f"activity-deleted-{model.__name__}"
    )


def purge_stored_challenge_pages(sender, instance, **kwargs):
    challenge_id = (
        instance.commitment.challenge_id
        if isinstance(instance, CommitmentChange)
        else instance.challenge_id
    )
    page_cache.purge_page(challenge_id)


# Everything a challenge page, the index or the home page shows besides the page itself.
for model in (*ACTIVITY_MODELS, CommitmentChange, Follow):
    post_save.connect(
        purge_stored_challenge_pages, sender=model, dispatch_uid=f"page-cache-{model.__name__}"
    )
    post_delete.connect(
        purge_stored_challenge_pages,
        sender=model,
        dispatch_uid=f"page-cache-deleted-{model.__name__}",
    )
