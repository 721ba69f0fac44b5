"""Security headers on the public site and the admin, and on production settings."""

import json
import re
from pathlib import Path

import pytest

from tests.hub.test_settings import PRODUCTION_ENV, _run

pytestmark = pytest.mark.django_db

TEMPLATE_DIRS = [
    path
    for path in Path(__file__).resolve().parents[2].glob("*/templates")
    if path.parent.name != "tests"
]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=|\son[a-z]+=", re.I)


def _directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_page_forbids_inline_scripts(client, home):
    response = client.get("/")

    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_admin_gets_its_own_looser_policy(admin_client):
    response = admin_client.get("/admin/")

    policy = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


def test_public_page_sends_referrer_and_permissions_policies(client, home):
    response = client.get("/")

    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("directory", TEMPLATE_DIRS, ids=lambda path: path.parent.name)
def test_site_templates_have_no_inline_script_or_style(directory):
    offenders = []
    for template in directory.rglob("*.html"):
        if "email" in template.relative_to(directory).parts:
            continue  # Mail clients ignore style sheets, so emails keep inline styles.
        text = template.read_text()
        if INLINE_SCRIPT.search(text) or INLINE_STYLE.search(text):
            offenders.append(str(template))

    assert offenders == []


PRINT_PRODUCTION_RESPONSE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
response = Client().get("/robots.txt", secure=True, headers={"host": "hub.example.org"})
print(json.dumps({
    "status": response.status_code,
    "hsts": response.get("Strict-Transport-Security", ""),
    "csp": response.get("Content-Security-Policy", ""),
    "session_secure": settings.SESSION_COOKIE_SECURE,
    "session_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "session_samesite": settings.SESSION_COOKIE_SAMESITE,
    "csrf_secure": settings.CSRF_COOKIE_SECURE,
    "csrf_httponly": settings.CSRF_COOKIE_HTTPONLY,
    "csrf_samesite": settings.CSRF_COOKIE_SAMESITE,
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
}))
"""


@pytest.fixture(scope="module")
def production():
    result = _run(
        PRINT_PRODUCTION_RESPONSE,
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        **PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_for_a_year_with_subdomains(production):
    assert production["status"] == 200
    assert "max-age=31536000" in production["hsts"]
    assert "includeSubDomains" in production["hsts"]


def test_production_sends_content_security_policy(production):
    assert "script-src 'self'" in production["csp"]


def test_production_session_cookie_is_secure_httponly_and_samesite(production):
    assert production["session_secure"] is True
    assert production["session_httponly"] is True
    assert production["session_samesite"] == "Lax"


def test_production_csrf_cookie_is_secure_httponly_and_samesite(production):
    assert production["csrf_secure"] is True
    assert production["csrf_httponly"] is True
    assert production["csrf_samesite"] == "Lax"


def test_production_redirects_plain_http_to_https(production):
    assert production["ssl_redirect"] is True
