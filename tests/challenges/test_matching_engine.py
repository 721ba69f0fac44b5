"""The matching engine and team proposals on plain records, without a database."""

import random
from collections import Counter
from datetime import date, timedelta

import numpy as np
import pytest

from challenges.matching import engine, teams
from challenges.matching.engine import Challenge, Facilitator
from challenges.matching.table import ROLE_BITS, FacilitatorTable

TODAY = date(2026, 12, 5)
SKILLS = ["service design", "data analysis", "writing", "youth work", "mediation"]
METHODS = ["method:world-cafe", "method:open-space", "method:circle", "journey mapping"]
TOPICS = ["health", "mobility", "ageing", "environment"]
REGIONS = ["gorenjska", "podravska", "osrednjeslovenska"]


def person(facilitator_id, **fields):
    values = {
        "id": facilitator_id,
        "languages": frozenset({"sl"}),
        "level": engine.PRACTITIONER,
        "internal": False,
        "max_concurrent": 2,
    }
    values.update(fields)
    return Facilitator(**values)


def challenge(challenge_id=1, **fields):
    values = {"id": challenge_id, "languages": ("sl",), "institution_id": 100}
    values.update(fields)
    return Challenge(**values)


def random_people(count, rng):
    return [
        person(
            number,
            languages=frozenset(rng.sample(["sl", "en", "hr"], rng.randint(1, 2))),
            level=rng.choice(engine.LEVELS),
            internal=rng.random() < 0.5,
            max_concurrent=rng.randint(1, 3),
            active_challenges=rng.randint(0, 2),
            skills=frozenset(rng.sample(SKILLS, rng.randint(0, 4))),
            methods=frozenset(rng.sample(METHODS, rng.randint(0, 3))),
            topics=frozenset(rng.sample(TOPICS, rng.randint(0, 4))),
            regions=frozenset(rng.sample(REGIONS, rng.randint(0, 2))),
            works_online=rng.random() < 0.5,
            organisation_id=rng.choice([None, 100, 101, 102]),
            unavailable_until=rng.choice([None, TODAY, TODAY - timedelta(days=1)]),
        )
        for number in range(1, count + 1)
    ]


def random_challenges(count, rng, people_count):
    return [
        challenge(
            number,
            languages=tuple(rng.sample(["sl", "en", "hr"], rng.randint(1, 2))),
            institution_id=rng.choice([100, 101, 102]),
            skills=frozenset(rng.sample(SKILLS, rng.randint(0, 3))),
            methods=frozenset(rng.sample(METHODS, rng.randint(0, 3))),
            topics=frozenset(rng.sample(TOPICS, rng.randint(0, 2))),
            region=rng.choice(REGIONS),
            mode=rng.choice([engine.IN_PERSON, engine.ONLINE, engine.HYBRID]),
            volunteer_ids=frozenset(rng.sample(range(1, people_count + 1), 3)),
        )
        for number in range(1, count + 1)
    ]


# Hard rules


def test_facilitator_without_shared_language_is_excluded():
    result = engine.assess(person(1, languages=frozenset({"de"})), challenge(), TODAY)

    assert not result.eligible
    assert [reason.code for reason in result.exclusions] == [engine.NO_SHARED_LANGUAGE]
    assert result.score == 0


def test_facilitator_unavailable_today_is_excluded():
    result = engine.assess(person(1, unavailable_until=TODAY), challenge(), TODAY)

    assert [reason.code for reason in result.exclusions] == [engine.UNAVAILABLE]


def test_facilitator_available_again_today_is_eligible():
    result = engine.assess(
        person(1, unavailable_until=TODAY - timedelta(days=1)), challenge(), TODAY
    )

    assert result.eligible


def test_facilitator_at_capacity_is_excluded():
    result = engine.assess(person(1, max_concurrent=2, active_challenges=2), challenge(), TODAY)

    assert [reason.code for reason in result.exclusions] == [engine.AT_CAPACITY]


def test_owner_institution_member_may_only_learn():
    insider = person(1, level=engine.LEAD, internal=True, organisation_id=100)

    result = engine.assess(insider, challenge(institution_id=100), TODAY)

    assert result.roles == {engine.ROLE_LEARNER}
    assert engine.OWNER_INSTITUTION in [reason.code for reason in result.reasons]


