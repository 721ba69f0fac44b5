"""Pages made for one member never land in a shared cache."""

import pytest
from django.conf import settings as django_settings

from community.choices import Visibility
from tests.factories import MemberProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

SECRET = "Samo-za-clane-4K"


def _cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def test_signed_in_page_is_private(client, home):
    client.force_login(UserFactory())

    response = client.get("/")

    assert "private" in _cache_control(response)


def test_anonymous_page_stays_shareable(client, home):
    response = client.get("/")

    assert "private" not in _cache_control(response)


def test_page_that_sets_a_csrf_cookie_is_private(client, home):
    response = client.get("/accounts/login/")

    assert response.cookies
    assert "private" in _cache_control(response)


@pytest.fixture
def whole_page_cache(settings):
    """Put Django's per-site cache around the hub, as a shared cache in front of it would be."""
    settings.MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *django_settings.MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    settings.CACHE_MIDDLEWARE_SECONDS = 600


def test_members_only_profile_is_not_served_from_cache_to_anonymous(
    client, directory, whole_page_cache
):
    profile = MemberProfileFactory(visibility=Visibility.MEMBERS, headline=SECRET)
    member = UserFactory()
    client.force_login(member)
    signed_in = client.get(f"/imenik/{profile.slug}/")
    client.logout()
    client.cookies.clear()

    anonymous = client.get(f"/imenik/{profile.slug}/")

    assert SECRET in signed_in.text
    assert anonymous.status_code in (302, 403, 404)
    assert SECRET not in anonymous.text
