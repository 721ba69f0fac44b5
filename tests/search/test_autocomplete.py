import pytest

from community.choices import Visibility

pytestmark = pytest.mark.django_db


def suggestions(client, query, path="/search/autocomplete/"):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["results"]


def test_suggests_page_titles_by_prefix_without_diacritics(client, challenge):
    page = challenge(title="Izobraževanje odraslih", summary="Učenje skozi vse življenje.")

    results = suggestions(client, "izobraz")

    assert [item["url"] for item in results] == [page.url]
    assert results[0]["title"] == "Izobraževanje odraslih"
    assert results[0]["type"] == "Izzivi"


def test_suggests_public_members_by_name(client, member):
    profile = member(Visibility.EVERYONE, display_name="Špela Novak")

    results = suggestions(client, "spela")

    assert [item["url"] for item in results] == [f"/imenik/{profile.slug}/"]


def test_suggestion_links_open(client, challenge, member):
    challenge(title="Mobilnost starejših", summary="Prevozi.")
    member(Visibility.EVERYONE, display_name="Mojca Mobilna")

    results = suggestions(client, "mobil")

    assert len(results) == 2
    for item in results:
        assert client.get(item["url"]).status_code == 200


def test_english_suggestions_come_from_english_pages(client, challenge, english):
    from tests.challenges.factories import translate

    slovenian = challenge(title="Mobilnost", summary="Prevozi.")
    english_page = translate(slovenian, slug="mobility", title="Mobility in the countryside")
    english_page.refresh_from_db()

    results = suggestions(client, "mobi", path="/en/search/autocomplete/")

    assert [item["url"] for item in results] == [english_page.url]


@pytest.mark.parametrize("query", ["", "a", "!!!", "%", "' OR 1=1 --", "x" * 10_000])
def test_short_or_odd_input_returns_empty_list_or_matches(client, challenge, query):
    challenge(title="Promet", summary="Javni prevoz.")

    results = suggestions(client, query)

    assert isinstance(results, list)
    assert all("Promet" in item["title"] for item in results)
