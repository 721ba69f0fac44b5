import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache

from community.choices import Visibility
from community.models import Consent, MemberProfile
from hub.email.models import OutboundEmail
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


def _sign_up(client, django_capture_on_commit_callbacks, *, prefix="", **overrides):
    data = {
        "display_name": "Nina Novak",
        "email": "nina@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "visibility": Visibility.MEMBERS,
        "accept_terms": "on",
        **overrides,
    }
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(f"{prefix}/accounts/signup/", data)


def test_signup_creates_profile_and_records_consents(client, django_capture_on_commit_callbacks):
    response = _sign_up(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    profile = MemberProfile.objects.get(user__email="nina@example.org")
    assert profile.display_name == "Nina Novak"
    assert profile.visibility == Visibility.MEMBERS
    kinds = set(Consent.objects.filter(user=profile.user).values_list("kind", "granted"))
    assert (Consent.Kind.TERMS, True) in kinds
    assert (Consent.Kind.DIRECTORY, True) in kinds


def test_signup_sends_one_verification_email_in_signup_language(
    client, django_capture_on_commit_callbacks
):
    _sign_up(client, django_capture_on_commit_callbacks, prefix="/en")

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nina@example.org"]
    assert "Confirm" in mail.outbox[0].subject
    assert OutboundEmail.objects.get().language == "en"


def test_signup_without_accepting_terms_saves_nothing(client, django_capture_on_commit_callbacks):
    response = _sign_up(client, django_capture_on_commit_callbacks, accept_terms="")

    assert response.status_code == 200
    assert "Sprejmite pogoje uporabe" in response.text
    assert not MemberProfile.objects.exists()
    assert mail.outbox == []


def test_unverified_member_cannot_sign_in_until_confirmed(
    client, django_capture_on_commit_callbacks
):
    _sign_up(client, django_capture_on_commit_callbacks)
    client.logout()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)

    before = client.post("/accounts/login/", {"login": "nina@example.org", "password": PASSWORD})
    client.post(link.split("testserver")[-1])
    after = client.post("/accounts/login/", {"login": "nina@example.org", "password": PASSWORD})

    assert "/accounts/confirm-email/" in before["Location"]
    assert EmailAddress.objects.get(email="nina@example.org").verified
    assert after.status_code == 302
    assert "confirm-email" not in after["Location"]


def _verified_member(**fields):
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_repeated_failed_sign_ins_are_throttled(client):
    member = _verified_member()

    responses = [
        client.post("/en/accounts/login/", {"login": member.email, "password": "wrong"})
        for _attempt in range(6)
    ]

    assert "Too many failed login attempts" not in responses[0].text
    assert "Too many failed login attempts" in responses[-1].text
    assert not client.post(
        "/en/accounts/login/", {"login": member.email, "password": PASSWORD}
    ).wsgi_request.user.is_authenticated


def test_password_reset_email_goes_out_once(client, django_capture_on_commit_callbacks):
    member = _verified_member(language="en")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password/reset/", {"email": member.email})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "Password Reset" in mail.outbox[0].subject


def test_password_reset_for_unknown_address_reveals_nothing(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response.status_code == 302
    assert all("/password/reset/key/" not in message.body for message in mail.outbox)


def test_admin_login_form_redirects_to_account_sign_in(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_staff_without_second_factor_must_set_one_up(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = True
    staff = _verified_member(is_staff=True, is_superuser=True)
    client.force_login(staff)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/totp/activate/")


def test_members_are_not_asked_for_second_factor_on_site_pages(client, settings, home):
    settings.STAFF_REQUIRE_SECOND_FACTOR = True
    client.force_login(_verified_member())

    assert client.get("/").status_code == 200
