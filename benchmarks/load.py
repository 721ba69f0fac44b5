"""Drive a realistic mix of visitors and members at the hub and report latency per page type.

The script serves the demo hub (``load_demo --scale N``) with gunicorn and
hub.settings.production on PostgreSQL and Redis on loopback, then sends a fixed
number of requests from a fixed number of client threads. Each request picks a
page type by weight: anonymous browsing (home, listings, challenge, training and
method pages), site searches, directory searches with filters, and enrolments by
signed-in members (a GET of the training page for the CSRF token, then the POST).
It prints throughput, p50/p95/p99 latency and errors per page type; an error is
a request without an HTTP response or with status 500 or above.

Run from the project root (the database must exist; the script migrates it):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_load \\
    CACHE_URL=redis://127.0.0.1:6379/24 CELERY_BROKER_URL=redis://127.0.0.1:6379/25 \\
    .venv/bin/python benchmarks/load.py --scale 10 --requests 3000 --concurrency 8

Client and server share one machine, so the figures compare runs on that machine
and are no capacity estimate for a deployment. Every request goes to 127.0.0.1.
"""

import argparse
import collections
import http.client
import http.cookies
import json
import logging
import math
import os
import platform
import random
import re
import secrets
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WORK_DIR = PROJECT_ROOT / "benchmarks" / ".work"
SERVER_LOG_PATH = WORK_DIR / "load-gunicorn.log"
CONTENT_MARKER_PATH = WORK_DIR / "load-demo-content"
GUNICORN = PROJECT_ROOT / ".venv" / "bin" / "gunicorn"
HOST = "127.0.0.1"
GUNICORN_WORKERS = 2
ACCEPT_ENCODING = "gzip, br"
STARTUP_TIMEOUT_SECONDS = 60

# Share of requests per page type, roughly what a public site's logs show: most
# visitors browse, fewer search, and a small share of members enrol.
MIX = {
    "home": 18,
    "challenge index": 12,
    "challenge page": 14,
    "training index": 8,
    "training page": 10,
    "method page": 6,
    "search": 10,
    "directory": 8,
    "directory filters": 8,
    "enrolment": 6,
}
SEARCH_WORDS = ["inovacije", "zdravje", "soustvarjanje", "metoda", "digitalizacija", "open space"]

# Collects the URLs and member sessions the mix needs from the demo database.
TARGETS_SCRIPT = """
import json
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from wagtail.models import Locale
from challenges.models import ChallengeIndexPage, ChallengePage
from community.choices import Region
from community.models import MemberDirectoryPage, MemberProfile
from hub.models import MethodPage
from trainings.models import TrainingIndexPage, TrainingPage, TrainingSession

sl = Locale.objects.get(language_code="sl")
def urls(model, limit=60):
    return [page.url for page in model.objects.live().filter(locale=sl).order_by("pk")[:limit]]
sessions = list(
    TrainingSession.objects.filter(page__live=True, page__locale=sl, start__gt=timezone.now())
    .select_related("page").order_by("pk")[:40]
)
members = []
for profile in MemberProfile.objects.select_related("user").order_by("pk")[:{members}]:
    session = SessionStore()
    session[SESSION_KEY] = str(profile.user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = profile.user.get_session_auth_hash()
    session.create()
    members.append(session.session_key)
directory = MemberDirectoryPage.objects.live().filter(locale=sl).first()
print(json.dumps({
    "home": ["/"],
    "challenge index": urls(ChallengeIndexPage, 1),
    "challenge page": urls(ChallengePage),
    "training index": urls(TrainingIndexPage, 1),
    "training page": urls(TrainingPage),
    "method page": urls(MethodPage),
    "directory": [directory.url] if directory else [],
    "regions": [value for value, label in Region.choices],
    "sessions": [[session.pk, session.page.url] for session in sessions],
    "members": members,
}))
"""

logger = logging.getLogger("benchmarks.load")


