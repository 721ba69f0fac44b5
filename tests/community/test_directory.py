import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.choices import Region, Sector, Visibility
from community.directory import invalidate_directory_counts
from community.models import MemberProfile
from community.services import refresh_search_text
from hub.models import StandardPage
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory
from tests.support import count_queries

pytestmark = pytest.mark.django_db


def member(visibility=Visibility.EVERYONE, interests=(), **fields):
    profile = MemberProfileFactory(visibility=visibility, **fields)
    if interests:
        profile.interests.add(*interests)
    refresh_search_text(profile)
    return profile


@pytest.fixture
def viewer(client):
    """A signed-in member whose own profile is hidden, so it never shows in listings."""
    profile = member(Visibility.NOBODY, display_name="Bralka Imenika")
    client.force_login(profile.user)
    return profile.user


def _listed_names(response):
    return re.findall(
        r'class="card__title member-card__name"><a href="[^"]*">([^<]*)</a>', response.text
    )


def test_anonymous_visitor_sees_only_public_profiles(client, directory):
    member(Visibility.EVERYONE, display_name="Ana Javna")
    member(Visibility.MEMBERS, display_name="Bojan Članski")

    response = client.get("/imenik/")

    assert response.status_code == 200
    assert _listed_names(response) == ["Ana Javna"]
    assert "Bojan Članski" not in response.text


def test_signed_in_member_also_sees_members_only_profiles(client, directory, viewer):
    member(Visibility.EVERYONE, display_name="Ana Javna")
    member(Visibility.MEMBERS, display_name="Bojan Članski")

    response = client.get("/imenik/")

    assert _listed_names(response) == ["Ana Javna", "Bojan Članski"]
    assert "private" in response["Cache-Control"]


def test_hidden_and_inactive_members_are_never_listed(client, directory):
    member(Visibility.NOBODY, display_name="Cene Skriti")
    inactive = member(Visibility.EVERYONE, display_name="Dana Neaktivna")
    inactive.user.is_active = False
    inactive.user.save()
    staff = UserFactory(is_staff=True, is_superuser=True)

    anonymous = client.get("/imenik/")
    client.force_login(staff)
    as_staff = client.get("/imenik/")

    for response in (anonymous, as_staff):
        assert _listed_names(response) == []
        assert "Cene Skriti" not in response.text
        assert "Dana Neaktivna" not in response.text


def test_profile_page_shows_visible_profile(client, directory):
    profile = member(Visibility.EVERYONE, display_name="Ana Javna", bio="Rada povezujem ljudi.")

    response = client.get(f"/imenik/{profile.slug}/")

    assert response.status_code == 200
    assert "<h1" in response.text
    assert "Ana Javna" in response.text
    assert "Rada povezujem ljudi." in response.text


def test_members_only_profile_is_not_found_for_anonymous(client, directory):
    profile = member(Visibility.MEMBERS)

    response = client.get(f"/imenik/{profile.slug}/")

    assert response.status_code == 404


def test_members_only_profile_opens_for_member(client, directory, viewer):
    profile = member(Visibility.MEMBERS)

    response = client.get(f"/imenik/{profile.slug}/")

    assert response.status_code == 200


def test_hidden_and_inactive_profiles_are_not_found_for_everyone(client, directory):
    hidden = member(Visibility.NOBODY)
    inactive = member(Visibility.EVERYONE)
    inactive.user.is_active = False
    inactive.user.save()
    staff = UserFactory(is_staff=True, is_superuser=True)
    other_member = UserFactory()

    for user in (None, other_member, staff):
        if user is not None:
            client.force_login(user)
        for profile in (hidden, inactive):
            response = client.get(f"/imenik/{profile.slug}/")
            assert response.status_code == 404, (user, profile.visibility)


def test_member_can_open_own_hidden_profile(client, directory):
    profile = member(Visibility.NOBODY, display_name="Cene Skriti")
    client.force_login(profile.user)

    response = client.get(f"/imenik/{profile.slug}/")

    assert response.status_code == 200
    assert "vidite ga samo vi" in response.text


def test_unknown_profile_is_not_found(client, directory):
    response = client.get("/imenik/nihce-tak/")

    assert response.status_code == 404


