from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import UserFactory
from trainings import services
from trainings.models import Enrolment

pytestmark = pytest.mark.django_db


def test_index_lists_upcoming_and_past(client, make_training):
    make_training(title="Prihodnje usposabljanje")
    make_training([{"days": -40}], title="Preteklo usposabljanje")

    response = client.get("/usposabljanja/")

    assert response.status_code == 200
    assert "Prihodnje usposabljanje" in response.text
    assert "Preteklo usposabljanje" in response.text


def test_index_filters_by_format(client, make_training):
    make_training(title="Spletno usposabljanje", format="online")
    make_training(title="Usposabljanje v živo", format="in_person")

    response = client.get("/usposabljanja/?format=online")

    assert "Spletno usposabljanje" in response.text
    assert "Usposabljanje v živo" not in response.text


def test_index_filters_by_topic_tag(client, make_training):
    make_training(title="Zdravstvo", topics=["Zdravje"])
    make_training(title="Šolstvo", topics=["Izobraževanje"])

    response = client.get("/usposabljanja/?topic=zdravje")

    assert "Zdravstvo" in response.text
    assert "Šolstvo" not in response.text


def test_topic_filter_offers_new_training_topic(client, make_training):
    make_training(title="Zdravstvo", topics=["Zdravje"])
    assert 'value="mobilnost"' not in client.get("/usposabljanja/").text

    make_training(title="Promet", topics=["Mobilnost"])

    assert 'value="mobilnost"' in client.get("/usposabljanja/").text


def _count_index_queries(client):
    client.get("/usposabljanja/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/usposabljanja/")
    assert response.status_code == 200
    return len(captured), response.text.count('class="card"')


def test_index_queries_do_not_grow_with_trainings(client, make_training):
    for number in range(2):
        make_training([{"days": 5 + number}, {"days": -30 - number}], topics=["Zdravje"])
    small_queries, small_cards = _count_index_queries(client)
    for number in range(10):
        make_training([{"days": 40 + number}], topics=["Zdravje"], methods=["Odprti prostor"])

    large_queries, large_cards = _count_index_queries(client)

    assert (small_cards, large_cards) == (2, 12)
    assert large_queries == small_queries


def test_anonymous_enrolment_redirects_to_login(client, session):
    response = client.post(f"/prijave/termin/{session.pk}/prijava/")

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert not Enrolment.objects.exists()


def test_member_enrols_and_sees_confirmation(client, session):
    member = UserFactory()
    client.force_login(member)

    response = client.post(f"/prijave/termin/{session.pk}/prijava/", follow=True)

    assert response.status_code == 200
    assert "Vaša prijava je potrjena" in response.text or "confirmed" in response.text
    assert Enrolment.objects.get(member=member).status == Enrolment.Status.CONFIRMED


def test_enrolling_twice_gives_conflict(client, session):
    member = UserFactory()
    services.enrol(member, session)
    client.force_login(member)

    response = client.post(f"/en/prijave/termin/{session.pk}/prijava/")

    assert response.status_code == 409
    assert "already enrolled" in response.text


def test_enrolling_in_past_session_gives_conflict(client, make_training):
    session = make_training([{"days": -2}]).sessions.get()
    client.force_login(UserFactory())

    response = client.post(f"/en/prijave/termin/{session.pk}/prijava/")

    assert response.status_code == 409
    assert "already started" in response.text


def test_enrol_requires_post(client, session):
    client.force_login(UserFactory())

    response = client.get(f"/prijave/termin/{session.pk}/prijava/")

    assert response.status_code == 405


def test_cancelling_someone_elses_enrolment_is_not_found(client, session):
    enrolment = services.enrol(UserFactory(), session)
    client.force_login(UserFactory())

    response = client.post(f"/en/prijave/prijava/{enrolment.pk}/odjava/")

    enrolment.refresh_from_db()
    assert response.status_code == 404
    assert "not found" in response.text
    assert enrolment.status == Enrolment.Status.CONFIRMED


