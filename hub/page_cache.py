"""Whole-response cache for anonymous visitors, and the Cache-Control of every response.

A response is stored only when nothing about it can belong to one visitor: the
request carries no session, message or authorization credentials, the view is a
public page (a Wagtail page, search, robots.txt or the sitemap), the status is
200, and the response sets no cookie and embeds no CSRF token. Responses to
signed-in members and every other personal response get ``Cache-Control:
private, no-store`` and are never stored.

Entries are keyed by URL, language and content encoding, and by two version
numbers: a global one that any publication, move, deletion or settings change
increases, and one per site section (the first URL segment after the language
prefix, ``""`` for the home pages) that narrower changes increase, such as a new
challenge update or an enrolment. Versions change after the transaction that
made the change commits, so a request cannot store old content under a new version.

With the embedded default the cache is memory local to each process, so other
processes keep serving their copy until it expires (``PAGE_CACHE_TIMEOUT``);
production configures Redis, which every process shares.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.models import Page

from hub.compression import negotiate_encoding
from hub.personal import request_is_shareable, response_is_personal

# URL names whose anonymous responses are the same for every visitor.
# NOTE: content that changes only with time (a session that has started, a passed
# apply-by date) stays stored until PAGE_CACHE_TIMEOUT, and search hits served from
# the cache are not counted in Wagtail's search statistics.
CACHEABLE_VIEWS = frozenset({"wagtail_serve", "search", "robots_txt", "sitemap"})
GLOBAL_VERSION_KEY = "hub:page-cache:version"
SECTION_VERSION_KEY = "hub:page-cache:section:{}"
ENTRY_KEY = "hub:page-cache:entry:{global_version}:{section_version}:{digest}"
# Headers never stored: a stored response sets no cookie, and the rest is per response.
UNSTORED_HEADERS = frozenset({"set-cookie", "content-length", "date", "x-cache"})
SHARED_CACHE_CONTROL = {"public": True, "max_age": 0, "must_revalidate": True}


# What may be stored


def _is_storable(request, response):
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.url_name in CACHEABLE_VIEWS
        and response.status_code == 200
        and not response.streaming
    )


# Keys and versions


def section_of(path):
    """Return the first URL segment after the language prefix; ``""`` for a home page."""
    segments = [segment for segment in path.split("/") if segment]
    language = translation.get_language_from_path(path)
    if language and segments and segments[0] == language:
        segments = segments[1:]
    return segments[0] if segments else ""


def _entry_key(request):
    path = request.path
    section_key = SECTION_VERSION_KEY.format(section_of(path))
    versions = cache.get_many([GLOBAL_VERSION_KEY, section_key])
    for version_key in (GLOBAL_VERSION_KEY, section_key):
        if version_key not in versions:
            versions[version_key] = _start_version(version_key)
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    url = f"{request.get_host()}|{request.get_full_path()}|{language}|{negotiate_encoding(request)}"
    return ENTRY_KEY.format(
        global_version=versions[GLOBAL_VERSION_KEY],
        section_version=versions[section_key],
        digest=hashlib.sha256(url.encode()).hexdigest(),
    )


def _start_version(key):
    """Store and return a version number that no earlier entry can have used.

    A version the cache evicted must not start again from a number that old,
    still stored entries carry, so a new version starts from the current time.
    """
    cache.add(key, time.time_ns(), None)
    return cache.get(key) or time.time_ns()


def _increase(key):
    try:
        cache.incr(key)
    except ValueError:
        _start_version(key)


def purge_everything(**kwargs):
    """Make every stored page stale once the current transaction commits."""
    transaction.on_commit(lambda: _increase(GLOBAL_VERSION_KEY))


def purge_sections(sections):
    """Make the stored pages of these URL sections stale once the transaction commits."""
    keys = [SECTION_VERSION_KEY.format(section) for section in set(sections)]

    def increase():
        for key in keys:
            _increase(key)

    transaction.on_commit(increase)


def sections_showing(page_id):
    """Return the sections that show the page with this id: its own, in every language, and home.

    The home pages gather each section's latest items, so they are included.
    """
    page = Page.objects.filter(pk=page_id).only("path", "depth").first()
    if page is None or page.depth < 3:
        return {""}
    section_path = page.path[: 3 * Page.steplen]
    slugs = Page.objects.filter(
        depth=3,
        translation_key__in=Page.objects.filter(path=section_path).values("translation_key"),
    ).values_list("slug", flat=True)
    return {"", *slugs}


def purge_page(page_id):
    """Make the stored pages that show the page with this id stale, in every language."""
    purge_sections(sections_showing(page_id))


# The middleware


def _stored_form(response):
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS
    ]
    return (response.status_code, headers, response.content)


def _response_from(stored, request):
    status, headers, content = stored
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response[name] = value
    response["Content-Length"] = str(len(content))
    response["X-Cache"] = "hit"
    return response


class AnonymousPageCacheMiddleware:
    """Serve and store whole public responses for anonymous visitors; set Cache-Control.

    Sits outside the session, compression and CSRF middleware, so a hit skips
    them and a stored response already has its final body and headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        enabled = settings.PAGE_CACHE_ENABLED and request_is_shareable(request)
        key = None
        if enabled:
            key = _entry_key(request)
            stored = cache.get(key)
            if stored is not None:
                return _response_from(stored, request)

        response = self.get_response(request)

        if response_is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
            if "public" in response.get("Cache-Control", ""):
                response["Cache-Control"] = "private, no-store"
            patch_vary_headers(response, ("Cookie",))
            return response

        if key is not None and _is_storable(request, response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, **SHARED_CACHE_CONTROL)
            patch_vary_headers(response, ("Cookie",))
            cache.set(key, _stored_form(response), settings.PAGE_CACHE_TIMEOUT)
            response["X-Cache"] = "miss"
        elif not response.has_header("Cache-Control"):
            patch_cache_control(response, no_cache=True)
        return response
