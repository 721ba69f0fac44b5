"""Run Lighthouse on the hub's main page types, on mobile and desktop, and print the scores.

The demo hub is prepared and served by gunicorn exactly as ``benchmarks/load.py``
does (hub.settings.production on PostgreSQL and Redis on loopback). Lighthouse is
installed from npm into ``.lighthouse/`` (git-ignored) on first use and drives
Debian's Chromium at /usr/bin/chromium. For each page and form factor the table
shows the performance, accessibility, best-practices and SEO scores (0-100),
Largest Contentful Paint in milliseconds and Cumulative Layout Shift.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_load \\
    CACHE_URL=redis://127.0.0.1:6379/24 CELERY_BROKER_URL=redis://127.0.0.1:6379/25 \\
    .venv/bin/python benchmarks/lighthouse.py --scale 10

Lighthouse's mobile preset simulates a slow phone and network, so its performance
score depends on the machine less than the load run does, but not on nothing.
"""

import argparse
import json
import logging
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load  # noqa: E402

PROJECT_ROOT = load.PROJECT_ROOT
LIGHTHOUSE_DIR = PROJECT_ROOT / ".lighthouse"
LIGHTHOUSE_CLI = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
REPORT_DIR = load.WORK_DIR / "lighthouse"
LIGHTHOUSE_VERSION = "12"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]

PAGES_SCRIPT = """
import json
from wagtail.models import Locale
from challenges.models import ChallengeIndexPage, ChallengePage
from community.models import MemberDirectoryPage
from trainings.models import TrainingPage
sl = Locale.objects.get(language_code="sl")
def first(model):
    page = model.objects.live().filter(locale=sl).order_by("pk").first()
    return page.url if page else None
print(json.dumps({
    "home": "/",
    "challenge index": first(ChallengeIndexPage),
    "challenge page": first(ChallengePage),
    "training page": first(TrainingPage),
    "directory": first(MemberDirectoryPage),
    "search": "/search/?q=inovacije",
}))
"""

logger = logging.getLogger("benchmarks.lighthouse")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=10, help="load_demo --scale (default: 10).")
    parser.add_argument(
        "--port", type=int, default=8184, help="Loopback port for gunicorn (default: 8184)."
    )
    parser.add_argument("--skip-prepare", action="store_true", help="Reuse the database as it is.")
    return parser.parse_args(argv)


def ensure_lighthouse():
    if LIGHTHOUSE_CLI.exists():
        return
    logger.info("installing lighthouse@%s into %s", LIGHTHOUSE_VERSION, LIGHTHOUSE_DIR)
    LIGHTHOUSE_DIR.mkdir(exist_ok=True)
    subprocess.run(  # noqa: S603
        [
            "npm",
            "install",
            "--prefix",
            str(LIGHTHOUSE_DIR),
            "--no-audit",
            "--no-fund",
            f"lighthouse@{LIGHTHOUSE_VERSION}",
        ],
        check=True,
    )


def run_lighthouse(url, form_factor, report_path):
    command = [
        "node",
        str(LIGHTHOUSE_CLI),
        url,
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={report_path}",
        "--quiet",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, check=True, timeout=300)  # noqa: S603
    report = json.loads(report_path.read_text())
    scores = {
        category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES
    }
    audits = report["audits"]
    scores["lcp"] = audits["largest-contentful-paint"]["numericValue"]
    scores["cls"] = audits["cumulative-layout-shift"]["numericValue"]
    failed = [
        audit_id
        for category in ("accessibility", "best-practices", "seo")
        for reference in report["categories"][category]["auditRefs"]
        if reference["weight"] and (audits[reference["id"]].get("score") or 0) < 1
        for audit_id in [reference["id"]]
    ]
    scores["failed"] = failed
    return scores


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    options = parse_arguments(argv)
    try:
        ensure_lighthouse()
        environment = load.build_environment()
        load.prepare(options, environment)
        pages = json.loads(
            load.manage(["shell", "-c", PAGES_SCRIPT], environment).strip().splitlines()[-1]
        )
        process, log = load.start_gunicorn(options, environment)
    except (load.LoadError, subprocess.CalledProcessError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for form_factor in ("mobile", "desktop"):
            for name, path in pages.items():
                if path is None:
                    continue
                url = f"http://{load.HOST}:{options.port}{path}"
                report_path = REPORT_DIR / f"{form_factor}-{name.replace(' ', '-')}.json"
                logger.info("lighthouse %s %s", form_factor, url)
                rows.append((form_factor, name, run_lighthouse(url, form_factor, report_path)))
    finally:
        process.terminate()
        process.wait(timeout=40)
        log.close()

    print(f"Lighthouse {LIGHTHOUSE_VERSION}, {CHROMIUM}, load_demo --scale {options.scale}")
    print(
        f"{'form':8} {'page':16} {'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} "
        f"{'LCP ms':>7} {'CLS':>6}"
    )
    for form_factor, name, scores in rows:
        print(
            f"{form_factor:8} {name:16} {scores['performance']:>4} {scores['accessibility']:>4} "
            f"{scores['best-practices']:>4} {scores['seo']:>4} {scores['lcp']:>7.0f} "
            f"{scores['cls']:>6.3f}"
            + (f"  below 100: {', '.join(scores['failed'])}" if scores["failed"] else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
