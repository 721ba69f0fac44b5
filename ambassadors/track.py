"""The ambassador track: which trainings belong to it and how far each ambassador is.

A training and its translations are one training of the track, so progress
counts translation keys, never pages.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from trainings.models import Enrolment, TrainingPage

from .models import Ambassador


@dataclass
class TrackTraining:
    key: str
    title: str
    page: TrainingPage


@dataclass
class TrackProgress:
    required: list
    attended_keys: set = field(default_factory=set)

    @property
    def done(self):
        return sum(1 for training in self.required if training.key in self.attended_keys)

    @property
    def total(self):
        return len(self.required)

    @property
    def is_complete(self):
        return self.total > 0 and self.done == self.total

    @property
    def attended(self):
        return [training for training in self.required if training.key in self.attended_keys]

    @property
    def missing(self):
        return [training for training in self.required if training.key not in self.attended_keys]


def track_trainings():
    """Return the live track trainings, one per translation key, titled in the active language."""
    pages = TrainingPage.objects.live().filter(ambassador_track=True).select_related("locale")
    active = get_language() or ""
    by_key = {}
    for page in pages.order_by("path"):
        chosen = by_key.get(page.translation_key)
        if chosen is None or page.locale.language_code == active:
            by_key[page.translation_key] = page
    trainings = [TrackTraining(str(key), page.title, page) for key, page in by_key.items()]
    return sorted(trainings, key=lambda training: training.title)


def attended_track_keys(member_ids):
    """Return {member id: set of attended track training keys} for ``member_ids``."""
    rows = (
        Enrolment.objects.filter(
            member_id__in=list(member_ids),
            attendance=Enrolment.Attendance.ATTENDED,
            training__ambassador_track=True,
        )
        .values_list("member_id", "training__translation_key")
        .distinct()
    )
    attended = {}
    for member_id, key in rows:
        attended.setdefault(member_id, set()).add(str(key))
    return attended


def progress_for_members(member_ids, required=None):
    """Return {member id: TrackProgress} in two queries, however many members."""
    required = track_trainings() if required is None else required
    attended = attended_track_keys(member_ids)
    return {
        member_id: TrackProgress(required, attended.get(member_id, set()))
        for member_id in member_ids
    }


def progress_for(member):
    return progress_for_members([member.pk])[member.pk]


def record_completion(ambassador, progress=None):
    """Stamp the date the ambassador completed the track, once; return whether it is complete.

    The date stays when new trainings join the track later, so a certificate once
    earned is not taken back.
    """
    if ambassador.track_completed_on is not None:
        return True
    progress = progress or progress_for(ambassador.member)
    if not progress.is_complete:
        return False
    today = timezone.localdate()
    Ambassador.objects.filter(pk=ambassador.pk, track_completed_on__isnull=True).update(
        track_completed_on=today
    )
    ambassador.track_completed_on = today
    return True


def pages_in_active_locale(trainings):
    """Return the track trainings' pages in the active locale where a live translation exists."""
    locale = Locale.get_active()
    result = []
    for training in trainings:
        page = training.page
        if page.locale_id != locale.pk:
            translated = page.get_translation_or_none(locale)
            if translated is not None and translated.live:
                page = translated
        result.append(page)
    return result
