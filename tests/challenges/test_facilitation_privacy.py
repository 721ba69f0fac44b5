"""Crawl the facilitation pages for the markers of facilitators who hide their profile."""

import pytest

from challenges.matching import services
from challenges.matching.models import FacilitatorProfile
from tests.challenges.factories import make_challenge, representative
from tests.factories import MemberProfileFactory
from tests.test_privacy import (  # noqa: F401 (planted is a fixture)
    _assert_no_marker,
    planted,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge_with_planted_facilitators(index, planted):  # noqa: F811 (the imported fixture)
    """An open challenge that every planted member fits, has offered help with, and so on."""
    challenge = make_challenge(index, topics=["zdravje"])
    for profile in planted.values():
        facilitator = FacilitatorProfile.objects.create(
            user=profile.user,
            kind="external",
            level="lead",
            languages=["sl"],
            regions=["osrednjeslovenska"],
        )
        facilitator.topics.add("zdravje")
        services.volunteer(
            challenge, facilitator=facilitator, by=profile.user, motivation="Pomagam rad."
        )
    return challenge


def test_facilitation_pages_hide_facilitators_from_visitors(
    client,
    planted,  # noqa: F811
    challenge_with_planted_facilitators,
):
    _assert_no_marker(client, planted, signed_in=False)


def test_facilitation_pages_hide_facilitators_from_members(
    client,
    planted,  # noqa: F811
    challenge_with_planted_facilitators,
):
    client.force_login(MemberProfileFactory().user)

    _assert_no_marker(client, planted, signed_in=True)


def test_suggestions_hide_private_facilitators_from_representative(
    client,
    planted,  # noqa: F811
    challenge_with_planted_facilitators,
):
    challenge = challenge_with_planted_facilitators
    client.force_login(representative(challenge.institution).user)

    page = client.get(challenge.url).text
    suggestions = client.get(f"/challenge-hub/{challenge.pk}/facilitators/").text

    assert "zqvisibledisplayname" in suggestions
    assert "zqmembersonlydisplayname" in suggestions
    assert "zqhiddendisplayname" not in suggestions
    assert "zqhiddendisplayname" not in page
