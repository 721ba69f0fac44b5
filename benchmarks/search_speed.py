"""Time the site search on PostgreSQL with 2,000 challenges and 20,000 members.

The script creates the database hub_search_speed on 127.0.0.1:5432 as user
postgres unless it exists, migrates it, adds generated challenges (with the
demo challenges' wording, each under a numbered title) and the demo loader's
members until both counts are reached, and indexes the challenges with
Wagtail's database backend. It then sends each search path through Django's
test client in-process, as an anonymous visitor and as a signed-in member, and
prints p50 and p95 in milliseconds and the SQL queries of one request.

    .venv/bin/python benchmarks/search_speed.py
    .venv/bin/python benchmarks/search_speed.py --challenges 5000 --repetitions 200

Numbers include template rendering and compare runs on one machine; they are
no capacity estimate for a deployment. Target: p95 under 150 ms.
"""

import argparse
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks import directory  # noqa: E402 - needs the project root on sys.path

DATABASE_NAME = "hub_search_speed"
DEFAULT_PATHS = [
    "/search/?q=zdravstveni+dom",
    "/search/?q=inovacije",
    "/search/?q=prevoz+starejsih+na+podezelju",
    "/search/?q=izobrazevanje&type=challenges&page=3",
    "/search/?q=novak&type=members",
    "/search/autocomplete/?q=zdrav",
]
TARGET_P95_MS = 150
BATCH_SIZE = 200


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--challenges", type=int, default=2_000, help="Challenges (2000).")
    parser.add_argument("--members", type=int, default=20_000, help="Members (20000).")
    parser.add_argument(
        "--repetitions", type=int, default=100, help="Timed requests per path and viewer (100)."
    )
    parser.add_argument(
        "--path", action="append", dest="paths", help="A path to time; repeat for several."
    )
    return parser.parse_args(argv)


def create_challenges(target):
    """Add published challenges under the Slovenian challenge index until there are ``target``."""
    from django.db import transaction
    from wagtail.models import Page

    from challenges.demo import CHALLENGES
    from challenges.models import ChallengeIndexPage, ChallengePage
    from community.models import Organisation
    from hub.demo import upsert_child

    home = Page.objects.get(depth=2, locale__language_code="sl").specific
    index = ChallengeIndexPage.objects.child_of(home).first() or upsert_child(
        home, ChallengeIndexPage, "izzivi", {"title": "Izzivi"}
    )
    existing = ChallengePage.objects.count()
    if existing >= target:
        return
    institutions = list(Organisation.objects.filter(verified=True, sector="public")[:50])
    print(f"Creating {target - existing} challenges", flush=True)
    started = time.perf_counter()
    for start in range(existing, target, BATCH_SIZE):
        with transaction.atomic():
            for number in range(start, min(start + BATCH_SIZE, target)):
                title, *_rest = CHALLENGES[number % len(CHALLENGES)]
                index = ChallengeIndexPage.objects.get(pk=index.pk)
                index.add_child(
                    instance=ChallengePage(
                        title=f"{title} ({number})",
                        slug=f"izziv-{number}",
                        live=True,
                        institution=institutions[number % len(institutions)],
                        summary=f"{title}: iščemo rešitev skupaj z ljudmi, ki jih zadeva.",
                        problem=f"{title} je problem, s katerim se ustanova sooča že več let.",
                        desired_outcome="Preizkušena rešitev, ki jo lahko uvedemo v enem letu.",
                        contact_name="Kontaktna oseba",
                        contact_email=f"izziv-{number}@demo.sticisce.example",
                    )
                )
        print(f"  {min(start + BATCH_SIZE, target)} of {target}", flush=True)
    print(f"Created challenges in {time.perf_counter() - started:.1f} s")


def main(argv=None):
    options = parse_arguments(argv)
    directory.configure_django(DATABASE_NAME, cache_url=None)
    directory.prepare_database(options.members)
    create_challenges(options.challenges)

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from challenges.models import ChallengePage
    from community.models import MemberProfile

    cache.clear()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"PostgreSQL {connection.pg_version}, {ChallengePage.objects.count()} challenges, "
        f"{MemberProfile.objects.count()} members, {options.repetitions} requests per row"
    )
    viewers = [("anonymous", Client()), ("member", directory.signed_in_client())]
    worst_p95 = 0.0
    for path in options.paths or DEFAULT_PATHS:
        for label, client in viewers:
            p50, p95, queries = directory.time_path(client, path, options.repetitions, cold=False)
            worst_p95 = max(worst_p95, p95)
            print(f"{label:9} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  {queries:2} queries  {path}")
    verdict = "meets" if worst_p95 < TARGET_P95_MS else "misses"
    print(f"Worst p95 {worst_p95:.1f} ms {verdict} the target of {TARGET_P95_MS} ms.")
    return 0 if worst_p95 < TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
