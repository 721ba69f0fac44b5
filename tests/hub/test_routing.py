import pytest
from wagtail.models import Page, Site

from hub.models import HomePage
from tests.support import publish_standard_page

pytestmark = pytest.mark.django_db


def test_renamed_page_moves_address(client, home):
    page = publish_standard_page(home, "O stičišču", "o-sticiscu")
    assert client.get("/o-sticiscu/").status_code == 200

    page.slug = "o-nas"
    page.save_revision().publish()

    assert client.get("/o-sticiscu/").status_code == 404
    assert client.get("/o-nas/").status_code == 200


def test_unpublished_visited_page_is_not_found(client, home):
    page = publish_standard_page(home, "Razpis", "razpis")
    assert client.get("/razpis/").status_code == 200

    page.unpublish()

    assert client.get("/razpis/").status_code == 404


def test_deleted_visited_page_is_not_found(client, home):
    page = publish_standard_page(home, "Arhiv", "arhiv")
    assert client.get("/arhiv/").status_code == 200

    page.delete()

    assert client.get("/arhiv/").status_code == 404


def test_moved_page_redirects_to_new_parent(client, home):
    section = publish_standard_page(home, "Projekti", "projekti")
    page = publish_standard_page(home, "Pilot", "pilot")
    assert client.get("/pilot/").status_code == 200

    page.move(section, pos="last-child")

    old_address = client.get("/pilot/")
    assert old_address.status_code == 301
    assert old_address["Location"] == "/projekti/pilot/"
    assert client.get("/projekti/pilot/").status_code == 200


def test_edited_page_shows_new_text(client, home):
    page = publish_standard_page(home, "Dostopnost", "dostopnost")
    assert "Izjava o dostopnosti" not in client.get("/dostopnost/").text

    page.summary = "Izjava o dostopnosti"
    page.save_revision().publish()

    assert "Izjava o dostopnosti" in client.get("/dostopnost/").text


def test_site_root_change_serves_new_home(client, home):
    other_home = HomePage(
        title="Drugo stičišče", slug="drugo", intro_title="Stičišče na obali", intro="Drugo"
    )
    Page.get_first_root_node().add_child(instance=other_home)
    other_home.save_revision().publish()
    assert "Stičišče na obali" not in client.get("/").text

    site = Site.objects.get(is_default_site=True)
    site.root_page = other_home
    site.save()

    assert "Stičišče na obali" in client.get("/").text
