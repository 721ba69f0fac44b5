"""Give freed seats to the waitlist when staff raise a session's capacity; purge stored pages."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from hub import page_cache
from trainings.models import Enrolment, TrainingSession, TrainingTrainer

logger = logging.getLogger(__name__)


@receiver(post_save, sender=TrainingSession, dispatch_uid="trainings.fill_seats_on_session_save")
def fill_seats_after_session_save(sender, instance, created, **kwargs):
    if created:
        return
    session_id = instance.pk
    transaction.on_commit(lambda: _fill(session_id))


def _fill(session_id):
    from trainings import services

    session = TrainingSession.objects.select_related("page").filter(pk=session_id).first()
    if session is None:
        return
    try:
        services.fill_free_seats(session.page if session.page.is_series else session)
    except services.TryAgainLater:
        # No confirmed member loses a seat, and the next cancellation or capacity change fills it.
        logger.warning("session %s seats were not filled after an edit", session_id)


def purge_stored_training_pages(sender, instance, **kwargs):
    page_id = instance.training_id if isinstance(instance, Enrolment) else instance.page_id
    page_cache.purge_page(page_id)


# An enrolment changes the free seats that the training page, the index and home show.
for model in (Enrolment, TrainingSession, TrainingTrainer):
    post_save.connect(
        purge_stored_training_pages, sender=model, dispatch_uid=f"page-cache-{model.__name__}"
    )
    post_delete.connect(
        purge_stored_training_pages,
        sender=model,
        dispatch_uid=f"page-cache-deleted-{model.__name__}",
    )
