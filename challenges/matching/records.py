"""Turn models into the engine's plain records, and the engine's reasons into sentences."""

from datetime import date

from django.db.models import Count, Q
from django.utils import formats
from django.utils.translation import gettext as _

from community.choices import Language, Region
from community.models import MemberProfile
from community.normalise import normalise_text
from hub.models import MethodPage

from ..choices import ChallengeStatus
from ..models import ChallengePage
from . import engine
from .choices import ExperienceLevel, FacilitatorKind, OfferStatus
from .models import FacilitationOffer, FacilitatorProfile

# A team on a challenge in one of these states takes one of its members' slots.
BUSY_STATUSES = [
    ChallengeStatus.OPEN,
    ChallengeStatus.TEAM_FORMING,
    ChallengeStatus.CO_CREATION,
    ChallengeStatus.PROTOTYPING,
    ChallengeStatus.IMPLEMENTATION,
]
STANDING_OFFERS = [OfferStatus.OFFERED, OfferStatus.SHORTLISTED, OfferStatus.ACCEPTED]


def key_for(name):
    """Return the matching key of a skill, topic or free-text method name."""
    return normalise_text(" ".join(name.split()))


class MethodKeys:
    """Map method names in any language to one key per method of the methods library."""

    def __init__(self):
        self.by_name = {}
        self.labels = {}
        rows = MethodPage.objects.values_list("translation_key", "title", "locale__language_code")
        for translation_key, title, _language in rows.order_by("pk"):
            key = f"method:{translation_key}"
            self.by_name[key_for(title)] = key
            self.labels.setdefault(key, title)

    def for_name(self, name):
        return self.by_name.get(key_for(name), key_for(name))

    def for_page(self, page):
        return f"method:{page.translation_key}"


def canonical_challenge(page):
    """Return the first page among ``page``'s translations, where offers and teams are kept."""
    return (
        ChallengePage.objects.filter(translation_key=page.translation_key)
        .select_related("institution")
        .order_by("pk")
        .first()
    )


def facilitator_queryset():
    """Return active facilitator profiles of active members, with their current load."""
    busy = Q(
        user__challenge_teams__challenge__status__in=BUSY_STATUSES,
    )
    return (
        FacilitatorProfile.objects.filter(is_active=True, user__is_active=True)
        .select_related("user__profile")
        .prefetch_related("skills", "topics", "other_methods", "methods")
        .annotate(active_challenges=Count("user__challenge_teams", filter=busy, distinct=True))
        .order_by("pk")
    )


def facilitator_record(profile, method_keys):
    member = getattr(profile.user, "profile", None)
    methods = {method_keys.for_page(page) for page in profile.methods.all()}
    methods |= {method_keys.for_name(tag.name) for tag in profile.other_methods.all()}
    return engine.Facilitator(
        id=profile.pk,
        languages=frozenset(profile.languages),
        level=profile.level,
        internal=profile.kind == FacilitatorKind.INTERNAL,
        max_concurrent=profile.max_concurrent,
        active_challenges=getattr(profile, "active_challenges", 0),
        skills=frozenset(key_for(tag.name) for tag in profile.skills.all()),
        methods=frozenset(methods),
        topics=frozenset(key_for(tag.name) for tag in profile.topics.all()),
        regions=frozenset(profile.regions),
        works_online=profile.works_online,
        organisation_id=member.organisation_id if member else None,
        unavailable_until=profile.unavailable_until,
    )


def facilitator_records(profiles=None, method_keys=None):
    method_keys = method_keys or MethodKeys()
    profiles = facilitator_queryset() if profiles is None else profiles
    return [facilitator_record(profile, method_keys) for profile in profiles]


