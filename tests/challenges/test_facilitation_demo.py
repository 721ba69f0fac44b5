"""The demo loader's facilitators, offers and teams."""

import pytest

from challenges.choices import ChallengeStatus
from challenges.matching import demo
from challenges.matching.models import FacilitationOffer, FacilitatorProfile
from challenges.models import ChallengeTeamMember
from community.demo import member_email
from tests.challenges.factories import make_challenge
from tests.factories import MemberProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


class QuietCommand:
    def __init__(self):
        self.lines = []

    def progress(self, text):
        self.lines.append(text)


@pytest.fixture
def demo_world(index):
    for number in range(1, 41):
        MemberProfileFactory(user=UserFactory(email=member_email(number)), languages=["sl"])
    open_challenge = make_challenge(index, number=1)
    teamed_challenge = make_challenge(index, number=2, status=ChallengeStatus.CO_CREATION)
    return open_challenge, teamed_challenge


def test_demo_adds_facilitators_offers_and_teams(demo_world, monkeypatch):
    monkeypatch.setattr(demo, "FACILITATORS_PER_SCALE", 30)
    open_challenge, teamed_challenge = demo_world

    demo.load(QuietCommand(), 1)

    assert FacilitatorProfile.objects.count() == 30
    assert FacilitationOffer.objects.filter(challenge=open_challenge).count() >= 2
    roles = set(
        ChallengeTeamMember.objects.filter(challenge=teamed_challenge).values_list(
            "role", flat=True
        )
    )
    assert {"lead", "co_facilitator"} <= roles
    assert not ChallengeTeamMember.objects.filter(challenge=open_challenge).exists()


def test_demo_runs_twice_without_duplicates(demo_world, monkeypatch):
    monkeypatch.setattr(demo, "FACILITATORS_PER_SCALE", 30)
    demo.load(QuietCommand(), 1)
    counts = (
        FacilitatorProfile.objects.count(),
        FacilitationOffer.objects.count(),
        ChallengeTeamMember.objects.count(),
    )

    demo.load(QuietCommand(), 1)

    assert (
        FacilitatorProfile.objects.count(),
        FacilitationOffer.objects.count(),
        ChallengeTeamMember.objects.count(),
    ) == counts
