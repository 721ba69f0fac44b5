import pytest
from wagtail.models import Locale

from hub.models import HubSettings, StandardPage
from hub.views import server_error
from tests.support import count_queries

pytestmark = pytest.mark.django_db


def test_slovenian_home_page_is_served_at_root(client, home):
    response = client.get("/")

    assert response.status_code == 200
    assert '<html lang="sl">' in response.text
    assert home.intro_title in response.text


def test_english_home_page_is_served_under_en(client, english_home):
    response = client.get("/en/")

    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "Solving public-sector challenges together" in response.text
    assert "Skip to main content" in response.text


def test_language_switcher_links_to_translation(client, home, english_home):
    about = StandardPage(title="O stičišču", slug="o-sticiscu")
    home.add_child(instance=about)
    about.save_revision().publish()
    translation = about.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.slug = "about"
    translation.title = "About the hub"
    translation.save_revision().publish()

    response = client.get("/o-sticiscu/")

    assert 'href="/en/about/"' in response.text


def test_language_switcher_follows_translation_publishing(client, home, english_home):
    about = StandardPage(title="O stičišču", slug="o-sticiscu")
    home.add_child(instance=about)
    about.save_revision().publish()
    assert 'href="/en/about/"' not in client.get("/o-sticiscu/").text

    translation = about.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.slug = "about"
    translation.title = "About the hub"
    translation.save_revision().publish()
    assert 'href="/en/about/"' in client.get("/o-sticiscu/").text

    translation.refresh_from_db()
    translation.unpublish()
    assert 'href="/en/about/"' not in client.get("/o-sticiscu/").text
    assert 'href="/en/"' in client.get("/o-sticiscu/").text


def test_language_switcher_never_links_to_missing_translation(client, home, english_home):
    only_slovenian = StandardPage(title="Samo slovensko", slug="samo-slovensko")
    home.add_child(instance=only_slovenian)
    only_slovenian.save_revision().publish()

    response = client.get("/samo-slovensko/")

    assert 'hreflang="en"' in response.text
    assert 'href="/en/"' in response.text
    assert "/en/samo-slovensko/" not in response.text


def test_missing_page_shows_friendly_translated_404(client, home, english_home):
    slovenian = client.get("/ni-te-strani/")
    english = client.get("/en/no-such-page/")

    assert slovenian.status_code == 404
    assert "Strani ni mogoče najti" in slovenian.text
    assert english.status_code == 404
    assert "Page not found" in english.text
    assert 'href="/"' in english.text


def test_server_error_page_renders_without_context(rf):
    response = server_error(rf.get("/"))

    assert response.status_code == 500
    assert b"<h1>" in response.content


def test_sitemap_lists_live_pages_of_both_languages(client, home, english_home):
    draft = StandardPage(title="Osnutek", slug="osnutek", live=False)
    home.add_child(instance=draft)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert "http://localhost/" in response.text
    assert "http://localhost/en/" in response.text
    assert "osnutek" not in response.text


def test_robots_txt_points_to_sitemap(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


def test_methods_library_lists_published_methods(client, methods_index, add_methods):
    add_methods(3)

    response = client.get("/metode/")

    assert response.status_code == 200
    assert response.text.count('class="card"') == 3


def test_menu_marks_current_section(client, methods_index, add_methods):
    (method,) = add_methods(1)

    response = client.get(method.url)

    assert 'href="/metode/" aria-current="page"' in response.text


def test_home_page_query_count_does_not_grow_with_content(client, home, add_methods):
    add_methods(2)
    few = count_queries(client, "/")

    add_methods(30)
    many = count_queries(client, "/")

    assert few == many
    assert many <= 15


def test_methods_library_query_count_does_not_grow_with_content(client, add_methods):
    add_methods(2)
    few = count_queries(client, "/metode/")

    add_methods(30)
    many = count_queries(client, "/metode/")

    assert few == many
    assert many <= 15


def test_footer_links_privacy_notice_in_visitors_language(client, home, english_home):
    privacy = StandardPage(title="Varstvo osebnih podatkov", slug="zasebnost")
    home.add_child(instance=privacy)
    privacy.save_revision().publish()
    english = privacy.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Privacy notice"
    english.slug = "privacy"
    english.save_revision().publish()
    hub_settings = HubSettings.for_site(home.get_site())
    hub_settings.privacy_page = privacy
    hub_settings.save()

    slovenian = client.get("/")
    english_response = client.get("/en/")

    assert 'href="/zasebnost/">Varstvo osebnih podatkov</a>' in slovenian.text
    assert 'href="/en/privacy/">Privacy notice</a>' in english_response.text


def test_translated_page_lists_hreflang_alternates(client, home, english_home):
    response = client.get("/en/")

    assert '<link rel="alternate" hreflang="sl" href="http://localhost/">' in response.text
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/">' in response.text


def test_home_page_title_names_the_hub_once(client, home):
    response = client.get("/")

    assert "<title>Središče za soustvarjanje</title>" in response.text


def test_favicon_ico_redirects_to_svg_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("hub/favicon.svg")


def test_menu_shows_newly_published_page_at_once(client, home):
    client.get("/")
    about = StandardPage(title="O nas", slug="o-nas", show_in_menus=True)
    home.add_child(instance=about)

    about.save_revision().publish()

    assert 'href="/o-nas/"' in client.get("/").text


def test_footer_shows_changed_contact_email_at_once(client, home):
    client.get("/")
    hub_settings = HubSettings.for_site(home.get_site())

    hub_settings.contact_email = "nov@sticisce.example"
    hub_settings.save()

    assert "nov@sticisce.example" in client.get("/").text
