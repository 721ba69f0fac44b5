"""System checks that ``manage.py check --deploy`` runs on production settings."""

from django.conf import settings
from django.core.checks import Tags, register
from django.core.checks import Warning as CheckWarning


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Warn when each process keeps its own cache, which several workers cannot share."""
    if not settings.CACHES["default"]["BACKEND"].endswith("LocMemCache"):
        return []
    return [
        CheckWarning(
            "The cache is local to each process because CACHE_URL is not set.",
            hint=(
                "Set CACHE_URL to a Redis database. With several workers, a page, menu or "
                "route that changes stays old in the other workers until their copies expire."
            ),
            id="hub.W001",
        )
    ]
