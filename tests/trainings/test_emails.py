from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from icalendar import Calendar

from tests.factories import UserFactory
from trainings import services

pytestmark = pytest.mark.django_db

LJUBLJANA = ZoneInfo("Europe/Ljubljana")


def _mail_to(member):
    return [message for message in mail.outbox if message.to == [member.email]]


def test_confirmation_sent_once_with_calendar(session, django_capture_on_commit_callbacks):
    member = UserFactory(language="en")

    with django_capture_on_commit_callbacks(execute=True):
        services.enrol(member, session)

    messages = _mail_to(member)
    assert len(messages) == 1
    assert messages[0].subject.startswith("Enrolment confirmed")
    filename, content, mimetype = messages[0].attachments[0]
    assert filename == "training.ics"
    assert mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in content


def test_confirmation_in_slovenian_for_slovenian_member(
    session, django_capture_on_commit_callbacks
):
    member = UserFactory(language="sl")

    with django_capture_on_commit_callbacks(execute=True):
        services.enrol(member, session)

    message = _mail_to(member)[0]
    html = message.alternatives[0][0]
    # The subject's Slovenian text arrives with the merged catalogue; the layout's is there.
    assert "Središče za soustvarjanje" in html
    assert "Co-creation Hub" not in html


def test_waitlisted_email_gives_position(session, django_capture_on_commit_callbacks):
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    member = UserFactory(language="en")

    with django_capture_on_commit_callbacks(execute=True):
        services.enrol(member, session)

    messages = _mail_to(member)
    assert len(messages) == 1
    assert "in place 1" in messages[0].body


def test_cancellation_email_sent_once(session, django_capture_on_commit_callbacks):
    member = UserFactory(language="en")
    enrolment = services.enrol(member, session)

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(enrolment)

    messages = _mail_to(member)
    assert len(messages) == 1
    assert messages[0].subject.startswith("Enrolment cancelled")


def test_session_ics_keeps_local_time_after_clock_change(client, make_training):
    start = datetime(2027, 3, 29, 10, 0, tzinfo=LJUBLJANA)
    session = make_training([{"start": start, "end": start + timedelta(hours=2)}]).sessions.get()

    response = client.get(f"/prijave/termin/{session.pk}.ics")

    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert response.status_code == 200
    assert event.decoded("dtstart") == datetime(2027, 3, 29, 8, 0, tzinfo=ZoneInfo("UTC"))
    assert event.decoded("dtstart").astimezone(LJUBLJANA).hour == 10


def test_training_page_shows_local_time_after_clock_change(client, make_training):
    start = datetime(2027, 3, 29, 10, 0, tzinfo=LJUBLJANA)
    training = make_training([{"start": start, "end": start + timedelta(hours=2)}])

    response = client.get(training.url)

    assert "10:00" in response.text
    assert "08:00" not in response.text


def test_personal_feed_lists_confirmed_sessions_only(client, make_training):
    confirmed_session = make_training([{"capacity": 1}], title="Potrjeno").sessions.get()
    full_session = make_training([{"capacity": 1}], title="Polno").sessions.get()
    member = UserFactory()
    services.enrol(member, confirmed_session)
    services.enrol(UserFactory(), full_session)
    services.enrol(member, full_session)
    client.force_login(member)
    feed_url = client.get("/en/prijave/moja/").context["feed_url"]
    client.logout()

    response = client.get(feed_url)

    summaries = [
        str(event["summary"]) for event in Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert response.status_code == 200
    assert summaries == ["Potrjeno"]


def test_tampered_feed_link_is_not_found(client):
    response = client.get("/prijave/koledar/not-a-valid-token.ics")

    assert response.status_code == 404
