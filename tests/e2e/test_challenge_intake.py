"""A representative submits a challenge and hub staff publish it."""

import pytest

from challenges.models import ChallengePage
from tests.challenges.factories import make_index
from tests.factories import OrganisationFactory

from .conftest import field, t, verified_member

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Predolge čakalne vrste v zdravstvenem domu"


def test_representative_submits_and_staff_publish(visitors, home, moderator_secret):
    make_index(home)
    institution = OrganisationFactory(name="Zdravstveni dom Kranj")
    verified_member(
        "predstavnica@zd-kranj.example", organisation=institution, is_representative=True
    )
    staff, secret = moderator_secret
    representative = visitors("predstavnica")

    representative.sign_in("predstavnica@zd-kranj.example")
    representative.goto("/challenge-hub/submit/")
    representative.step("submission form")
    form = representative.page
    field(form, t("Title", "sl")).fill(TITLE)
    field(form, t("Summary", "sl")).fill("Ljudje na termin čakajo več tednov.")
    field(form, t("The problem", "sl")).fill(
        "Naročanje poteka samo po telefonu, ki je ves čas zaseden."
    )
    field(form, t("Desired outcome", "sl")).fill("Vsak dobi termin v tednu.")
    field(form, t("Topics", "sl")).fill("zdravje, dostopnost")
    field(form, t("Contact person", "sl")).fill("Mojca Kontakt")
    field(form, t("Contact email", "sl")).fill("mojca@zd-kranj.example")
    representative.step("fill in the submission form")
    form.get_by_role("button", name=t("Submit for review", "sl")).click()
    form.wait_for_load_state()
    representative.step("sent for review")

    assert t("Your challenge was sent for review. We will email you.", "sl") in form.content()
    page = ChallengePage.objects.get(title=TITLE)
    assert not page.live

    moderator = visitors("osebje")
    moderator.sign_in_with_second_factor(staff.email, secret)
    moderator.goto(f"/admin/pages/{page.pk}/edit/")
    moderator.step("review in the admin")
    approve = moderator.page.locator('button[data-workflow-action-name="approve"]').first
    moderator.page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    approve.click()
    moderator.page.wait_for_load_state()
    moderator.step("approved")

    page.refresh_from_db()
    assert page.live
    representative.goto(page.url)
    representative.step("published challenge")
    assert TITLE in representative.page.content()
