import pytest
from wagtail.models import PageViewRestriction

from hub.models import StandardPage
from tests.support import publish_standard_page

pytestmark = pytest.mark.django_db

SECRET_TEXT = "Zaupni zapisnik sestanka"


def protect_with_password(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geslo-123"
    )


def test_password_on_parent_protects_child(client, home):
    section = publish_standard_page(home, "Interno", "interno")
    publish_standard_page(section, "Zapisnik", "zapisnik", summary=SECRET_TEXT)

    protect_with_password(section)
    response = client.get("/interno/zapisnik/")

    assert response.status_code == 200
    assert SECRET_TEXT not in response.text
    assert 'name="password"' in response.text


def test_new_restriction_applies_at_once(client, home):
    publish_standard_page(home, "Zapisnik", "zapisnik", summary=SECRET_TEXT)
    assert SECRET_TEXT in client.get("/zapisnik/").text

    protect_with_password(StandardPage.objects.get(slug="zapisnik"))

    assert SECRET_TEXT not in client.get("/zapisnik/").text


def test_removed_restriction_opens_page(client, home):
    page = publish_standard_page(home, "Zapisnik", "zapisnik", summary=SECRET_TEXT)
    restriction = protect_with_password(page)
    assert SECRET_TEXT not in client.get("/zapisnik/").text

    restriction.delete()

    assert SECRET_TEXT in client.get("/zapisnik/").text


def test_alias_of_protected_page_is_protected(client, home):
    page = publish_standard_page(home, "Zapisnik", "zapisnik", summary=SECRET_TEXT)
    page.create_alias(parent=home, update_slug="kopija-zapisnika")

    protect_with_password(page)

    assert SECRET_TEXT not in client.get("/kopija-zapisnika/").text


def test_menu_drops_page_once_restricted(client, home):
    page = publish_standard_page(home, "Interno", "interno")
    page.show_in_menus = True
    page.save_revision().publish()
    assert 'href="/interno/"' in client.get("/").text

    protect_with_password(page)

    assert 'href="/interno/"' not in client.get("/").text
