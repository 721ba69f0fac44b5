import pytest

from tests.challenges.factories import make_index


@pytest.fixture
def index(home):
    return make_index(home)
