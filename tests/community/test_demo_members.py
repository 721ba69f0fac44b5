from collections import Counter

import pytest

from community import demo
from community.choices import Visibility
from community.models import MemberProfile, Organisation

pytestmark = pytest.mark.django_db


class RecordingCommand:
    def __init__(self):
        self.steps = []

    def progress(self, message):
        self.steps.append(message)


def test_demo_members_are_created_once():
    command = RecordingCommand()

    first = demo.load_members(command, 60)
    second = demo.load_members(command, 60)

    assert first == 60
    assert second == 0
    assert MemberProfile.objects.count() == 60
    assert Organisation.objects.filter(verified=True).count() == len(demo.demo_data.ORGANISATIONS)
    assert command.steps


def test_demo_members_have_search_text_and_tags():
    demo.load_members(RecordingCommand(), 30)

    assert not MemberProfile.objects.filter(search_text="").exists()
    assert all(profile.expertise.exists() for profile in MemberProfile.objects.all())
    assert all(profile.languages.exists() for profile in MemberProfile.objects.all())


def test_demo_visibility_is_spread_like_a_real_community():
    demo.load_members(RecordingCommand(), 400)

    shares = Counter(MemberProfile.objects.values_list("visibility", flat=True))

    assert 0.45 < shares[Visibility.MEMBERS] / 400 < 0.65
    assert 0.25 < shares[Visibility.EVERYONE] / 400 < 0.45
    assert 0.04 < shares[Visibility.NOBODY] / 400 < 0.16


def test_demo_member_emails_use_the_demo_domain():
    demo.load_members(RecordingCommand(), 5)

    emails = sorted(MemberProfile.objects.values_list("user__email", flat=True))

    assert emails[0] == "member-1@demo.sticisce.example"
    assert all(email.endswith("@demo.sticisce.example") for email in emails)
