"""Measure how fast the hub serves each public page type, with the page cache off and on.

For each demo scale the script prepares a SQLite database under benchmarks/.work/
(migrate, load_demo --scale N, collectstatic), finds one URL of each public page
type in it, and starts gunicorn with 2 sync workers and hub.settings.production
on a free loopback port, first with PAGE_CACHE_ENABLED=false and then with true.
Each run warms every path, then sends a fixed number of GET requests per path
from a fixed number of client threads, a static file included. The table has one
row per path: the status codes seen, requests per second, p50, p95 and p99
latency in milliseconds, requests that got no HTTP response, and the rate as a
share of the static file's rate in the same run. After each run it prints the
resident memory of each gunicorn worker.

Client and server share this machine, so the numbers compare runs on one
machine and are no capacity estimate for a deployment. The Python client
costs CPU too, which lowers every rate, the static file's most.

Run from the project root:

    .venv/bin/python benchmarks/pages.py                  # scales 1 and 10
    .venv/bin/python benchmarks/pages.py --scale 1 --requests 1000
    .venv/bin/python benchmarks/pages.py --scale 1 --cache on --path /en/methods/

Environment variables that hub.settings.env declares are not inherited from the
shell, so a run never reaches the Redis, Elasticsearch or email provider that a
developer may have configured. Every request goes to 127.0.0.1 or ::1.
"""

import argparse
import collections
import contextlib
import http.client
import itertools
import json
import logging
import math
import os
import platform
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WORK_DIR = PROJECT_ROOT / "benchmarks" / ".work"
DATABASE_PATH = WORK_DIR / "db.sqlite3"
# Contains the demo content that DATABASE_PATH was built with ("scale N" or "none"),
# so a run that requests different content builds a new database.
CONTENT_MARKER_PATH = WORK_DIR / "demo-content"
PREPARE_LOG_PATH = WORK_DIR / "prepare.log"
SERVER_LOG_PATH = WORK_DIR / "gunicorn.log"
GUNICORN = PROJECT_ROOT / ".venv" / "bin" / "gunicorn"

sys.path.insert(0, str(PROJECT_ROOT))
from hub.settings.env import SCHEMA  # noqa: E402

LOOPBACK_HOSTS = ("127.0.0.1", "::1")
STATIC_PATH = "/static/hub/css/hub.css"
DEFAULT_SCALES = [1, 10]
# Prints {"page type": "/path/", ...} for one live page of each type in the database.
DISCOVERY_SCRIPT = """
import json
from django.apps import apps
from wagtail.models import Page

def first_url(label):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    page = model.objects.live().filter(locale__language_code="sl").order_by("path").first()
    return page.url if page else None

paths = {
    "home": "/",
    "home (en)": "/en/",
    "challenge index": first_url("challenges.ChallengeIndexPage"),
    "challenge page": first_url("challenges.ChallengePage"),
    "training index": first_url("trainings.TrainingIndexPage"),
    "training page": first_url("trainings.TrainingPage"),
    "directory": first_url("community.MemberDirectoryPage"),
    "methods index": first_url("hub.MethodIndexPage"),
    "method page": first_url("hub.MethodPage"),
    "ambassadors": first_url("ambassadors.AmbassadorIndexPage"),
    "search": "/search/?q=izziv",
}
directory = paths["directory"]
if directory:
    from community.models import MemberProfile
    profile = MemberProfile.objects.visible_to(None).order_by("pk").first()
    paths["profile"] = f"{directory}{profile.slug}/" if profile else None
print(json.dumps({name: path for name, path in paths.items() if path}))
"""
GUNICORN_WORKERS = 2
WARMUP_REQUESTS_PER_PATH = 3
# Generous, because other processes may be using the CPUs while the workers import Django.
STARTUP_TIMEOUT_SECONDS = 180
# Gunicorn's default --graceful-timeout is 30 seconds, and the extra 5 cover its exit.
STOP_TIMEOUT_SECONDS = 35
LOG_TAIL_LINES = 20
# Browsers send this, and it lets GZipMiddleware and WhiteNoise serve compressed bodies.
ACCEPT_ENCODING = "gzip, br"

