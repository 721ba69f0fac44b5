"""Public challenge pages run a fixed number of queries, however many challenges exist."""

import pytest

from challenges.models import ChallengePage
from tests.challenges.factories import bulk_challenges, make_challenge
from tests.factories import OrganisationFactory
from tests.support import count_queries

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 15
PATHS = {
    "index": "/izzivi/",
    "second page, closing soon": "/izzivi/?sort=closing&page=2",
    "filtered": "/izzivi/?topic=zdravje&mode=hybrid&region=osrednjeslovenska",
}


def _count_all(client, challenge):
    counts = {name: count_queries(client, path) for name, path in PATHS.items()}
    counts["challenge"] = count_queries(client, challenge.url)
    return counts


def test_index_and_challenge_page_queries_stay_fixed_from_20_to_2000(client, index):
    institution = OrganisationFactory()
    challenge = make_challenge(index, institution=institution, topics=["zdravje"])
    bulk_challenges(index, 19, institution=institution)
    few = _count_all(client, challenge)

    bulk_challenges(index, 1980, institution=OrganisationFactory())
    many = _count_all(client, challenge)

    assert ChallengePage.objects.live().count() == 2000
    assert many == few
    assert max(many.values()) <= QUERY_BUDGET


def test_bulk_created_challenges_are_listed_and_open(client, index):
    bulk_challenges(index, 30, institution=OrganisationFactory())

    listing = client.get("/izzivi/")
    page = client.get("/izzivi/hitri-izziv-1/")

    assert "30 izzivov" in listing.text
    assert page.status_code == 200
    assert "Hitri izziv 1" in page.text
