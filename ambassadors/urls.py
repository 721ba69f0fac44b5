from django.urls import path

from . import views

app_name = "ambassadors"

urlpatterns = [
    path("", views.my_network, name="my_network"),
    path("predlog/", views.nominate, name="nominate"),
    path("prijava/", views.apply, name="apply"),
    path("dejavnost/<int:ambassador_id>/", views.add_activity, name="add_activity"),
    path("potrdilo/<int:ambassador_id>/", views.certificate, name="certificate"),
]
