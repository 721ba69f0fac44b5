"""Sign-in starts a new session and sign-out ends it."""

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.sessions.models import Session

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def member(db):
    user = UserFactory(email="seja@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _session_key(client):
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_sign_in_issues_new_session_id(client, member):
    client.get("/accounts/login/")
    session = client.session
    session["visited"] = True
    session.save()
    before = session.session_key
    client.cookies[settings.SESSION_COOKIE_NAME] = before

    response = client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})

    assert response.status_code == 302
    assert _session_key(client) != before
    assert not Session.objects.filter(session_key=before).exists()


def test_sign_out_ends_session_on_server(client, member):
    client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})
    signed_in_key = _session_key(client)

    client.post("/accounts/logout/")

    assert not Session.objects.filter(session_key=signed_in_key).exists()


def test_old_session_cookie_is_useless_after_sign_out(client, django_user_model, member):
    client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})
    signed_in_key = _session_key(client)
    client.post("/accounts/logout/")

    client.cookies[settings.SESSION_COOKIE_NAME] = signed_in_key
    response = client.get("/accounts/profile/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_sign_out_by_get_is_not_possible(client, member):
    client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})

    client.get("/accounts/logout/")

    assert client.get("/accounts/profile/").status_code == 200


def test_staff_without_second_factor_cannot_reach_django_admin(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = True
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)

    response = client.get("/django-admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/totp/activate/")


def test_django_admin_login_goes_through_account_sign_in(client):
    response = client.get("/django-admin/login/?next=/django-admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/django-admin/"