def test_contact_fields_follow_each_field_visibility(client, directory):
    profile = member(
        Visibility.EVERYONE,
        phone="+386 1 234 56 78",
        phone_visibility=Visibility.EVERYONE,
        website="https://primer.example/ana",
        website_visibility=Visibility.MEMBERS,
        linkedin="https://www.linkedin.com/in/ana-primer",
        linkedin_visibility=Visibility.NOBODY,
    )
    url = f"/imenik/{profile.slug}/"

    anonymous = client.get(url).text
    client.force_login(UserFactory())
    signed_in = client.get(url).text
    client.force_login(profile.user)
    own = client.get(url).text

    assert "+386 1 234 56 78" in anonymous
    assert "primer.example/ana" not in anonymous
    assert "linkedin.com/in/ana-primer" not in anonymous
    assert "primer.example/ana" in signed_in
    assert "linkedin.com/in/ana-primer" not in signed_in
    assert "linkedin.com/in/ana-primer" in own


def test_contact_link_with_unsafe_scheme_is_shown_as_text(client, directory):
    profile = member(
        Visibility.EVERYONE,
        website="javascript:alert(1)",
        website_visibility=Visibility.EVERYONE,
    )

    response = client.get(f"/imenik/{profile.slug}/")

    assert 'href="javascript:' not in response.text
    assert "javascript:alert(1)" in response.text


def test_cards_show_no_contact_fields(client, directory):
    member(
        Visibility.EVERYONE,
        phone="+386 40 111 222",
        phone_visibility=Visibility.EVERYONE,
        website="https://primer.example/bojan",
        website_visibility=Visibility.EVERYONE,
    )

    response = client.get("/imenik/")

    assert "+386 40 111 222" not in response.text
    assert "primer.example/bojan" not in response.text


def test_email_address_never_appears_on_directory_pages(client, directory):
    profile = member(
        Visibility.EVERYONE,
        expertise=["digitalizacija"],
        user=UserFactory(email="ana.skrivna@example.org"),
    )
    pages = ["/imenik/", f"/imenik/{profile.slug}/", "/imenik/podrocje/digitalizacija/"]

    anonymous = [client.get(url) for url in pages]
    client.force_login(profile.user)
    own = [client.get(url) for url in pages]

    for response in anonymous + own:
        assert response.status_code == 200
        assert "ana.skrivna" not in response.text


def test_search_ignores_case_and_diacritics(client, directory):
    member(display_name="Žiga Čebašek")
    member(display_name="Maja Kos", expertise=["Pametna mesta"])
    member(display_name="Tina Zupan", expertise=["digitalizacija"])

    by_name = client.get("/imenik/?q=ziga")
    by_tag = client.get("/imenik/?q=PAMETNA")
    by_accent = client.get("/imenik/?q=Čebašek")

    assert _listed_names(by_name) == ["Žiga Čebašek"]
    assert _listed_names(by_tag) == ["Maja Kos"]
    assert _listed_names(by_accent) == ["Žiga Čebašek"]


def test_search_requires_every_word(client, directory):
    member(display_name="Maja Kos", expertise=["Pametna mesta", "digitalizacija"])
    member(display_name="Tina Zupan", expertise=["pametna omrežja"])

    response = client.get("/imenik/?q=pametna+digital")

    assert _listed_names(response) == ["Maja Kos"]


def test_search_never_matches_contact_fields(client, directory):
    member(display_name="Maja Kos", phone="031555666", phone_visibility=Visibility.EVERYONE)

    response = client.get("/imenik/?q=031555666")

    assert _listed_names(response) == []


def test_empty_search_lists_everyone_visible(client, directory):
    member(display_name="Ana Javna")
    member(display_name="Bojan Javni")

    response = client.get("/imenik/?q=+++")

    assert _listed_names(response) == ["Ana Javna", "Bojan Javni"]


def test_overlong_search_is_cut_with_a_notice(client, english_directory):
    member(display_name="Ana Javna")

    response = client.get("/en/directory/?q=" + "ana " + "x" * 300)

    assert response.status_code == 200
    assert "only its first 100 characters were used" in response.text


def _facet_counts(response, parameter):
    pattern = (
        rf'name="{parameter}" value="([^"]+)"[^>]*>\s*'
        r'<span class="facet__label">[^<]*</span>\s*<span class="facet__count">(\d+)</span>'
    )
    return {value: int(count) for value, count in re.findall(pattern, response.text)}


