import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from community import relay
from community.choices import Visibility
from community.models import AbuseReport, Consent, ContactBlock, ContactMessage
from hub.email.models import OutboundEmail
from tests.factories import MemberProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

SUBJECT = "Sodelovanje pri izzivu"
BODY = "Pozdravljeni,\nbi sodelovali pri zemljevidu uporabniške izkušnje?"


def write_url(profile, language=""):
    prefix = f"/{language}" if language else ""
    return f"{prefix}/clani/{profile.slug}/pisi/"


def message_url(message, language=""):
    prefix = f"/{language}" if language else ""
    return f"{prefix}/clani/sporocila/{message.reply_token}/"


def full_text(email):
    """Return everything a mail client shows or could show: headers, text and HTML."""
    html = "".join(content for content, _mimetype in email.alternatives)
    return email.message().as_string() + email.body + html


@pytest.fixture
def send(client, sender, django_capture_on_commit_callbacks):
    """Post the contact form as ``sender`` and run the emails it queues."""

    def post(profile, *, subject=SUBJECT, body=BODY, language=""):
        client.force_login(sender)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(write_url(profile, language), {"subject": subject, "body": body})

    return post


@pytest.fixture
def received_message(send, recipient_profile):
    send(recipient_profile)
    mail.outbox.clear()
    return ContactMessage.objects.get()


def test_form_page_names_the_recipient(client, sender, recipient_profile):
    client.force_login(sender)

    response = client.get(write_url(recipient_profile, "en"))

    assert response.status_code == 200
    assert "Write to Bojan Prejemnik" in response.text
    assert 'name="subject"' in response.text
    assert 'maxlength="5000"' in response.text


def test_form_requires_sign_in(client, recipient_profile):
    response = client.get(write_url(recipient_profile))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_message_is_saved_and_relayed(send, sender, recipient, recipient_profile):
    response = send(recipient_profile)

    assert response.status_code == 302
    assert response["Location"] == f"/clani/{recipient_profile.slug}/pisi/poslano/"
    message = ContactMessage.objects.get()
    assert message.sender == sender
    assert message.recipient == recipient
    assert message.subject == SUBJECT
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [recipient.email]
    assert OutboundEmail.objects.get().template == "contact_message"


def test_relayed_email_is_in_recipients_language(send, recipient_profile):
    send(recipient_profile)

    email = mail.outbox[0]
    assert email.subject == f"Message from Ana Pošiljateljica: {SUBJECT}"
    assert "Ana Pošiljateljica wrote to you through the Co-creation Hub." in email.body
    assert "zemljevidu uporabniške izkušnje" in email.body


def test_relayed_email_hides_sender_address(send, sender, recipient_profile):
    send(recipient_profile)

    email = mail.outbox[0]
    assert email.reply_to == []
    assert sender.email not in full_text(email)
    assert OutboundEmail.objects.get().reply_to == ""


def test_relayed_email_links_to_message_page(send, recipient_profile):
    send(recipient_profile)

    message = ContactMessage.objects.get()
    assert f"http://testserver/en/clani/sporocila/{message.reply_token}/" in mail.outbox[0].body


def test_sender_never_sees_recipient_address(client, send, sender, recipient, recipient_profile):
    client.force_login(sender)
    form_page = client.get(write_url(recipient_profile))
    response = send(recipient_profile)
    sent_page = client.get(response["Location"])

    seen = form_page.text + sent_page.text
    received = "".join(full_text(email) for email in mail.outbox if email.to == [sender.email])
    assert sent_page.status_code == 200
    assert recipient.email not in seen
    assert recipient.email not in received


def test_plain_text_email_keeps_characters_unescaped(send, recipient_profile):
    send(recipient_profile, subject="Vprašanje & predlog", body='Kaj pa <ideja> "B"?')

    email = mail.outbox[0]
    assert email.subject.endswith("Vprašanje & predlog")
    assert 'Kaj pa <ideja> "B"?' in email.body
    assert "&lt;ideja&gt;" in email.alternatives[0][0]


