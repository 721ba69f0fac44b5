"""Whole pages stored for anonymous visitors: what is stored, what purges it, what never is."""

import gzip
from datetime import timedelta

import brotli
import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from challenges.models import ChallengeUpdate
from community.choices import Visibility
from community.pages import MemberDirectoryPage
from hub import page_cache
from hub.models import FooterText, HubSettings, StandardPage
from tests.challenges.factories import make_challenge, make_index
from tests.factories import MemberProfileFactory, UserFactory
from trainings import services as training_services
from trainings.models import TrainingIndexPage, TrainingPage, TrainingSession

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the callbacks that a committed transaction would run, such as purges."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


@pytest.fixture
def about(home):
    page = StandardPage(title="O stičišču", slug="o-sticiscu", summary="Prvi povzetek.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def fetch_twice(client, path, **headers):
    """Fill the cache with one request and return the second response."""
    client.get(path, **headers)
    return client.get(path, **headers)


# Stored and served


def test_second_anonymous_request_is_served_from_cache(client, about):
    first = client.get("/o-sticiscu/")
    second = client.get("/o-sticiscu/")

    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second.status_code == 200


def test_stored_page_tells_browsers_to_revalidate(client, about):
    response = fetch_twice(client, "/o-sticiscu/")

    assert "public" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_stored_pages_are_kept_per_language(client, home, english_home):
    slovenian = fetch_twice(client, "/")
    english = fetch_twice(client, "/en/")

    assert '<html lang="sl">' in slovenian.text
    assert '<html lang="en">' in english.text


def test_stored_pages_are_kept_per_query_string(client, home):
    first = fetch_twice(client, "/search/?q=metoda")
    second = fetch_twice(client, "/search/?q=delavnica")

    assert 'value="metoda"' in first.text
    assert 'value="delavnica"' in second.text
    assert 'value="metoda"' not in second.text


def test_head_request_from_cache_has_no_body(client, about):
    client.get("/o-sticiscu/")

    response = client.head("/o-sticiscu/")

    assert response["X-Cache"] == "hit"
    assert response.content == b""


def test_cache_can_be_turned_off(client, about, settings):
    settings.PAGE_CACHE_ENABLED = False

    response = fetch_twice(client, "/o-sticiscu/")

    assert "X-Cache" not in response


# Purges


def test_publishing_a_change_purges_the_page(client, about, commit):
    fetch_twice(client, "/o-sticiscu/")
    about.summary = "Drugi povzetek."

    commit(lambda: about.save_revision().publish())
    response = client.get("/o-sticiscu/")

    assert "Drugi povzetek." in response.text


def test_unpublishing_purges_the_page(client, about, commit):
    fetch_twice(client, "/o-sticiscu/")

    commit(about.unpublish)
    response = client.get("/o-sticiscu/")

    assert response.status_code == 404


def test_moving_a_page_purges_its_old_address(client, home, about, commit):
    other = StandardPage(title="Drugo", slug="drugo")
    home.add_child(instance=other)
    other.save_revision().publish()
    fetch_twice(client, "/o-sticiscu/")

    commit(lambda: Page.objects.get(pk=about.pk).move(other, pos="last-child"))
    response = client.get("/o-sticiscu/")

    # Wagtail redirects the old address to the new one.
    assert response.status_code == 301
    assert client.get("/drugo/o-sticiscu/").status_code == 200


def test_deleting_a_page_purges_it(client, about, commit):
    fetch_twice(client, "/o-sticiscu/")

    commit(Page.objects.get(pk=about.pk).delete)
    response = client.get("/o-sticiscu/")

    assert response.status_code == 404


def test_new_challenge_update_purges_challenge_page(client, home, commit):
    challenge = make_challenge(make_index(home))
    fetch_twice(client, challenge.url)

    commit(
        lambda: ChallengeUpdate.objects.create(
            challenge=challenge, kind="milestone", text="Nov mejnik na poti."
        )
    )
    response = client.get(challenge.url)

    assert "Nov mejnik na poti." in response.text


def test_new_challenge_update_purges_home_page(client, home, commit):
    challenge = make_challenge(make_index(home))
    fetch_twice(client, "/")

    commit(
        lambda: ChallengeUpdate.objects.create(
            challenge=challenge, kind="milestone", text="Mejnik za domačo stran."
        )
    )
    response = client.get("/")

    assert "Mejnik za domačo stran." in response.text


def test_challenge_update_leaves_other_sections_stored(client, home, about, commit):
    challenge = make_challenge(make_index(home))
    fetch_twice(client, "/o-sticiscu/")

    commit(lambda: ChallengeUpdate.objects.create(challenge=challenge, kind="milestone", text="x"))
    response = client.get("/o-sticiscu/")

    assert response["X-Cache"] == "hit"


def _training_with_one_seat(home):
    index = TrainingIndexPage(title="Usposabljanja", slug="usposabljanja")
    home.add_child(instance=index)
    index.save_revision().publish()
    start = timezone.now() + timedelta(days=10)
    training = TrainingPage(title="Delavnica", slug="delavnica", summary="Povzetek.")
    training.sessions = [TrainingSession(start=start, end=start + timedelta(hours=2), capacity=1)]
    index.add_child(instance=training)
    training.save_revision().publish()
    return training


def test_enrolment_purges_free_seats(client, home, commit):
    training = _training_with_one_seat(home)
    session = TrainingSession.objects.get(page=training)
    assert "1 / 1" in fetch_twice(client, "/usposabljanja/delavnica/").text

    commit(lambda: training_services.enrol(UserFactory(), session))
    response = client.get("/usposabljanja/delavnica/")

    assert "0 / 1" in response.text


def test_hiding_a_profile_purges_directory_and_profile(client, home, commit):
    directory = MemberDirectoryPage(title="Imenik članov", slug="imenik")
    home.add_child(instance=directory)
    directory.save_revision().publish()
    profile = MemberProfileFactory(
        display_name="Vida Vidna", slug="vida-vidna", visibility=Visibility.EVERYONE
    )
    assert "Vida Vidna" in fetch_twice(client, "/imenik/").text
    fetch_twice(client, "/imenik/vida-vidna/")

    profile.visibility = Visibility.NOBODY
    commit(profile.save)

    assert "Vida Vidna" not in client.get("/imenik/").text
    assert client.get("/imenik/vida-vidna/").status_code == 404


def test_settings_change_purges_footer(client, home, commit):
    fetch_twice(client, "/")
    hub_settings = HubSettings.for_site(home.get_site())
    hub_settings.contact_phone = "+386 1 555 0199"

    commit(hub_settings.save)
    response = client.get("/")

    assert "+386 1 555 0199" in response.text


def test_footer_text_change_purges_pages(client, home, commit):
    fetch_twice(client, "/")

    commit(lambda: FooterText.objects.create(body="<p>Nova noga strani</p>", locale=home.locale))
    response = client.get("/")

    assert "Nova noga strani" in response.text


def test_new_menu_entry_purges_pages(client, home, about, commit):
    fetch_twice(client, "/")
    about.show_in_menus = True

    commit(lambda: about.save_revision().publish())
    response = client.get("/")

    assert 'href="/o-sticiscu/"' in response.text


def test_evicted_version_never_revives_stored_pages(client, about):
    fetch_twice(client, "/o-sticiscu/")

    cache.delete(page_cache.GLOBAL_VERSION_KEY)
    response = client.get("/o-sticiscu/")

    assert response["X-Cache"] == "miss"


# Never stored or shared


def test_signed_in_member_gets_private_uncached_page(client, about):
    MemberProfileFactory(user=UserFactory(email="clanica@example.org"))
    client.force_login(UserFactory(email="clanica@example.org"))

    first = client.get("/o-sticiscu/")
    second = client.get("/o-sticiscu/")

    assert "X-Cache" not in second
    assert "private" in first["Cache-Control"]
    assert "no-store" in first["Cache-Control"]


def test_member_page_never_reaches_anonymous_visitors(client, about):
    member = Client()
    member.force_login(UserFactory(email="skrita.clanica@example.org"))
    member.get("/o-sticiscu/")

    response = fetch_twice(client, "/o-sticiscu/")

    assert "skrita.clanica" not in response.text
    assert "Sign out" not in response.text and "Odjava" not in response.text


def test_request_with_session_cookie_is_not_served_from_cache(client, about):
    fetch_twice(client, "/o-sticiscu/")
    client.cookies["sessionid"] = "anything"

    response = client.get("/o-sticiscu/")

    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_response_that_sets_a_cookie_is_not_stored(client, about):
    def set_cookie(next_serve):
        def serve(page, request, args, kwargs):
            response = next_serve(page, request, args, kwargs)
            response.set_cookie("seen", "yes")
            return response

        return serve

    with hooks.register_temporarily("on_serve_page", set_cookie):
        first = client.get("/o-sticiscu/")
        second = client.get("/o-sticiscu/")

    assert "X-Cache" not in second
    assert "private" in first["Cache-Control"]


def test_password_protected_page_is_not_stored(client, about):
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="skrivnost"
    )

    first = client.get("/o-sticiscu/")
    second = Client().get("/o-sticiscu/")

    assert first.status_code == 200
    assert "X-Cache" not in second
    assert "private" in first["Cache-Control"]


