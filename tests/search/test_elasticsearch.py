"""Search against a real Elasticsearch 9 server, with the analysers from settings.

Runs whenever ELASTICSEARCH_URL is set (docker compose provides a server), using
indexes prefixed ``test_hub_search_`` that it deletes afterwards.
"""

import copy
import os
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from community.models import Organisation
from tests.challenges.factories import translate

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.django_db,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason=(
            "ELASTICSEARCH_URL is not set, so there is no Elasticsearch server to test "
            "against; set it to an Elasticsearch 9 server, such as docker compose's."
        ),
    ),
]

INDEX_PREFIX = "test_hub_search_"
RESULT_LINK = re.compile(r'<h3 class="result__title"><a href="([^"]+)">')


@pytest.fixture
def backend(settings):
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"]["INDEX_PREFIX"] = INDEX_PREFIX
    settings.WAGTAILSEARCH_BACKENDS = backends
    search_backend = get_search_backend()
    assert "elasticsearch" in type(search_backend).__module__
    call_command("update_index", verbosity=0)
    yield search_backend
    for model in (Page, Organisation):
        index = search_backend.get_index_for_model(model)
        for name in index.aliased_indices() if index.is_alias() else []:
            search_backend.es.indices.delete(index=name)
        index.delete()


def refresh(search_backend):
    for model in (Page, Organisation):
        search_backend.get_index_for_model(model).refresh()


def found(client, search_backend, query, path="/search/"):
    refresh(search_backend)
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return RESULT_LINK.findall(response.text)


def test_missing_diacritics_find_the_word(client, backend, challenge):
    page = challenge(title="Učenje", summary="Izobraževanje za zaposlene.")

    assert found(client, backend, "izobrazevanje") == [page.url]


@pytest.mark.parametrize("query", ["inovacija", "inovacije", "inovacij"])
def test_any_form_of_a_word_finds_the_others(client, backend, challenge, query):
    page = challenge(title="Merjenje", summary="Kako merimo učinek inovacij v upravi.")

    assert found(client, backend, query) == [page.url]


def test_english_search_uses_english_stemming(client, backend, challenge, english):
    slovenian = challenge(title="Usposabljanje", summary="Za facilitatorje.")
    english_page = translate(slovenian, slug="facilitator-training", title="Training facilitators")
    english_page.refresh_from_db()

    assert found(client, backend, "trainings", path="/en/search/") == [english_page.url]


def test_restricted_page_is_hidden_from_anonymous_visitor(client, backend, standard_page):
    page = standard_page("Interna navodila", summary="Navodila za osebje.")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert found(client, backend, "navodila") == []


def test_expired_page_is_not_found(client, backend, standard_page):
    page = standard_page("Stari razpis", summary="Razpis.")
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(days=1))
    page.refresh_from_db()
    backend.add(page.specific)

    assert found(client, backend, "razpis") == []


def test_organisation_is_found_without_diacritics(client, backend, directory):
    organisation = Organisation.objects.create(
        name="Občina Škofja Loka", sector="public", verified=True
    )
    backend.add(organisation)
    refresh(backend)

    response = client.get("/search/", {"q": "obcina skofja loka", "type": "organisations"})

    assert f"organisation={organisation.slug}" in response.text


def test_autocomplete_suggests_title_prefix_without_diacritics(client, backend, challenge):
    page = challenge(title="Izobraževanje odraslih", summary="Učenje.")
    refresh(backend)

    response = client.get("/search/autocomplete/", {"q": "izobraz"})

    assert [item["url"] for item in response.json()["results"]] == [page.url]


def test_rebuild_swaps_to_a_new_index_atomically(client, backend, challenge):
    page = challenge(title="Kolesarjenje", summary="Varne poti v šolo.")
    index = backend.get_index_for_model(Page)
    before = set(index.aliased_indices())

    call_command("update_index", verbosity=0)

    assert index.is_alias()
    assert set(index.aliased_indices()).isdisjoint(before)
    assert found(client, backend, "kolesarjenje") == [page.url]


def test_analysed_terms_use_the_terms_analyzer(backend):
    index = backend.get_index_for_model(Page)
    mappings = backend.es.indices.get_mapping(index=index.name)
    properties = next(iter(mappings.values()))["mappings"]["properties"]

    assert properties["search_terms"]["analyzer"] == "hub_terms"
