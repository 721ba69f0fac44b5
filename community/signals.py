"""Keep hidden and suspended members out of the search index, stored pages and cached counts."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.search import index

from hub import page_cache

from .choices import Visibility
from .directory import invalidate_directory_counts
from .models import ExpertiseTag, InterestTag, MemberProfile, Organisation, ProfileLanguage


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


DIRECTORY_MODELS = (MemberProfile, Organisation, Tag, ExpertiseTag, InterestTag, ProfileLanguage)


def invalidate_counts(sender, **kwargs):
    invalidate_directory_counts()


for model in DIRECTORY_MODELS:
    post_save.connect(invalidate_counts, sender=model, dispatch_uid=f"directory-counts-{model}")
    post_delete.connect(invalidate_counts, sender=model, dispatch_uid=f"directory-counts-{model}")


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="community.account_counts")
@receiver(post_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="community.account_counts")
def invalidate_counts_for_account(sender, update_fields=None, **kwargs):
    # Signing in only stamps last_login, which no count depends on.
    if update_fields is not None and set(update_fields) == {"last_login"}:
        return
    invalidate_directory_counts()


def purge_stored_pages(sender, **kwargs):
    # A member's name, visibility or organisation shows on many pages (directory,
    # challenge timelines, trainers, home figures), so every stored page goes.
    page_cache.purge_everything()


for model in (MemberProfile, Organisation, ExpertiseTag, InterestTag, ProfileLanguage):
    post_save.connect(purge_stored_pages, sender=model, dispatch_uid=f"page-cache-{model.__name__}")
    post_delete.connect(
        purge_stored_pages, sender=model, dispatch_uid=f"page-cache-deleted-{model.__name__}"
    )


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="community.purge_pages_of_user")
def purge_pages_of_user(sender, instance, update_fields=None, **kwargs):
    # Signing in saves last_login only, which no page shows.
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    page_cache.purge_everything()
