from django.urls import path, re_path

from .views import api

app_name = "api"

urlpatterns = [
    path("", api.root, name="root"),
    path("members/", api.members, name="members"),
    path("members/<slug:slug>/", api.member, name="member"),
    path("organisations/", api.organisations, name="organisations"),
    re_path(r"^(?P<path>.*)$", api.not_found),
]
