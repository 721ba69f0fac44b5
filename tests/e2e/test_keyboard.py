"""Enrolment and challenge submission done with the keyboard alone: Tab, typing and Enter."""

import pytest

from challenges.models import ChallengePage
from tests.challenges.factories import make_index
from tests.factories import OrganisationFactory
from trainings.models import Enrolment

from .conftest import PASSWORD, t, verified_member

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MAX_TABS = 150


def _focused(page):
    return page.evaluate(
        """() => {
            const element = document.activeElement;
            return {
                name: element.getAttribute("name") || "",
                text: (element.innerText || element.value || "").trim(),
                visible: element.offsetWidth > 0 && element.offsetHeight > 0,
            };
        }"""
    )


def tab_to(page, *, name=None, text=None):
    """Press Tab until the focused element has ``name`` or shows ``text``, and return it."""
    for _press in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = _focused(page)
        if (name and focused["name"] == name) or (text and focused["text"] == text):
            assert focused["visible"], f"focus reached {name or text} but it is not visible"
            return focused
    raise AssertionError(f"Tab never reached {name or text} within {MAX_TABS} presses")


def keyboard_sign_in(visitor, email):
    visitor.goto("/accounts/login/")
    tab_to(visitor.page, name="login")
    visitor.page.keyboard.type(email)
    tab_to(visitor.page, name="password")
    visitor.page.keyboard.type(PASSWORD)
    visitor.step("signing in by keyboard")
    visitor.page.keyboard.press("Enter")
    # Wait for the redirect after sign-in, so the next page load does not abort it.
    visitor.page.wait_for_url(lambda url: "/accounts/login/" not in url)
    visitor.page.wait_for_load_state()


def test_enrolment_by_keyboard_alone(visitors, make_training):
    training = make_training([{"capacity": 5}], title="Facilitacija", slug="facilitacija")
    member = verified_member("tipkovnica@example.org")
    visitor = visitors("clanica")

    keyboard_sign_in(visitor, member.email)
    visitor.goto(training.url)
    tab_to(visitor.page, text=t("Enrol", "sl"))
    visitor.step("focus on enrol")
    visitor.page.keyboard.press("Enter")
    visitor.page.wait_for_load_state()
    visitor.step("enrolled")

    assert Enrolment.objects.get(member=member).status == Enrolment.Status.CONFIRMED


def test_challenge_submission_by_keyboard_alone(visitors, home):
    make_index(home)
    institution = OrganisationFactory(name="Upravna enota Celje")
    member = verified_member(
        "tipkovnica@ue-celje.example", organisation=institution, is_representative=True
    )
    visitor = visitors("predstavnik")
    fields = {
        "title": "Dolge vrste za osebne izkaznice",
        "summary": "Na termin se čaka mesec dni.",
        "problem": "Termine je mogoče rezervirati le po telefonu.",
        "desired_outcome": "Termin v enem tednu.",
        "topics": "javne storitve",
        "contact_name": "Peter Kontakt",
        "contact_email": "peter@ue-celje.example",
    }

    keyboard_sign_in(visitor, member.email)
    visitor.goto("/challenge-hub/submit/")
    for name, value in fields.items():
        tab_to(visitor.page, name=name)
        visitor.page.keyboard.type(value)
    visitor.step("form filled by keyboard")
    tab_to(visitor.page, text=t("Submit for review", "sl"))
    visitor.page.keyboard.press("Enter")
    visitor.page.wait_for_load_state()
    visitor.step("sent for review")

    assert ChallengePage.objects.filter(title=fields["title"], live=False).exists()