def test_learner_level_may_not_lead_or_co_facilitate():
    result = engine.assess(person(1, level=engine.LEARNER, internal=True), challenge(), TODAY)

    assert result.roles == {engine.ROLE_LEARNER}


def test_external_practitioner_may_lead_but_not_learn():
    result = engine.assess(person(1), challenge(), TODAY)

    assert result.roles == {engine.ROLE_LEAD, engine.ROLE_CO_FACILITATOR}


# Scores and reasons


def test_reasons_name_each_part_of_the_score():
    facilitator = person(
        7,
        languages=frozenset({"sl", "en"}),
        methods=frozenset({"method:open-space"}),
        skills=frozenset({"writing"}),
        topics=frozenset({"health"}),
        regions=frozenset({"gorenjska"}),
        max_concurrent=3,
        active_challenges=1,
        level=engine.LEAD,
    )
    need = challenge(
        languages=("sl",),
        methods=frozenset({"method:open-space", "method:circle"}),
        skills=frozenset({"writing"}),
        topics=frozenset({"health"}),
        region="gorenjska",
        mode=engine.IN_PERSON,
        volunteer_ids=frozenset({7}),
    )

    result = engine.assess(facilitator, need, TODAY)

    assert [(reason.code, reason.points, reason.value) for reason in result.reasons] == [
        (engine.LANGUAGE, 10, ("sl",)),
        (engine.SKILL, 8, "writing"),
        (engine.METHOD, 8, "method:open-space"),
        (engine.TOPIC, 5, "health"),
        (engine.REGION, 10, "gorenjska"),
        (engine.CAPACITY, 8, (2, 3)),
        (engine.EXPERIENCE, 10, engine.LEAD),
        (engine.VOLUNTEERED, 15, ""),
    ]
    assert result.score == 74


@pytest.mark.parametrize("seed", range(5))
def test_reasons_add_up_to_the_score(seed):
    rng = random.Random(seed)
    people = random_people(200, rng)
    challenges = random_challenges(10, rng, 200)

    for need in challenges:
        for facilitator in people:
            result = engine.assess(facilitator, need, TODAY)
            assert result.score == sum(reason.points for reason in result.reasons)
            assert all(isinstance(reason.points, int) for reason in result.reasons)


@pytest.mark.parametrize("seed", range(5))
def test_batch_scorer_agrees_with_one_at_a_time(seed):
    rng = random.Random(seed)
    people = random_people(300, rng)
    table = FacilitatorTable(people)

    for need in random_challenges(10, rng, 300):
        scores, eligible, role_bits = table.score(need, TODAY)
        for row, facilitator in enumerate(people):
            single = engine.assess(facilitator, need, TODAY)
            assert scores[row] == single.score, facilitator
            assert eligible[row] == single.eligible, facilitator
            roles = {role for role, bit in ROLE_BITS.items() if role_bits[row] & bit}
            assert roles == single.roles, facilitator


def test_batch_top_matches_ranking():
    rng = random.Random(11)
    people = random_people(400, rng)
    need = random_challenges(1, rng, 400)[0]

    top_rows = FacilitatorTable(people).top(need, TODAY, 20)

    expected = [item.facilitator_id for item in engine.rank(people, need, TODAY)[:20]]
    assert [people[row].id for row in top_rows] == expected


def test_ranking_breaks_ties_by_id():
    people = [person(number) for number in (5, 3, 9)]

    ranked = engine.rank(people, challenge(), TODAY)

    assert [item.facilitator_id for item in ranked] == [3, 5, 9]


def test_challenges_rank_for_a_facilitator_best_first():
    facilitator = person(1, topics=frozenset({"health"}))
    plain, fitting = challenge(1), challenge(2, topics=frozenset({"health"}))

    ranked = engine.rank_challenges(facilitator, [plain, fitting], TODAY)

    assert [item.challenge_id for item in ranked] == [2, 1]


# Teams


