import pytest

from community.choices import Visibility
from community.models import MemberProfile
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_staff_see_hidden_members_in_admin(staff_client):
    MemberProfileFactory(display_name="Skrita Članica", visibility=Visibility.NOBODY)

    response = staff_client.get("/admin/community/members/")

    assert response.status_code == 200
    assert "Skrita Članica" in response.text


def test_staff_export_members_as_csv_with_email(staff_client):
    profile = MemberProfileFactory(visibility=Visibility.NOBODY)

    response = staff_client.get("/admin/community/members/?export=csv")

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert profile.user.email in content
    assert profile.display_name in content


def test_member_cannot_open_admin_export(client):
    client.force_login(MemberProfileFactory().user)

    response = client.get("/admin/community/members/?export=csv")

    assert response.status_code == 302
    assert "/admin/community/members/" not in response.get("Content-Disposition", "")


def test_staff_verify_proposed_organisation(staff_client):
    organisation = OrganisationFactory(name="Zavod za primer", verified=False)

    response = staff_client.post(
        f"/admin/community/organisations/edit/{organisation.pk}/",
        {
            "name": organisation.name,
            "sector": "public",
            "region": "",
            "website": "",
            "verified": "on",
        },
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.verified


def test_staff_grant_representative_right(staff_client):
    profile = MemberProfileFactory()

    response = staff_client.post(
        f"/admin/community/members/edit/{profile.pk}/",
        {
            "display_name": profile.display_name,
            "headline": profile.headline,
            "bio": "",
            "organisation": profile.organisation_id,
            "role": profile.role,
            "sector": "public",
            "region": profile.region,
            "is_representative": "on",
            "visibility": profile.visibility,
        },
    )

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.is_representative
    assert profile.may_represent


def test_staff_suspend_member_from_users_admin(staff_client):
    profile = MemberProfileFactory(visibility=Visibility.EVERYONE, headline="Suspendiranmarker")
    user = profile.user
    edit_page = staff_client.get(f"/admin/users/edit/{user.pk}/")
    assert edit_page.status_code == 200

    response = staff_client.post(
        f"/admin/users/edit/{user.pk}/",
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "language": user.language,
            "password1": "",
            "password2": "",
        },
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_active is False
    assert MemberProfile.objects.visible_to(None).filter(pk=profile.pk).count() == 0
    assert MemberProfile.objects.search("Suspendiranmarker").count() == 0