def test_facets_count_matching_members(client, directory):
    public = OrganisationFactory(name="Ministrstvo za javno upravo", sector=Sector.PUBLIC)
    ngo = OrganisationFactory(name="Društvo Povezani", sector=Sector.NGO)
    member(organisation=public, sector=Sector.PUBLIC, region=Region.GORENJSKA, expertise=["a"])
    member(
        organisation=public, sector=Sector.PUBLIC, region=Region.GORENJSKA, languages=["sl", "en"]
    )
    member(organisation=ngo, sector=Sector.NGO, region=Region.PODRAVSKA, expertise=["a", "b"])
    member(Visibility.MEMBERS, organisation=ngo, sector=Sector.NGO, region=Region.PODRAVSKA)

    response = client.get("/imenik/")

    assert _facet_counts(response, "sector") == {"public": 2, "ngo": 1}
    assert _facet_counts(response, "region") == {"podravska": 1, "gorenjska": 2}
    assert _facet_counts(response, "organisation") == {
        public.slug: 2,
        ngo.slug: 1,
    }
    assert _facet_counts(response, "expertise") == {"a": 2, "b": 1}
    assert _facet_counts(response, "language") == {"sl": 3, "en": 1}


def test_hiding_profile_updates_cached_counts_at_once(client, directory):
    hiding = member(sector=Sector.PUBLIC, region=Region.GORENJSKA, display_name="Ana Skrivalka")
    member(sector=Sector.PUBLIC, region=Region.GORENJSKA)
    assert _facet_counts(client.get("/imenik/"), "sector") == {"public": 2}
    client.force_login(hiding.user)

    edit = client.post(
        "/accounts/profile/",
        {
            "display_name": hiding.display_name,
            "organisation": hiding.organisation_id,
            "sector": Sector.PUBLIC,
            "region": Region.GORENJSKA,
            "languages": ["sl"],
            "visibility": Visibility.NOBODY,
            "phone_visibility": Visibility.MEMBERS,
            "website_visibility": Visibility.MEMBERS,
            "linkedin_visibility": Visibility.MEMBERS,
            "mastodon_visibility": Visibility.MEMBERS,
        },
    )
    client.logout()
    response = client.get("/imenik/")

    assert edit.status_code == 302
    assert _facet_counts(response, "sector") == {"public": 1}
    assert _facet_counts(response, "region") == {"gorenjska": 1}
    assert "Ana Skrivalka" not in response.text


def _suspend(profile):
    profile.user.is_active = False
    profile.user.save()


def _unverify_organisation(profile):
    profile.organisation.verified = False
    profile.organisation.save()


@pytest.mark.parametrize(
    ("change", "facet"),
    [
        (_suspend, "sector"),
        (lambda profile: profile.expertise.clear(), "expertise"),
        (lambda profile: profile.languages.all().delete(), "language"),
        (_unverify_organisation, "organisation"),
    ],
    ids=["suspended", "tags", "languages", "organisation"],
)
def test_changes_outside_profile_form_update_cached_counts(client, directory, change, facet):
    profile = member(sector=Sector.PUBLIC, expertise=["a"], languages=["en"])
    before = client.get("/imenik/")

    change(profile)
    after = client.get("/imenik/")

    assert len(_facet_counts(before, facet)) == 1
    assert _facet_counts(after, facet) == {}


def test_counts_are_cached_per_audience(client, directory):
    member(Visibility.EVERYONE, sector=Sector.PUBLIC)
    member(Visibility.MEMBERS, sector=Sector.PUBLIC)

    anonymous = client.get("/imenik/")
    client.force_login(member(Visibility.NOBODY).user)
    signed_in = client.get("/imenik/")

    assert _facet_counts(anonymous, "sector") == {"public": 1}
    assert _facet_counts(signed_in, "sector") == {"public": 2}


def test_facet_counts_keep_other_values_of_chosen_facet(client, directory):
    member(sector=Sector.PUBLIC, region=Region.GORENJSKA)
    member(sector=Sector.PUBLIC, region=Region.PODRAVSKA)
    member(sector=Sector.NGO, region=Region.GORENJSKA)

    response = client.get("/imenik/?sector=public")

    assert _facet_counts(response, "sector") == {"public": 2, "ngo": 1}
    assert _facet_counts(response, "region") == {"podravska": 1, "gorenjska": 1}
    assert len(_listed_names(response)) == 2


