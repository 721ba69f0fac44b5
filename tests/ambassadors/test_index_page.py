import pytest
from django.contrib.auth import get_user_model

from ambassadors import services
from ambassadors.models import Ambassador
from community.choices import Visibility
from community.models import MemberProfile, Organisation
from tests.factories import OrganisationFactory
from tests.support import count_queries

from .factories import member_of

pytestmark = pytest.mark.django_db


def _appoint(institution, **profile_fields):
    member = member_of(institution, **profile_fields)
    return services.appoint(
        member,
        institution,
        statement_sl="Povezujem sodelavce.",
        statement_en="I connect colleagues.",
        focus_areas=["odprti podatki"],
    )


def test_public_ambassador_shows_name_statement_and_focus(client, ambassador_index):
    institution = OrganisationFactory(name="Upravna enota Kranj", region="gorenjska")
    _appoint(institution, display_name="Vesna Javna", visibility=Visibility.EVERYONE)

    response = client.get(ambassador_index.url)

    assert response.status_code == 200
    assert "Vesna Javna" in response.text
    assert "Povezujem sodelavce." in response.text
    assert "odprti podatki" in response.text
    assert "Gorenjska" in response.text


def test_hidden_profile_shows_only_institution(client, ambassador_index):
    institution = OrganisationFactory(name="Občina Skrita")
    _appoint(institution, display_name="Tina Skrita", visibility=Visibility.NOBODY)

    response = client.get(ambassador_index.url)

    assert "Ambasador ustanove Občina Skrita" in response.text
    assert "Tina Skrita" not in response.text
    assert "Povezujem sodelavce." not in response.text
    assert "odprti podatki" not in response.text


def test_members_only_profile_named_for_signed_in_member(client, ambassador_index):
    institution = OrganisationFactory()
    _appoint(institution, display_name="Maja Clanska", visibility=Visibility.MEMBERS)

    anonymous = client.get(ambassador_index.url)
    client.force_login(member_of(OrganisationFactory()))
    signed_in = client.get(ambassador_index.url)

    assert "Maja Clanska" not in anonymous.text
    assert "Maja Clanska" in signed_in.text
    assert "private" in signed_in["Cache-Control"]


def test_past_ambassadors_are_not_listed(client, ambassador_index):
    institution = OrganisationFactory()
    ambassador = _appoint(institution, display_name="Bivsa Ambasadorka", visibility="everyone")
    services.end_appointment(ambassador)

    response = client.get(ambassador_index.url)

    assert "Bivsa Ambasadorka" not in response.text


def test_page_counts_institutions_covered(client, ambassador_index):
    covered = OrganisationFactory()
    _appoint(covered)
    _appoint(covered)
    _appoint(OrganisationFactory())
    OrganisationFactory()

    response = client.get(ambassador_index.url)

    assert response.context["ambassador_count"] == 3
    assert response.context["institutions_covered"] == 2
    assert response.context["institution_total"] == 3


def test_ambassadors_grouped_by_region_in_official_order(client, ambassador_index):
    _appoint(OrganisationFactory(region="osrednjeslovenska"))
    _appoint(OrganisationFactory(region="pomurska"))

    response = client.get(ambassador_index.url)

    codes = [region.code for region in response.context["regions"]]
    assert codes == ["pomurska", "osrednjeslovenska"]


def _bulk_ambassadors(count):
    """Create ``count`` active ambassadors in bulk, a third of them with hidden profiles."""
    first = Organisation.objects.count()
    institutions = Organisation.objects.bulk_create(
        Organisation(
            name=f"Ustanova {number}",
            slug=f"ustanova-{number}",
            sector="public",
            verified=True,
            region="savinjska",
        )
        for number in range(first, first + count // 4 + 1)
    )
    start = get_user_model().objects.count()
    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"amb{start + number}@example.org", first_name="Ana")
        for number in range(count)
    )
    visibilities = [Visibility.EVERYONE, Visibility.MEMBERS, Visibility.NOBODY]
    MemberProfile.objects.bulk_create(
        MemberProfile(
            user=user,
            display_name=f"Ana {user.pk}",
            slug=f"ana-{user.pk}",
            organisation=institutions[number % len(institutions)],
            visibility=visibilities[number % 3],
        )
        for number, user in enumerate(users)
    )
    Ambassador.objects.bulk_create(
        Ambassador(member=user, institution=institutions[number % len(institutions)])
        for number, user in enumerate(users)
    )


def test_query_count_does_not_grow_with_ambassadors(client, ambassador_index):
    _bulk_ambassadors(20)
    few = count_queries(client, ambassador_index.url)

    _bulk_ambassadors(1980)
    many = count_queries(client, ambassador_index.url)

    assert Ambassador.objects.active().count() == 2000
    assert many == few
    assert many <= 15
