import pytest

from community.choices import Visibility
from tests.factories import MemberProfileFactory, UserFactory


@pytest.fixture
def sender(db):
    """A member who writes, with a Slovenian account."""
    user = UserFactory(email="sender.private@example.org", language="sl")
    MemberProfileFactory(user=user, display_name="Ana Pošiljateljica")
    return user


@pytest.fixture
def recipient_profile(db):
    """A member to write to, visible to members and reading email in English."""
    user = UserFactory(email="recipient.private@example.org", language="en")
    return MemberProfileFactory(
        user=user, display_name="Bojan Prejemnik", visibility=Visibility.MEMBERS
    )


@pytest.fixture
def recipient(recipient_profile):
    return recipient_profile.user
