import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.choices import Region, Sector, Visibility
from community.services import refresh_search_text
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def member(visibility=Visibility.EVERYONE, **fields):
    profile = MemberProfileFactory(visibility=visibility, **fields)
    refresh_search_text(profile)
    return profile


def _names(response):
    return [entry["display_name"] for entry in response.json()["results"]]


def test_anonymous_requester_gets_only_public_members(client):
    member(Visibility.EVERYONE, display_name="Javna Jana")
    member(Visibility.MEMBERS, display_name="Članska Cvetka")
    member(Visibility.NOBODY, display_name="Skrita Sara")

    response = client.get("/api/v1/members/")

    assert response.status_code == 200
    assert _names(response) == ["Javna Jana"]
    assert response.json()["count"] == 1


def test_signed_in_member_also_gets_members_only_profiles(client):
    member(Visibility.EVERYONE, display_name="Javna Jana")
    member(Visibility.MEMBERS, display_name="Članska Cvetka")
    member(Visibility.NOBODY, display_name="Skrita Sara")
    client.force_login(UserFactory())

    response = client.get("/api/v1/members/")

    assert sorted(_names(response)) == ["Javna Jana", "Članska Cvetka"]


def test_suspended_member_is_not_listed(client):
    profile = member(Visibility.EVERYONE, display_name="Suspendirani Sandi")
    profile.user.is_active = False
    profile.user.save()

    response = client.get("/api/v1/members/")

    assert _names(response) == []


def test_members_list_filters_and_counts_like_directory(client):
    member(Visibility.EVERYONE, display_name="Ana Digital", expertise=["Digitalizacija"])
    member(
        Visibility.EVERYONE,
        display_name="Borut Digital",
        expertise=["digitalizacija"],
        region=Region.GORENJSKA,
    )
    member(Visibility.EVERYONE, display_name="Cene Drugo", expertise=["Zdravje"])

    response = client.get("/api/v1/members/?q=digital&region=osrednjeslovenska")

    assert _names(response) == ["Ana Digital"]
    regions = {facet["name"]: facet for facet in response.json()["facets"]}["region"]
    counts = {option["value"]: option["count"] for option in regions["options"]}
    assert counts == {"osrednjeslovenska": 1, "gorenjska": 1}
    assert response.json()["query"]["region"] == ["osrednjeslovenska"]


def test_facet_option_links_toggle_the_filter(client):
    member(Visibility.EVERYONE, sector=Sector.PUBLIC)

    response = client.get("/api/v1/members/?sector=public")

    sectors = {facet["name"]: facet for facet in response.json()["facets"]}["sector"]
    public = sectors["options"][0]
    assert public["selected"] is True
    assert public["url"] == "http://testserver/api/v1/members/"


def test_member_entries_link_to_api_and_profile_page(client, directory):
    profile = member(Visibility.EVERYONE, expertise=["Pametna mesta"])

    entry = client.get("/api/v1/members/").json()["results"][0]

    assert entry["url"] == f"http://testserver/api/v1/members/{profile.slug}/"
    assert entry["page"] == f"http://localhost/imenik/{profile.slug}/"
    assert entry["expertise"][0]["members"] == (
        "http://testserver/api/v1/members/?expertise=pametna-mesta"
    )


def test_unverified_organisation_name_is_left_out(client):
    proposed = OrganisationFactory(name="Predlagana d.o.o.", verified=False)
    member(Visibility.EVERYONE, organisation=proposed)

    entry = client.get("/api/v1/members/").json()["results"][0]

    assert entry["organisation"] is None
    assert "Predlagana" not in client.get("/api/v1/members/").text


def test_member_detail_shows_contacts_by_each_field_visibility(client):
    profile = member(
        Visibility.EVERYONE,
        phone="+386 1 234 56 78",
        phone_visibility=Visibility.EVERYONE,
        website="https://primer.example/ana",
        website_visibility=Visibility.MEMBERS,
        linkedin="https://www.linkedin.com/in/ana-primer",
        linkedin_visibility=Visibility.NOBODY,
    )
    url = f"/api/v1/members/{profile.slug}/"

    anonymous = client.get(url).json()["contact"]
    client.force_login(UserFactory())
    signed_in = client.get(url).json()["contact"]
    client.force_login(profile.user)
    own = client.get(url).json()["contact"]

    assert anonymous == {"phone": "+386 1 234 56 78"}
    assert signed_in == {"phone": "+386 1 234 56 78", "website": "https://primer.example/ana"}
    assert own["linkedin"] == "https://www.linkedin.com/in/ana-primer"


def test_member_detail_never_contains_email(client):
    profile = member(Visibility.EVERYONE, user__email="skrit.naslov@example.org")
    client.force_login(profile.user)

    response = client.get(f"/api/v1/members/{profile.slug}/")

    assert response.status_code == 200
    assert "skrit.naslov" not in response.text


@pytest.mark.parametrize("visibility", [Visibility.MEMBERS, Visibility.NOBODY])
def test_non_public_member_not_found_for_anonymous(client, visibility):
    profile = member(visibility)

    response = client.get(f"/api/v1/members/{profile.slug}/")

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "Noben član s tem naslovom vam ni viden."