def test_missing_fields_show_errors_linked_to_fields(send, recipient_profile):
    response = send(recipient_profile, subject="", body="  ", language="en")

    assert response.status_code == 400
    assert "Write a subject." in response.text
    assert "Write your message." in response.text
    assert 'aria-describedby="id_subject_error"' in response.text
    assert 'id="id_subject_error"' in response.text
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_too_long_message_is_rejected(send, recipient_profile):
    response = send(recipient_profile, body="a" * 5001, language="en")

    assert response.status_code == 400
    assert "The message is too long: use at most 5000 characters." in response.text
    assert not ContactMessage.objects.exists()


def test_writing_to_yourself_is_rejected(client, sender, django_capture_on_commit_callbacks):
    client.force_login(sender)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(write_url(sender.profile, "en"), {"subject": SUBJECT, "body": BODY})

    assert response.status_code == 400
    assert "You cannot write to yourself." in response.text
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_hidden_profile_is_not_found(send, recipient_profile):
    recipient_profile.visibility = Visibility.NOBODY
    recipient_profile.save()

    response = send(recipient_profile, language="en")

    assert response.status_code == 404
    assert "their profile is hidden from you" in response.text
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_unknown_slug_is_not_found(client, sender):
    client.force_login(sender)

    response = client.get("/clani/ni-taksnega-clana/pisi/")

    assert response.status_code == 404


def test_inactive_member_is_not_found(send, recipient, recipient_profile):
    recipient.is_active = False
    recipient.save()

    response = send(recipient_profile)

    assert response.status_code == 404
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_withdrawn_contact_consent_rejects_message(send, recipient, recipient_profile):
    Consent.objects.create(user=recipient, kind=Consent.Kind.CONTACT, granted=True)
    Consent.objects.create(user=recipient, kind=Consent.Kind.CONTACT, granted=False)

    response = send(recipient_profile, language="en")

    assert response.status_code == 403
    assert "This member does not accept messages through the hub." in response.text
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_consent_granted_again_allows_message(send, recipient, recipient_profile):
    earlier = timezone.now() - timedelta(days=2)
    Consent.objects.create(
        user=recipient, kind=Consent.Kind.CONTACT, granted=False, recorded_at=earlier
    )
    Consent.objects.create(user=recipient, kind=Consent.Kind.CONTACT, granted=True)

    response = send(recipient_profile)

    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1


def test_other_consents_do_not_affect_messages(send, recipient, recipient_profile):
    Consent.objects.create(user=recipient, kind=Consent.Kind.DIRECTORY, granted=False)

    response = send(recipient_profile)

    assert response.status_code == 302


