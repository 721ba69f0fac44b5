"""Browser journeys: Playwright drives Debian's Chromium against pytest-django's live server.

The live server listens on 127.0.0.1 at the port ``make e2e`` passes with
``--liveserver``; every test here is marked ``browser`` and the default test run
leaves them out. Screenshots of each step go to ``tests/e2e/screenshots/``.
"""

import os
import re
import time
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth.models import Group
from django.utils import translation

from tests.factories import MemberProfileFactory, UserFactory

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT_DIR = Path(__file__).resolve().parent / "screenshots"
PASSWORD = "correct horse battery staple"


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}; install it with apt-get install chromium.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django refuses
    # ORM calls from a thread with a running loop unless told that it is safe, which it is
    # here: the test thread and the live server's threads share no connection. It is set
    # only while browsers run, because subprocesses that run deploy checks inherit it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def t(message, language):
    """Return ``message`` as the hub shows it in ``language``."""
    with translation.override(language):
        return translation.gettext(message)


class Visitor:
    """One person in one browser context, who takes a screenshot of every step."""

    def __init__(self, browser, base_url, journey, name, *, width=1280, height=900):
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, locale="sl-SI"
        )
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.base_url = base_url
        self.folder = SCREENSHOT_DIR / journey
        self.folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.step_number = 0
        self.server_errors = []
        self.page.on(
            "response",
            lambda response: response.status >= 500 and self.server_errors.append(response.url),
        )

    def goto(self, path):
        return self.page.goto(self.base_url + path)

    def step(self, label):
        """Save a full-page screenshot named after the step."""
        self.step_number += 1
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        path = self.folder / f"{self.name}-{self.step_number:02d}-{slug}.png"
        self.page.screenshot(path=str(path), full_page=True)

    def sign_in(self, email, language="sl", password=PASSWORD):
        prefix = "" if language == "sl" else f"/{language}"
        self.goto(f"{prefix}/accounts/login/")
        self.page.locator("input[name=login]").fill(email)
        self.page.locator("input[name=password]").fill(password)
        self.step("sign in")
        self.page.locator("main form button[type=submit]").first.click()
        self.page.wait_for_load_state()

    def sign_in_with_second_factor(self, email, secret):
        """Sign in, then enter the current code of the authenticator app set up with ``secret``."""
        self.sign_in(email)
        self.page.locator("input[name=code]").fill(current_totp_code(secret))
        self.step("second factor")
        self.page.locator("main form button[type=submit]").first.click()
        self.page.wait_for_load_state()

    def close(self):
        self.context.close()


@pytest.fixture
def visitors(browser, live_server, request):
    """Return a function that opens a new visitor; all are closed after the test."""
    opened = []
    journey = request.node.name.replace("test_", "").replace("[", "-").rstrip("]")

    def open_visitor(name, **options):
        visitor = Visitor(browser, live_server.url, journey, name, **options)
        opened.append(visitor)
        return visitor

    yield open_visitor
    errors = [url for visitor in opened for url in visitor.server_errors]
    for visitor in opened:
        visitor.close()
    assert errors == [], f"server errors on {errors}"


def verified_member(email, *, language="sl", **profile_fields):
    user = UserFactory(email=email, language=language)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    MemberProfileFactory(user=user, **profile_fields)
    return user


def current_totp_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def moderator_secret(db):
    """Return a hub moderator with an authenticator app, and that app's TOTP secret."""
    staff = verified_member("moderatorka@sticisce.example")
    staff.is_staff = True
    staff.save()
    staff.groups.add(Group.objects.get(name="Moderators"))
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    return staff, secret


def field(page, label):
    """Return the form field whose label is ``label``, with or without the "required" note."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}(\s*\(.*\))?$"))


# The training fixtures are shared with the trainings suite rather than copied.
from tests.trainings.conftest import make_training, training_index  # noqa: E402, F401
