import pytest
from django.contrib.auth import get_user_model

from ambassadors.models import AmbassadorCornerPage, AmbassadorIndexPage
from hub.email.models import OutboundEmail
from tests.support import publish_child
from tests.trainings.conftest import make_training, training_index  # noqa: F401


@pytest.fixture
def ambassador_index(home):
    index = AmbassadorIndexPage(title="Ambasadorji", slug="ambasadorji", show_in_menus=True)
    return publish_child(home, index)


@pytest.fixture
def corner(home):
    page = AmbassadorCornerPage(title="Kotiček ambasadorjev", slug="koticek")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def staff(db, settings):
    # Tests sign staff in directly; the second factor has its own tests.
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    return get_user_model().objects.create_superuser(
        "osebje@sticisce.example", "correct horse battery staple", language="sl"
    )


class Outbox:
    """The outbox rows queued so far; tests read them instead of waiting for the commit."""

    def __iter__(self):
        return iter(OutboundEmail.objects.order_by("pk"))

    def __getitem__(self, index):
        return list(self)[index]

    def __len__(self):
        return OutboundEmail.objects.count()

    def clear(self):
        OutboundEmail.objects.all().delete()


@pytest.fixture
def outbox(db):
    return Outbox()