def _without_csrf_tokens(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_block_rejection_matches_consent_rejection(send, sender, recipient, recipient_profile):
    ContactBlock.objects.create(blocker=recipient, blocked=sender)

    blocked = send(recipient_profile, language="en")

    ContactBlock.objects.all().delete()
    Consent.objects.create(user=recipient, kind=Consent.Kind.CONTACT, granted=False)
    withdrawn = send(recipient_profile, language="en")
    assert blocked.status_code == withdrawn.status_code == 403
    assert _without_csrf_tokens(blocked.text) == _without_csrf_tokens(withdrawn.text)
    assert not ContactMessage.objects.exists()


def test_sender_without_a_name_is_rejected(client, recipient_profile):
    nameless = UserFactory(first_name="", last_name="")
    client.force_login(nameless)

    response = client.get(write_url(recipient_profile, "en"))

    assert response.status_code == 403
    assert "Add your name to your member profile first" in response.text


def test_sixth_message_in_an_hour_is_rate_limited(send, sender, recipient_profile):
    for number in range(relay.MAX_MESSAGES_PER_HOUR):
        assert send(recipient_profile, subject=f"Sporočilo {number}").status_code == 302
    mail.outbox.clear()

    response = send(recipient_profile, language="en")

    assert response.status_code == 429
    assert "You can write again after" in response.text
    assert ContactMessage.objects.count() == relay.MAX_MESSAGES_PER_HOUR
    assert mail.outbox == []


def test_hourly_limit_tells_when_to_write_again(sender, recipient):
    now = timezone.now()
    for minutes in (50, 40, 30, 20, 10):
        message = ContactMessage.objects.create(
            sender=sender, recipient=recipient, subject="S", body="B"
        )
        ContactMessage.objects.filter(pk=message.pk).update(
            created_at=now - timedelta(minutes=minutes)
        )

    retry_at = relay.next_message_allowed_at(sender, now=now)

    assert retry_at == now - timedelta(minutes=50) + timedelta(hours=1)


def test_daily_limit_counts_older_messages(send, sender, recipient):
    now = timezone.now()
    for number in range(relay.MAX_MESSAGES_PER_DAY):
        message = ContactMessage.objects.create(
            sender=sender, recipient=recipient, subject="S", body="B"
        )
        ContactMessage.objects.filter(pk=message.pk).update(
            created_at=now - timedelta(hours=2, minutes=number)
        )
    other = MemberProfileFactory()

    response = send(other)

    assert response.status_code == 429
    oldest = now - timedelta(hours=2, minutes=relay.MAX_MESSAGES_PER_DAY - 1)
    assert relay.next_message_allowed_at(sender, now=now) == oldest + timedelta(days=1)


def test_messages_older_than_a_day_do_not_count(sender, recipient):
    long_ago = timezone.now() - timedelta(days=1, minutes=1)
    for _number in range(relay.MAX_MESSAGES_PER_DAY):
        message = ContactMessage.objects.create(
            sender=sender, recipient=recipient, subject="S", body="B"
        )
        ContactMessage.objects.filter(pk=message.pk).update(created_at=long_ago)

    assert relay.next_message_allowed_at(sender) is None


def test_rolled_back_send_sends_nothing(
    sender, recipient_profile, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        relay.send_message(sender, recipient_profile.slug, SUBJECT, BODY)
        raise RuntimeError("the request failed after the message was queued")

    assert callbacks == []
    assert mail.outbox == []
    assert not ContactMessage.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_recipient_reads_message_page(client, recipient, received_message):
    client.force_login(recipient)

    response = client.get(message_url(received_message, "en"))

    assert response.status_code == 200
    assert SUBJECT in response.text
    assert "From Ana Pošiljateljica" in response.text
    assert "Send reply" in response.text
    assert "Block Ana Pošiljateljica" in response.text
    assert "sender.private@example.org" not in response.text


@pytest.mark.parametrize("viewer", ["sender", "stranger"])
def test_message_page_is_not_found_for_others(client, sender, received_message, viewer):
    user = sender if viewer == "sender" else UserFactory()
    client.force_login(user)

    response = client.get(message_url(received_message))

    assert response.status_code == 404


def test_message_page_requires_sign_in(client, received_message):
    client.logout()

    response = client.get(message_url(received_message))

    assert response.status_code == 302


def test_reply_reaches_sender_with_reply_to(
    client, sender, recipient, received_message, django_capture_on_commit_callbacks
):
    client.force_login(recipient)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{message_url(received_message)}odgovor/", {"body": "Z veseljem sodelujem."}
        )

    assert response.status_code == 302
    to_sender, copy = mail.outbox
    assert to_sender.to == [sender.email]
    assert to_sender.reply_to == [recipient.email]
    assert f"Re: {SUBJECT}" in to_sender.subject
    assert "Z veseljem sodelujem." in to_sender.body
    assert copy.to == [recipient.email]
    assert sender.email in copy.body
    reply = ContactMessage.objects.get(in_reply_to=received_message)
    assert reply.sender == recipient
    assert reply.recipient == sender


def test_reply_confirmation_shows_sender_address(
    client, sender, recipient, received_message, django_capture_on_commit_callbacks
):
    client.force_login(recipient)
    before = client.get(message_url(received_message, "en"))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{message_url(received_message, 'en')}odgovor/", {"body": "Seveda."})
    after = client.get(message_url(received_message, "en"))

    assert sender.email not in before.text
    assert sender.email in after.text
    assert "Your reply was sent." in after.text
    assert "Send reply" not in after.text


def test_second_reply_is_rejected(
    client, recipient, received_message, django_capture_on_commit_callbacks
):
    client.force_login(recipient)
    reply_url = f"{message_url(received_message, 'en')}odgovor/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reply_url, {"body": "Prvi odgovor."})
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reply_url, {"body": "Drugi odgovor."})

    assert response.status_code == 403
    assert ContactMessage.objects.filter(in_reply_to=received_message).count() == 1
    assert mail.outbox == []


def test_empty_reply_shows_error(client, recipient, received_message):
    client.force_login(recipient)

    response = client.post(f"{message_url(received_message, 'en')}odgovor/", {"body": ""})

    assert response.status_code == 400
    assert "Write your reply." in response.text
    assert not ContactMessage.objects.filter(in_reply_to=received_message).exists()


