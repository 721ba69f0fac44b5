from celery import shared_task

from .choices import UpdateDelivery
from .models import FollowerPreference
from .reminders import send_commitment_reminders
from .services import send_update_digest
from .submission import delete_stale_pending


@shared_task
def remind_commitment_owners():
    """Daily: remind representatives of commitments due within three days, and of late ones."""
    return send_commitment_reminders()


@shared_task
def send_update_digests():
    """Daily: send each member who chose the digest the updates since their last one."""
    user_ids = FollowerPreference.objects.filter(
        update_delivery=UpdateDelivery.DAILY, user__is_active=True
    ).values_list("user_id", flat=True)
    return sum(send_update_digest(user_id) for user_id in user_ids)


@shared_task
def delete_stale_pending_attachments():
    """Daily: delete files members chose in the submission form but never saved."""
    return delete_stale_pending()


# Celery discovers only ``challenges.tasks``; this import registers the facilitation tasks.
from .matching.tasks import send_weekly_facilitator_suggestions  # noqa: E402,F401