def test_filters_combine_values_with_or_and_facets_with_and(client, directory):
    member(display_name="Ana", sector=Sector.PUBLIC, region=Region.GORENJSKA)
    member(display_name="Bojan", sector=Sector.NGO, region=Region.GORENJSKA)
    member(display_name="Cvetka", sector=Sector.NGO, region=Region.PODRAVSKA)
    member(display_name="Darko", sector=Sector.PRIVATE, region=Region.GORENJSKA)

    response = client.get("/imenik/?sector=public&sector=ngo&region=gorenjska")

    assert _listed_names(response) == ["Ana", "Bojan"]


def test_boolean_facets_filter_members(client, directory):
    member(display_name="Ana", is_facilitator=True, open_to_mentoring=True)
    member(display_name="Bojan", is_ambassador=True, open_to_speaking=True)
    member(display_name="Cvetka", open_to_mentoring=True)

    facilitators = client.get("/imenik/?facilitator=1")
    mentors = client.get("/imenik/?open_to=mentoring")

    assert _listed_names(facilitators) == ["Ana"]
    assert _listed_names(mentors) == ["Ana", "Cvetka"]
    assert _facet_counts(mentors, "open_to") == {"mentoring": 2, "speaking": 1}


def test_expertise_and_language_filters(client, directory):
    member(display_name="Ana", expertise=["Pametna mesta"], languages=["sl", "de"])
    member(display_name="Bojan", expertise=["pametna mesta"], languages=["sl"])
    member(display_name="Cvetka", expertise=["digitalizacija"], languages=["de"])

    by_tag = client.get("/imenik/?expertise=pametna-mesta")
    by_tag_and_language = client.get("/imenik/?expertise=pametna-mesta&language=de")

    assert _listed_names(by_tag) == ["Ana", "Bojan"]
    assert _listed_names(by_tag_and_language) == ["Ana"]


@pytest.mark.parametrize(
    "query",
    [
        "?region=<script>alert(1)</script>",
        "?page=abc",
        "?page=-3",
        "?page=99999",
        "?sector=martian&sort=random",
        "?organisation=ne-obstaja&expertise=%00%ff",
        "?expertise=" + "a" * 500,
        "?language=xx&open_to=everything&facilitator=yes",
        "?q=%00",
        "?" + "&".join(f"region=r{number}" for number in range(300)),
    ],
)
def test_tampered_parameters_show_normal_page(client, directory, query):
    member(display_name="Ana Javna")

    response = client.get("/imenik/" + query)

    assert response.status_code == 200
    assert _listed_names(response) == ["Ana Javna"]
    assert "<script>alert" not in response.text


def test_sort_by_newest(client, directory):
    older = member(display_name="Ana Starejša")
    member(display_name="Bojan Novejši")
    MemberProfile.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=30))

    by_name = client.get("/imenik/")
    newest = client.get("/imenik/?sort=newest")

    assert _listed_names(by_name) == ["Ana Starejša", "Bojan Novejši"]
    assert _listed_names(newest) == ["Bojan Novejši", "Ana Starejša"]


def test_listing_has_24_members_per_page_with_count(client, english_directory):
    for number in range(30):
        member(display_name=f"Član {number:02d}")

    first = client.get("/en/directory/")
    second = client.get("/en/directory/?page=2")

    assert len(_listed_names(first)) == 24
    assert len(_listed_names(second)) == 6
    assert "30 members" in first.text
    assert "Page 1 of 2" in first.text


def test_tag_page_lists_visible_members_with_tag(client, directory):
    member(display_name="Ana", expertise=["Oblikovanje storitev"])
    member(display_name="Bojan", interests=["oblikovanje storitev"])
    member(Visibility.MEMBERS, display_name="Cvetka", expertise=["oblikovanje storitev"])
    member(display_name="Darko", expertise=["digitalizacija"])

    response = client.get("/imenik/podrocje/oblikovanje-storitev/")

    assert response.status_code == 200
    assert _listed_names(response) == ["Ana", "Bojan"]


def test_tag_of_hidden_members_shows_no_names(client, directory):
    member(Visibility.NOBODY, display_name="Cene Skriti", expertise=["tajno znanje"])
    member(Visibility.MEMBERS, display_name="Dana Članska", expertise=["tajno znanje"])

    response = client.get("/imenik/podrocje/tajno-znanje/")

    assert response.status_code == 200
    assert _listed_names(response) == []
    assert "Cene Skriti" not in response.text
    assert "Dana Članska" not in response.text


def test_unknown_tag_is_not_found(client, directory):
    response = client.get("/imenik/podrocje/ni-takega/")

    assert response.status_code == 404