def test_member_sees_own_hidden_profile(client):
    profile = member(Visibility.NOBODY, display_name="Skrita Sara")
    client.force_login(profile.user)

    response = client.get(f"/api/v1/members/{profile.slug}/")

    assert response.json()["display_name"] == "Skrita Sara"


def test_responses_follow_accept_language(client):
    member(Visibility.EVERYONE, region=Region.OSREDNJESLOVENSKA)

    english = client.get("/api/v1/members/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    slovenian = client.get("/api/v1/members/", HTTP_ACCEPT_LANGUAGE="sl")
    unknown = client.get("/api/v1/members/", HTTP_ACCEPT_LANGUAGE="fr")

    assert english.json()["results"][0]["region"]["label"] == "Central Slovenia"
    assert english["Content-Language"] == "en"
    assert slovenian.json()["results"][0]["region"]["label"] == "Osrednjeslovenska"
    assert unknown["Content-Language"] == "sl"
    assert "Accept-Language" in english["Vary"]


def test_member_responses_never_cached(client):
    profile = member(Visibility.EVERYONE)

    for url in ("/api/v1/members/", f"/api/v1/members/{profile.slug}/"):
        cache_control = client.get(url)["Cache-Control"]

        assert "private" in cache_control
        assert "no-store" in cache_control


@pytest.mark.parametrize(
    ("query", "language", "message"),
    [
        ("page=abc", "en", "The parameter page must be a whole number of at least 1, not “abc”."),
        ("page=0", "en", "The parameter page must be a whole number of at least 1, not “0”."),
        ("page_size=500", "en", "The parameter page_size can be at most 100."),
        ("page=abc", "sl", "Parameter page mora biti celo število, vsaj 1, ne pa “abc”."),
    ],
)
def test_bad_page_parameters_get_400_with_message(client, query, language, message):
    response = client.get(f"/api/v1/members/?{query}", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == message


def test_page_past_the_end_gets_404_with_message(client):
    member(Visibility.EVERYONE)

    response = client.get("/api/v1/members/?page=7", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "There is no page 7; the last page is 1."


def test_pages_link_to_each_other(client):
    for _ in range(3):
        member(Visibility.EVERYONE)

    first = client.get("/api/v1/members/?page_size=2").json()
    second = client.get(first["next"]).json()

    assert first["pages"] == 2
    assert first["previous"] is None
    assert len(second["results"]) == 1
    assert second["next"] is None
    assert "page=1" in second["previous"]


@pytest.mark.parametrize(
    "url", ["/api/v1/", "/api/v1/members/", "/api/v1/organisations/", "/api/v1/members/x/"]
)
def test_post_is_not_allowed(client, url):
    response = client.post(url, {"display_name": "x"}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "only GET requests, not POST" in response.json()["error"]["message"]


def test_unknown_api_address_gets_json_404(client):
    response = client.get("/api/v1/clani/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "There is nothing at this API address."


def test_organisations_count_only_members_the_requester_sees(client):
    organisation = OrganisationFactory(name="Ministrstvo za javno upravo")
    member(Visibility.EVERYONE, organisation=organisation)
    member(Visibility.MEMBERS, organisation=organisation)
    member(Visibility.NOBODY, organisation=organisation)
    OrganisationFactory(name="Nepreverjena organizacija", verified=False)

    anonymous = client.get("/api/v1/organisations/").json()["results"]
    client.force_login(UserFactory())
    signed_in = client.get("/api/v1/organisations/").json()["results"]

    assert [(entry["name"], entry["member_count"]) for entry in anonymous] == [
        ("Ministrstvo za javno upravo", 1)
    ]
    assert signed_in[0]["member_count"] == 2


def test_organisations_link_to_their_members(client):
    organisation = OrganisationFactory(name="Občina Primer")

    entry = client.get("/api/v1/organisations/").json()["results"][0]

    assert entry["members"] == (
        f"http://testserver/api/v1/members/?organisation={organisation.slug}"
    )


def _add_members(count):
    organisations = [OrganisationFactory() for _ in range(3)]
    for number in range(count):
        member(
            Visibility.EVERYONE,
            organisation=organisations[number % 3],
            expertise=[f"tema {number % 7}", "digitalizacija"],
            languages=["sl", "en"],
        )


def _count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page_size", [1, 24, 100])
@pytest.mark.parametrize(
    "path",
    ["/api/v1/members/", "/api/v1/members/?q=digitalizacija&sector=public&language=en"],
)
def test_members_query_count_does_not_grow(client, directory, path, page_size):
    separator = "&" if "?" in path else "?"
    url = f"{path}{separator}page_size={page_size}"
    _add_members(3)
    few = _count_queries(client, url)

    _add_members(120)
    many = _count_queries(client, url)

    assert few == many
    assert many <= 15


def test_organisations_query_count_does_not_grow(client):
    _add_members(3)
    few = _count_queries(client, "/api/v1/organisations/")

    _add_members(30)
    many = _count_queries(client, "/api/v1/organisations/")

    assert few == many
