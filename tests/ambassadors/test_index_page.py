import re

import pytest
from django.contrib.auth import get_user_model

from ambassadors import services
from ambassadors.listing import PER_PAGE
from ambassadors.models import Ambassador
from community.choices import Visibility
from community.models import MemberProfile, Organisation
from tests.factories import OrganisationFactory
from tests.support import count_queries, publish_translation

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


def test_card_links_profile_in_each_language(
    client, ambassador_index, english_directory, english_home
):
    publish_translation(ambassador_index, "en", slug="ambassadors", title="Ambassadors")
    institution = OrganisationFactory()
    member = member_of(institution, display_name="Vesna Javna", visibility=Visibility.EVERYONE)
    services.appoint(member, institution)
    slug = member.profile.slug

    slovenian = client.get(ambassador_index.url)
    english = client.get("/en/ambassadors/")

    assert f'href="/imenik/{slug}/">Vesna Javna</a>' in slovenian.text
    assert f'href="/en/directory/{slug}/">Vesna Javna</a>' in english.text


def test_card_link_follows_renamed_directory(client, ambassador_index, directory):
    member = member_of(OrganisationFactory(), visibility=Visibility.EVERYONE)
    services.appoint(member, member.profile.organisation)
    client.get(ambassador_index.url)

    directory.slug = "clani"
    directory.save_revision().publish()
    response = client.get(ambassador_index.url)

    assert f'href="/clani/{member.profile.slug}/"' in response.text


def test_focus_areas_listed_alphabetically(client, ambassador_index):
    institution = OrganisationFactory()
    services.appoint(
        member_of(institution, visibility=Visibility.EVERYONE),
        institution,
        focus_areas=["zdravje", "digitalne storitve", "mladi"],
    )

    response = client.get(ambassador_index.url)

    tag_names = re.findall(r'<span class="tag tag--plain">([^<]+)</span>', response.text)
    assert tag_names == ["digitalne storitve", "mladi", "zdravje"]


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


def test_region_links_filter_the_cards(client, ambassador_index):
    _appoint(OrganisationFactory(name="Občina Bled", region="gorenjska"))
    _appoint(OrganisationFactory(name="Občina Piran", region="obalno-kraska"))
    _appoint(OrganisationFactory(name="Zavod Brez Regije", region=""))

    everything = client.get(ambassador_index.url)
    upper_carniola = client.get(ambassador_index.url, {"region": "gorenjska"})
    no_region = client.get(ambassador_index.url, {"region": "none"})

    assert 'href="/ambasadorji/?region=gorenjska"' in everything.text
    assert "Gorenjska (1)" in everything.text
    assert "Občina Bled" in upper_carniola.text
    assert "Občina Piran" not in upper_carniola.text
    assert "Vse regije (3)" in upper_carniola.text
    assert "Zavod Brez Regije" in no_region.text
    assert "Občina Bled" not in no_region.text


def test_unknown_region_shows_every_region(client, ambassador_index):
    _appoint(OrganisationFactory(name="Občina Bled", region="gorenjska"))

    response = client.get(ambassador_index.url, {"region": "<script>", "page": "x"})

    assert response.status_code == 200
    assert "Občina Bled" in response.text


def test_region_without_ambassadors_says_so(client, ambassador_index):
    _appoint(OrganisationFactory(region="gorenjska"))

    response = client.get(ambassador_index.url, {"region": "koroska"})

    assert response.status_code == 200
    assert "V tej regiji še ni ambasadorjev." in response.text


def test_long_list_continues_on_next_page(client, ambassador_index, directory):
    _bulk_ambassadors(PER_PAGE + 5)

    first = client.get(ambassador_index.url)
    second = client.get(ambassador_index.url, {"page": 2})

    first_names = set(re.findall(r">(Ana \d+)</a>", first.text))
    second_names = set(re.findall(r">(Ana \d+)</a>", second.text))
    assert first_names and second_names
    assert not first_names & second_names
    assert f'Savinjska <span class="ambassador-region__count">({PER_PAGE + 5})' in second.text
    assert 'rel="prev" href="?page=1"' in second.text
    assert second.context["ambassador_count"] == PER_PAGE + 5


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


def test_stored_page_shows_new_appointment(
    client, ambassador_index, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    institution = OrganisationFactory()
    member = member_of(institution, display_name="Nova Ambasadorka", visibility="everyone")
    client.get(ambassador_index.url)
    assert client.get(ambassador_index.url)["X-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        services.appoint(member, institution)
    response = client.get(ambassador_index.url)

    assert "Nova Ambasadorka" in response.text


def test_stored_page_shows_edited_statement(
    client, ambassador_index, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    ambassador = _appoint(OrganisationFactory(), visibility=Visibility.EVERYONE)
    client.get(ambassador_index.url)
    assert client.get(ambassador_index.url)["X-Cache"] == "hit"

    ambassador.statement_sl = "Nova izjava ambasadorke."
    with django_capture_on_commit_callbacks(execute=True):
        ambassador.save()
    response = client.get(ambassador_index.url)

    assert "Nova izjava ambasadorke." in response.text


def test_directory_counts_new_ambassador(client):
    institution = OrganisationFactory()
    member = member_of(institution, visibility=Visibility.EVERYONE)
    before = client.get("/api/v1/members/", {"ambassador": "1"}).json()["count"]

    services.appoint(member, institution)
    after = client.get("/api/v1/members/", {"ambassador": "1"}).json()["count"]

    assert before == 0
    assert after == 1
