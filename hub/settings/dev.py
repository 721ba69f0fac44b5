"""The embedded default: one machine, no services, safe only on loopback."""

from .base import *  # noqa: F403
from .env import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY") or "dev-only-secret-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env("ALLOWED_HOSTS") or ["127.0.0.1", "localhost", "[::1]"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# Serve static files straight from the apps' folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The printed demo admin account works without setting up an authenticator app first.
STAFF_REQUIRE_SECOND_FACTOR = env.bool("STAFF_REQUIRE_SECOND_FACTOR", default=False)