logger = logging.getLogger("benchmarks.pages")


class BenchmarkError(Exception):
    """A step that the benchmark cannot continue without has failed."""


class Deadline:
    """A point in time after which no new step or request starts."""

    def __init__(self, seconds):
        self.expires_at = time.monotonic() + seconds

    def remaining(self):
        return max(0.0, self.expires_at - time.monotonic())

    def passed(self):
        return self.remaining() == 0.0

    def check(self, step):
        if self.passed():
            raise BenchmarkError(f"Time limit reached before {step}. Raise --time-limit.")


@dataclass
class PathResult:
    """Warm-up status and measurements of one path."""

    path: str
    label: str = ""
    warmup_status: int | None = None  # status of the last warm-up response
    statuses: collections.Counter = field(default_factory=collections.Counter)
    latencies: list = field(default_factory=list)  # seconds, one per response
    errors: int = 0  # requests that got no HTTP response
    elapsed: float = 0.0  # wall-clock seconds of the measured run
    note: str = ""

    @property
    def responses(self):
        return sum(self.statuses.values())


# Command line


def positive_int(maximum):
    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid integer: {text!r}") from None
        if not 1 <= value <= maximum:
            raise argparse.ArgumentTypeError(f"{value} is out of range, use 1 to {maximum}")
        return value

    return parse


def request_path(text):
    if not text.startswith("/") or any(character.isspace() for character in text):
        raise argparse.ArgumentTypeError(
            f"invalid path {text!r}, expected a path such as /en/methods/ without host or spaces"
        )
    return text


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description=(
            "Serve the hub with gunicorn and hub.settings.production on a loopback port, "
            "then measure requests per second and latency for each page."
        ),
        epilog=(
            f"Paths: one page of each public type found in the demo, and {STATIC_PATH}. "
            f"Work files and logs go to {WORK_DIR.relative_to(PROJECT_ROOT)}/."
        ),
    )
    parser.add_argument(
        "--scale",
        dest="scales",
        type=positive_int(100),
        action="append",
        metavar="N",
        help=(
            "--scale passed to manage.py load_demo. Repeat the option for more scales "
            "(default: 1 and 10)."
        ),
    )
    parser.add_argument(
        "--cache",
        choices=["off", "on", "both"],
        default="both",
        help="Measure with the page cache off, on, or off and then on (default: both).",
    )
    parser.add_argument(
        "--requests",
        type=positive_int(1_000_000),
        default=400,
        help="Measured requests per path, after warm-up (default: 400).",
    )
    parser.add_argument(
        "--concurrency",
        type=positive_int(256),
        default=8,
        help="Client threads sending requests at the same time (default: 8).",
    )
    parser.add_argument(
        "--path",
        dest="extra_paths",
        type=request_path,
        action="append",
        default=[],
        metavar="PATH",
        help="Measure this path after the default ones. Repeat the option for more paths.",
    )
    parser.add_argument(
        "--host",
        choices=LOOPBACK_HOSTS,
        default="127.0.0.1",
        help="Loopback address gunicorn binds to and the client sends to (default: 127.0.0.1).",
    )
    parser.add_argument(
        "--timeout",
        type=positive_int(600),
        default=10,
        help="Seconds one request may take before it counts as an error (default: 10).",
    )
    parser.add_argument(
        "--time-limit",
        type=positive_int(24 * 3600),
        default=3600,
        help=(
            "Seconds the whole run may take, preparation included. Paths not finished "
            "by then are marked in the table (default: 3600)."
        ),
    )
    parser.add_argument(
        "--skip-demo",
        action="store_true",
        help="Skip load_demo and measure only the pages that migrations create.",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="Delete the benchmark database first and build it again.",
    )
    options = parser.parse_args(argv)
    options.scales = options.scales or DEFAULT_SCALES
    return options


# Preparation


def build_environment(host):
    """Return the environment for manage.py and gunicorn, without the shell's hub settings."""
    environment = {key: value for key, value in os.environ.items() if key not in SCHEMA}
    allowed_host = "[::1]" if host == "::1" else host
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(48),  # 64 characters
            "ALLOWED_HOSTS": allowed_host,
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{DATABASE_PATH}",
            "STATIC_ROOT": str(WORK_DIR / "static"),
            "MEDIA_ROOT": str(WORK_DIR / "media"),
        }
    )
    return environment


