"""Slovenian and English word forms on the database backend (SQLite or PostgreSQL)."""

import re

import pytest

from search.analysis import index_terms, query_terms, word_terms
from tests.challenges.factories import translate

pytestmark = pytest.mark.django_db

RESULT_LINK = re.compile(r'<h3 class="result__title"><a href="([^"]+)">')


def found(client, query, path="/search/"):
    return RESULT_LINK.findall(client.get(path, {"q": query}).text)


def test_missing_diacritics_still_find_the_word(client, challenge):
    page = challenge(title="Vseživljenjsko učenje", summary="Izobraževanje za zaposlene.")

    assert found(client, "izobrazevanje") == [page.url]


def test_search_ignores_case(client, challenge):
    page = challenge(title="Vseživljenjsko učenje", summary="Izobraževanje za zaposlene.")

    assert found(client, "IZOBRAŽEVANJE") == [page.url]


@pytest.mark.parametrize("query", ["inovacija", "inovacije", "inovacij", "inovacijami"])
def test_any_form_of_a_word_finds_the_others(client, challenge, query):
    page = challenge(title="Merjenje", summary="Kako merimo učinek inovacij v upravi.")

    assert found(client, query) == [page.url]


def test_base_form_finds_inflected_phrase(client, challenge):
    page = challenge(title="Vrste", summary="Čakanje v zdravstvenih domovih.")

    assert found(client, "zdravstveni dom") == [page.url]


def test_inflected_form_without_diacritics_finds_the_word(client, challenge):
    page = challenge(title="Storitve", summary="Storitve v občinah.")

    assert found(client, "obcinah") == [page.url]


def test_english_search_uses_english_stemming(client, challenge, english):
    slovenian = challenge(title="Usposabljanje", summary="Za facilitatorje.")
    english_page = translate(
        slovenian, slug="facilitator-training", title="Training for facilitators"
    )
    english_page.refresh_from_db()

    assert found(client, "trainings", path="/en/search/") == [english_page.url]
    assert found(client, "facilitator", path="/en/search/") == [english_page.url]


def test_unrelated_word_with_shared_letters_is_not_found(client, challenge):
    challenge(title="Domovi", summary="Domovi za starejše.")

    assert found(client, "domišljija") == []


def test_word_terms_fold_and_lemmatise():
    assert word_terms("Izobraževanje", "sl") == word_terms("izobrazevanje", "sl")
    assert word_terms("inovacij", "sl") == word_terms("inovacije", "sl")
    assert set(word_terms("domovih", "sl")) & set(word_terms("dom", "sl"))


def test_stop_words_and_single_letters_have_no_terms():
    assert query_terms("in v na z", "sl") == []
    assert query_terms("the of and", "en") == []


def test_index_terms_are_plain_lower_case_words():
    terms = index_terms("Čakalne vrste v zdravstvenih domovih!", "sl")

    assert terms == terms.lower()
    assert all(word.isalnum() for word in terms.split())
    assert "č" not in terms
