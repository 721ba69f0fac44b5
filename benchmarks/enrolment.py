"""Fire simultaneous enrolment requests at one session and check that none overbook it.

The script creates a fresh PostgreSQL database (hub_bench_enrolment by default),
migrates it, and adds a training with one session of --seats seats and --members
signed-in members. It starts gunicorn with hub.settings.production on a free
loopback port, then sends one enrolment POST per member, all released together
from one thread each. It prints the HTTP statuses, the confirmed and waitlisted
enrolments in the database, the errors and the elapsed time. The run passes when
exactly --seats enrolments are confirmed, everyone else is waitlisted and no
request fails.

Run from the project root, with PostgreSQL listening on 127.0.0.1:

    .venv/bin/python benchmarks/enrolment.py
    .venv/bin/python benchmarks/enrolment.py --members 1000 --seats 80 --workers 8

Client and server share this machine, so the elapsed time compares runs on one
machine and is no capacity estimate for a deployment. Every request goes to
127.0.0.1.
"""

import argparse
import collections
import http.client
import json
import logging
import os
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
from psycopg import sql

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
from pages import (  # noqa: E402
    GUNICORN,
    LOOPBACK_HOSTS,
    WORK_DIR,
    BenchmarkError,
    find_free_port,
    stop_gunicorn,
    tail,
)

from hub.settings.env import SCHEMA  # noqa: E402

HOST = "127.0.0.1"
SERVER_LOG_PATH = WORK_DIR / "gunicorn-enrolment.log"
STARTUP_TIMEOUT_SECONDS = 60
CSRF_SECRET_LENGTH = 32

logger = logging.getLogger("benchmarks.enrolment")

# Runs inside manage.py shell: builds the training and signed-in members, prints JSON.
SETUP_CODE = """
import json, secrets
from datetime import timedelta
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from hub.models import HomePage
from trainings.models import TrainingIndexPage, TrainingPage, TrainingSession

home = HomePage.objects.get(locale__language_code="sl", depth=2)
index = TrainingIndexPage(title="Usposabljanja", slug="usposabljanja")
home.add_child(instance=index)
index.save_revision().publish()
start = timezone.now() + timedelta(days=7)
training = TrainingPage(title="Merjenje prijav", slug="merjenje-prijav", summary="Merjenje.")
training.sessions = [TrainingSession(start=start, end=start + timedelta(hours=3), capacity=SEATS)]
index.add_child(instance=training)
training.save_revision().publish()
session = TrainingPage.objects.get(pk=training.pk).sessions.get()

User = get_user_model()
User.objects.bulk_create(
    User(email=f"bench-{number}@bench.example", password="!" + secrets.token_hex(8))
    for number in range(MEMBERS)
)
cookies = []
for member in User.objects.filter(email__endswith="@bench.example").order_by("pk"):
    store = SessionStore()
    store[SESSION_KEY] = str(member.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = member.get_session_auth_hash()
    store.create()
    cookies.append(store.session_key)
print("SETUP-JSON " + json.dumps({"session_id": session.pk, "cookies": cookies}))
"""

COUNT_CODE = """
import json
from collections import Counter
from trainings.models import Enrolment
rows = Enrolment.objects.filter(session_id=SESSION_ID)
statuses = Counter(rows.values_list("status", flat=True))
per_member = Counter(rows.values_list("member_id", flat=True))
print("COUNT-JSON " + json.dumps({
    "statuses": statuses, "max_per_member": max(per_member.values(), default=0)
}))
"""


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description=(
            "Serve the hub with gunicorn on PostgreSQL and send simultaneous enrolment "
            "POSTs for one session, then count confirmed and waitlisted enrolments."
        )
    )
    parser.add_argument("--members", type=int, default=500, help="Members, one POST each.")
    parser.add_argument("--seats", type=int, default=50, help="Capacity of the session.")
    parser.add_argument("--workers", type=int, default=4, help="Gunicorn sync workers.")
    parser.add_argument(
        "--server-url",
        default="postgres://postgres@127.0.0.1:5432",
        help="PostgreSQL server URL without a database name (default: %(default)s).",
    )
    parser.add_argument(
        "--database", default="hub_bench_enrolment", help="Database the run recreates."
    )
    parser.add_argument(
        "--timeout", type=int, default=60, help="Seconds one request may take (default: 60)."
    )
    options = parser.parse_args(argv)
    if not 1 <= options.seats <= options.members <= 5000:
        parser.error("use 1 <= --seats <= --members <= 5000")
    if "@127.0.0.1" not in options.server_url and "@[::1]" not in options.server_url:
        parser.error("--server-url must point at a loopback PostgreSQL server")
    return options


def recreate_database(options):
    with psycopg.connect(f"{options.server_url}/postgres", autocommit=True) as connection:
        name = sql.Identifier(options.database)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))


def build_environment(options):
    environment = {key: value for key, value in os.environ.items() if key not in SCHEMA}
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(48),
            "ALLOWED_HOSTS": HOST,
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"{options.server_url}/{options.database}",
            "STATIC_ROOT": str(WORK_DIR / "static"),
            "MEDIA_ROOT": str(WORK_DIR / "media"),
            "LOG_LEVEL": "WARNING",
        }
    )
    return environment


