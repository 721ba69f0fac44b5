import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page

from community.models import MemberDirectoryPage
from hub.models import HomePage, MethodIndexPage, MethodPage
from tests.support import publish_child, publish_translation


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with an empty cache, as the database starts empty."""
    cache.clear()
    yield


@pytest.fixture
def home(db):
    """The Slovenian home page that the first migration creates as the site root."""
    return HomePage.objects.get(locale__language_code="sl", depth=2)


@pytest.fixture
def english_home(home):
    locale = Locale.objects.get(language_code="en")
    page = home.copy_for_translation(locale)
    page.slug = "home"
    page.intro_title = "Solving public-sector challenges together"
    page.save_revision().publish()
    return page.specific_deferred


@pytest.fixture
def directory(home):
    """The Slovenian member directory, listed in the menu."""
    page = MemberDirectoryPage(title="Imenik članov", slug="imenik", show_in_menus=True)
    return publish_child(home, page)


@pytest.fixture
def english_directory(directory, english_home):
    return publish_translation(directory, "en", slug="directory", title="Member directory")


@pytest.fixture
def methods_index(home):
    index = MethodIndexPage(title="Knjižnica metod", slug="metode", show_in_menus=True)
    return publish_child(home, index)


@pytest.fixture
def add_methods(methods_index):
    def add(count, *, featured=True):
        created = []
        start = MethodPage.objects.count()
        for number in range(start, start + count):
            method = MethodPage(
                title=f"Metoda {number}",
                slug=f"metoda-{number}",
                summary=f"Povzetek metode {number}.",
                featured=featured,
            )
            methods_index.add_child(instance=method)
            method.save_revision().publish()
            created.append(method)
        return created

    return add


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()