def challenge_record(page, method_keys=None, *, labels=None):
    """Return the engine's record of ``page``, reading its needs from every translation.

    ``labels`` is filled with the readable name of each key, in ``page``'s language first.
    """
    method_keys = method_keys or MethodKeys()
    labels = {} if labels is None else labels
    pages = list(
        ChallengePage.objects.filter(translation_key=page.translation_key)
        .prefetch_related("topics", "skills_needed", "methods_needed", "related_methods")
        .order_by("pk")
    )
    pages.sort(key=lambda item: item.pk != page.pk)
    skills, methods, topics = set(), set(), set()
    for item in pages:
        for tag in item.skills_needed.all():
            skills.add(key_for(tag.name))
            labels.setdefault(key_for(tag.name), tag.name)
        for tag in item.topics.all():
            topics.add(key_for(tag.name))
            labels.setdefault(key_for(tag.name), tag.name)
        for tag in item.methods_needed.all():
            key = method_keys.for_name(tag.name)
            methods.add(key)
            labels.setdefault(key, tag.name)
        for method in item.related_methods.all():
            key = method_keys.for_page(method)
            methods.add(key)
            labels.setdefault(key, method.title)
    volunteers = FacilitationOffer.objects.filter(
        challenge__translation_key=page.translation_key, status__in=STANDING_OFFERS
    ).values_list("facilitator_id", flat=True)
    return engine.Challenge(
        id=page.pk,
        languages=tuple(page.languages or ["sl"]),
        institution_id=page.institution_id,
        skills=frozenset(skills),
        methods=frozenset(methods),
        topics=frozenset(topics),
        region=page.region,
        mode=page.mode,
        volunteer_ids=frozenset(volunteers),
    )


def _join(names):
    names = [str(name) for name in names]
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def describe(reason, labels):
    """Return one reason or exclusion as a sentence in the active language."""
    languages = dict(Language.choices)
    code, value = reason.code, reason.value
    if code == engine.LANGUAGE:
        return _("speaks %(languages)s") % {
            "languages": _join(languages.get(item, item) for item in value)
        }
    if code == engine.SKILL:
        return _("has the skill “%(skill)s”") % {"skill": labels.get(value, value)}
    if code == engine.METHOD:
        return _("knows %(method)s") % {"method": labels.get(value, value)}
    if code == engine.TOPIC:
        return _("knows the topic “%(topic)s”") % {"topic": labels.get(value, value)}
    if code == engine.REGION:
        return _("works in %(region)s") % {"region": dict(Region.choices).get(value, value)}
    if code == engine.ONLINE_WORK:
        return _("works online")
    if code == engine.CAPACITY:
        return _("%(free)s of %(total)s slots free") % {"free": value[0], "total": value[1]}
    if code == engine.EXPERIENCE:
        return _("experience: %(level)s") % {"level": ExperienceLevel(value).label}
    if code == engine.VOLUNTEERED:
        return _("offered to help")
    if code == engine.OWNER_INSTITUTION:
        return _("works at the owner institution, so may join only as a learner")
    if code == engine.NO_LEADING_ROLE:
        return _("a learner, so may not lead or co-facilitate")
    if code == engine.NO_SHARED_LANGUAGE:
        return _("speaks none of the challenge’s languages")
    if code == engine.UNAVAILABLE:
        day = formats.date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
        return _("unavailable until %(date)s") % {"date": day}
    if code == engine.AT_CAPACITY:
        return _("already works on %(total)s challenges, the most they take at once") % {
            "total": value
        }
    return code


def explained(assessment, labels):
    """Return ``[(sentence, points), …]`` for an assessment's reasons, or its exclusions."""
    parts = assessment.reasons or assessment.exclusions
    return [(describe(reason, labels), reason.points) for reason in parts]


def visible_user_ids(viewer, user_ids):
    """Return which of ``user_ids`` have a member profile ``viewer`` may see; staff see all."""
    if viewer.is_authenticated and viewer.is_staff:
        return set(user_ids)
    return set(
        MemberProfile.objects.visible_to(viewer)
        .filter(user_id__in=user_ids)
        .values_list("user_id", flat=True)
    )