class LoadError(Exception):
    """A step that the run cannot continue without has failed."""


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=10, help="load_demo --scale (default: 10).")
    parser.add_argument(
        "--requests", type=int, default=3000, help="Requests in the whole run (default: 3000)."
    )
    parser.add_argument("--concurrency", type=int, default=8, help="Client threads (default: 8).")
    parser.add_argument(
        "--port", type=int, default=8183, help="Loopback port for gunicorn (default: 8183)."
    )
    parser.add_argument(
        "--members",
        type=int,
        default=400,
        help="Signed-in members who enrol; each enrols at most once per session (default: 400).",
    )
    parser.add_argument("--seed", type=int, default=1, help="Random seed of the mix (default: 1).")
    parser.add_argument(
        "--timeout",
        type=int,
        default=30,
        help="Seconds before a request is an error (default: 30).",
    )
    parser.add_argument(
        "--skip-prepare",
        action="store_true",
        help="Reuse the database as it is; no migrate or load_demo.",
    )
    return parser.parse_args(argv)


def build_environment():
    for name in ("DATABASE_URL", "CACHE_URL"):
        if not os.environ.get(name):
            raise LoadError(f"{name} is not set; the run needs PostgreSQL and Redis on loopback.")
    environment = dict(os.environ)
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(48),
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": str(WORK_DIR / "static"),
            "MEDIA_ROOT": str(WORK_DIR / "media"),
            "SITE_BASE_URL": f"http://{HOST}",
            # Throttles count per member; the mix enrols many members a few times each.
            "LOG_LEVEL": "WARNING",
        }
    )
    return environment


def manage(arguments, environment, **options):
    logger.info("manage.py %s", " ".join(arguments))
    completed = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        **options,
    )
    if completed.returncode != 0:
        raise LoadError(f"manage.py {arguments[0]} failed:\n{completed.stderr[-2000:]}")
    return completed.stdout


def prepare(options, environment):
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    if options.skip_prepare:
        return
    manage(["migrate", "--noinput", "-v", "0"], environment)
    marker = f"{environment['DATABASE_URL']} scale {options.scale}"
    if not CONTENT_MARKER_PATH.exists() or CONTENT_MARKER_PATH.read_text().strip() != marker:
        manage(["load_demo", "--scale", str(options.scale)], environment)
        CONTENT_MARKER_PATH.write_text(marker + "\n")
    manage(["collectstatic", "--noinput", "-v", "0"], environment)


def load_targets(options, environment):
    script = TARGETS_SCRIPT.replace("{members}", str(options.members))
    output = manage(["shell", "-c", script], environment)
    return json.loads(output.strip().splitlines()[-1])


