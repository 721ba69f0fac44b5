"""Test settings: PostgreSQL and Redis when their URLs are set, the embedded default otherwise."""

import os

from .base import *  # noqa: F403
from .env import env

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost", "[::1]"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run tasks in-process; a queued task runs when its transaction commits.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or "memory://"
MEDIA_ROOT = str(BASE_DIR / "tests" / ".media")  # noqa: F405
PRIVATE_MEDIA_ROOT = str(BASE_DIR / "tests" / ".private_media")  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "tests" / "templates"]  # noqa: F405
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# pytest-xdist runs one test process per core. Each process keeps its cache keys under its own
# prefix in the shared Redis database, while the local-memory cache is private to a process.
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":  # noqa: F405
    CACHES["default"]["BACKEND"] = "tests.support.WorkerScopedRedisCache"  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = f"hub-test-{TEST_WORKER or 'main'}"  # noqa: F405

# Tests change data without the signals that purge stored pages, so only the
# page cache's own tests turn it on.
PAGE_CACHE_ENABLED = False
# Image ids repeat between tests, so renditions must not outlive one.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}  # noqa: F405
