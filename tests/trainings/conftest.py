from datetime import timedelta

import pytest
from django.utils import timezone

from tests.support import publish_child
from trainings.models import TrainingIndexPage, TrainingPage, TrainingSession


@pytest.fixture
def training_index(home):
    index = TrainingIndexPage(title="Usposabljanja", slug="usposabljanja", show_in_menus=True)
    return publish_child(home, index)


@pytest.fixture
def make_training(training_index):
    """Return a function that publishes a training with sessions under the index.

    Each session is a dict of TrainingSession fields; ``days`` places its start
    that many days from now (default 10), and ``capacity`` defaults to 2.
    """
    counter = {"value": 0}

    def make(sessions=({},), *, topics=(), methods=(), **fields):
        counter["value"] += 1
        number = counter["value"]
        fields.setdefault("title", f"Usposabljanje {number}")
        fields.setdefault("slug", f"usposabljanje-{number}")
        fields.setdefault("summary", f"Povzetek usposabljanja {number}.")
        page = TrainingPage(**fields)
        page_sessions = []
        for values in sessions:
            values = dict(values)
            start = values.pop("start", None) or timezone.now() + timedelta(
                days=values.pop("days", 10)
            )
            values.setdefault("capacity", 2)
            values.setdefault("end", start + timedelta(hours=3))
            page_sessions.append(TrainingSession(start=start, **values))
        page.sessions = page_sessions
        training_index.add_child(instance=page)
        page.topics.add(*topics)
        page.methods.add(*methods)
        page.save_revision().publish()
        return TrainingPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def session(make_training):
    """An upcoming session with two seats."""
    return make_training().sessions.get()
