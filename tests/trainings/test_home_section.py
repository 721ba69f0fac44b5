import re

import pytest

from challenges.matching import services
from challenges.matching.models import FacilitatorProfile
from community.choices import Visibility
from tests.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


def test_home_page_lists_upcoming_trainings_not_past_ones(client, home, make_training):
    make_training(title="Prihodnje usposabljanje", slug="prihodnje")
    make_training(({"days": -3},), title="Preteklo usposabljanje", slug="preteklo")

    response = client.get("/")

    assert "Prihodnje usposabljanje" in response.text
    assert "Preteklo usposabljanje" not in response.text


def test_home_page_counts_members_without_naming_hidden_ones(client, home):
    MemberProfileFactory(display_name="Vidna Članica", visibility=Visibility.EVERYONE)
    MemberProfileFactory(display_name="Skrita Članica", visibility=Visibility.NOBODY)

    response = client.get("/")

    assert '<strong class="figures__number">2</strong>' in response.text
    assert "Skrita Članica" not in response.text


def test_training_page_names_trainer_only_with_public_profile(client, home, make_training):
    public = MemberProfileFactory(display_name="Javna Trenerka", visibility=Visibility.EVERYONE)
    hidden = MemberProfileFactory(display_name="Skrita Trenerka", visibility=Visibility.NOBODY)
    training = make_training(title="Delavnica", slug="delavnica")
    training.trainers.create(user=public.user, role="vodja")
    training.trainers.create(user=hidden.user, role="sovodja")
    training.save_revision().publish()

    response = client.get(training.url)

    assert "Javna Trenerka" in response.text
    assert "Skrita Trenerka" not in response.text
    assert "član stičišča" in response.text


def _figures(response):
    """Return the home page's community figures as numbers in their order."""
    return [int(number) for number in re.findall(r'figures__number">(\d+)<', response.text)]


def test_home_counts_member_joining_later(client, home):
    MemberProfileFactory(visibility=Visibility.EVERYONE)
    first = client.get("/")

    MemberProfileFactory(visibility=Visibility.EVERYONE)
    response = client.get("/")

    assert _figures(first)[0] == 1
    assert _figures(response)[0] == 2


def test_home_page_counts_new_facilitator(client, home):
    MemberProfileFactory(visibility=Visibility.EVERYONE)
    member = MemberProfileFactory(visibility=Visibility.EVERYONE)
    first = client.get("/")

    services.sync_member_flag(FacilitatorProfile.objects.create(user=member.user))
    response = client.get("/")

    # Members, organisations and institutions, and facilitators once there is one.
    assert len(_figures(first)) == 3
    assert _figures(response)[3] == 1
