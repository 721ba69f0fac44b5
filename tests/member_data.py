"""Helpers for the apps' data-rights tests: download the export and delete an account."""

import json

from django.core import mail

from hub.email.models import OutboundEmail

EXPORT_URL = "/en/clani/moji-podatki/izvoz/"
DELETE_URL = "/en/clani/moji-podatki/izbris/"
PASSWORD = "correct horse battery staple"


def download_export(client, user):
    """Return ``user``'s export as the text of the downloaded file."""
    client.force_login(user)
    response = client.post(EXPORT_URL)
    assert response.status_code == 200
    return response.content.decode()


def download_export_data(client, user):
    return json.loads(download_export(client, user))


def delete_account(client, user, django_capture_on_commit_callbacks):
    """Delete ``user``'s account through the site, running what waits for the commit."""
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DELETE_URL, {"password": PASSWORD})
    assert response.status_code == 302
    return response


def emails_to(address):
    """Return the subjects of outbox rows and of sent messages addressed to ``address``."""
    queued = OutboundEmail.objects.filter(to_address__iexact=address)
    sent = [message for message in mail.outbox if address in message.to]
    return [email.subject for email in queued] + [message.subject for message in sent]
