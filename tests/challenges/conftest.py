import pytest
from django.core.cache import cache

from tests.challenges.factories import make_index


@pytest.fixture
def index(home):
    return make_index(home)


@pytest.fixture(autouse=True)
def empty_cache():
    """Start each test without cached pages, because rolled-back ids are used again."""
    cache.clear()
