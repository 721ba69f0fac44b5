"""Time the member directory's search and facets on PostgreSQL with many members.

The script creates the database hub_bench_directory (or the one --database
names) on 127.0.0.1:5432 as user postgres unless it exists, migrates it and
fills it with the demo loader's members (20,000 by default, in bulk, with its
visibility mix). It then requests the directory page and the members API
in-process through Django's test client, as an anonymous visitor and as a
signed-in member. For each it prints p50 and p95 in milliseconds and the number
of SQL queries of one request, twice: with the facet counts in the cache
("cached") and with the cached counts dropped before every request ("cold").
Settings are hub.settings.test, so DEBUG is off and no email leaves the process.
The cache is local memory unless --cache-url names a Redis database.

Run from the project root:

    .venv/bin/python benchmarks/directory.py
    .venv/bin/python benchmarks/directory.py --members 50000 --repetitions 500
    .venv/bin/python benchmarks/directory.py --database hub_community \
        --cache-url redis://127.0.0.1:6379/14

Numbers include template rendering and every query of the page, and compare
runs on one machine; they are no capacity estimate for a deployment.
"""

import argparse
import math
import os
import platform
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

DEFAULT_DATABASE_NAME = "hub_bench_directory"
DATABASE_HOST = "127.0.0.1"
DEFAULT_PATHS = [
    "/imenik/",
    "/imenik/?q=digital&region=osrednjeslovenska&sector=public",
    "/imenik/?q=pametna+mesta&language=en&open_to=mentoring&sort=newest",
    "/api/v1/members/?q=digital&region=osrednjeslovenska&sector=public",
]
WARMUP_REQUESTS = 10
TARGET_P95_MS = 150
VIEWER_EMAIL = "bench-viewer@demo.sticisce.example"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Time the member directory on PostgreSQL with generated members."
    )
    parser.add_argument(
        "--members",
        type=int,
        default=20_000,
        help="Members the database must contain before timing (default: 20000).",
    )
    parser.add_argument(
        "--repetitions",
        type=int,
        default=200,
        help="Timed requests per path and viewer, after warm-up (default: 200).",
    )
    parser.add_argument(
        "--database",
        default=DEFAULT_DATABASE_NAME,
        help=f"PostgreSQL database to fill and time (default: {DEFAULT_DATABASE_NAME}).",
    )
    parser.add_argument(
        "--cache-url",
        default="",
        help="Redis URL for Django's cache, such as redis://127.0.0.1:6379/14 "
        "(default: local memory).",
    )
    parser.add_argument(
        "--path",
        dest="extra_paths",
        action="append",
        default=[],
        metavar="PATH",
        help="Also time this directory URL path. Repeat the option for more paths.",
    )
    options = parser.parse_args(argv)
    if options.members < 1 or options.repetitions < 1:
        parser.error("--members and --repetitions must be at least 1")
    return options


def configure_django(database_name, cache_url):
    """Point Django at the benchmark database, creating that database if needed."""
    import psycopg

    from hub.settings.env import SCHEMA

    # Settings a developer exported for another database or service must not leak in.
    for name in SCHEMA:
        os.environ.pop(name, None)
    os.environ["DATABASE_URL"] = f"postgres://postgres@{DATABASE_HOST}:5432/{database_name}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
    if cache_url:
        os.environ["CACHE_URL"] = cache_url

    with psycopg.connect(
        host=DATABASE_HOST, user="postgres", dbname="postgres", autocommit=True, connect_timeout=10
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database_name]
        ).fetchone()
        if not exists:
            print(f"Creating database {database_name}")
            connection.execute(f'CREATE DATABASE "{database_name}"')

    import django

    django.setup()