def tail(path, lines=LOG_TAIL_LINES):
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def run_manage(arguments, environment, deadline):
    """Run manage.py with output appended to PREPARE_LOG_PATH, and return that output."""
    deadline.check(f"manage.py {arguments[0]}")
    command = [sys.executable, "manage.py", *arguments]
    logger.info("running manage.py %s", " ".join(arguments))

    try:
        completed = subprocess.run(
            command,
            cwd=PROJECT_ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=deadline.remaining(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BenchmarkError(
            f"manage.py {' '.join(arguments)} timed out at the time limit. Raise --time-limit."
        ) from None

    with PREPARE_LOG_PATH.open("a") as log:
        log.write(f"$ manage.py {' '.join(arguments)}\n{completed.stdout}{completed.stderr}\n")
    if completed.returncode != 0:
        raise BenchmarkError(
            f"manage.py {' '.join(arguments)} failed with exit code {completed.returncode}. "
            f"Last lines of {PREPARE_LOG_PATH}:\n{tail(PREPARE_LOG_PATH)}"
        )
    return completed.stdout


def prepare_site(options, scale, environment, deadline):
    """Migrate the benchmark database, load demo content if possible and collect static files.

    Returns a description of the demo content in the database ("scale N" or "none").
    """
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    PREPARE_LOG_PATH.write_text("")

    content = "none" if options.skip_demo else f"scale {scale}"
    previous_content = (
        CONTENT_MARKER_PATH.read_text().strip() if CONTENT_MARKER_PATH.exists() else ""
    )
    if options.fresh or previous_content != content:
        logger.info("building a new database at %s", DATABASE_PATH)
        DATABASE_PATH.unlink(missing_ok=True)
        CONTENT_MARKER_PATH.unlink(missing_ok=True)

    run_manage(["migrate", "--noinput"], environment, deadline)

    if options.skip_demo:
        logger.info("skipping load_demo as --skip-demo requests")
    elif "load_demo" in run_manage(["help", "--commands"], environment, deadline).split():
        # load_demo updates existing demo content instead of duplicating it.
        try:
            run_manage(["load_demo", "--scale", str(scale)], environment, deadline)
        except BenchmarkError as error:
            raise BenchmarkError(
                f"{error}\nRun with --skip-demo to measure the site without demo content."
            ) from None
    else:
        content = "none"
        logger.warning("manage.py load_demo does not exist, so only migrated pages are measured")
    CONTENT_MARKER_PATH.write_text(f"{content}\n")

    run_manage(["collectstatic", "--noinput"], environment, deadline)
    return content


def discover_paths(environment, deadline):
    """Return {page type: path} for one live page of each public type in the database."""
    output = run_manage(["shell", "-c", DISCOVERY_SCRIPT], environment, deadline)
    return json.loads(output.strip().splitlines()[-1])


# Server


def find_free_port(host):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def stop_gunicorn(process):
    if process.poll() is not None:
        return
    logger.info("stopping gunicorn (pid %s)", process.pid)
    # SIGTERM makes the gunicorn master shut its workers down gracefully.
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        logger.warning(
            "gunicorn (pid %s) did not stop within %s s, killing its process group",
            process.pid,
            STOP_TIMEOUT_SECONDS,
        )
        # start_new_session made the master the leader of a group of its own workers.
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextlib.contextmanager
def running_gunicorn(host, port, environment):
    """Run gunicorn for the duration of the block and stop it afterwards, even on errors."""
    if not GUNICORN.exists():
        raise BenchmarkError(f"{GUNICORN} not found. Run `uv sync` in {PROJECT_ROOT} first.")
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    command = [
        str(GUNICORN),
        "hub.wsgi:application",
        "--workers",
        str(GUNICORN_WORKERS),
        "--bind",
        bind,
    ]

    with SERVER_LOG_PATH.open("w") as log:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    logger.info("started gunicorn (pid %s) on %s", process.pid, bind)
    try:
        yield process
    finally:
        stop_gunicorn(process)


def wait_until_serving(process, host, port, deadline):
    """Return once gunicorn sends any HTTP response to GET /."""
    startup_limit = min(STARTUP_TIMEOUT_SECONDS, deadline.remaining())
    startup_expires_at = time.monotonic() + startup_limit
    while time.monotonic() < startup_expires_at:
        if process.poll() is not None:
            raise BenchmarkError(
                f"gunicorn exited with code {process.returncode} during startup. "
                f"Last lines of {SERVER_LOG_PATH}:\n{tail(SERVER_LOG_PATH)}"
            )
        connection = open_connection(host, port, timeout=2)
        status, _, _ = send_request(connection, "/")
        connection.close()
        if status is not None:
            return
        time.sleep(0.2)

    raise BenchmarkError(
        f"gunicorn did not respond on port {port} within {startup_limit:.0f} s. "
        f"Last lines of {SERVER_LOG_PATH}:\n{tail(SERVER_LOG_PATH)}"
    )


# Client


def open_connection(host, port, timeout):
    if host not in LOOPBACK_HOSTS:
        raise ValueError(f"host {host!r} is not a loopback address. Use one of {LOOPBACK_HOSTS}.")
    return http.client.HTTPConnection(host, port, timeout=timeout)


def send_request(connection, path):
    """Send one GET, read the whole body and return (status, seconds, error).

    On failure the status and seconds are None and the connection is closed, so
    http.client opens a new one for the next request.
    """
    started = time.perf_counter()
    try:
        connection.request("GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING})
        response = connection.getresponse()
        response.read()
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        return None, None, error
    return response.status, time.perf_counter() - started, None


def warm_up(path, host, port, timeout):
    """Request the path a few times so caches and lazy imports are ready.

    Returns the status of the last response, or None when no request got one.
    """
    last_status = None
    connection = open_connection(host, port, timeout)
    try:
        for _ in range(WARMUP_REQUESTS_PER_PATH):
            status, _, error = send_request(connection, path)
            if status is None:
                logger.warning("warm-up request to %s failed: %s", path, error)
            else:
                last_status = status
    finally:
        connection.close()
    return last_status


def measure_path(result, host, port, options, deadline):
    """Send options.requests GETs from options.concurrency threads and record them in result."""
    indexes = itertools.count()
    index_lock = threading.Lock()
    thread_results = []

    def send_share():
        local = PathResult(result.path)
        first_error = None
        connection = open_connection(host, port, options.timeout)
        try:
            while not deadline.passed():
                with index_lock:
                    index = next(indexes)
                if index >= options.requests:
                    break
                status, seconds, error = send_request(connection, result.path)
                if status is None:
                    local.errors += 1
                    first_error = first_error or error
                else:
                    local.statuses[status] += 1
                    local.latencies.append(seconds)
        finally:
            connection.close()
        if first_error is not None:
            logger.warning(
                "%s requests to %s failed, first error: %s", local.errors, result.path, first_error
            )
        thread_results.append(local)

    threads = [threading.Thread(target=send_share, daemon=True) for _ in range(options.concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        # A request that started just before the deadline may still take options.timeout.
        thread.join(timeout=deadline.remaining() + options.timeout + 1)
    result.elapsed = time.perf_counter() - started

    for local in thread_results:
        result.statuses.update(local.statuses)
        result.latencies.extend(local.latencies)
        result.errors += local.errors
    unsent = options.requests - result.responses - result.errors
    if unsent > 0:
        result.note = f"time limit: {unsent} requests not sent"


def run_paths(paths, host, port, options, deadline):
    """Warm up and measure each (label, path) pair in order and return their results."""
    results = []
    for label, path in paths:
        result = PathResult(path, label=label)
        results.append(result)
        if deadline.passed():
            result.note = "time limit: not measured"
            continue

        status = warm_up(path, host, port, options.timeout)
        result.warmup_status = status
        if status is None:
            result.note = "no response during warm-up: not measured"
            continue
        if status == http.client.NOT_FOUND:
            result.note = "404 not found: not measured"
            continue

        logger.info("measuring %s", path)
        measure_path(result, host, port, options, deadline)
    return results


# Report


def percentile(sorted_values, fraction):
    """Return the nearest-rank percentile of an already sorted, non-empty list."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def throughput(result):
    return result.responses / result.elapsed if result.elapsed else 0.0


def format_row(result, static_rate):
    if not result.responses:
        warmup = "-" if result.warmup_status is None else str(result.warmup_status)
        return [
            result.label,
            result.path,
            warmup,
            "-",
            "-",
            "-",
            "-",
            str(result.errors),
            "-",
            result.note,
        ]

    latencies = sorted(result.latencies)
    statuses = " ".join(f"{code}x{count}" for code, count in sorted(result.statuses.items()))
    rate = throughput(result)
    return [
        result.label,
        result.path,
        statuses,
        f"{rate:.1f}",
        f"{percentile(latencies, 0.50) * 1000:.1f}",
        f"{percentile(latencies, 0.95) * 1000:.1f}",
        f"{percentile(latencies, 0.99) * 1000:.1f}",
        str(result.errors),
        f"{rate / static_rate:.2f}" if static_rate else "-",
        result.note,
    ]


def print_table(results, options, content, cache, worker_memory):
    header = [
        "page",
        "path",
        "statuses",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "errors",
        "÷ static",
        "note",
    ]
    static_rate = next(
        (throughput(result) for result in results if result.path == STATIC_PATH), 0.0
    )
    rows = [header, *(format_row(result, static_rate) for result in results)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]

    print()
    print(
        f"demo content: {content}, page cache {cache}; {options.requests} requests per path, "
        f"concurrency {options.concurrency}, gunicorn {GUNICORN_WORKERS} sync workers, "
        "hub.settings.production on SQLite"
    )
    print(
        f"Python {platform.python_version()} on {platform.platform()}, "
        f"{os.cpu_count()} CPUs shared by client and server, "
        f"load average before the run {worker_memory['load']}"
    )
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())
    print(
        "statuses: code x count; errors: requests that got no HTTP response; "
        "÷ static: rate as a share of the static file's rate in this run."
    )
    memory = ", ".join(f"{megabytes:.0f} MB" for megabytes in worker_memory["workers"])
    print(f"gunicorn worker resident memory after the run: {memory or 'unknown'}")


def worker_resident_megabytes(master_pid):
    """Return the resident memory (VmRSS) of each child of the gunicorn master, in MB."""
    sizes = []
    for status_path in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status_path.read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(master_pid) and "VmRSS" in fields:
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sorted(sizes)


def measure_server(paths, options, environment, cache, deadline):
    """Serve the prepared site with the page cache on or off and measure every path."""
    environment = {**environment, "PAGE_CACHE_ENABLED": "true" if cache == "on" else "false"}
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    port = find_free_port(options.host)
    with running_gunicorn(options.host, port, environment) as process:
        wait_until_serving(process, options.host, port, deadline)
        results = run_paths(paths, options.host, port, options, deadline)
        memory = {"load": load, "workers": worker_resident_megabytes(process.pid)}
    return results, memory


def exit_on_sigterm(signal_number, frame):
    # SystemExit unwinds the stack, so running_gunicorn still stops the server.
    raise SystemExit(128 + signal_number)


def main(argv=None):
    options = parse_arguments(argv)
    signal.signal(signal.SIGTERM, exit_on_sigterm)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    deadline = Deadline(options.time_limit)
    caches = ["off", "on"] if options.cache == "both" else [options.cache]

    failed = False
    try:
        environment = build_environment(options.host)
        for scale in options.scales:
            content = prepare_site(options, scale, environment, deadline)
            discovered = discover_paths(environment, deadline)
            paths = [
                *discovered.items(),
                *(("extra", path) for path in options.extra_paths),
                ("static file", STATIC_PATH),
            ]
            for cache in caches:
                results, memory = measure_server(paths, options, environment, cache, deadline)
                print_table(results, options, content, cache, memory)
                failed = failed or any(
                    result.errors or result.note.startswith("time limit") for result in results
                )
    except BenchmarkError as error:
        logger.error("%s", error)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
