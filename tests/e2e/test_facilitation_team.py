"""A facilitator offers to help with a challenge and hub staff confirm a team with them."""

import re

import pytest
from playwright.sync_api import expect

from challenges.matching.models import FacilitatorProfile
from hub.email.models import OutboundEmail
from tests.challenges.facilitation_factories import make_facilitator
from tests.challenges.factories import make_challenge, make_index
from tests.factories import OrganisationFactory

from .conftest import field, t, verified_member

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Dostopnejše naročanje na upravni enoti"
VOLUNTEER = "Nina Povezovalka"
CO_FACILITATOR = "Cene Sofacilitator"


def choose(page, label, option):
    """Pick ``option`` in the admin select labelled ``label``.

    Playwright matches a pattern against the label's raw text, and Wagtail's labels
    start with white space and end with a required mark, so both are allowed for.
    """
    page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\W*$")).select_option(label=option)


def test_volunteer_is_confirmed_on_team(visitors, home, moderator_secret):
    language = "sl"
    challenge = make_challenge(
        make_index(home),
        title=TITLE,
        slug="dostopnejse-narocanje",
        institution=OrganisationFactory(name="Upravna enota Celje"),
    )
    member = verified_member(
        "nina@povezovanje.example",
        display_name=VOLUNTEER,
        organisation=OrganisationFactory(sector="private"),
        is_facilitator=True,
    )
    FacilitatorProfile.objects.create(
        user=member,
        kind="external",
        level="practitioner",
        languages=["sl"],
        regions=["osrednjeslovenska"],
    )
    make_facilitator(name=CO_FACILITATOR)
    staff, secret = moderator_secret
    facilitator = visitors("facilitatorka")

    facilitator.sign_in(member.email, language)
    facilitator.goto(challenge.url)
    facilitator.step("open challenge")
    facilitator.page.get_by_role("link", name=t("Offer to help", language)).click()
    facilitator.page.wait_for_load_state()
    field(facilitator.page, t("Why do you want to help with this challenge?", language)).fill(
        "Vodila sem delavnice o naročanju v dveh občinah."
    )
    facilitator.step("offer form")
    facilitator.page.get_by_role("button", name=t("Send my offer", language)).click()
    facilitator.page.wait_for_load_state()
    facilitator.step("offer sent")

    offers = facilitator.page.get_by_role("region", name=t("Your offers to help", language))
    assert TITLE in offers.inner_text()
    assert t("offered", language) in offers.inner_text()
    withdraw = offers.get_by_role("button", name=t("Withdraw", language))
    expect(withdraw).to_have_accessible_description(TITLE)

    facilitator.goto(challenge.url)
    facilitator.step("challenge shows the offer")
    offered = t("You offered to help: %(status)s.", language) % {"status": t("offered", language)}
    assert offered in facilitator.page.locator("main").inner_text()

    moderator = visitors("osebje")
    moderator.sign_in_with_second_factor(staff.email, secret)
    moderator.goto("/admin/facilitation/matching/")
    moderator.step("matching index")
    moderator.page.get_by_role("link", name=TITLE).click()
    moderator.page.wait_for_load_state()
    moderator.step("matching screen")

    ranked = moderator.page.locator(
        f"h2:text-is('{t('Ranked candidates', language)}') + table tbody tr"
    )
    volunteer_row = ranked.filter(has_text=VOLUNTEER)
    assert volunteer_row.count() == 1
    assert t("offered to help", language) in volunteer_row.inner_text()
    offer_row = moderator.page.locator(
        f"h2:text-is('{t('Offers to help', language)}') + table tbody tr"
    ).filter(has_text=VOLUNTEER)
    accept = offer_row.get_by_role("button", name=t("Accept", language))
    expect(accept).to_have_accessible_description(VOLUNTEER)

    choose(moderator.page, t("Lead facilitator", language), VOLUNTEER)
    choose(moderator.page, t("Co-facilitator", language), CO_FACILITATOR)
    moderator.step("team chosen")
    moderator.page.get_by_role("button", name=t("Confirm the team", language)).click()
    moderator.page.wait_for_load_state()
    moderator.step("team confirmed")
    assert t("The team was confirmed and everyone was emailed.", language) in (
        moderator.page.content()
    )

    facilitator.goto(challenge.url)
    facilitator.step("challenge forms its team")
    badge = facilitator.page.locator(".challenge__header .status-badge")
    assert badge.inner_text() == t("team forming", language)
    timeline = facilitator.page.locator("#timeline")
    assert t("team forming", language) in timeline.inner_text()

    facilitator.goto("/challenge-hub/facilitation/")
    facilitator.step("your facilitation")
    teams = facilitator.page.get_by_role("region", name=t("Your teams", language))
    assert TITLE in teams.inner_text()
    assert t("lead facilitator", language) in teams.inner_text()

    team_emails = OutboundEmail.objects.filter(
        recipient=member, template="facilitation_team_confirmed"
    )
    assert team_emails.count() == 1
    assert TITLE in team_emails.get().subject
