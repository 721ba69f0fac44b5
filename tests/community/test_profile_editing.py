import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Page

from community.choices import Visibility
from community.models import Consent, MemberProfile, Organisation
from tests.factories import MemberProfileFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def _form_data(profile, **overrides):
    data = {
        "display_name": profile.display_name,
        "headline": "Oblikovalka storitev",
        "bio": "",
        "organisation": profile.organisation_id or "",
        "proposed_organisation": "",
        "role": "svetovalka",
        "sector": "public",
        "region": "gorenjska",
        "languages": ["sl", "en"],
        "expertise": "",
        "interests": "",
        "visibility": Visibility.MEMBERS,
        "phone": "",
        "phone_visibility": Visibility.MEMBERS,
        "website": "",
        "website_visibility": Visibility.MEMBERS,
        "linkedin": "",
        "linkedin_visibility": Visibility.MEMBERS,
        "mastodon": "",
        "mastodon_visibility": Visibility.MEMBERS,
    }
    data.update(overrides)
    return data


def _png(size=(500, 500)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def member_client(client):
    profile = MemberProfileFactory()
    client.force_login(profile.user)
    client.profile = profile
    return client


def test_profile_edit_requires_sign_in(client):
    response = client.get("/accounts/profile/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_member_saves_profile_with_languages_and_region(member_client):
    profile = member_client.profile

    response = member_client.post("/accounts/profile/", _form_data(profile))

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.region == "gorenjska"
    assert profile.headline == "Oblikovalka storitev"
    assert sorted(profile.languages.values_list("code", flat=True)) == ["en", "sl"]


def test_tags_differing_only_in_case_are_one_tag(member_client):
    profile = member_client.profile
    other = MemberProfileFactory(expertise=["Pametna mesta"])

    response = member_client.post(
        "/accounts/profile/",
        _form_data(profile, expertise="pametna mesta, PAMETNA MESTA", interests="Pametna mesta"),
    )

    assert response.status_code == 302
    assert list(profile.expertise.names()) == ["Pametna mesta"]
    assert list(other.expertise.names()) == ["Pametna mesta"]


def test_search_text_ignores_case_and_diacritics(member_client):
    profile = member_client.profile

    member_client.post(
        "/accounts/profile/",
        _form_data(profile, display_name="Žiga Čeh", expertise="Pametna mesta"),
    )

    profile.refresh_from_db()
    assert "ziga ceh" in profile.search_text
    assert "pametna mesta" in profile.search_text


def test_hiding_profile_records_consent_withdrawal(member_client):
    profile = member_client.profile

    member_client.post("/accounts/profile/", _form_data(profile, visibility=Visibility.NOBODY))

    latest = Consent.objects.filter(user=profile.user, kind=Consent.Kind.DIRECTORY).first()
    assert latest.granted is False


def test_proposed_organisation_waits_for_staff_verification(member_client):
    profile = member_client.profile

    member_client.post(
        "/accounts/profile/",
        _form_data(profile, organisation="", proposed_organisation="  Zavod   za   primer "),
    )

    profile.refresh_from_db()
    assert profile.organisation.name == "Zavod za primer"
    assert profile.organisation.verified is False
    assert profile.organisation.proposed_by == profile.user


def test_unverified_organisation_cannot_be_picked(member_client):
    profile = member_client.profile
    unverified = OrganisationFactory(name="Neznani zavod", verified=False)

    response = member_client.post(
        "/accounts/profile/", _form_data(profile, organisation=unverified.pk)
    )

    assert response.status_code == 400
    profile.refresh_from_db()
    assert profile.organisation != unverified


def test_photo_is_accepted_when_it_is_a_real_image(member_client):
    profile = member_client.profile

    response = member_client.post("/accounts/profile/", {**_form_data(profile), "photo": _png()})

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.photo.name.startswith("members/")


def test_photo_that_is_not_an_image_is_rejected_and_nothing_saved(member_client):
    profile = member_client.profile
    fake = SimpleUploadedFile("photo.png", b"<script>alert(1)</script>", content_type="image/png")

    response = member_client.post(
        "/en/accounts/profile/",
        {**_form_data(profile, headline="Changed"), "photo": fake},
    )

    assert response.status_code == 400
    assert "The file is not a photo we can read" in response.text
    profile.refresh_from_db()
    assert profile.headline != "Changed"
    assert not profile.photo


def test_oversized_photo_is_rejected_with_its_size(member_client, monkeypatch):
    monkeypatch.setattr("community.validators.MAX_PHOTO_BYTES", 100)
    profile = member_client.profile

    response = member_client.post("/en/accounts/profile/", {**_form_data(profile), "photo": _png()})

    assert response.status_code == 400
    assert "the limit is 5 MB" in response.text


def test_tampered_visibility_value_is_rejected(member_client):
    profile = member_client.profile

    response = member_client.post("/accounts/profile/", _form_data(profile, visibility="<script>"))

    assert response.status_code == 400
    profile.refresh_from_db()
    assert profile.visibility == Visibility.MEMBERS


def test_hidden_profile_leaves_search_index(member_client):
    profile = member_client.profile
    member_client.post(
        "/accounts/profile/",
        _form_data(profile, visibility=Visibility.EVERYONE, headline="Iskalnikmarker"),
    )
    assert MemberProfile.objects.search("Iskalnikmarker").count() == 1

    member_client.post(
        "/accounts/profile/",
        _form_data(profile, visibility=Visibility.NOBODY, headline="Iskalnikmarker"),
    )

    assert MemberProfile.objects.search("Iskalnikmarker").count() == 0
    assert Organisation.objects.filter(pk=profile.organisation_id).exists()
    assert Page.objects.exists()


def test_profile_page_links_representative_to_institution_challenges(member_client):
    profile = member_client.profile
    profile.is_representative = True
    profile.save()

    response = member_client.get("/accounts/profile/")

    assert 'href="/challenge-hub/mine/"' in response.text
    assert 'href="/prijave/moja/"' in response.text


def test_help_text_is_linked_to_its_field(member_client):
    response = member_client.get("/accounts/profile/")

    assert 'aria-describedby="id_headline_helptext"' in response.text
    assert 'id="id_headline_helptext"' in response.text