def run_manage(arguments, environment, marker=None):
    """Run manage.py and return the JSON printed after ``marker``, if one is given."""
    completed = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0:
        raise BenchmarkError(
            f"manage.py {arguments[0]} failed with exit code {completed.returncode}:\n"
            f"{completed.stderr[-3000:]}"
        )
    if marker is None:
        return None
    for line in completed.stdout.splitlines():
        if line.startswith(marker):
            return json.loads(line[len(marker) :])
    raise BenchmarkError(f"manage.py shell printed no {marker.strip()} line.")


def start_gunicorn(port, environment, workers):
    if not GUNICORN.exists():
        raise BenchmarkError(f"{GUNICORN} not found. Run `make install` first.")
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    with SERVER_LOG_PATH.open("w") as log:
        process = subprocess.Popen(
            [
                str(GUNICORN),
                "hub.wsgi:application",
                "--workers",
                str(workers),
                "--bind",
                f"{HOST}:{port}",
                "--backlog",
                "2048",
            ],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    logger.info("started gunicorn (pid %s) on %s:%s", process.pid, HOST, port)
    return process


def wait_until_serving(process, port):
    expires_at = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < expires_at:
        if process.poll() is not None:
            raise BenchmarkError(
                f"gunicorn exited with code {process.returncode}:\n{tail(SERVER_LOG_PATH)}"
            )
        connection = http.client.HTTPConnection(HOST, port, timeout=2)
        try:
            connection.request("GET", "/")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
        finally:
            connection.close()
    raise BenchmarkError(f"gunicorn did not respond within {STARTUP_TIMEOUT_SECONDS} s.")


def fire_enrolments(port, session_id, cookies, timeout):
    """Send one enrolment POST per session cookie at once; return statuses, errors, seconds."""
    assert HOST in LOOPBACK_HOSTS
    path = f"/prijave/termin/{session_id}/prijava/"
    barrier = threading.Barrier(len(cookies) + 1)
    statuses = collections.Counter()
    errors = []
    lock = threading.Lock()

    def post(session_cookie):
        csrf_secret = secrets.token_hex(CSRF_SECRET_LENGTH // 2)
        headers = {
            "Cookie": f"sessionid={session_cookie}; csrftoken={csrf_secret}",
            "X-CSRFToken": csrf_secret,
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": "0",
        }
        connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
        try:
            barrier.wait(timeout=timeout)
            connection.request("POST", path, body=b"", headers=headers)
            response = connection.getresponse()
            response.read()
            with lock:
                statuses[response.status] += 1
        except (OSError, http.client.HTTPException, threading.BrokenBarrierError) as error:
            with lock:
                errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(cookie,), daemon=True) for cookie in cookies]
    for thread in threads:
        thread.start()
    barrier.wait(timeout=timeout)
    started = time.perf_counter()
    for thread in threads:
        thread.join(timeout=timeout + 5)
    return statuses, errors, time.perf_counter() - started


def main(argv=None):
    options = parse_arguments(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    environment = build_environment(options)
    try:
        logger.info("recreating database %s", options.database)
        recreate_database(options)
        run_manage(["migrate", "--noinput", "-v", "0"], environment)
        logger.info("creating a %s-seat session and %s members", options.seats, options.members)
        setup_code = SETUP_CODE.replace("SEATS", str(options.seats)).replace(
            "MEMBERS", str(options.members)
        )
        setup = run_manage(["shell", "-c", setup_code], environment, marker="SETUP-JSON ")
        run_manage(["collectstatic", "--noinput", "-v", "0"], environment)

        port = find_free_port(HOST)
        process = start_gunicorn(port, environment, options.workers)
        try:
            wait_until_serving(process, port)
            logger.info("sending %s enrolment requests at once", len(setup["cookies"]))
            statuses, errors, elapsed = fire_enrolments(
                port, setup["session_id"], setup["cookies"], options.timeout
            )
        finally:
            stop_gunicorn(process)

        count_code = COUNT_CODE.replace("SESSION_ID", str(setup["session_id"]))
        counts = run_manage(["shell", "-c", count_code], environment, marker="COUNT-JSON ")
    except BenchmarkError as error:
        logger.error("%s", error)
        return 1

    confirmed = counts["statuses"].get("confirmed", 0)
    waitlisted = counts["statuses"].get("waitlisted", 0)
    # A successful enrolment responds with a redirect back to the training page.
    failed_responses = sum(count for status, count in statuses.items() if status != 302)
    error_count = len(errors) + failed_responses
    print(
        f"{options.members} simultaneous enrolment POSTs, {options.seats} seats, "
        f"gunicorn {options.workers} sync workers, hub.settings.production on PostgreSQL, "
        f"{os.cpu_count()} CPUs shared by client and server"
    )
    print(f"HTTP statuses: {dict(sorted(statuses.items()))}")
    print(f"confirmed: {confirmed}")
    print(f"waitlisted: {waitlisted}")
    print(f"most enrolments of one member: {counts['max_per_member']}")
    print(f"errors: {error_count}")
    if errors:
        print(f"first error without a response: {errors[0]}")
    print(f"elapsed: {elapsed:.2f} s")
    passed = (
        confirmed == options.seats
        and waitlisted == options.members - options.seats
        and error_count == 0
        and counts["max_per_member"] == 1
    )
    print("result: " + ("passed" if passed else "FAILED"))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
