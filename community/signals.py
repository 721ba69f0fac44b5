"""Keep hidden and suspended members out of the search index, whoever changes them."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search import index

from .choices import Visibility
from .models import MemberProfile


@receiver(post_save, sender=MemberProfile, dispatch_uid="community.unindex_hidden_profile")
def unindex_hidden_profile(sender, instance, **kwargs):
    if instance.visibility == Visibility.NOBODY or not instance.user.is_active:
        index.remove_object(instance)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="community.unindex_suspended")
def unindex_suspended_member(sender, instance, **kwargs):
    if instance.is_active:
        return
    profile = MemberProfile.objects.filter(user=instance).first()
    if profile is not None:
        index.remove_object(profile)
