from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from hub.models import MethodPage

pytestmark = pytest.mark.django_db


def _load_demo(*arguments):
    output = StringIO()
    call_command("load_demo", *arguments, stdout=output)
    return output.getvalue()


def test_demo_builds_bilingual_site_and_prints_admin_account(client):
    output = _load_demo()

    assert "admin@sticisce.example" in output
    assert "password:" in output
    slovenian = client.get("/metode/")
    english = client.get("/en/methods/")
    assert slovenian.status_code == 200
    assert english.status_code == 200
    assert "Svetovna kavarna" in slovenian.text
    assert "World Café" in english.text
    assert MethodPage.objects.filter(locale__language_code="sl").count() >= 10
    assert MethodPage.objects.filter(locale__language_code="en").count() >= 10


def test_demo_site_links_absolute_urls_to_served_address(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    _load_demo()

    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8000")
    home = client.get("/", HTTP_HOST="127.0.0.1:8000")

    assert "<loc>http://127.0.0.1:8000/metode/</loc>" in sitemap.text
    assert "/varstvo-osebnih-podatkov/" in home.text
    assert "/izjava-o-dostopnosti/" in home.text


def test_demo_admin_can_sign_in_to_admin(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False  # as on the embedded development set-up
    output = _load_demo()
    password = output.split("password:")[1].split()[0]

    response = client.post(
        "/accounts/login/?next=/admin/",
        {"login": "admin@sticisce.example", "password": password},
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_running_demo_twice_changes_nothing():
    _load_demo()
    pages = Page.objects.count()
    users = get_user_model().objects.count()

    output = _load_demo()

    assert Page.objects.count() == pages
    assert get_user_model().objects.count() == users
    assert "password unchanged" in output
    assert not Page.objects.filter(live=False).exists()


def test_demo_rejects_scale_out_of_range():
    with pytest.raises(CommandError, match="--scale must be between 1 and 100"):
        _load_demo("--scale", "0")
