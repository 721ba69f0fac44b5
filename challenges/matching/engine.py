"""Score facilitators for a challenge and explain every score.

Pure Python and numpy, without Django: callers turn models into the plain records
below. A score is the sum of whole-number points, one ``Reason`` per part, so the
reasons a person reads always add up to the score shown next to them.

Hard rules never bend: a facilitator without a shared language, unavailable on the
day, or already at their maximum of concurrent challenges is excluded. A member of
the owner institution may join only as a learner (conflict of interest), and only
practitioners and leads may lead or co-facilitate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from scipy import sparse

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


# Batch scoring


ROLE_BITS = {ROLE_LEAD: 1, ROLE_CO_FACILITATOR: 2, ROLE_LEARNER: 4}
NO_DATE = np.iinfo(np.int64).min


class FacilitatorTable:
    """Facilitators as column arrays, for scoring thousands of them against a challenge at once.

    Build it once per batch with ``from_facilitators``; ``score`` then gives the
    same scores, eligibility and roles as ``assess`` does one at a time.
    """

    def __init__(self, facilitators: Sequence[Facilitator]):
        self.facilitators = list(facilitators)
        self.ids = np.array([item.id for item in self.facilitators], dtype=np.int64)
        self.index_of = {facilitator_id: row for row, facilitator_id in enumerate(self.ids)}
        self.language_codes = _vocabulary(item.languages for item in self.facilitators)
        self.languages = _incidence(
            [item.languages for item in self.facilitators], self.language_codes
        )
        self.skill_keys = _vocabulary(item.skills for item in self.facilitators)
        self.skills = _incidence([item.skills for item in self.facilitators], self.skill_keys)
        self.method_keys = _vocabulary(item.methods for item in self.facilitators)
        self.methods = _incidence([item.methods for item in self.facilitators], self.method_keys)
        self.topic_keys = _vocabulary(item.topics for item in self.facilitators)
        self.topics = _incidence([item.topics for item in self.facilitators], self.topic_keys)
        self.region_keys = _vocabulary(item.regions for item in self.facilitators)
        self.regions = _incidence([item.regions for item in self.facilitators], self.region_keys)
        self.works_online = np.array([item.works_online for item in self.facilitators], dtype=bool)
        self.free_slots = np.array([item.free_slots for item in self.facilitators], dtype=np.int64)
        self.level_points = np.array(
            [POINTS_BY_LEVEL[item.level] for item in self.facilitators], dtype=np.int64
        )
        self.may_lead = np.array(
            [item.level in (PRACTITIONER, LEAD) for item in self.facilitators], dtype=bool
        )
        self.internal = np.array([item.internal for item in self.facilitators], dtype=bool)
        self.organisation_ids = np.array(
            [
                -1 if item.organisation_id is None else item.organisation_id
                for item in self.facilitators
            ],
            dtype=np.int64,
        )
        self.unavailable_until = np.array(
            [
                NO_DATE if item.unavailable_until is None else item.unavailable_until.toordinal()
                for item in self.facilitators
            ],
            dtype=np.int64,
        )

    @classmethod
    def from_facilitators(cls, facilitators: Iterable[Facilitator]):
        return cls(list(facilitators))

    def __len__(self):
        return len(self.facilitators)

    def _matches(self, matrix, keys, wanted):
        columns = [keys[key] for key in wanted if key in keys]
        if not columns:
            return np.zeros(len(self), dtype=np.int64)
        counts = np.asarray(matrix[:, columns].sum(axis=1)).ravel().astype(np.int64)
        return np.minimum(counts, MAX_MATCHED_ITEMS)

    def score(self, challenge, today):
        """Return ``(scores, eligible, role_bits)`` arrays in the table's row order.

        ``role_bits`` combines ``ROLE_BITS`` of the roles each facilitator may take.
        Excluded rows score 0, as ``assess`` gives them.
        """
        language_columns = [
            self.language_codes[code] for code in challenge.languages if code in self.language_codes
        ]
        if language_columns:
            speaks = np.asarray(self.languages[:, language_columns].sum(axis=1)).ravel() > 0
        else:
            speaks = np.zeros(len(self), dtype=bool)
        eligible = speaks & (self.unavailable_until < today.toordinal()) & (self.free_slots > 0)

        scores = np.full(len(self), POINTS_SHARED_LANGUAGE, dtype=np.int64)
        scores += POINTS_PER_SKILL * self._matches(self.skills, self.skill_keys, challenge.skills)
        scores += POINTS_PER_METHOD * self._matches(
            self.methods, self.method_keys, challenge.methods
        )
        scores += POINTS_PER_TOPIC * self._matches(self.topics, self.topic_keys, challenge.topics)
        scores += self._place_points(challenge)
        scores += POINTS_PER_FREE_SLOT * np.minimum(self.free_slots, MAX_FREE_SLOTS_COUNTED)
        scores += self.level_points
        if challenge.volunteer_ids:
            volunteered = np.isin(self.ids, np.fromiter(challenge.volunteer_ids, dtype=np.int64))
            scores += POINTS_VOLUNTEERED * volunteered
        scores[~eligible] = 0

        conflicted = (self.organisation_ids == challenge.institution_id) & (
            challenge.institution_id is not None
        )
        leading = self.may_lead & ~conflicted
        role_bits = (
            leading * (ROLE_BITS[ROLE_LEAD] | ROLE_BITS[ROLE_CO_FACILITATOR])
            + self.internal * ROLE_BITS[ROLE_LEARNER]
        ).astype(np.int64)
        return scores, eligible, role_bits

    def _place_points(self, challenge):
        online = self.works_online.astype(np.int64)
        if challenge.mode == ONLINE:
            return POINTS_ONLINE_FOR_ONLINE * online
        if challenge.region and challenge.region in self.region_keys:
            column = self.region_keys[challenge.region]
            same_region = np.asarray(self.regions[:, column].todense()).ravel() > 0
        else:
            same_region = np.zeros(len(self), dtype=bool)
        points = POINTS_SAME_REGION * same_region.astype(np.int64)
        if challenge.mode == HYBRID:
            points += POINTS_ONLINE_FOR_HYBRID * (online * ~same_region)
        return points

    def top(self, challenge, today, count):
        """Return the row numbers of the best ``count`` eligible facilitators, best first.

        Ties go to the lower facilitator id, as in ``rank``.
        """
        scores, eligible, _roles = self.score(challenge, today)
        rows = np.flatnonzero(eligible)
        order = np.lexsort((self.ids[rows], -scores[rows]))
        return rows[order[:count]]


def _vocabulary(sets):
    keys = sorted({key for items in sets for key in items})
    return {key: column for column, key in enumerate(keys)}


def _incidence(rows, vocabulary):
    """Return a CSC 0/1 matrix with one row per item and one column per vocabulary key."""
    row_numbers, columns = [], []
    for row, items in enumerate(rows):
        for key in items:
            row_numbers.append(row)
            columns.append(vocabulary[key])
    data = np.ones(len(columns), dtype=np.int8)
    shape = (len(rows), max(len(vocabulary), 1))
    # CSC because scoring reads a few columns of every row.
    return sparse.csc_matrix((data, (row_numbers, columns)), shape=shape, dtype=np.int8)
