from allauth.account.views import LoginView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .forms import ProfileForm
from .models import MemberProfile
from .services import create_profile


@never_cache
@login_required
def edit_profile(request):
    profile = MemberProfile.objects.filter(user=request.user).first()
    if profile is None:
        profile = create_profile(
            request.user,
            display_name=request.user.get_full_name() or request.user.email.split("@")[0],
        )
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("profile_edit")
        messages.error(request, _("Please correct the errors below; nothing has been saved."))
        status = 400
    else:
        form = ProfileForm(instance=profile)
        status = 200
    return render(
        request, "community/profile_edit.html", {"form": form, "profile": profile}, status=status
    )


class ThrottledLoginView(LoginView):
    """allauth's sign-in, answering with status 429 once failed attempts are throttled."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, "too_many_login_attempts"):
            response.status_code = 429
        return response
