"""Propose facilitation teams: a lead, a co-facilitator and, where possible, a learner.

Pure Python, numpy and scipy, without Django. One challenge and three hundred are
the same problem, so the staff screen and the batch proposal share ``propose_teams``.

Why a linear program solved by HiGHS (``scipy.optimize.milp``) and not a plain
assignment solver: a team has three seats, a person may sit in only one seat per
challenge, each person has a capacity, and the k-th new team given to one person
should cost more than the (k-1)-th so that work spreads. An assignment solver
(``linear_sum_assignment``) can model capacity by copying people into slots, but
not "at most one seat per person and challenge". Written as a flow (seat → person
on a challenge → person → rising-cost load arcs) every rule is a linear
constraint. The constraint matrix is a network matrix, so every vertex of the LP
is whole-numbered. HiGHS's dual simplex returns a vertex, so the LP alone gives a
valid assignment without branch and bound, about three times faster than ``milp``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from .engine import LEAD, LEARNER, ROLE_CO_FACILITATOR, ROLE_LEAD, ROLE_LEARNER, ROLES
from .table import ROLE_BITS, FacilitatorTable

# Filling a seat is worth more than any score difference, so the solver fills every
# seat it can before it looks at quality; a lead and a co-facilitator come first.
SEAT_VALUE = {ROLE_LEAD: 1000, ROLE_CO_FACILITATOR: 900, ROLE_LEARNER: 300}
# Seat-specific preferences on top of the match score.
LEAD_LEVEL_BONUS = 10
LEARNER_LEVEL_BONUS = 5
# The k-th team a person holds, counting their current ones, costs LOAD_STEP × (k - 1).
LOAD_STEP = 12
# Candidates kept per seat. NOTE: pruning to the best few per seat keeps the program
# small; with very scarce capacity a better global answer may use someone cut here.
CANDIDATES_PER_SEAT = 25
SOLVER_SECONDS = 60


@dataclass(frozen=True)
class TeamProposal:
    """The proposed facilitator ids of one challenge's team; ``None`` where no one fits."""

    challenge_id: int
    lead: int | None
    co_facilitator: int | None
    learner: int | None

    def members(self):
        """Return ``(role, facilitator_id)`` pairs of the filled seats, in seat order."""
        seats = ((ROLE_LEAD, self.lead), (ROLE_CO_FACILITATOR, self.co_facilitator))
        seats += ((ROLE_LEARNER, self.learner),)
        return [(role, person) for role, person in seats if person is not None]


def _seat_bonus(table, role):
    levels = np.array([item.level for item in table.facilitators])
    if role == ROLE_LEAD:
        return LEAD_LEVEL_BONUS * (levels == LEAD)
    if role == ROLE_LEARNER:
        return LEARNER_LEVEL_BONUS * (levels == LEARNER)
    return np.zeros(len(table), dtype=np.int64)


def _candidates(table, challenges, today, per_seat):
    """Return arrays (challenge index, role index, table row, value) of every candidate seat."""
    seat_bonus = {role: _seat_bonus(table, role) for role in ROLES}
    challenge_numbers, role_numbers, rows, values = [], [], [], []
    for number, challenge in enumerate(challenges):
        scores, eligible, role_bits = table.score(challenge, today)
        for role_number, role in enumerate(ROLES):
            fits = np.flatnonzero(eligible & ((role_bits & ROLE_BITS[role]) > 0))
            if not len(fits):
                continue
            value = scores[fits] + seat_bonus[role][fits]
            order = np.lexsort((table.ids[fits], -value))[:per_seat]
            chosen = fits[order]
            challenge_numbers.append(np.full(len(chosen), number))
            role_numbers.append(np.full(len(chosen), role_number))
            rows.append(chosen)
            values.append(value[order] + SEAT_VALUE[role])
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    return tuple(
        np.concatenate(parts).astype(np.int64)
        for parts in (challenge_numbers, role_numbers, rows, values)
    )


