import io
import os
import re

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


def test_tag_of_several_words_stays_one_tag(member_client):
    profile = member_client.profile

    member_client.post("/accounts/profile/", _form_data(profile, expertise="Pametna mesta"))

    assert [tag.name for tag in profile.expertise.all()] == ["Pametna mesta"]


def _jpeg_with_metadata(size=(600, 300), orientation=6):
    """Return a JPEG upload whose EXIF turns it a quarter turn and names a camera maker."""
    image = Image.new("RGB", size, "teal")
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "zqcameramaker"
    exif[0x0131] = "zqsoftware"
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), comment=b"zqcomment")
    return SimpleUploadedFile("Ana Novak, Kranj.jpg", buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def test_photo_is_stored_upright_small_webp(member_client, media_root):
    profile = member_client.profile

    member_client.post(
        "/accounts/profile/", {**_form_data(profile), "photo": _jpeg_with_metadata()}
    )

    profile.refresh_from_db()
    with Image.open(profile.photo.path) as stored:
        assert stored.format == "WEBP"
        assert stored.size == (200, 400)


def test_photo_metadata_is_stripped(member_client, media_root):
    profile = member_client.profile

    member_client.post(
        "/accounts/profile/", {**_form_data(profile), "photo": _jpeg_with_metadata()}
    )

    profile.refresh_from_db()
    content = profile.photo.read()
    with Image.open(profile.photo.path) as stored:
        assert dict(stored.getexif()) == {}
        assert "icc_profile" not in stored.info
    assert b"zqcameramaker" not in content
    assert b"zqsoftware" not in content
    assert b"zqcomment" not in content


def test_photo_gets_random_file_name(member_client, media_root):
    profile = member_client.profile

    member_client.post(
        "/accounts/profile/", {**_form_data(profile), "photo": _jpeg_with_metadata()}
    )

    profile.refresh_from_db()
    assert re.fullmatch(r"members/[0-9a-f]{32}\.webp", profile.photo.name)


def test_small_photo_keeps_its_size(member_client, media_root):
    profile = member_client.profile

    member_client.post("/accounts/profile/", {**_form_data(profile), "photo": _png((120, 90))})

    profile.refresh_from_db()
    with Image.open(profile.photo.path) as stored:
        assert stored.size == (120, 90)


def test_replaced_photo_file_is_deleted(
    member_client, media_root, django_capture_on_commit_callbacks
):
    profile = member_client.profile
    member_client.post("/accounts/profile/", {**_form_data(profile), "photo": _png()})
    profile.refresh_from_db()
    first_path = profile.photo.path

    with django_capture_on_commit_callbacks(execute=True):
        member_client.post("/accounts/profile/", {**_form_data(profile), "photo": _png()})

    profile.refresh_from_db()
    assert not os.path.exists(first_path)
    assert os.path.exists(profile.photo.path)


def test_photo_type_is_checked_by_content_not_name(member_client, media_root):
    profile = member_client.profile
    buffer = io.BytesIO()
    Image.new("RGB", (50, 50), "red").save(buffer, format="GIF")
    gif = SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg")

    english = member_client.post("/en/accounts/profile/", {**_form_data(profile), "photo": gif})
    gif.seek(0)
    slovenian = member_client.post("/accounts/profile/", {**_form_data(profile), "photo": gif})

    assert english.status_code == 400
    assert "Photos must be JPEG, PNG or WebP images." in english.text
    assert "Fotografije morajo biti slike JPEG, PNG ali WebP." in slovenian.text
    profile.refresh_from_db()
    assert not profile.photo


def test_truncated_photo_is_rejected_in_slovenian(member_client, media_root):
    profile = member_client.profile
    whole = _jpeg_with_metadata().read()
    truncated = SimpleUploadedFile("photo.jpg", whole[: len(whole) // 2], content_type="image/jpeg")

    response = member_client.post("/accounts/profile/", {**_form_data(profile), "photo": truncated})

    assert response.status_code == 400
    assert "Datoteke ne moremo prebrati kot fotografije." in response.text
    profile.refresh_from_db()
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
