"""Keep appointments' side effects and activity logs in step with other apps' data."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from challenges.models import ChallengePage, ChallengeTeamMember
from hub import page_cache
from trainings.models import Enrolment

from . import activity
from .models import Ambassador, AmbassadorCornerPage, FocusAreaTag
from .services import restrict_corner, sync_member


@receiver(post_save, sender=Enrolment, dispatch_uid="ambassadors.record_attendance")
def record_attendance(sender, instance, raw=False, **kwargs):
    if raw:
        return
    activity.record_attendance(instance)
    if instance.attendance == Enrolment.Attendance.ATTENDED:
        from .track import record_completion

        for ambassador in Ambassador.objects.active().filter(member_id=instance.member_id):
            record_completion(ambassador)


@receiver(page_published, sender=ChallengePage, dispatch_uid="ambassadors.challenge_brought")
def record_challenge_brought(sender, instance, **kwargs):
    activity.record_challenge_brought(instance)


@receiver(post_save, sender=ChallengeTeamMember, dispatch_uid="ambassadors.challenge_supported")
def record_challenge_supported(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        activity.record_challenge_supported(instance)


@receiver(post_save, sender=Ambassador, dispatch_uid="ambassadors.sync_member_on_save")
@receiver(post_delete, sender=Ambassador, dispatch_uid="ambassadors.sync_member_on_delete")
def sync_member_with_appointments(sender, instance, raw=False, **kwargs):
    # Staff may edit dates in the admin; the group and profile flag follow any change.
    if raw:
        return
    # The member is gone when their account deletion removed the appointment.
    member = get_user_model().objects.filter(pk=instance.member_id).first()
    if member is not None:
        sync_member(member)


def purge_stored_pages(sender, raw=False, **kwargs):
    # The ambassadors page lists appointments with their statements and focus areas.
    if not raw:
        page_cache.purge_everything()


for model in (Ambassador, FocusAreaTag):
    post_save.connect(purge_stored_pages, sender=model, dispatch_uid=f"page-cache-{model.__name__}")
    post_delete.connect(
        purge_stored_pages, sender=model, dispatch_uid=f"page-cache-deleted-{model.__name__}"
    )


@receiver(post_save, sender=AmbassadorCornerPage, dispatch_uid="ambassadors.restrict_corner")
def restrict_corner_on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        restrict_corner(instance)
