from django.urls import path

from . import views

urlpatterns = [
    path("facilitation/", views.my_facilitation, name="my_facilitation"),
    path("facilitation/profile/", views.facilitator_profile, name="facilitator_profile"),
    path(
        "facilitation/offers/<int:offer_id>/withdraw/",
        views.withdraw_offer,
        name="withdraw_offer",
    ),
    path("<int:page_id>/volunteer/", views.volunteer, name="volunteer"),
    path("<int:page_id>/facilitators/", views.challenge_facilitators, name="facilitators"),
]
