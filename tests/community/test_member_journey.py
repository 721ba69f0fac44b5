"""A member's whole journey through the site, once in each language."""

import json
import re

import pytest
from django.core import mail
from django.core.cache import cache

from community.choices import Visibility
from community.models import MemberProfile
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"

MESSAGES = {
    "sl": {
        "prefix": "",
        "terms": "Sprejmite pogoje uporabe",
        "both_organisations": "Izberite organizacijo s seznama ali predlagajte novo, ne obojega.",
        "wrong_password": "Geslo ni pravilno. Vpišite geslo, s katerim se prijavljate.",
    },
    "en": {
        "prefix": "/en",
        "terms": "Please accept the terms of use to create an account.",
        "both_organisations": (
            "Choose an organisation from the list or propose a new one, not both."
        ),
        "wrong_password": "The password is not correct. Enter the password you sign in with.",
    },
}


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


def _profile_form(**overrides):
    data = {
        "display_name": "Nina Novak",
        "headline": "Oblikovalka storitev",
        "bio": "",
        "organisation": "",
        "proposed_organisation": "",
        "role": "",
        "sector": "public",
        "region": "gorenjska",
        "languages": ["sl", "en"],
        "expertise": "Pametna mesta",
        "interests": "",
        "visibility": Visibility.EVERYONE,
        "phone": "+386 1 234 56 78",
        "phone_visibility": Visibility.NOBODY,
        "website": "",
        "website_visibility": Visibility.MEMBERS,
        "linkedin": "",
        "linkedin_visibility": Visibility.MEMBERS,
        "mastodon": "",
        "mastodon_visibility": Visibility.MEMBERS,
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", ["sl", "en"])
def test_member_journey_in_each_language(client, language, django_capture_on_commit_callbacks):
    texts = MESSAGES[language]
    prefix = texts["prefix"]
    signup = {
        "display_name": "Nina Novak",
        "email": "nina@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "visibility": Visibility.MEMBERS,
    }

    # Sign-up: a missing consent is explained, then the account is created.
    refused = client.post(f"{prefix}/accounts/signup/", signup)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{prefix}/accounts/signup/", {**signup, "accept_terms": "on"})

    assert texts["terms"] in refused.text
    assert len(mail.outbox) == 1

    # Verification: the emailed link confirms the address, then sign-in works.
    client.logout()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    client.post(link.split("testserver")[-1])
    signed_in = client.post(
        f"{prefix}/accounts/login/", {"login": "nina@example.org", "password": PASSWORD}
    )

    assert signed_in.status_code == 302
    assert "confirm-email" not in signed_in["Location"]

    # Profile editing: contradictory input is explained and nothing is saved.
    organisation = OrganisationFactory(name="Občina Primer")
    rejected = client.post(
        f"{prefix}/accounts/profile/",
        _profile_form(organisation=organisation.pk, proposed_organisation="Nova organizacija"),
    )
    profile = MemberProfile.objects.get(user__email="nina@example.org")

    assert rejected.status_code == 400
    assert texts["both_organisations"] in rejected.text
    assert profile.visibility == Visibility.MEMBERS

    # Visibility change: a public profile appears in the API, its hidden phone does not.
    saved = client.post(f"{prefix}/accounts/profile/", _profile_form(organisation=organisation.pk))
    client.logout()
    public = client.get(f"/api/v1/members/{profile.slug}/", HTTP_ACCEPT_LANGUAGE=language)

    assert saved.status_code == 302
    assert public.status_code == 200
    assert public.json()["expertise"][0]["name"] == "Pametna mesta"
    assert public.json()["contact"] == {}

    # Export: the download holds the member's own data.
    client.post(f"{prefix}/accounts/login/", {"login": "nina@example.org", "password": PASSWORD})
    export = client.post(f"{prefix}/clani/moji-podatki/izvoz/")

    assert export.status_code == 200
    assert "+386 1 234 56 78" in json.dumps(json.loads(export.content), ensure_ascii=False)

    # Deletion: a wrong password is explained, the right one removes the profile.
    wrong = client.post(f"{prefix}/clani/moji-podatki/izbris/", {"password": "wrong"})
    with django_capture_on_commit_callbacks(execute=True):
        deleted = client.post(f"{prefix}/clani/moji-podatki/izbris/", {"password": PASSWORD})
    after = client.get(f"/api/v1/members/{profile.slug}/", HTTP_ACCEPT_LANGUAGE=language)

    assert wrong.status_code == 400
    assert texts["wrong_password"] in wrong.text
    assert deleted.status_code == 302
    assert not MemberProfile.objects.filter(pk=profile.pk).exists()
    assert after.status_code == 404
