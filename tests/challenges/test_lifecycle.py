import pytest
from django.core import mail

from challenges import services
from challenges.choices import ChallengeStatus
from challenges.models import ChallengePage, StatusChange
from tests.challenges.factories import make_challenge, representative, translate
from tests.factories import MemberProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

FORWARD = [
    ChallengeStatus.TEAM_FORMING,
    ChallengeStatus.CO_CREATION,
    ChallengeStatus.PROTOTYPING,
    ChallengeStatus.IMPLEMENTATION,
    ChallengeStatus.COMPLETED,
]


def test_challenge_walks_the_whole_lifecycle(index):
    challenge = make_challenge(index)
    staff = UserFactory(is_staff=True)

    for status in FORWARD:
        services.change_status(challenge, status, by=staff, note=f"Naprej: {status}")

    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.COMPLETED
    assert StatusChange.objects.filter(challenge=challenge).count() == len(FORWARD)


@pytest.mark.parametrize("status", list(ChallengeStatus))
def test_withdrawn_and_archived_are_reachable_from_any_status(index, status):
    challenge = make_challenge(index, status=status)
    target = (
        ChallengeStatus.ARCHIVED
        if status == ChallengeStatus.WITHDRAWN
        else ChallengeStatus.WITHDRAWN
    )

    services.change_status(challenge, target, by=UserFactory(is_staff=True))

    challenge.refresh_from_db()
    assert challenge.status == target


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (ChallengeStatus.OPEN, ChallengeStatus.CO_CREATION),
        (ChallengeStatus.OPEN, ChallengeStatus.COMPLETED),
        (ChallengeStatus.PROTOTYPING, ChallengeStatus.TEAM_FORMING),
        (ChallengeStatus.COMPLETED, ChallengeStatus.OPEN),
        (ChallengeStatus.WITHDRAWN, ChallengeStatus.OPEN),
        (ChallengeStatus.OPEN, ChallengeStatus.OPEN),
        (ChallengeStatus.OPEN, "published"),
    ],
)
def test_refused_transition_raises_and_saves_nothing(index, current, target):
    challenge = make_challenge(index, status=current)

    with pytest.raises(services.ChallengeRuleError):
        services.change_status(challenge, target, by=UserFactory(is_staff=True))

    challenge.refresh_from_db()
    assert challenge.status == current
    assert not StatusChange.objects.exists()


def test_status_change_reaches_translations(index, english_home):
    challenge = make_challenge(index)
    english = translate(challenge, slug="challenge-0", title="Challenge 0")

    services.change_status(challenge, ChallengeStatus.TEAM_FORMING, by=UserFactory(is_staff=True))

    assert ChallengePage.objects.get(pk=english.pk).status == ChallengeStatus.TEAM_FORMING


def test_followers_are_emailed_once_in_their_language(
    index, english_home, django_capture_on_commit_callbacks
):
    challenge = make_challenge(index, title="Čakalne vrste")
    translate(challenge, slug="waiting-lists", title="Waiting lists")
    slovenian = UserFactory(language="sl")
    english = UserFactory(language="en")
    services.follow(challenge, slovenian)
    services.follow(challenge, english)
    services.follow(challenge, english)

    with django_capture_on_commit_callbacks(execute=True):
        services.change_status(
            challenge, ChallengeStatus.TEAM_FORMING, by=UserFactory(is_staff=True)
        )

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [slovenian.email, english.email]
    )
    to_english = next(message for message in mail.outbox if message.to == [english.email])
    assert "Waiting lists" in to_english.subject
    assert "team forming" in to_english.body
    assert "/en/" in to_english.body


def test_timeline_shows_status_changes_publicly(client, index):
    challenge = make_challenge(index)
    services.change_status(
        challenge,
        ChallengeStatus.TEAM_FORMING,
        by=UserFactory(is_staff=True),
        note="Ekipa se zbira.",
    )

    response = client.get(challenge.url)

    assert "Ekipa se zbira." in response.text
    assert "status-badge--team_forming" in response.text


def test_representative_changes_status_from_the_site(client, index):
    challenge = make_challenge(index)
    client.force_login(representative(challenge.institution).user)

    response = client.post(
        f"/challenge-hub/{challenge.pk}/status/",
        {"new_status": "team_forming", "note": "Začenjamo."},
    )

    assert response.status_code == 302
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.TEAM_FORMING


def test_forged_status_in_post_is_refused_with_message(client, index):
    challenge = make_challenge(index)
    client.force_login(representative(challenge.institution).user)

    skipped = client.post(f"/challenge-hub/{challenge.pk}/status/", {"new_status": "completed"})
    unknown = client.post(f"/challenge-hub/{challenge.pk}/status/", {"new_status": "live"})

    assert skipped.status_code == 400
    assert "ne more preiti iz stanja" in skipped.text
    assert unknown.status_code == 400
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN
    assert not StatusChange.objects.exists()


def test_member_of_another_institution_cannot_change_status(client, index):
    challenge = make_challenge(index)
    client.force_login(representative().user)

    response = client.post(f"/challenge-hub/{challenge.pk}/status/", {"new_status": "withdrawn"})

    assert response.status_code == 403
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN


def test_anonymous_visitor_is_sent_to_sign_in_for_status_change(client, index):
    challenge = make_challenge(index)

    response = client.post(f"/challenge-hub/{challenge.pk}/status/", {"new_status": "withdrawn"})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_follow_and_unfollow_from_the_page(client, index):
    challenge = make_challenge(index)
    member = MemberProfileFactory().user
    client.force_login(member)

    client.post(f"/challenge-hub/{challenge.pk}/follow/", {"action": "follow"})
    following = client.get(challenge.url)
    client.post(f"/challenge-hub/{challenge.pk}/follow/", {"action": "unfollow"})
    not_following = client.get(challenge.url)

    assert "Ne spremljaj več" in following.text
    assert "Izziv spremlja 1 član." in following.text
    assert "Stop following" not in not_following.text