def propose_teams(challenges, table: FacilitatorTable, today, *, per_seat=CANDIDATES_PER_SEAT):
    """Return one ``TeamProposal`` per challenge, in the order of ``challenges``.

    Every proposal keeps the hard rules of ``engine.assess``, gives no one two seats
    on one challenge, and gives no one more new teams than their free slots. The
    same challenges and facilitators give the same teams whatever order they come in.
    """
    order = sorted(range(len(challenges)), key=lambda number: challenges[number].id)
    ordered = [challenges[number] for number in order]
    # Rows of the table in id order make the program independent of the input order.
    if np.any(np.diff(table.ids) <= 0):
        table = FacilitatorTable(sorted(table.facilitators, key=lambda item: item.id))

    challenge_no, role_no, rows, values = _candidates(table, ordered, today, per_seat)
    proposals = {challenge.id: [None, None, None] for challenge in ordered}
    if len(rows):
        chosen = _solve(table, len(ordered), challenge_no, role_no, rows, values)
        for index in chosen:
            challenge = ordered[challenge_no[index]]
            proposals[challenge.id][role_no[index]] = int(table.ids[rows[index]])
    return [TeamProposal(challenge.id, *proposals[challenge.id]) for challenge in challenges]


def _solve(table, challenge_count, challenge_no, role_no, rows, values):
    """Solve the seat program and return the indexes of the chosen candidate seats."""
    seat_count = len(rows)
    people, person_of_seat = np.unique(rows, return_inverse=True)

    # Load arcs: person p gets one 0/1 variable per possible new team, at rising cost.
    free = table.free_slots[people]
    offered = np.bincount(person_of_seat, minlength=len(people))
    arcs_per_person = np.minimum(free, offered)
    arc_person = np.repeat(np.arange(len(people)), arcs_per_person)
    arc_start = np.cumsum(arcs_per_person) - arcs_per_person
    arc_number = np.arange(len(arc_person)) - arc_start[arc_person]
    current = np.array([table.facilitators[row].active_challenges for row in people])
    arc_cost = LOAD_STEP * (current[arc_person] + arc_number).astype(float)

    # A cost below one point in total that prefers lower facilitator ids, and the
    # lower id in the earlier seat, so equal scores always resolve the same way.
    seat_weight = (len(ROLES) - role_no) / len(ROLES)
    tie = 0.5 * seat_weight * (rows / max(len(table), 1)) / max(seat_count, 1)
    cost = np.concatenate([-(values.astype(float)) + tie, arc_cost])
    variable_count = len(cost)
    seat_columns = np.arange(seat_count)
    arc_columns = seat_count + np.arange(len(arc_person))

    # At most one person per seat of a challenge.
    seat_key = challenge_no * len(ROLES) + role_no
    _keys, seat_row = np.unique(seat_key, return_inverse=True)
    seats = sparse.csr_matrix(
        (np.ones(seat_count), (seat_row, seat_columns)), shape=(seat_row.max() + 1, variable_count)
    )
    # At most one seat per person and challenge.
    pair_key = person_of_seat.astype(np.int64) * challenge_count + challenge_no
    _keys, pair_row = np.unique(pair_key, return_inverse=True)
    pairs = sparse.csr_matrix(
        (np.ones(seat_count), (pair_row, seat_columns)), shape=(pair_row.max() + 1, variable_count)
    )
    # A person's seats equal their used load arcs, which their free slots bound.
    load = sparse.csr_matrix(
        (
            np.concatenate([np.ones(seat_count), -np.ones(len(arc_person))]),
            (
                np.concatenate([person_of_seat, arc_person]),
                np.concatenate([seat_columns, arc_columns]),
            ),
        ),
        shape=(len(people), variable_count),
    )
    upper = sparse.vstack([seats, pairs]).tocsr()
    result = linprog(
        cost,
        A_ub=upper,
        b_ub=np.ones(upper.shape[0]),
        A_eq=load,
        b_eq=np.zeros(load.shape[0]),
        bounds=(0, 1),
        method="highs-ds",
        options={"time_limit": SOLVER_SECONDS},
    )
    if result.x is None:
        raise RuntimeError(f"team proposal failed: {result.message}")
    if np.any(np.abs(result.x - np.round(result.x)) > 1e-6):
        # A simplex vertex of this program is whole-numbered; this guards a solver change.
        result = milp(
            cost,
            integrality=np.ones(variable_count),
            bounds=Bounds(0, 1),
            constraints=[
                LinearConstraint(upper, -np.inf, 1),
                LinearConstraint(load, 0, 0),
            ],
            options={"time_limit": SOLVER_SECONDS},
        )
        if result.x is None:
            raise RuntimeError(f"team proposal failed: {result.message}")
    return np.flatnonzero(result.x[:seat_count] > 0.5)


def load_after(proposals, table):
    """Return each facilitator's number of teams once ``proposals`` are confirmed."""
    load = {int(item.id): item.active_challenges for item in table.facilitators}
    for proposal in proposals:
        for _role, person in proposal.members():
            load[person] += 1
    return load
