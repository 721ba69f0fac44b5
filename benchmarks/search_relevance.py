"""Print the site search's recall@5 and mean reciprocal rank over the demo content.

The cases are in tests/search/relevance.yaml: realistic Slovenian and English
queries and the results a person expects. The script runs every case as an
anonymous visitor against the configured backend and prints one line of
figures per run, then every expected result that was not among the first five
of its kind. Target: recall@5 of at least 0.9 on every backend.

The database comes from DATABASE_URL; without it the script uses the SQLite
file benchmarks/.work/search_relevance.sqlite3. It migrates the database and
loads the demo content (load_demo, several minutes) when the database has no
challenges yet. With ELASTICSEARCH_URL set, search goes to Elasticsearch and
the script rebuilds the index first.

    .venv/bin/python benchmarks/search_relevance.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_search \\
        .venv/bin/python benchmarks/search_relevance.py
"""

import argparse
import os
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

CASES_PATH = PROJECT_ROOT / "tests" / "search" / "relevance.yaml"
DEFAULT_SQLITE = PROJECT_ROOT / "benchmarks" / ".work" / "search_relevance.sqlite3"
TARGET_RECALL = 0.9


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default=str(CASES_PATH), help="YAML file of relevance cases.")
    parser.add_argument(
        "--rebuild-index",
        action="store_true",
        help="Rebuild the search index before measuring (always done for Elasticsearch).",
    )
    return parser.parse_args(argv)


def set_up_django():
    if not os.environ.get("DATABASE_URL"):
        DEFAULT_SQLITE.parent.mkdir(parents=True, exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{DEFAULT_SQLITE}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    import django

    django.setup()


def backend_label():
    from django.conf import settings
    from django.db import connection

    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
    if backend == "database":
        return f"database backend on {connection.vendor}"
    return backend


def prepare(rebuild_index):
    from django.conf import settings
    from django.core.management import call_command

    from challenges.models import ChallengePage

    call_command("migrate", verbosity=0, interactive=False)
    if not ChallengePage.objects.exists():
        print("Loading the demo content; this takes several minutes.", flush=True)
        call_command("load_demo", verbosity=0)
    if rebuild_index or settings.ELASTICSEARCH_URL:
        call_command("update_index", verbosity=0)


def main(argv=None):
    arguments = parse_arguments(argv)
    set_up_django()
    prepare(arguments.rebuild_index)

    from search.relevance import RECALL_DEPTH, evaluate, load_cases

    cases = load_cases(arguments.cases)
    started = time.perf_counter()
    report = evaluate(cases)
    elapsed = time.perf_counter() - started

    print(
        f"{backend_label()}: {report.cases} queries, {report.expected} expected results, "
        f"recall@{RECALL_DEPTH} {report.recall:.3f}, MRR {report.mean_reciprocal_rank:.3f} "
        f"(target recall@{RECALL_DEPTH} >= {TARGET_RECALL}; {elapsed:.1f} s)"
    )
    for language, query, expected, rank in report.misses:
        where = f"rank {rank}" if rank else "not in the first page"
        print(f"  missed [{language}] {query!r}: {expected} ({where})")
    return 0 if report.recall >= TARGET_RECALL else 1


if __name__ == "__main__":
    sys.exit(main())
