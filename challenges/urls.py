from django.urls import path

from . import views
from .matching import urls as matching_urls

app_name = "challenges"

urlpatterns = [
    path("feed/rss/", views.ChallengeFeed(), name="feed_rss"),
    path("feed/atom/", views.ChallengeAtomFeed(), name="feed_atom"),
    path("open-data/challenges.csv", views.export_csv, name="export_csv"),
    path("open-data/challenges.json", views.export_json, name="export_json"),
    path("commitments/", views.commitments, name="commitments"),
    path("submit/", views.submit, name="submit"),
    path("mine/", views.my_challenges, name="mine"),
    path("following/", views.following, name="following"),
    path("<int:page_id>/edit/", views.submit, name="edit"),
    path(
        "attachments/<int:attachment_id>/",
        views.download_attachment,
        name="download_attachment",
    ),
    path("<int:page_id>/status/", views.change_status, name="change_status"),
    path("<int:page_id>/updates/", views.post_update, name="post_update"),
    path("<int:page_id>/commitments/", views.add_commitment, name="add_commitment"),
    path("<int:page_id>/follow/", views.follow, name="follow"),
    path(
        "commitments/<int:commitment_id>/status/",
        views.change_commitment_status,
        name="commitment_status",
    ),
]

# Facilitation lives in its own module, under the same namespace.
urlpatterns += matching_urls.urlpatterns
