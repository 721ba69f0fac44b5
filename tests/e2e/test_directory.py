"""A visitor searches and filters the member directory; a member hides their profile."""

import pytest

from community.choices import Region, Visibility
from community.services import refresh_search_text

from .conftest import t, verified_member

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _public_member(email, name, region, expertise):
    user = verified_member(email, display_name=name, visibility=Visibility.EVERYONE, region=region)
    user.profile.expertise.add(*expertise)
    refresh_search_text(user.profile)
    return user


def _listed_names(page):
    return page.locator(".member-card__name").all_inner_texts()


@pytest.mark.parametrize("language", ["sl", "en"])
def test_visitor_searches_and_filters_directory(visitors, english_directory, language):
    _public_member("ana@example.org", "Ana Oblikovalka", Region.GORENJSKA, ["oblikovanje storitev"])
    _public_member("bor@example.org", "Bor Oblikovalec", Region.POMURSKA, ["oblikovanje storitev"])
    _public_member("cvet@example.org", "Cvetka Pravnica", Region.GORENJSKA, ["javna naročila"])
    visitor = visitors("obiskovalec")
    path = "/imenik/" if language == "sl" else "/en/directory/"

    visitor.goto(path)
    visitor.step("directory")
    visitor.page.get_by_label(t("Search by name, organisation, role or expertise", language)).fill(
        "oblikovanje"
    )
    visitor.page.locator("form.directory button[type=submit]").first.click()
    visitor.page.wait_for_load_state()
    visitor.step("searched")

    assert sorted(_listed_names(visitor.page)) == ["Ana Oblikovalka", "Bor Oblikovalec"]

    region = visitor.page.locator(f"input[name=region][value={Region.GORENJSKA}]")
    if not region.is_visible():
        # On phones the filters fold away behind their summary; wide screens always show them.
        visitor.page.locator("details.directory__filters summary").click()
    region.check()
    visitor.step("filter chosen")
    visitor.page.get_by_role("button", name=t("Apply filters", language)).click()
    visitor.page.wait_for_load_state()
    visitor.step("filtered")

    assert _listed_names(visitor.page) == ["Ana Oblikovalka"]


def test_member_hides_profile_and_it_disappears(visitors, directory):
    member = _public_member("skrita@example.org", "Hana Skrita", Region.GORENJSKA, ["pravo"])
    profile_path = f"/imenik/{member.profile.slug}/"
    visitor = visitors("obiskovalec")
    visitor.goto("/imenik/")
    visitor.step("listed before")
    assert "Hana Skrita" in _listed_names(visitor.page)

    owner = visitors("clanica")
    owner.sign_in(member.email)
    owner.goto("/accounts/profile/")
    owner.page.locator(f"input[name=visibility][value={Visibility.NOBODY}]").check()
    owner.step("choose nobody")
    owner.page.locator("main form button[type=submit]").last.click()
    owner.page.wait_for_load_state()
    owner.step("saved")

    visitor.goto("/imenik/")
    visitor.step("gone from the directory")
    assert "Hana Skrita" not in _listed_names(visitor.page)
    response = visitor.goto(profile_path)
    visitor.step("profile not found")
    assert response.status == 404
    visitor.goto("/search/?q=Skrita")
    visitor.step("not in search")
    assert "Hana Skrita" not in visitor.page.content()
