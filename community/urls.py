from django.urls import path

from .views import data_rights, relay

app_name = "community"

urlpatterns = [
    path("sporocila/<str:token>/", relay.message_detail, name="message"),
    path("sporocila/<str:token>/odgovor/", relay.reply, name="reply"),
    path("sporocila/<str:token>/blokiraj/", relay.block, name="block"),
    path("sporocila/<str:token>/prijava/", relay.report, name="report"),
    path("blokirani/", relay.blocked_senders, name="blocked_senders"),
    path("blokirani/<int:member_id>/odblokiraj/", relay.unblock, name="unblock"),
    path("moji-podatki/izvoz/", data_rights.export, name="export"),
    path("moji-podatki/izbris/", data_rights.delete_account, name="delete_account"),
    path("moji-podatki/izbris/opravljen/", data_rights.account_deleted, name="account_deleted"),
    path("<slug:slug>/pisi/", relay.write_to_member, name="write"),
    path("<slug:slug>/pisi/poslano/", relay.write_sent, name="write_sent"),
]
