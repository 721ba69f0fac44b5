from celery import shared_task

from .models import FacilitatorProfile
from .services import send_weekly_suggestions


@shared_task
def send_weekly_facilitator_suggestions():
    """Weekly: email each facilitator who asked for it the newly opened challenges that fit."""
    profile_ids = FacilitatorProfile.objects.filter(
        is_active=True, weekly_suggestions=True, user__is_active=True
    ).values_list("pk", flat=True)
    return sum(send_weekly_suggestions(profile_id) for profile_id in profile_ids)
