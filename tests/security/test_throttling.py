"""Every form that sends email or writes rows is throttled with a translated 429 page."""

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

from challenges.models import ChallengePage
from tests.challenges.factories import make_index, representative
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
SLOVENIAN_MESSAGE = "Preveč poskusov"
ENGLISH_MESSAGE = "Too many attempts"


@pytest.fixture(autouse=True)
def clear_counters():
    cache.clear()
    yield
    cache.clear()


def _verified_member(**fields):
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_failed_sign_ins_end_in_429(client):
    member = _verified_member()

    statuses = [
        client.post("/accounts/login/", {"login": member.email, "password": "wrong"}).status_code
        for _attempt in range(6)
    ]

    assert statuses[0] == 200
    assert statuses[-1] == 429


def test_sign_up_flood_gets_translated_429(client, settings, home):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/h/ip"}

    for number in range(2):
        client.post("/accounts/signup/", {"email": f"nov{number}@example.org"})
    response = client.post("/accounts/signup/", {"email": "nov9@example.org"})

    assert response.status_code == 429
    assert SLOVENIAN_MESSAGE in response.text


def test_password_reset_flood_gets_translated_429(client, home):
    member = _verified_member()

    responses = [
        client.post("/en/accounts/password/reset/", {"email": member.email})
        for _attempt in range(6)
    ]

    assert responses[0].status_code == 302
    assert responses[-1].status_code == 429
    assert ENGLISH_MESSAGE in responses[-1].text


def test_challenge_submission_flood_gets_translated_429(client, home, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "challenge_submission": "2/h"}
    make_index(home)
    client.force_login(representative().user)

    for _attempt in range(2):
        client.post("/challenge-hub/submit/", {"title": ""})
    response = client.post("/challenge-hub/submit/", {"title": ""})

    assert response.status_code == 429
    assert SLOVENIAN_MESSAGE in response.text


def test_throttled_submission_saves_nothing(client, home, settings):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "challenge_submission": "0/h"}
    make_index(home)
    client.force_login(representative().user)

    response = client.post("/challenge-hub/submit/", {"title": "Izziv", "action": "save"})

    assert response.status_code == 429
    assert not ChallengePage.objects.exists()


def test_enrolment_flood_gets_translated_429(client, settings, session):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "enrolment": "2/h"}
    client.force_login(UserFactory())

    for _attempt in range(2):
        client.post(f"/prijave/termin/{session.pk}/prijava/")
    response = client.post(f"/prijave/termin/{session.pk}/prijava/")

    assert response.status_code == 429
    assert SLOVENIAN_MESSAGE in response.text
