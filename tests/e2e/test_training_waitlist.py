"""A member enrols in a full training, waits, and is promoted when someone cancels."""

import pytest

from trainings import services
from trainings.models import Enrolment

from .conftest import t, verified_member

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_waitlisted_member_is_promoted_after_cancellation(visitors, make_training):
    language = "sl"
    training = make_training([{"capacity": 1}], title="Oblikovanje storitev", slug="oblikovanje")
    session = training.sessions.get()
    first = verified_member("prva@example.org", language=language)
    services.enrol(first, session)
    second = verified_member("druga@example.org", language=language)
    waiting = visitors("cakajoca")

    waiting.sign_in(second.email, language)
    waiting.goto(training.url)
    waiting.step("full training")
    waiting.page.get_by_role("button", name=t("Join the waitlist", language)).click()
    waiting.page.wait_for_load_state()
    waiting.step("on the waitlist")

    enrolment = Enrolment.objects.get(member=second)
    assert enrolment.status == Enrolment.Status.WAITLISTED

    leaving = visitors("odjavljena")
    leaving.sign_in(first.email, language)
    leaving.goto("/prijave/moja/")
    leaving.step("my trainings")
    leaving.page.get_by_role("button", name=t("Cancel my enrolment", language)).click()
    leaving.page.wait_for_load_state()
    leaving.step("cancelled")

    waiting.goto("/prijave/moja/")
    waiting.step("promoted")
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.CONFIRMED
    assert t("Cancel my enrolment", language) in waiting.page.content()
