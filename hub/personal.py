"""Decide whether a request or response may belong to one visitor.

The page cache stores, and the compression middleware compresses, only what
these functions call shareable.
"""

from django.conf import settings

# Request cookies that mean the response may differ per visitor. Django's message
# framework keeps pending messages in the "messages" cookie.
PERSONAL_COOKIES = ("messages",)


def request_is_shareable(request):
    """Return whether the request carries nothing that could make its response personal."""
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies:
        return False
    if any(name in cookies for name in PERSONAL_COOKIES):
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def response_is_personal(request, response):
    """Return whether the response may contain data of one visitor or a per-visitor token."""
    if not request_is_shareable(request):
        return True
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    if response.cookies:
        return True
    # Set by django.middleware.csrf.get_token whenever a template renders {% csrf_token %}.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    cache_control = response.get("Cache-Control", "")
    return "private" in cache_control or "no-store" in cache_control
