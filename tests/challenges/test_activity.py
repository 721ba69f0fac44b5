import datetime
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from challenges import services, tasks
from challenges.choices import CommitmentStatus, UpdateDelivery
from challenges.models import ChallengeTeamMember, ChallengeUpdate, Commitment, CommitmentChange
from challenges.reminders import send_commitment_reminders
from tests.challenges.factories import make_challenge, representative
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(index):
    return make_challenge(index)


def _post_update(client, challenge, **fields):
    data = {"kind": "milestone", "text": "Prvi prototip je pripravljen.", **fields}
    return client.post(f"/challenge-hub/{challenge.pk}/updates/", data)


def test_representative_posts_public_update(client, challenge):
    client.force_login(representative(challenge.institution).user)

    response = _post_update(client, challenge)
    page = client.get(challenge.url)

    assert response.status_code == 302
    assert ChallengeUpdate.objects.get().kind == "milestone"
    assert "Prvi prototip je pripravljen." in page.text


def test_team_member_and_staff_post_updates(client, challenge):
    facilitator = UserFactory()
    ChallengeTeamMember.objects.create(challenge=challenge, user=facilitator, role="lead")

    client.force_login(facilitator)
    by_team = _post_update(client, challenge)
    client.force_login(UserFactory(is_staff=True))
    by_staff = _post_update(client, challenge, kind="decision")

    assert by_team.status_code == 302
    assert by_staff.status_code == 302
    assert ChallengeUpdate.objects.count() == 2


def test_update_text_with_script_is_escaped(client, challenge):
    client.force_login(representative(challenge.institution).user)

    _post_update(client, challenge, text="<script>alert(1)</script>")
    page = client.get(challenge.url)

    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_invalid_update_kind_is_rejected(client, challenge):
    client.force_login(representative(challenge.institution).user)

    response = _post_update(client, challenge, kind="announcement")

    assert response.status_code == 400
    assert not ChallengeUpdate.objects.exists()


def test_follower_gets_update_immediately(client, challenge, django_capture_on_commit_callbacks):
    follower = UserFactory()
    services.follow(challenge, follower)
    client.force_login(representative(challenge.institution).user)

    with django_capture_on_commit_callbacks(execute=True):
        _post_update(client, challenge)

    assert [message.to for message in mail.outbox] == [[follower.email]]
    assert "Prvi prototip je pripravljen." in mail.outbox[0].body


def test_digest_follower_gets_each_update_once(challenge, django_capture_on_commit_callbacks):
    follower = UserFactory()
    services.follow(challenge, follower)
    services.set_update_delivery(follower, UpdateDelivery.DAILY)
    author = representative(challenge.institution).user

    with django_capture_on_commit_callbacks(execute=True):
        services.post_update(challenge, author=author, kind="question", text="Kdo še manjka?")
        services.post_update(challenge, author=author, kind="decision", text="Gremo v pilot.")
    immediate = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        first_run = tasks.send_update_digests()
        second_run = tasks.send_update_digests()

    assert immediate == 0
    assert first_run == 2
    assert second_run == 0
    assert len(mail.outbox) == 1
    assert "Kdo še manjka?" in mail.outbox[0].body
    assert "Gremo v pilot." in mail.outbox[0].body


def _commitment(challenge, *, due_in_days, status=CommitmentStatus.PLANNED):
    return Commitment.objects.create(
        challenge=challenge,
        what="Objaviti podatke o čakalnih dobah",
        responsible_organisation=challenge.institution,
        responsible_person="Janez Odgovorni",
        due_date=timezone.localdate() + timedelta(days=due_in_days),
        status=status,
    )


def test_commitment_added_from_site_with_history(client, challenge):
    client.force_login(representative(challenge.institution).user)

    response = client.post(
        f"/challenge-hub/{challenge.pk}/commitments/",
        {
            "what": "Pripraviti nov obrazec",
            "responsible_organisation": challenge.institution.pk,
            "responsible_person": "Ana Odgovorna",
            "due_date": "2031-06-01",
        },
    )
    commitment = Commitment.objects.get()
    client.post(f"/challenge-hub/commitments/{commitment.pk}/status/", {"status": "in_progress"})

    assert response.status_code == 302
    assert commitment.due_date == datetime.date(2031, 6, 1)
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.IN_PROGRESS
    assert list(
        CommitmentChange.objects.filter(commitment=commitment)
        .order_by("pk")
        .values_list("to_status", flat=True)
    ) == ["planned", "in_progress"]


def test_commitments_page_lists_late_first(client, challenge):
    _commitment(challenge, due_in_days=10)
    late = _commitment(challenge, due_in_days=-2)
    late.what = "Zamujena zaveza"
    late.save()

    response = client.get("/challenge-hub/commitments/")

    assert response.status_code == 200
    assert response.text.index("Zamujena zaveza") < response.text.index(
        "Objaviti podatke o čakalnih dobah"
    )
    assert "commitment--late" in response.text


