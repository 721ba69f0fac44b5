"""Every environment variable the hub reads, with its type and embedded default.

Settings modules read configuration only through ``env`` so that this schema is
the single list an operator needs. An empty default means "not configured":
the embedded default (SQLite, eager tasks, database search, console email)
takes over.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SCHEMA = {
    # Core
    "SECRET_KEY": (str, ""),
    "DEBUG": (bool, False),
    "ALLOWED_HOSTS": (list, []),
    "CSRF_TRUSTED_ORIGINS": (list, []),
    "SITE_BASE_URL": (str, "http://127.0.0.1:8000"),
    "TIME_ZONE": (str, "Europe/Ljubljana"),
    "LOG_LEVEL": (str, "INFO"),
    # Storage
    "DATABASE_URL": (str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    "DATABASE_CONN_MAX_AGE": (int, 60),
    "MEDIA_ROOT": (str, str(BASE_DIR / "media")),
    "PRIVATE_MEDIA_ROOT": (str, str(BASE_DIR / "private_media")),
    "STATIC_ROOT": (str, str(BASE_DIR / "static")),
    "MEDIA_STORAGE_BACKEND": (str, "django.core.files.storage.FileSystemStorage"),
    # Services
    "CACHE_URL": (str, ""),
    "PAGE_CACHE_ENABLED": (bool, True),
    "PAGE_CACHE_TIMEOUT": (int, 300),
    "CELERY_BROKER_URL": (str, ""),
    "ELASTICSEARCH_URL": (str, ""),
    "ELASTICSEARCH_INDEX_PREFIX": (str, "hub_"),
    # Email
    "DEFAULT_FROM_EMAIL": (str, "Središče za soustvarjanje <noreply@localhost>"),
    "SERVER_EMAIL": (str, "noreply@localhost"),
    "EMAIL_PROVIDER": (str, ""),
    "EMAIL_PROVIDER_API_KEY": (str, ""),
    "EMAIL_PROVIDER_DOMAIN": (str, ""),
    "EMAIL_WEBHOOK_SECRET": (str, ""),
    "EMAIL_WEBHOOK_SIGNING_KEY": (str, ""),
    "EMAIL_SMTP_HOST": (str, ""),
    "EMAIL_SMTP_PORT": (int, 25),
    "EMAIL_SMTP_USER": (str, ""),
    "EMAIL_SMTP_PASSWORD": (str, ""),
    "EMAIL_SMTP_USE_TLS": (bool, False),
    # Production hardening
    "SECURE_SSL_REDIRECT": (bool, True),
    "SECURE_HSTS_SECONDS": (int, 31536000),
    "BEHIND_TLS_PROXY": (bool, True),
    "STAFF_REQUIRE_SECOND_FACTOR": (bool, True),
}

env = environ.Env(**SCHEMA)
