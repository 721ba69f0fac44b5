from django.urls import path

from trainings import views

app_name = "trainings"

urlpatterns = [
    path("moja/", views.my_trainings, name="my_trainings"),
    path("termin/<int:session_id>/prijava/", views.enrol_in_session, name="enrol_in_session"),
    path("termin/<int:session_id>.ics", views.session_ics, name="session_ics"),
    path("serija/<int:training_id>/prijava/", views.enrol_in_series, name="enrol_in_series"),
    path("prijava/<int:enrolment_id>/odjava/", views.cancel, name="cancel"),
    path("odjava/<str:token>/", views.cancel_by_link, name="cancel_by_link"),
    path("koledar/<str:token>.ics", views.feed, name="feed"),
    path(
        "prijava/<int:enrolment_id>/potrdilo.pdf",
        views.certificate_pdf,
        name="certificate_pdf",
    ),
    path("potrdilo/<str:code>/", views.certificate_check, name="certificate_check"),
]
