"""Response headers that harden every page: CSP, Permissions-Policy and private caching."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django_ratelimit.decorators import ratelimit

# Wagtail's admin still runs inline scripts and styles (Wagtail 8.0), so it gets its own policy.
ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")


class HubCSPMiddleware(CSPMiddleware):
    """Send the strict public policy, or ``ADMIN_CONTENT_SECURITY_POLICY`` under the admin paths."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(ADMIN_PATH_PREFIXES)
        ):
            return PolicyParts(
                config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


class PermissionsPolicyMiddleware:
    """Turn off browser features the hub never uses, such as the camera and geolocation."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


class PrivateCacheMiddleware:
    """Keep per-member pages out of shared caches.

    A response is private when the visitor is signed in or the response sets a
    cookie (a CSRF token, a flash message or a session), because either makes
    its bytes belong to one browser. Views that already send ``no-store`` keep
    it. The middleware must sit above the session, CSRF and message middleware
    so that their cookies are on the response when it looks.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in or response.cookies:
            patch_cache_control(response, private=True)
        return response


def too_many_requests(request, exception=None):
    """Render the translated 429 page for every throttle: allauth's and the hub's own."""
    return render(request, "429.html", status=429)


def throttled(group):
    """Limit POSTs to a view to ``HUB_RATE_LIMITS[group]`` per member, or per IP when signed out.

    Going over the limit raises ``Ratelimited``, which ``RatelimitMiddleware`` turns
    into the 429 page of ``too_many_requests``.
    """

    def rate(group_name, request):
        return settings.HUB_RATE_LIMITS[group_name]

    return ratelimit(group=group, key="user_or_ip", rate=rate, method="POST", block=True)