def test_sender_reads_reply_with_address(
    client, sender, recipient, received_message, django_capture_on_commit_callbacks
):
    client.force_login(recipient)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{message_url(received_message)}odgovor/", {"body": "Seveda."})
    reply = ContactMessage.objects.get(in_reply_to=received_message)
    client.force_login(sender)

    response = client.get(message_url(reply, "en"))

    assert response.status_code == 200
    assert "Reply from Bojan Prejemnik" in response.text
    assert recipient.email in response.text
    assert "Send reply" not in response.text


def test_recipient_blocks_sender(client, sender, recipient, received_message):
    client.force_login(recipient)

    response = client.post(f"{message_url(received_message, 'en')}blokiraj/", follow=True)

    assert ContactBlock.objects.filter(blocker=recipient, blocked=sender).exists()
    assert "You will receive no more messages from Ana Pošiljateljica." in response.text
    assert "You have blocked Ana Pošiljateljica." in response.text


def test_blocking_twice_keeps_one_block(client, sender, recipient, received_message):
    client.force_login(recipient)

    client.post(f"{message_url(received_message)}blokiraj/")
    client.post(f"{message_url(received_message)}blokiraj/")

    assert ContactBlock.objects.filter(blocker=recipient, blocked=sender).count() == 1


def test_blocked_senders_page_lists_and_unblocks(client, sender, recipient):
    ContactBlock.objects.create(blocker=recipient, blocked=sender)
    client.force_login(recipient)

    listing = client.get("/en/clani/blokirani/")
    response = client.post(f"/en/clani/blokirani/{sender.pk}/odblokiraj/", follow=True)

    assert "Ana Pošiljateljica" in listing.text
    assert sender.email not in listing.text
    assert not ContactBlock.objects.exists()
    assert "The member can write to you again." in response.text
    assert "You have not blocked anyone." in response.text


def test_unblocked_sender_can_write_again(send, sender, recipient, recipient_profile):
    ContactBlock.objects.create(blocker=recipient, blocked=sender)
    relay.unblock_sender(recipient, sender.pk)

    response = send(recipient_profile)

    assert response.status_code == 302


def test_unblock_only_removes_own_blocks(client, sender, recipient):
    ContactBlock.objects.create(blocker=recipient, blocked=sender)
    client.force_login(UserFactory())

    client.post(f"/clani/blokirani/{sender.pk}/odblokiraj/")

    assert ContactBlock.objects.count() == 1


def test_abuse_report_is_saved_and_emailed_to_staff(
    client, sender, recipient, received_message, django_capture_on_commit_callbacks
):
    first_staff = UserFactory(is_staff=True, language="sl")
    second_staff = UserFactory(is_staff=True, language="en")
    UserFactory(is_staff=True, is_active=False)
    client.force_login(recipient)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{message_url(received_message, 'en')}prijava/",
            {"reason": "Nadlegovanje."},
            follow=True,
        )

    report = AbuseReport.objects.get()
    assert report.reporter == recipient
    assert report.message == received_message
    assert report.reason == "Nadlegovanje."
    assert sorted(email.to[0] for email in mail.outbox) == sorted(
        [first_staff.email, second_staff.email]
    )
    assert all("Nadlegovanje." in email.body for email in mail.outbox)
    assert "Thank you. Hub staff will review the message you reported." in response.text


def test_message_is_reported_once_per_reporter(
    client, recipient, received_message, django_capture_on_commit_callbacks
):
    UserFactory(is_staff=True)
    client.force_login(recipient)
    report_url = f"{message_url(received_message, 'en')}prijava/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(report_url, {"reason": "Prvič."})
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(report_url, {"reason": "Drugič."})

    assert response.status_code == 400
    assert "You have already reported this message." in response.text
    assert AbuseReport.objects.count() == 1
    assert mail.outbox == []


def test_report_without_reason_shows_error(client, recipient, received_message):
    client.force_login(recipient)

    response = client.post(f"{message_url(received_message, 'en')}prijava/", {"reason": ""})

    assert response.status_code == 400
    assert "Tell us why you are reporting this message." in response.text
    assert not AbuseReport.objects.exists()