def test_english_directory_serves_profiles_and_tags(client, english_directory):
    profile = member(display_name="Ana Javna", expertise=["digitalizacija"])

    listing = client.get("/en/directory/")
    page = client.get(f"/en/directory/{profile.slug}/")
    tag = client.get("/en/directory/podrocje/digitalizacija/")

    assert listing.status_code == 200
    assert f'href="/en/directory/{profile.slug}/"' in listing.text
    assert page.status_code == 200
    assert '<html lang="en">' in page.text
    assert tag.status_code == 200


def test_sitemap_lists_only_public_profiles(client, english_directory):
    public = member(Visibility.EVERYONE)
    members_only = member(Visibility.MEMBERS)
    hidden = member(Visibility.NOBODY)
    inactive = member(Visibility.EVERYONE)
    inactive.user.is_active = False
    inactive.user.save()

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert f"http://localhost/imenik/{public.slug}/" in response.text
    assert f"http://localhost/en/directory/{public.slug}/" in response.text
    for profile in (members_only, hidden, inactive):
        assert f"/{profile.slug}/" not in response.text


def _add_members(count):
    organisations = [OrganisationFactory() for _ in range(3)]
    for number in range(count):
        member(
            Visibility.EVERYONE if number % 2 else Visibility.MEMBERS,
            organisation=organisations[number % 3],
            expertise=[f"tema {number % 7}", "digitalizacija"],
            languages=["sl", "en"],
        )


@pytest.fixture
def plain_page(home):
    page = StandardPage(title="Navadna stran", slug="navadna-stran")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


# Wagtail's routing and the base template cost 12 to 17 queries on every page,
# so these tests bound what the directory adds on top of a plain page.
DIRECTORY_QUERY_BUDGET = 4


@pytest.mark.parametrize(
    "path", ["/imenik/", "/imenik/?q=digitalizacija&sector=public&region=osrednjeslovenska"]
)
def test_member_query_count_does_not_grow(client, directory, plain_page, viewer, path):
    _add_members(5)
    few = count_queries(client, path)

    _add_members(55)
    many = count_queries(client, path)

    assert few == many
    assert many - count_queries(client, "/navadna-stran/") <= DIRECTORY_QUERY_BUDGET
    assert many <= 15


def _count_queries_without_cached_counts(client, path):
    client.get(path)
    invalidate_directory_counts()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "path", ["/imenik/", "/imenik/?q=digitalizacija&sector=public&language=en&page=2"]
)
def test_uncached_counts_query_count_does_not_grow(client, directory, plain_page, viewer, path):
    _add_members(30)
    few = _count_queries_without_cached_counts(client, path)

    _add_members(60)
    many = _count_queries_without_cached_counts(client, path)

    assert few == many
    assert many - count_queries(client, "/navadna-stran/") <= DIRECTORY_QUERY_BUDGET + 1
    assert many <= 15
    assert count_queries(client, path) == many - 1


def test_anonymous_query_count_does_not_grow(client, directory, plain_page):
    _add_members(5)
    few = count_queries(client, "/imenik/")

    _add_members(55)
    many = count_queries(client, "/imenik/")

    assert few == many
    assert many - count_queries(client, "/navadna-stran/") <= DIRECTORY_QUERY_BUDGET
    assert many <= 15


def test_refresh_search_text_stores_normalised_text():
    profile = MemberProfileFactory(display_name="Žiga Čebašek", expertise=["Pametna Mesta"])

    refresh_search_text(profile)

    stored = MemberProfile.objects.get(pk=profile.pk).search_text
    assert "ziga cebasek" in stored
    assert "pametna mesta" in stored


def test_profile_page_links_signed_in_member_to_contact_form(client, directory):
    profile = member(Visibility.MEMBERS, display_name="Pia Pišemi")
    client.force_login(member(Visibility.MEMBERS).user)

    response = client.get(f"/imenik/{profile.slug}/")

    assert f'href="/clani/{profile.slug}/pisi/"' in response.text


def test_directory_card_links_open(client, directory):
    member(display_name="Ana Javna", expertise=["Izobraževanje odraslih", "pametna mesta"])
    member(display_name="Bojan Odprti", expertise=["izobraževanje odraslih"])

    listing = client.get("/imenik/")
    links = set(re.findall(r'href="(/imenik/[^"?#]+)"', listing.text))

    assert any("podrocje/izobra%C5%BEevanje-odraslih/" in link for link in links), links
    assert len(links) >= 4
    for link in links:
        assert client.get(link).status_code == 200, link
