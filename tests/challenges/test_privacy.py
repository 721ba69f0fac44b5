"""Crawl the challenge pages, feeds and exports for the markers of members who hide their data."""

import pytest

from challenges import services
from challenges.models import ChallengeTeamMember, ChallengeUpdate, StatusChange
from tests.challenges.factories import make_challenge
from tests.factories import MemberProfileFactory
from tests.test_privacy import (  # noqa: F401 (planted is a fixture)
    _assert_no_marker,
    planted,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge_with_planted_members(index, planted):  # noqa: F811 (the imported fixture)
    challenge = make_challenge(index, topics=["zdravje"])
    for profile in planted.values():
        ChallengeUpdate.objects.create(
            challenge=challenge, kind="reflection", text="Razmislek", author=profile.user
        )
        StatusChange.objects.create(
            challenge=challenge, from_status="open", to_status="open", changed_by=profile.user
        )
        ChallengeTeamMember.objects.create(challenge=challenge, user=profile.user, role="learner")
        services.follow(challenge, profile.user)
    return challenge


def test_challenge_pages_hide_members_from_visitors(
    client,
    planted,  # noqa: F811
    challenge_with_planted_members,
):
    _assert_no_marker(client, planted, signed_in=False)


def test_challenge_pages_hide_members_from_members(
    client,
    planted,  # noqa: F811
    challenge_with_planted_members,
):
    client.force_login(MemberProfileFactory().user)

    _assert_no_marker(client, planted, signed_in=True)


def test_visible_member_is_named_on_challenge(client, challenge_with_planted_members):
    response = client.get(challenge_with_planted_members.url)

    assert "zqvisibledisplayname" in response.text
