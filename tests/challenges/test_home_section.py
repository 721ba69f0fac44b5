import pytest
from wagtail.models import PageViewRestriction

from challenges.choices import ChallengeStatus
from challenges.models import ChallengeUpdate
from tests.challenges.factories import make_challenge
from tests.support import count_queries

pytestmark = pytest.mark.django_db


def test_home_shows_open_challenges_and_latest_updates(client, index):
    challenge = make_challenge(index, number=1, title="Odprt izziv na domači strani")
    make_challenge(index, number=2, title="Zaključen izziv", status=ChallengeStatus.COMPLETED)
    ChallengeUpdate.objects.create(challenge=challenge, kind="milestone", text="Prvi mejnik.")

    response = client.get("/")

    assert "Odprt izziv na domači strani" in response.text
    assert "Zaključen izziv" not in response.text
    assert "Prvi mejnik." in response.text


def test_home_query_count_with_challenges_stays_fixed(client, index):
    for number in range(3):
        page = make_challenge(index, number=number)
        ChallengeUpdate.objects.create(challenge=page, kind="question", text="Vprašanje")
    few = count_queries(client, "/")

    for number in range(3, 20):
        page = make_challenge(index, number=number)
        ChallengeUpdate.objects.create(challenge=page, kind="question", text="Vprašanje")
    many = count_queries(client, "/")

    assert few == many
    assert many <= 15


def test_home_shows_update_posted_after_visit(client, index):
    challenge = make_challenge(index, number=1)
    client.get("/")

    ChallengeUpdate.objects.create(challenge=challenge, kind="milestone", text="Nov mejnik.")
    response = client.get("/")

    assert "Nov mejnik." in response.text


def test_home_drops_update_made_private(client, index):
    challenge = make_challenge(index, number=1)
    update = ChallengeUpdate.objects.create(challenge=challenge, kind="milestone", text="Mejnik.")
    client.get("/")

    update.is_public = False
    update.save()
    response = client.get("/")

    assert "Mejnik." not in response.text


def test_home_drops_updates_of_unpublished_challenge(client, index):
    challenge = make_challenge(index, number=1)
    ChallengeUpdate.objects.create(challenge=challenge, kind="milestone", text="Mejnik.")
    client.get("/")

    challenge.unpublish()
    response = client.get("/")

    assert "Mejnik." not in response.text


def test_home_drops_updates_of_restricted_challenge(client, index):
    challenge = make_challenge(index, number=1)
    ChallengeUpdate.objects.create(challenge=challenge, kind="milestone", text="Mejnik.")
    client.get("/")

    PageViewRestriction.objects.create(
        page=challenge, restriction_type=PageViewRestriction.PASSWORD, password="skrivnost"
    )
    response = client.get("/")

    assert "Mejnik." not in response.text


def test_home_update_shows_renamed_title(client, index):
    challenge = make_challenge(index, number=1, title="Staro ime izziva")
    ChallengeUpdate.objects.create(challenge=challenge, kind="milestone", text="Mejnik.")
    client.get("/")

    challenge.title = "Novo ime izziva"
    challenge.save_revision().publish()
    response = client.get("/")

    assert "<strong>Novo ime izziva</strong>" in response.text
