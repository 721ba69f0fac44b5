import pytest
from wagtail.models import Locale

from community.choices import Visibility
from community.services import refresh_search_text
from hub.models import MethodIndexPage, MethodPage, StandardPage
from tests.challenges.factories import make_challenge, make_index
from tests.factories import MemberProfileFactory


@pytest.fixture
def challenge_index(home):
    return make_index(home)


@pytest.fixture
def challenge(challenge_index):
    """Build a function that publishes a challenge with the given fields."""
    counter = {"value": 0}

    def make(**fields):
        counter["value"] += 1
        return make_challenge(challenge_index, number=counter["value"], **fields)

    return make


@pytest.fixture
def standard_page(home):
    def make(title, *, parent=None, slug=None, **fields):
        page = StandardPage(
            title=title, slug=slug or f"stran-{StandardPage.objects.count()}", **fields
        )
        (parent or home).add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def method(home):
    index = MethodIndexPage(title="Knjižnica metod", slug="metode")
    home.add_child(instance=index)
    index.save_revision().publish()

    def make(title, summary, **fields):
        page = MethodPage(
            title=title, slug=f"metoda-{MethodPage.objects.count()}", summary=summary, **fields
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def member(directory):
    """Build a function that creates a member with up-to-date directory search text."""

    def make(visibility=Visibility.EVERYONE, **fields):
        profile = MemberProfileFactory(visibility=visibility, **fields)
        refresh_search_text(profile)
        return profile

    return make


@pytest.fixture
def english(english_home):
    return Locale.objects.get(language_code="en")
