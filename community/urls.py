from django.urls import path

from .views import relay

app_name = "community"

urlpatterns = [
    path("sporocila/<str:token>/", relay.message_detail, name="message"),
    path("sporocila/<str:token>/odgovor/", relay.reply, name="reply"),
    path("sporocila/<str:token>/blokiraj/", relay.block, name="block"),
    path("sporocila/<str:token>/prijava/", relay.report, name="report"),
    path("blokirani/", relay.blocked_senders, name="blocked_senders"),
    path("blokirani/<int:member_id>/odblokiraj/", relay.unblock, name="unblock"),
    path("<slug:slug>/pisi/", relay.write_to_member, name="write"),
    path("<slug:slug>/pisi/poslano/", relay.write_sent, name="write_sent"),
]