def test_reminders_are_sent_once_per_event(challenge, django_capture_on_commit_callbacks):
    owner = representative(challenge.institution).user
    _commitment(challenge, due_in_days=2)
    _commitment(challenge, due_in_days=-1)
    _commitment(challenge, due_in_days=-5, status=CommitmentStatus.DONE)
    _commitment(challenge, due_in_days=20)

    with django_capture_on_commit_callbacks(execute=True):
        first_run = send_commitment_reminders()
        second_run = send_commitment_reminders()

    assert first_run == 2
    assert second_run == 0
    assert all(message.to == [owner.email] for message in mail.outbox)
    assert len(mail.outbox) == 2


def _morning_of(day, hour=7):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def test_overdue_reminder_follows_due_soon_reminder(challenge, django_capture_on_commit_callbacks):
    representative(challenge.institution)
    commitment = _commitment(challenge, due_in_days=1)

    with django_capture_on_commit_callbacks(execute=True):
        send_commitment_reminders()
        send_commitment_reminders(now=_morning_of(commitment.due_date + timedelta(days=1)))

    assert len(mail.outbox) == 2
    assert "zamuja" in mail.outbox[1].subject


def test_late_commitment_reminds_once_each_day(challenge, django_capture_on_commit_callbacks):
    owner = representative(challenge.institution).user
    commitment = _commitment(challenge, due_in_days=-1)
    first_day = timezone.localdate()

    with django_capture_on_commit_callbacks(execute=True):
        morning = send_commitment_reminders(now=_morning_of(first_day))
        evening = send_commitment_reminders(now=_morning_of(first_day, hour=22))
        next_day = send_commitment_reminders(now=_morning_of(first_day + timedelta(days=1)))
        next_day_again = send_commitment_reminders(now=_morning_of(first_day + timedelta(days=1)))

    assert [morning, evening, next_day, next_day_again] == [1, 0, 1, 0]
    assert [message.to for message in mail.outbox] == [[owner.email], [owner.email]]
    assert all(commitment.what in message.body for message in mail.outbox)


def test_daily_task_run_twice_sends_one_reminder(challenge, django_capture_on_commit_callbacks):
    representative(challenge.institution)
    _commitment(challenge, due_in_days=-3)

    with django_capture_on_commit_callbacks(execute=True):
        tasks.remind_commitment_owners()
        tasks.remind_commitment_owners()

    assert len(mail.outbox) == 1


def test_done_commitment_stops_daily_reminders(challenge, django_capture_on_commit_callbacks):
    representative(challenge.institution)
    commitment = _commitment(challenge, due_in_days=-1)
    today = timezone.localdate()

    with django_capture_on_commit_callbacks(execute=True):
        send_commitment_reminders(now=_morning_of(today))
        services.change_commitment_status(commitment, CommitmentStatus.DONE, by=None)
        send_commitment_reminders(now=_morning_of(today + timedelta(days=1)))

    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "url_template",
    [
        "/challenge-hub/{pk}/updates/",
        "/challenge-hub/{pk}/commitments/",
        "/challenge-hub/{pk}/status/",
    ],
)
def test_other_institution_and_anonymous_cannot_act(client, challenge, url_template):
    url = url_template.format(pk=challenge.pk)
    data = {"kind": "question", "text": "Vsiljeno", "new_status": "withdrawn"}

    anonymous = client.post(url, data)
    client.force_login(representative(OrganisationFactory()).user)
    other_institution = client.post(url, data)
    client.force_login(MemberProfileFactory().user)
    plain_member = client.post(url, data)

    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    assert other_institution.status_code == 403
    assert plain_member.status_code == 403
    assert "Vsiljeno" not in other_institution.text
    assert not ChallengeUpdate.objects.exists()
    assert not Commitment.objects.exists()


def test_other_institution_cannot_change_commitment(client, challenge):
    commitment = _commitment(challenge, due_in_days=5)
    client.force_login(representative(OrganisationFactory()).user)

    response = client.post(
        f"/challenge-hub/commitments/{commitment.pk}/status/", {"status": "dropped"}
    )

    assert response.status_code == 403
    commitment.refresh_from_db()
    assert commitment.status == CommitmentStatus.PLANNED


def test_actions_on_missing_challenge_return_404(client, index):
    client.force_login(UserFactory(is_staff=True))

    response = client.post("/challenge-hub/999999/updates/", {"kind": "question", "text": "x"})

    assert response.status_code == 404


def test_delivery_preference_is_saved(client, challenge):
    member = MemberProfileFactory().user
    services.follow(challenge, member)
    client.force_login(member)

    page = client.get("/challenge-hub/following/")
    client.post("/challenge-hub/following/", {"update_delivery": "daily"})

    assert challenge.title in page.text
    assert member.challenge_preference.update_delivery == "daily"
