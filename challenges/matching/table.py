"""Score thousands of facilitators against a challenge at once, with numpy and scipy.

Kept apart from ``engine`` so that a web process loads numpy and scipy only when
staff propose teams or the demo is built, not on every page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse

from .engine import (
    HYBRID,
    LEAD,
    MAX_FREE_SLOTS_COUNTED,
    MAX_MATCHED_ITEMS,
    ONLINE,
    POINTS_BY_LEVEL,
    POINTS_ONLINE_FOR_HYBRID,
    POINTS_ONLINE_FOR_ONLINE,
    POINTS_PER_FREE_SLOT,
    POINTS_PER_METHOD,
    POINTS_PER_SKILL,
    POINTS_PER_TOPIC,
    POINTS_SAME_REGION,
    POINTS_SHARED_LANGUAGE,
    POINTS_VOLUNTEERED,
    PRACTITIONER,
    ROLE_CO_FACILITATOR,
    ROLE_LEAD,
    ROLE_LEARNER,
    Facilitator,
)

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

    def _matches(self, matrix, keys, needed):
        columns = [keys[key] for key in needed if key in keys]
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
