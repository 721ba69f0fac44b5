from django.urls import path

from . import account_views

urlpatterns = [
    path("profile/", account_views.edit_profile, name="profile_edit"),
]
