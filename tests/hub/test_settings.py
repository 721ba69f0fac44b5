"""Each settings module is loaded in a fresh interpreter with a controlled environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

from hub.settings.env import SCHEMA

PROJECT_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "k7Qe2vT9xLm4Rp8Zs1Wd6Yh3Jc5Nb0Fg7Ua2Ei9Ko4Pt6Xr8Vl1Sq3Mz5Cw",
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "sqlite:////tmp/hub-settings-test.sqlite3",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}
PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "database": settings.DATABASES["default"]["ENGINE"],
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "email": settings.EMAIL_BACKEND,
    "cache": settings.CACHES["default"]["BACKEND"],
}))
"""


def _clean_environment(**overrides):
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in SCHEMA and name != "DJANGO_SETTINGS_MODULE"
    }
    environment.update(overrides)
    return environment


def _run(code, **environment):
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env=_clean_environment(**environment),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _settings(**environment):
    result = _run(PRINT_SETTINGS, **environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_default_needs_no_services():
    loaded = _settings(DJANGO_SETTINGS_MODULE="hub.settings.dev")

    assert loaded["database"] == "django.db.backends.sqlite3"
    assert loaded["eager"] is True
    assert loaded["search"] == "wagtail.search.backends.database"
    assert loaded["email"] == "django.core.mail.backends.console.EmailBackend"
    assert loaded["cache"] == "django.core.cache.backends.locmem.LocMemCache"


def test_service_urls_switch_to_real_services():
    loaded = _settings(
        DJANGO_SETTINGS_MODULE="hub.settings.dev",
        DATABASE_URL="postgres://hub@127.0.0.1:5432/hub",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
        CACHE_URL="redis://127.0.0.1:6379/1",
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
        EMAIL_PROVIDER="postmark",
        EMAIL_PROVIDER_API_KEY="key",
    )

    assert loaded["database"] == "django.db.backends.postgresql"
    assert loaded["eager"] is False
    assert loaded["search"] == "wagtail.search.backends.elasticsearch9"
    assert loaded["email"] == "anymail.backends.postmark.EmailBackend"
    assert loaded["cache"] == "django.core.cache.backends.redis.RedisCache"


def test_unknown_email_provider_stops_startup():
    result = _run(
        PRINT_SETTINGS, DJANGO_SETTINGS_MODULE="hub.settings.dev", EMAIL_PROVIDER="pigeon"
    )

    assert result.returncode != 0
    assert "EMAIL_PROVIDER='pigeon' is not supported" in result.stderr


def test_production_refuses_to_start_without_secret_key():
    environment = {**PRODUCTION_ENV, "SECRET_KEY": ""}

    result = _run(PRINT_SETTINGS, DJANGO_SETTINGS_MODULE="hub.settings.production", **environment)

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    environment = {**PRODUCTION_ENV, "ALLOWED_HOSTS": ""}

    result = _run(PRINT_SETTINGS, DJANGO_SETTINGS_MODULE="hub.settings.production", **environment)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list" in result.stderr


def _deploy_checks(environment):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR,
        env=_clean_environment(DJANGO_SETTINGS_MODULE="hub.settings.production", **environment),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_passes_deploy_checks():
    result = _deploy_checks(PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_checks_warn_without_shared_cache():
    environment = {key: value for key, value in PRODUCTION_ENV.items() if key != "CACHE_URL"}
    result = _deploy_checks(environment)

    assert result.returncode != 0
    assert "hub.W001" in result.stdout + result.stderr
    assert "CACHE_URL" in result.stdout + result.stderr


def test_smtp_provider_sends_through_configured_server():
    loaded = _settings(
        DJANGO_SETTINGS_MODULE="hub.settings.dev",
        EMAIL_PROVIDER="smtp",
        EMAIL_SMTP_HOST="mailpit",
        EMAIL_SMTP_PORT="1025",
    )

    assert loaded["email"] == "django.core.mail.backends.smtp.EmailBackend"
