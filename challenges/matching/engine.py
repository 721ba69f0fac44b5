"""Score facilitators for a challenge and explain every score.

Pure Python, without Django: callers turn models into the plain records
below. A score is the sum of whole-number points, one ``Reason`` per part, so the
reasons a person reads always add up to the score shown next to them.

Hard rules never bend: a facilitator without a shared language, unavailable on the
day, or already at their maximum of concurrent challenges is excluded. A member of
the owner institution may join only as a learner (conflict of interest), and only
practitioners and leads may lead or co-facilitate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Experience levels and team roles, as stored by the models.
LEARNER = "learner"
PRACTITIONER = "practitioner"
LEAD = "lead"
LEVELS = (LEARNER, PRACTITIONER, LEAD)

ROLE_LEAD = "lead"
ROLE_CO_FACILITATOR = "co_facilitator"
ROLE_LEARNER = "learner"
ROLES = (ROLE_LEAD, ROLE_CO_FACILITATOR, ROLE_LEARNER)

IN_PERSON = "in_person"
ONLINE = "online"
HYBRID = "hybrid"

# Points per part. Matched skills, methods and topics count up to MAX_MATCHED_ITEMS
# each, so a facilitator with a long list of tags cannot outweigh everything else.
POINTS_PER_SKILL = 8
POINTS_PER_METHOD = 8
POINTS_PER_TOPIC = 5
MAX_MATCHED_ITEMS = 3
POINTS_SHARED_LANGUAGE = 10
POINTS_SAME_REGION = 10
POINTS_ONLINE_FOR_ONLINE = 10
POINTS_ONLINE_FOR_HYBRID = 6
POINTS_PER_FREE_SLOT = 4
MAX_FREE_SLOTS_COUNTED = 3
POINTS_BY_LEVEL = {LEARNER: 2, PRACTITIONER: 6, LEAD: 10}
POINTS_VOLUNTEERED = 15

# Reason codes: the Django layer turns each into a translated sentence.
SKILL = "skill"
METHOD = "method"
TOPIC = "topic"
LANGUAGE = "language"
REGION = "region"
ONLINE_WORK = "online"
CAPACITY = "capacity"
EXPERIENCE = "experience"
VOLUNTEERED = "volunteered"
OWNER_INSTITUTION = "owner_institution"
NO_LEADING_ROLE = "no_leading_role"

# Exclusion codes.
NO_SHARED_LANGUAGE = "no_shared_language"
UNAVAILABLE = "unavailable"
AT_CAPACITY = "at_capacity"


@dataclass(frozen=True)
class Facilitator:
    """What the engine needs to know about one facilitator."""

    id: int
    languages: frozenset[str]
    level: str
    internal: bool
    max_concurrent: int
    active_challenges: int = 0
    skills: frozenset[str] = frozenset()
    methods: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    works_online: bool = False
    organisation_id: int | None = None
    unavailable_until: date | None = None

    @property
    def free_slots(self):
        return max(self.max_concurrent - self.active_challenges, 0)


@dataclass(frozen=True)
class Challenge:
    """What the engine needs to know about one challenge.

    ``methods`` and the other tag sets hold normalised keys, the same kind that
    ``Facilitator`` holds, so matching is set intersection.
    """

    id: int
    languages: tuple[str, ...]
    institution_id: int | None
    skills: frozenset[str] = frozenset()
    methods: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    region: str = ""
    mode: str = HYBRID
    volunteer_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Reason:
    """One part of a score: a code, its whole-number points and what it is about."""

    code: str
    points: int
    value: str | int | tuple = ""


@dataclass(frozen=True)
class Assessment:
    """The outcome of scoring one facilitator for one challenge."""

    facilitator_id: int
    challenge_id: int
    score: int
    reasons: tuple[Reason, ...]
    exclusions: tuple[Reason, ...] = ()
    roles: frozenset[str] = field(default_factory=frozenset)

    @property
    def eligible(self):
        return not self.exclusions


def allowed_roles(facilitator, challenge):
    """Return the team roles ``facilitator`` may take on ``challenge``.

    Learners come from the public sector. Leading and co-facilitating need a
    practitioner or a lead from outside the owner institution.
    """
    roles = set()
    conflicted = (
        facilitator.organisation_id is not None
        and facilitator.organisation_id == challenge.institution_id
    )
    if facilitator.level in (PRACTITIONER, LEAD) and not conflicted:
        roles.update((ROLE_LEAD, ROLE_CO_FACILITATOR))
    if facilitator.internal:
        roles.add(ROLE_LEARNER)
    return frozenset(roles)


def exclusions_for(facilitator, challenge, today):
    """Return the hard rules ``facilitator`` breaks for ``challenge`` on ``today``."""
    exclusions = []
    if not set(challenge.languages) & facilitator.languages:
        exclusions.append(Reason(NO_SHARED_LANGUAGE, 0))
    if facilitator.unavailable_until is not None and facilitator.unavailable_until >= today:
        exclusions.append(Reason(UNAVAILABLE, 0, facilitator.unavailable_until.isoformat()))
    if facilitator.free_slots <= 0:
        exclusions.append(Reason(AT_CAPACITY, 0, facilitator.max_concurrent))
    return tuple(exclusions)


def _matched(needed, offered, code, points):
    return [Reason(code, points, item) for item in sorted(needed & offered)[:MAX_MATCHED_ITEMS]]


def _place_points(facilitator, challenge):
    if challenge.mode == ONLINE:
        return Reason(ONLINE_WORK, POINTS_ONLINE_FOR_ONLINE) if facilitator.works_online else None
    if challenge.region and challenge.region in facilitator.regions:
        return Reason(REGION, POINTS_SAME_REGION, challenge.region)
    if challenge.mode == HYBRID and facilitator.works_online:
        return Reason(ONLINE_WORK, POINTS_ONLINE_FOR_HYBRID)
    return None


def assess(facilitator, challenge, today):
    """Score ``facilitator`` for ``challenge`` on ``today`` with the reasons for each point.

    An excluded facilitator gets score 0, no reasons and the rules they break.
    """
    exclusions = exclusions_for(facilitator, challenge, today)
    roles = allowed_roles(facilitator, challenge)
    if exclusions:
        return Assessment(facilitator.id, challenge.id, 0, (), exclusions, roles)

    shared = tuple(code for code in challenge.languages if code in facilitator.languages)
    reasons = [Reason(LANGUAGE, POINTS_SHARED_LANGUAGE, shared)]
    reasons += _matched(challenge.skills, facilitator.skills, SKILL, POINTS_PER_SKILL)
    reasons += _matched(challenge.methods, facilitator.methods, METHOD, POINTS_PER_METHOD)
    reasons += _matched(challenge.topics, facilitator.topics, TOPIC, POINTS_PER_TOPIC)
    place = _place_points(facilitator, challenge)
    if place is not None:
        reasons.append(place)
    free = min(facilitator.free_slots, MAX_FREE_SLOTS_COUNTED)
    reasons.append(
        Reason(
            CAPACITY,
            POINTS_PER_FREE_SLOT * free,
            (facilitator.free_slots, facilitator.max_concurrent),
        )
    )
    reasons.append(Reason(EXPERIENCE, POINTS_BY_LEVEL[facilitator.level], facilitator.level))
    if facilitator.id in challenge.volunteer_ids:
        reasons.append(Reason(VOLUNTEERED, POINTS_VOLUNTEERED))
    if facilitator.organisation_id is not None and (
        facilitator.organisation_id == challenge.institution_id
    ):
        reasons.append(Reason(OWNER_INSTITUTION, 0))
    elif ROLE_LEAD not in roles:
        reasons.append(Reason(NO_LEADING_ROLE, 0, facilitator.level))
    score = sum(reason.points for reason in reasons)
    return Assessment(facilitator.id, challenge.id, score, tuple(reasons), (), roles)


def rank(facilitators, challenge, today, *, include_excluded=False):
    """Return assessments for ``challenge``, best first, ties broken by facilitator id."""
    assessments = [assess(facilitator, challenge, today) for facilitator in facilitators]
    if not include_excluded:
        assessments = [item for item in assessments if item.eligible]
    return sorted(
        assessments, key=lambda item: (not item.eligible, -item.score, item.facilitator_id)
    )


def rank_challenges(facilitator, challenges, today):
    """Return the eligible assessments of ``facilitator`` for each challenge, best first."""
    assessments = [assess(facilitator, challenge, today) for challenge in challenges]
    eligible = [item for item in assessments if item.eligible and item.roles]
    return sorted(eligible, key=lambda item: (-item.score, item.challenge_id))
