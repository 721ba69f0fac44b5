from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse


class StaffSecondFactorMiddleware:
    """Send staff without a second factor to set one up before they reach the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.STAFF_REQUIRE_SECOND_FACTOR
            and request.path.startswith(("/admin/", "/django-admin/"))
            and request.user.is_authenticated
            and request.user.is_staff
            and not is_mfa_enabled(request.user)
        ):
            return redirect(reverse("mfa_activate_totp") + "?next=" + request.path)
        return self.get_response(request)