def test_login_protected_page_is_not_stored(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    response = fetch_twice(client, "/o-sticiscu/")

    assert response.status_code == 302
    assert "X-Cache" not in response


def test_stored_pages_carry_no_csrf_token(client, home):
    challenge = make_challenge(make_index(home))

    response = fetch_twice(client, challenge.url)

    assert response["X-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in response.text
    assert "csrftoken" not in response.cookies


def test_member_follows_challenge_after_anonymous_page_was_stored(client, home):
    challenge = make_challenge(make_index(home))
    fetch_twice(Client(), challenge.url)
    member = Client(enforce_csrf_checks=True)
    member.force_login(UserFactory(email="sledilka@example.org"))

    page = member.get(challenge.url)
    token = page.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = member.post(f"/challenge-hub/{challenge.pk}/follow/", {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert challenge.follows.count() == 1


def test_login_form_is_never_stored(client, home):
    response = fetch_twice(client, "/accounts/login/")

    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


# Compression


def test_stored_page_is_compressed_with_brotli(client, about):
    response = fetch_twice(client, "/o-sticiscu/", HTTP_ACCEPT_ENCODING="gzip, br")

    assert response["Content-Encoding"] == "br"
    assert "Prvi povzetek." in brotli.decompress(response.content).decode()


def test_page_is_compressed_with_gzip_without_brotli(client, about):
    response = fetch_twice(client, "/o-sticiscu/", HTTP_ACCEPT_ENCODING="gzip")

    assert response["Content-Encoding"] == "gzip"
    assert "Prvi povzetek." in gzip.decompress(response.content).decode()


def test_page_is_uncompressed_for_clients_without_encodings(client, about):
    fetch_twice(client, "/o-sticiscu/", HTTP_ACCEPT_ENCODING="br")

    response = client.get("/o-sticiscu/")

    assert "Content-Encoding" not in response
    assert "Prvi povzetek." in response.text


def test_personal_page_is_not_compressed(client, about):
    client.force_login(UserFactory(email="brez.stiskanja@example.org"))

    response = client.get("/o-sticiscu/", HTTP_ACCEPT_ENCODING="gzip, br")

    assert "Content-Encoding" not in response
    assert "Accept-Encoding" in response["Vary"]
