import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def some_content(challenge):
    challenge(title="Javni prevoz", summary="Avtobusi na podeželju.")


def test_empty_query_shows_the_search_form(client, some_content):
    response = client.get("/search/", {"q": ""})

    assert response.status_code == 200
    assert "Zgoraj vpišite besedo ali dve." in response.text


def test_very_long_query_is_shortened_with_a_message(client, some_content):
    response = client.get("/search/", {"q": "prevoz " * 2000})

    assert response.status_code == 200
    assert "skrajšan na prvih 200 znakov" in response.text


def test_query_of_only_punctuation_explains_what_to_type(client, some_content):
    response = client.get("/search/", {"q": "?!.,;:-()[]{}"})

    assert response.status_code == 200
    assert "nima besed, ki bi jih lahko iskali" in response.text


def test_query_of_only_common_words_explains_what_to_type(client, some_content):
    response = client.get("/search/", {"q": "in za na"})

    assert response.status_code == 200
    assert "nima besed, ki bi jih lahko iskali" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE wagtailcore_page; --",
        "prevoz' OR '1'='1",
        'prevoz" AND "x',
        "prevoz NEAR(x y)",
        "prevoz* -avtobus +x",
        "prevoz\x00nul",
        "AND OR NOT",
    ],
)
def test_sql_and_search_syntax_are_treated_as_words(client, some_content, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert 'class="result-count"' in response.text or "nima besed" in response.text


def test_html_in_query_is_escaped(client, some_content):
    response = client.get("/search/", {"q": "<script>alert(1)</script> prevoz"})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_page_number_out_of_range_shows_last_page_with_message(client, some_content):
    response = client.get("/search/", {"q": "prevoz", "type": "challenges", "page": 999})

    assert response.status_code == 200
    assert "Strani 999 med temi zadetki ni" in response.text
    assert "/izzivi/izziv-1/" in response.text


def test_page_number_that_is_not_a_number_shows_first_page(client, some_content):
    response = client.get("/search/", {"q": "prevoz", "type": "challenges", "page": "abc"})

    assert response.status_code == 200
    assert "Številka strani ni bila veljavna" in response.text


def test_unknown_kind_shows_all_kinds(client, some_content):
    response = client.get("/search/", {"q": "prevoz", "type": "<b>x</b>"})

    assert response.status_code == 200
    assert "/izzivi/izziv-1/" in response.text


def test_post_is_rejected_with_method_not_allowed(client):
    response = client.post("/search/", {"q": "prevoz"})

    assert response.status_code == 405