def check_team_rules(proposals, people, challenges):
    by_id = {item.id: item for item in people}
    needs = {item.id: item for item in challenges}
    new_teams = Counter()
    for proposal in proposals:
        members = [member for _role, member in proposal.members()]
        assert len(members) == len(set(members)), proposal
        for role, member in proposal.members():
            result = engine.assess(by_id[member], needs[proposal.challenge_id], TODAY)
            assert result.eligible, (proposal, member)
            assert role in result.roles, (proposal, member, role)
            new_teams[member] += 1
    for member, count in new_teams.items():
        assert count <= by_id[member].free_slots, member


@pytest.mark.parametrize("seed", range(4))
def test_proposed_teams_keep_every_hard_rule(seed):
    rng = random.Random(seed)
    people = random_people(150, rng)
    challenges = random_challenges(30, rng, 150)

    proposals = teams.propose_teams(challenges, FacilitatorTable(people), TODAY)

    check_team_rules(proposals, people, challenges)


def test_scarce_capacity_still_keeps_hard_rules():
    rng = random.Random(3)
    people = random_people(25, rng)
    challenges = random_challenges(40, rng, 25)

    proposals = teams.propose_teams(challenges, FacilitatorTable(people), TODAY)

    check_team_rules(proposals, people, challenges)
    assert any(proposal.lead is None for proposal in proposals)


def test_teams_independent_of_input_order():
    rng = random.Random(8)
    people = random_people(120, rng)
    challenges = random_challenges(20, rng, 120)
    shuffled_people, shuffled_challenges = people[:], challenges[:]
    random.Random(1).shuffle(shuffled_people)
    random.Random(2).shuffle(shuffled_challenges)

    first = teams.propose_teams(challenges, FacilitatorTable(people), TODAY)
    second = teams.propose_teams(shuffled_challenges, FacilitatorTable(shuffled_people), TODAY)

    assert sorted(first, key=lambda item: item.challenge_id) == sorted(
        second, key=lambda item: item.challenge_id
    )


def test_equal_candidates_resolve_to_the_lower_id():
    people = [person(number, level=engine.LEAD) for number in (4, 2, 3)]

    [proposal] = teams.propose_teams([challenge()], FacilitatorTable(people), TODAY)

    assert (proposal.lead, proposal.co_facilitator) == (2, 3)


def test_team_has_lead_co_and_learner():
    people = [
        person(1, level=engine.LEAD),
        person(2),
        person(3, level=engine.LEARNER, internal=True, organisation_id=100),
        person(4, level=engine.LEARNER),
    ]

    [proposal] = teams.propose_teams([challenge()], FacilitatorTable(people), TODAY)

    assert proposal.members() == [
        (engine.ROLE_LEAD, 1),
        (engine.ROLE_CO_FACILITATOR, 2),
        (engine.ROLE_LEARNER, 3),
    ]


def test_learner_seat_stays_empty_without_public_sector_learner():
    people = [person(1, level=engine.LEAD), person(2), person(3, level=engine.LEARNER)]

    [proposal] = teams.propose_teams([challenge()], FacilitatorTable(people), TODAY)

    assert proposal.learner is None


def test_work_spreads_over_equally_good_people():
    people = [person(number, level=engine.LEAD, max_concurrent=8) for number in range(1, 5)]
    challenges = [challenge(number) for number in range(1, 5)]

    proposals = teams.propose_teams(challenges, FacilitatorTable(people), TODAY)

    load = Counter(member for item in proposals for _role, member in item.members())
    assert max(load.values()) == 2


def test_empty_pool_proposes_empty_teams():
    [proposal] = teams.propose_teams([challenge()], FacilitatorTable([]), TODAY)

    assert proposal.members() == []


def test_load_after_counts_current_and_new_teams():
    people = [person(1, active_challenges=1), person(2)]
    proposals = [teams.TeamProposal(1, 1, 2, None)]

    load = teams.load_after(proposals, FacilitatorTable(people))

    assert load == {1: 2, 2: 1}


def test_table_keeps_row_order():
    people = [person(3), person(1)]

    table = FacilitatorTable(people)

    assert np.array_equal(table.ids, [3, 1])
