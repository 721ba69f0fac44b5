"""Rules for creating and changing member profiles; views only call these."""

import logging

from django.db import transaction
from wagtail.search import index

from .choices import Visibility
from .directory import invalidate_directory_counts
from .models import Consent, MemberProfile, Organisation, ProfileLanguage

logger = logging.getLogger(__name__)

PROFILE_FIELDS_SET_DIRECTLY = (
    "display_name",
    "headline",
    "bio",
    "organisation",
    "role",
    "sector",
    "region",
    "open_to_mentoring",
    "open_to_facilitation",
    "open_to_speaking",
    "open_to_collaboration",
    "visibility",
    "phone",
    "phone_visibility",
    "website",
    "website_visibility",
    "linkedin",
    "linkedin_visibility",
    "mastodon",
    "mastodon_visibility",
)


def create_profile(user, *, display_name, visibility=Visibility.MEMBERS):
    """Create ``user``'s profile at sign-up and record their consents with the time."""
    with transaction.atomic():
        profile = MemberProfile.objects.create(
            user=user, display_name=display_name.strip(), visibility=visibility
        )
        Consent.objects.create(user=user, kind=Consent.Kind.TERMS, granted=True)
        Consent.objects.create(
            user=user,
            kind=Consent.Kind.DIRECTORY,
            granted=visibility != Visibility.NOBODY,
        )
        refresh_search_text(profile)
    logger.info("member profile %s created for user %s", profile.pk, user.pk)
    return profile


def save_profile(profile, data, *, changed=()):
    """Apply a member's edits: fields, tags, languages, a proposed organisation, consents."""
    was_listed = (
        MemberProfile.objects.filter(pk=profile.pk).exclude(visibility=Visibility.NOBODY).exists()
    )
    replaced_photo = ""
    if "photo" in changed:
        replaced_photo = (
            MemberProfile.objects.filter(pk=profile.pk).values_list("photo", flat=True).first()
        ) or ""
    with transaction.atomic():
        for name in PROFILE_FIELDS_SET_DIRECTLY:
            if name in data:
                setattr(profile, name, data[name])
        proposed = data.get("proposed_organisation", "")
        if proposed:
            organisation = Organisation.objects.filter(name__iexact=proposed).first()
            if organisation is None:
                organisation = Organisation.objects.create(
                    name=proposed,
                    sector=data.get("sector") or "public",
                    region=data.get("region") or "",
                    proposed_by=profile.user,
                )
                logger.info("organisation %s proposed by user %s", organisation.pk, profile.user_id)
            profile.organisation = organisation
        profile.proposed_organisation = ""
        profile.save()
        if "expertise" in data:
            profile.expertise.set(data["expertise"], clear=True)
        if "interests" in data:
            profile.interests.set(data["interests"], clear=True)
        if "languages" in data:
            ProfileLanguage.objects.filter(profile=profile).exclude(
                code__in=data["languages"]
            ).delete()
            existing = set(profile.languages.values_list("code", flat=True))
            ProfileLanguage.objects.bulk_create(
                ProfileLanguage(profile=profile, code=code)
                for code in data["languages"]
                if code not in existing
            )
        listed = profile.visibility != Visibility.NOBODY
        if listed != was_listed:
            Consent.objects.create(user=profile.user, kind=Consent.Kind.DIRECTORY, granted=listed)
        refresh_search_text(profile)
        if replaced_photo and replaced_photo != profile.photo.name:
            # The old file stays reachable by its URL until deleted, and a
            # rolled-back save must keep it, so it goes after the commit.
            storage = profile.photo.storage
            transaction.on_commit(lambda: storage.delete(replaced_photo))
            logger.info("photo of member profile %s replaced", profile.pk)
    sync_search_index(profile)
    return profile


def set_profile_flag(user_id, field, value):
    """Set the boolean profile ``field`` of the member with ``user_id``, if they have a profile.

    The profile is saved rather than updated in place, so its signals renew the
    directory's counts, the home page's figures, stored pages and the search index.
    """
    profile = MemberProfile.objects.filter(user_id=user_id).first()
    if profile is None or getattr(profile, field) == value:
        return
    setattr(profile, field, value)
    profile.save(update_fields=[field])


def refresh_search_text(profile):
    """Store the normalised text the directory searches, built from tags saved so far."""
    text = profile.build_search_text()
    MemberProfile.objects.filter(pk=profile.pk).update(search_text=text)
    profile.search_text = text
    # A queryset update sends no post_save signal, so the counts are dropped here.
    invalidate_directory_counts()
    return text


def sync_search_index(profile):
    """Add a visible profile to the search index, or remove a hidden or suspended one."""
    profile = MemberProfile.objects.select_related("user", "organisation").get(pk=profile.pk)
    if profile.visibility == Visibility.NOBODY or not profile.user.is_active:
        index.remove_object(profile)
    else:
        index.insert_or_update_object(profile)
