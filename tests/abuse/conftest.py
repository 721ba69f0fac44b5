# The training fixtures are shared with the trainings suite rather than copied.
from tests.trainings.conftest import make_training, session, training_index  # noqa: F401
