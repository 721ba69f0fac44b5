"""Cache what every page shows around its content (main menu, footer) and its route.

Entries are keyed by a version number that any page publication, move, deletion,
site, view restriction or settings change increases, so nothing is purged one key
at a time. With the embedded local-memory cache each process has its own version,
so other processes may show the old menu, footer or route for up to ``TIMEOUT``
seconds after a change. With Redis, all processes share one version.
"""

from django.core.cache import cache

VERSION_KEY = "hub:structure-version"
TIMEOUT = 300


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, None)
        version = cache.get(VERSION_KEY) or 1
    return version


def bump_version(**kwargs):
    """Invalidate every cached menu and footer; connected to content-changing signals."""
    if kwargs.get("created") and kwargs.get("sender").__name__ == "HubSettings":
        # Settings rows are created empty on first read, which changes nothing shown.
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def get_or_build(name, parts, build):
    """Return the cached value for ``name`` and ``parts``, building and storing it if missing."""
    key = ":".join(["hub", name, str(current_version()), *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = build()
        # Nothing is stored for None, so a missing site or page is looked up again.
        if value is not None:
            cache.set(key, value, TIMEOUT)
    return value
