from django.urls import path

from . import account_views

urlpatterns = [
    path("profile/", account_views.edit_profile, name="profile_edit"),
    # Listed before allauth's own URLs, so this sign-in view answers throttled attempts with 429.
    path("login/", account_views.ThrottledLoginView.as_view(), name="account_login"),
]