def test_email_link_shows_confirmation_then_cancels(client, session):
    enrolment = services.enrol(UserFactory(), session)
    url = f"/en/prijave/odjava/{enrolment.token}/"

    page = client.get(url)
    response = client.post(url)

    enrolment.refresh_from_db()
    assert page.status_code == 200
    assert "Yes, cancel my enrolment" in page.text
    assert response.status_code == 200
    assert enrolment.status == Enrolment.Status.CANCELLED


def test_tampered_email_link_gives_clear_message(client, session):
    enrolment = services.enrol(UserFactory(), session)

    response = client.post(f"/en/prijave/odjava/{enrolment.token[:-2]}xx/")

    enrolment.refresh_from_db()
    assert response.status_code == 404
    assert "cancellation link is not valid" in response.text
    assert enrolment.status == Enrolment.Status.CONFIRMED


def test_online_link_shown_only_to_confirmed(client, make_training):
    training = make_training([{"online_link": "https://meet.example.org/soba"}], format="online")
    session = training.sessions.get()
    confirmed = UserFactory()
    services.enrol(confirmed, session)

    client.force_login(UserFactory())
    stranger_view = client.get(training.url)
    client.force_login(confirmed)
    member_view = client.get(training.url)

    assert "meet.example.org" not in stranger_view.text
    assert "meet.example.org" in member_view.text


def test_my_trainings_shows_waitlist_place(client, session):
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    member = UserFactory()
    services.enrol(member, session)
    client.force_login(member)

    response = client.get("/en/prijave/moja/")

    assert response.status_code == 200
    assert "You are on the waitlist, in place 1." in response.text


def test_lock_timeout_gives_try_again(client, session, monkeypatch):
    def busy(member, target):
        raise services.TryAgainLater("Many people are enrolling. Please try again.")

    monkeypatch.setattr(services, "enrol", busy)
    client.force_login(UserFactory())

    response = client.post(f"/en/prijave/termin/{session.pk}/prijava/")

    assert response.status_code == 503
    assert "try again" in response.text
    assert mail.outbox == []


def test_member_cancels_from_the_site(client, session):
    member = UserFactory()
    enrolment = services.enrol(member, session)
    client.force_login(member)

    response = client.post(f"/en/prijave/prijava/{enrolment.pk}/odjava/", {"next_page": "my"})

    enrolment.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == "/en/prijave/moja/"
    assert enrolment.status == Enrolment.Status.CANCELLED


def test_my_trainings_shows_past_attendance(client, make_training):
    session = make_training([{"days": 5}]).sessions.get()
    member = UserFactory()
    enrolment = services.enrol(member, session)
    session.start -= timedelta(days=30)
    session.end = session.start + timedelta(hours=2)
    session.save()
    Enrolment.objects.filter(pk=enrolment.pk).update(attendance=Enrolment.Attendance.ATTENDED)
    client.force_login(member)

    response = client.get("/en/prijave/moja/")

    past_section = response.text.split('id="past-heading"')[1]
    assert "attended" in past_section


def test_email_link_cancel_when_full_promotes_next(
    client, session, django_capture_on_commit_callbacks
):
    leaving = services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    waiting = services.enrol(UserFactory(language="en"), session)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/prijave/odjava/{leaving.token}/")

    waiting.refresh_from_db()
    assert response.status_code == 200
    assert waiting.status == Enrolment.Status.CONFIRMED
    assert any(message.to == [waiting.member.email] for message in mail.outbox)


def test_email_link_after_start_gives_clear_message(client, session):
    enrolment = services.enrol(UserFactory(), session)
    session.start = timezone.now() - timedelta(minutes=5)
    session.save()

    response = client.post(f"/en/prijave/odjava/{enrolment.token}/")

    enrolment.refresh_from_db()
    assert response.status_code == 409
    assert "already started" in response.text
    assert enrolment.status == Enrolment.Status.CONFIRMED


def test_enrolling_in_unknown_session_is_not_found(client):
    client.force_login(UserFactory())

    response = client.post("/en/prijave/termin/999999/prijava/")

    assert response.status_code == 404
