from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from trainings.models import TrainingSession, TrainingTrainer


@pytest.fixture(autouse=True)
def english_messages():
    """Check the rules' English messages; the Slovenian catalogue is tested elsewhere."""
    with translation.override("en"):
        yield


START = timezone.now() + timedelta(days=10)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"end": START - timedelta(hours=1)}, "end", "The session must end after it starts."),
        (
            {"enrolment_closes": START + timedelta(hours=1)},
            "enrolment_closes",
            "Enrolment must close before the session starts or at its start.",
        ),
        (
            {
                "enrolment_opens": START - timedelta(days=1),
                "enrolment_closes": START - timedelta(days=2),
            },
            "enrolment_opens",
            "Enrolment must open before it closes.",
        ),
        (
            {"cancellation_deadline": START + timedelta(minutes=1)},
            "cancellation_deadline",
            "The cancellation deadline must be before the session starts or at its start.",
        ),
    ],
)
def test_session_clean_rejects_inconsistent_times(fields, field, message):
    values = {"start": START, "end": START + timedelta(hours=2), "capacity": 10, **fields}
    session = TrainingSession(**values)

    with pytest.raises(ValidationError) as raised:
        session.clean()

    assert raised.value.message_dict[field] == [message]


def test_session_clean_accepts_consistent_times():
    session = TrainingSession(
        start=START,
        end=START + timedelta(hours=2),
        capacity=10,
        enrolment_opens=START - timedelta(days=20),
        enrolment_closes=START - timedelta(days=1),
        cancellation_deadline=START - timedelta(days=2),
    )

    session.clean()


def test_trainer_needs_member_or_name():
    with pytest.raises(ValidationError, match="guest trainer's name"):
        TrainingTrainer(name=" ").clean()
