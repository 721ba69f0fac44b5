"""Time the matching engine and the team proposal on invented data.

Prints the time to rank --facilitators facilitators for one challenge (one at a
time and with the batch scorer), the time to propose teams for --challenges
challenges from --pool facilitators, and how evenly that proposal spreads the
work: the largest number of teams per person and how many seats stayed empty.

Run from the project root; it needs no database:

    .venv/bin/python benchmarks/matching.py
    .venv/bin/python benchmarks/matching.py --facilitators 20000 --challenges 500

Times are wall-clock on whatever machine runs the script, best of --repeat runs.
"""

import argparse
import random
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from challenges.matching import engine, teams  # noqa: E402
from challenges.matching.table import FacilitatorTable  # noqa: E402

LANGUAGES = ["sl", "en", "hr", "de", "it", "hu"]
REGIONS = ["osrednjeslovenska", "gorenjska", "podravska", "savinjska", "goriska", "koroska"]
SKILLS = [f"skill-{number}" for number in range(40)]
METHODS = [f"method:{number}" for number in range(15)]
TOPICS = [f"topic-{number}" for number in range(30)]
TODAY = date(2026, 12, 5)


def invent_facilitators(count, rng, organisations=60):
    people = []
    for number in range(1, count + 1):
        languages = {"sl"} if rng.random() < 0.9 else {rng.choice(LANGUAGES)}
        languages |= set(rng.sample(LANGUAGES, rng.randint(0, 2)))
        people.append(
            engine.Facilitator(
                id=number,
                languages=frozenset(languages),
                level=rng.choice(engine.LEVELS),
                internal=rng.random() < 0.4,
                max_concurrent=rng.randint(1, 4),
                active_challenges=rng.randint(0, 1),
                skills=frozenset(rng.sample(SKILLS, rng.randint(0, 5))),
                methods=frozenset(rng.sample(METHODS, rng.randint(0, 4))),
                topics=frozenset(rng.sample(TOPICS, rng.randint(0, 4))),
                regions=frozenset(rng.sample(REGIONS, rng.randint(0, 2))),
                works_online=rng.random() < 0.6,
                organisation_id=rng.randint(1, organisations) if rng.random() < 0.7 else None,
                unavailable_until=TODAY + timedelta(days=10) if rng.random() < 0.05 else None,
            )
        )
    return people


def invent_challenges(count, rng, volunteers_from, organisations=60):
    challenges = []
    for number in range(1, count + 1):
        challenges.append(
            engine.Challenge(
                id=number,
                languages=("sl", "en") if rng.random() < 0.3 else ("sl",),
                institution_id=rng.randint(1, organisations),
                skills=frozenset(rng.sample(SKILLS, 2)),
                methods=frozenset(rng.sample(METHODS, 2)),
                topics=frozenset(rng.sample(TOPICS, 2)),
                region=rng.choice(REGIONS),
                mode=rng.choice([engine.IN_PERSON, engine.ONLINE, engine.HYBRID]),
                volunteer_ids=frozenset(rng.sample(range(1, volunteers_from + 1), 5)),
            )
        )
    return challenges


def best_of(repeat, function):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facilitators", type=int, default=10_000)
    parser.add_argument("--challenges", type=int, default=300)
    parser.add_argument("--pool", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=4)
    options = parser.parse_args()
    rng = random.Random(options.seed)

    people = invent_facilitators(options.facilitators, rng)
    challenge = invent_challenges(1, rng, options.facilitators)[0]
    build_seconds, table = best_of(options.repeat, lambda: FacilitatorTable(people))
    batch_seconds, _top = best_of(
        options.repeat, lambda: table.top(challenge, TODAY, engine.MAX_MATCHED_ITEMS * 10)
    )
    single_seconds, ranked = best_of(options.repeat, lambda: engine.rank(people, challenge, TODAY))
    print(f"rank {len(people)} facilitators for one challenge")
    print(f"  batch scorer:         {batch_seconds * 1000:8.1f} ms (target < 200 ms)")
    print(f"  building its table:   {build_seconds * 1000:8.1f} ms (once per batch)")
    print(f"  one at a time:        {single_seconds * 1000:8.1f} ms ({len(ranked)} eligible)")

    pool = invent_facilitators(options.pool, rng)
    challenges = invent_challenges(options.challenges, rng, options.pool)

    def propose():
        return teams.propose_teams(challenges, FacilitatorTable(pool), TODAY)

    propose_seconds, proposals = best_of(1, propose)
    new_teams = Counter(person for item in proposals for _role, person in item.members())
    load = teams.load_after(proposals, FacilitatorTable(pool))
    empty = Counter(
        role
        for item in proposals
        for role, person in (
            ("lead", item.lead),
            ("co-facilitator", item.co_facilitator),
            ("learner", item.learner),
        )
        if person is None
    )
    print(f"propose teams for {len(challenges)} challenges from {len(pool)} facilitators")
    print(f"  time:                 {propose_seconds:8.2f} s (target < 10 s)")
    print(f"  people given a seat:  {len(new_teams):8d}")
    print(f"  most new teams for one person:       {max(new_teams.values(), default=0)}")
    print(f"  most teams for one person, with current ones: {max(load.values(), default=0)}")
    print(f"  empty seats: {dict(empty) or 'none'}")


if __name__ == "__main__":
    main()
