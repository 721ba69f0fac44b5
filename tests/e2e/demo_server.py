"""A demo hub served by ``manage.py runserver`` on loopback, built once and kept in .work/."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
WORK_DIR = Path(__file__).resolve().parent / ".work"
DATABASE_PATH = WORK_DIR / "demo.sqlite3"
READY_MARKER = WORK_DIR / "demo-ready"
DEMO_ADDRESS = os.environ.get("E2E_DEMO_ADDRESS", "127.0.0.1:8182")

# Demo members whose sessions the accessibility checks borrow, found by their role.
SESSION_SCRIPT = """
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from community.models import MemberProfile
profile = MemberProfile.objects.filter(is_representative=True, organisation__verified=True).first()
session = SessionStore()
session[SESSION_KEY] = str(profile.user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = profile.user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def demo_environment():
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DATABASE_", "CACHE_", "CELERY_", "ELASTICSEARCH_", "EMAIL_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="hub.settings.dev",
        DATABASE_URL=f"sqlite:///{DATABASE_PATH}",
        DEBUG="false",
        STAFF_REQUIRE_SECOND_FACTOR="false",
        SITE_BASE_URL=f"http://{DEMO_ADDRESS}",
    )
    return environment


def _manage(*arguments, **options):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=demo_environment(),
        check=True,
        timeout=1200,
        **options,
    )


def prepare_demo():
    """Migrate and load the demo once; later runs reuse the database."""
    WORK_DIR.mkdir(exist_ok=True)
    if READY_MARKER.exists() and DATABASE_PATH.exists():
        return
    DATABASE_PATH.unlink(missing_ok=True)
    _manage("migrate", "--no-input", "-v", "0")
    _manage("load_demo", stdout=subprocess.DEVNULL)
    READY_MARKER.write_text("scale 1\n")


def signed_in_session_key():
    result = _manage("shell", "-c", SESSION_SCRIPT, capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]


def _wait_for_port(host, port, process, timeout=300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("The demo server stopped before it listened.")
        with socket.socket() as probe:
            if probe.connect_ex((host, port)) == 0:
                return
        time.sleep(0.5)
    raise RuntimeError(f"The demo server did not listen on {host}:{port} within {timeout} s.")


def start_demo_server(log_path):
    host, port = DEMO_ADDRESS.rsplit(":", 1)
    log = open(log_path, "w")  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", DEMO_ADDRESS, "--noreload", "--skip-checks"],
        cwd=PROJECT_ROOT,
        env=demo_environment(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for_port(host, int(port), process)
    except RuntimeError:
        process.terminate()
        process.wait(timeout=20)
        log.close()
        raise
    return process, log


URLS_SCRIPT = """
import json
from django.utils import translation
from wagtail.models import Locale
from challenges.models import ChallengeIndexPage, ChallengePage
from community.choices import Visibility
from community.models import MemberDirectoryPage, MemberProfile
from hub.models import HomePage, MethodIndexPage, MethodPage, StandardPage
from trainings.models import TrainingIndexPage, TrainingPage

types = [HomePage, StandardPage, MethodIndexPage, MethodPage, ChallengeIndexPage, ChallengePage,
         TrainingIndexPage, TrainingPage, MemberDirectoryPage]
public_profile = MemberProfile.objects.filter(visibility=Visibility.EVERYONE).order_by("pk").first()
urls = {}
for language in ("sl", "en"):
    locale = Locale.objects.get(language_code=language)
    prefix = "" if language == "sl" else "/en"
    pages = {}
    for model in types:
        page = model.objects.live().filter(locale=locale).order_by("pk").first()
        if page is not None:
            pages[model.__name__] = page.url
    directory = pages.get("MemberDirectoryPage")
    if directory and public_profile:
        pages["MemberProfile"] = directory + public_profile.slug + "/"
    pages["Search"] = prefix + "/search/?q=inovacije"
    pages["Commitments"] = prefix + "/challenge-hub/commitments/"
    pages["NotFound"] = prefix + "/ni-te-strani/"
    pages["SignIn"] = prefix + "/accounts/login/"
    pages["SignUp"] = prefix + "/accounts/signup/"
    pages["PasswordReset"] = prefix + "/accounts/password/reset/"
    members = {
        "ProfileEdit": prefix + "/accounts/profile/",
        "ChallengeSubmission": prefix + "/challenge-hub/submit/",
        "MyChallenges": prefix + "/challenge-hub/mine/",
        "Following": prefix + "/challenge-hub/following/",
        "MyTrainings": prefix + "/prijave/moja/",
        "DataExport": prefix + "/clani/moji-podatki/izvoz/",
        "AccountDeletion": prefix + "/clani/moji-podatki/izbris/",
        "BlockedSenders": prefix + "/clani/blokirani/",
    }
    if public_profile:
        members["ContactForm"] = prefix + "/clani/" + public_profile.slug + "/pisi/"
    urls[language] = {"public": pages, "members": members}
print(json.dumps(urls))
"""


def demo_urls():
    import json

    result = _manage("shell", "-c", URLS_SCRIPT, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])
