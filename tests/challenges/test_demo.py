from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from challenges.choices import ChallengeStatus
from challenges.models import ChallengePage, ChallengeUpdate, Commitment

pytestmark = pytest.mark.django_db


def test_demo_challenges_are_bilingual_complete_and_idempotent(client):
    call_command("load_demo", stdout=StringIO())
    counts = (ChallengePage.objects.count(), ChallengeUpdate.objects.count())
    call_command("load_demo", stdout=StringIO())

    slovenian = ChallengePage.objects.filter(locale__language_code="sl", live=True)
    english = ChallengePage.objects.filter(locale__language_code="en", live=True)
    assert slovenian.count() >= 30
    assert english.count() == slovenian.count()
    assert set(slovenian.values_list("status", flat=True)) == set(ChallengeStatus.values)
    assert (ChallengePage.objects.count(), ChallengeUpdate.objects.count()) == counts
    late = [c for c in Commitment.objects.all() if c.is_late(timezone.localdate())]
    assert late
    assert client.get("/izzivi/").status_code == 200
    assert client.get("/en/challenges/").status_code == 200