def start_gunicorn(options, environment):
    log = SERVER_LOG_PATH.open("w")
    process = subprocess.Popen(  # noqa: S603
        [
            str(GUNICORN),
            "hub.wsgi:application",
            "--workers",
            str(GUNICORN_WORKERS),
            "--bind",
            f"{HOST}:{options.port}",
        ],
        cwd=PROJECT_ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise LoadError(f"gunicorn exited during start-up; see {SERVER_LOG_PATH}.")
        try:
            connection = http.client.HTTPConnection(HOST, options.port, timeout=2)
            connection.request("GET", "/robots.txt")
            connection.getresponse().read()
            connection.close()
            return process, log
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise LoadError(f"gunicorn did not answer on port {options.port}; see {SERVER_LOG_PATH}.")


class Client:
    """One simulated person on one keep-alive connection, with their own cookies."""

    def __init__(self, port, timeout, session_key=None):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
        self.cookies = {"sessionid": session_key} if session_key else {}

    def request(self, method, path, body=None, headers=None):
        """Send one request and return (status, body); status is None when it failed."""
        headers = {"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            return None, b""
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = http.cookies.SimpleCookie(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        return response.status, content

    def close(self):
        self.connection.close()


class Mix:
    """Choose the next request of the mix; enrolment pairs are handed out once each."""

    def __init__(self, targets, seed):
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.targets = targets
        self.kinds = [kind for kind in MIX if kind == "enrolment" or targets.get(kind, [None])]
        self.weights = [MIX[kind] for kind in self.kinds]
        pairs = [
            (member, session) for member in targets["members"] for session in targets["sessions"]
        ]
        self.random.shuffle(pairs)
        self.enrolment_pairs = pairs

    def next(self):
        with self.lock:
            kind = self.random.choices(self.kinds, self.weights)[0]
            if kind == "enrolment":
                if not self.enrolment_pairs:
                    kind = "home"
                else:
                    return kind, self.enrolment_pairs.pop()
            return kind, self._path(kind)

    def _path(self, kind):
        choose = self.random.choice
        if kind == "search":
            return "/search/?" + urllib.parse.urlencode({"q": choose(SEARCH_WORDS)})
        if kind == "directory filters":
            directory = self.targets["directory"][0]
            query = {"region": choose(self.targets["regions"])}
            if self.random.random() < 0.5:
                query["q"] = choose(["ana", "oblikovanje", "zdravje", "pravo"])
            return directory + "?" + urllib.parse.urlencode(query)
        if kind == "challenge index" and self.random.random() < 0.4:
            return self.targets[kind][0] + "?sort=newest"
        return choose(self.targets[kind])


CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def enrol(port, timeout, session_key, session_id, training_path):
    """GET the training page as the member, then POST the enrolment with its CSRF token."""
    client = Client(port, timeout, session_key)
    try:
        status, content = client.request("GET", training_path)
        if status != 200:
            return status
        match = CSRF_FIELD.search(content)
        if match is None:
            return 0  # the page offered no enrolment form
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": match.group(1).decode()})
        status, _ = client.request(
            "POST",
            f"/prijave/termin/{session_id}/prijava/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"http://{HOST}:{port}{training_path}",
            },
        )
        return status
    finally:
        client.close()


def run_mix(options, targets):
    mix = Mix(targets, options.seed)
    counter = iter(range(options.requests))
    counter_lock = threading.Lock()
    latencies = collections.defaultdict(list)
    statuses = collections.defaultdict(collections.Counter)
    results_lock = threading.Lock()

    def worker():
        client = Client(options.port, options.timeout)
        try:
            while True:
                with counter_lock:
                    if next(counter, None) is None:
                        return
                kind, target = mix.next()
                started = time.perf_counter()
                if kind == "enrolment":
                    member, (session_id, training_path) = target
                    status = enrol(options.port, options.timeout, member, session_id, training_path)
                else:
                    status, _ = client.request("GET", target)
                seconds = time.perf_counter() - started
                with results_lock:
                    statuses[kind][status] += 1
                    latencies[kind].append(seconds)
        finally:
            client.close()

    threads = [threading.Thread(target=worker) for _ in range(options.concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, statuses


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


def is_error(status):
    return status is None or status >= 500


def print_report(options, elapsed, latencies, statuses):
    total = sum(len(values) for values in latencies.values())
    errors = sum(
        count
        for counter in statuses.values()
        for status, count in counter.items()
        if is_error(status)
    )
    print(
        f"{total} requests in {elapsed:.1f} s = {total / elapsed:.1f} req/s, errors: {errors}; "
        f"concurrency {options.concurrency}, gunicorn {GUNICORN_WORKERS} sync workers, "
        f"PostgreSQL + Redis, load_demo --scale {options.scale}"
    )
    load_1, load_5, _ = os.getloadavg()
    print(
        f"machine: {platform.node()}, {os.cpu_count()} CPUs, load average {load_1:.1f} / "
        f"{load_5:.1f} (1 / 5 min) at the end, Python {platform.python_version()}"
    )
    header = ["page type", "requests", "p50 ms", "p95 ms", "p99 ms", "errors", "statuses"]
    rows = [header]
    for kind in MIX:
        values = latencies.get(kind)
        if not values:
            continue
        counter = statuses[kind]
        rows.append(
            [
                kind,
                str(len(values)),
                f"{percentile(values, 0.50) * 1000:.0f}",
                f"{percentile(values, 0.95) * 1000:.0f}",
                f"{percentile(values, 0.99) * 1000:.0f}",
                str(sum(count for status, count in counter.items() if is_error(status))),
                " ".join(f"{status}x{count}" for status, count in sorted(counter.items(), key=str)),
            ]
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return errors


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    options = parse_arguments(argv)
    try:
        environment = build_environment()
        prepare(options, environment)
        targets = load_targets(options, environment)
        process, log = start_gunicorn(options, environment)
    except LoadError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        elapsed, latencies, statuses = run_mix(options, targets)
    finally:
        process.terminate()
        process.wait(timeout=40)
        log.close()
    errors = print_report(options, elapsed, latencies, statuses)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