def prepare_database(member_count):
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    from community import demo
    from community.models import MemberDirectoryPage, MemberProfile
    from hub.demo import upsert_child

    call_command("migrate", verbosity=0)

    home = Page.objects.get(depth=2, locale__language_code="sl").specific
    if not MemberDirectoryPage.objects.child_of(home).filter(slug="imenik").exists():
        upsert_child(home, MemberDirectoryPage, "imenik", {"title": "Imenik članov"})

    existing = MemberProfile.objects.filter(user__email__endswith=f"@{demo.EMAIL_DOMAIN}")
    missing = member_count - existing.count()
    if missing <= 0:
        return
    print(f"Creating {missing} members")
    started = time.perf_counter()
    builder = demo.MemberBuilder(demo.load_organisations(), demo.load_tags(), timezone.now())
    used_slugs = set(MemberProfile.objects.values_list("slug", flat=True))
    last_number = (
        max(
            (int(email.split("@")[0].removeprefix("member-")) for email in _demo_emails()),
            default=0,
        )
        + 1
    )
    numbers = list(range(last_number, last_number + missing))
    for start in range(0, len(numbers), demo.BATCH_SIZE):
        ids = demo.create_members(
            builder, numbers[start : start + demo.BATCH_SIZE], used_slugs, refresh=False
        )
        # refresh_search_text writes one row at a time, so the benchmark fills
        # the same text with one bulk update per batch.
        with transaction.atomic():
            profiles = list(
                MemberProfile.objects.filter(pk__in=ids)
                .select_related("organisation")
                .prefetch_related("expertise", "interests")
            )
            for profile in profiles:
                profile.search_text = profile.build_search_text()
            MemberProfile.objects.bulk_update(profiles, ["search_text"], batch_size=500)
    # Index-only scans need the visibility map that VACUUM writes, which
    # autovacuum would write some time after a bulk load like this one.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"Created {missing} members in {time.perf_counter() - started:.1f} s")


def _demo_emails():
    from django.contrib.auth import get_user_model

    from community import demo

    return (
        get_user_model()
        .objects.filter(email__startswith="member-", email__endswith=f"@{demo.EMAIL_DOMAIN}")
        .values_list("email", flat=True)
    )


def signed_in_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _created = get_user_model().objects.get_or_create(email=VIEWER_EMAIL)
    client = Client()
    client.force_login(user)
    return client


def percentile(sorted_values, fraction):
    """Return the nearest-rank percentile of an already sorted, non-empty list."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def time_path(client, path, repetitions, *, cold):
    """Return p50 and p95 in milliseconds and the number of queries of one request.

    With ``cold`` the cached facet counts are dropped before every request, and
    dropping them (one cache write) is not timed.
    """
    from django.db import connection

    from community.directory import invalidate_directory_counts

    for _ in range(WARMUP_REQUESTS):
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"GET {path} returned {response.status_code}, expected 200.")

    queries = []

    def count_query(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    if cold:
        invalidate_directory_counts()
    with connection.execute_wrapper(count_query):
        client.get(path)

    durations = []
    for _ in range(repetitions):
        if cold:
            invalidate_directory_counts()
        started = time.perf_counter()
        client.get(path)
        durations.append((time.perf_counter() - started) * 1000)
    durations.sort()
    return percentile(durations, 0.50), percentile(durations, 0.95), len(queries)


def main(argv=None):
    options = parse_arguments(argv)
    configure_django(options.database, options.cache_url)
    prepare_database(options.members)

    from django.test import Client

    from community.models import MemberProfile

    paths = list(dict.fromkeys([*DEFAULT_PATHS, *options.extra_paths]))
    viewers = [("anonymous", Client()), ("member", signed_in_client())]
    rows = []
    for counts in ("cached", "cold"):
        for viewer, client in viewers:
            for path in paths:
                p50, p95, query_count = time_path(
                    client, path, options.repetitions, cold=counts == "cold"
                )
                rows.append([counts, viewer, path, f"{p50:.1f}", f"{p95:.1f}", str(query_count)])

    print(
        f"{MemberProfile.objects.count()} profiles in {options.database}, "
        f"{options.repetitions} requests per row after {WARMUP_REQUESTS} warm-up requests"
    )
    print(f"Python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs")
    print(f"Cache: {options.cache_url or 'local memory'}")
    header = ["counts", "viewer", "path", "p50 ms", "p95 ms", "queries"]
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    slow = [row for row in rows if float(row[4]) >= TARGET_P95_MS]
    if slow:
        print(f"{len(slow)} rows are at or above the p95 target of {TARGET_P95_MS} ms.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
