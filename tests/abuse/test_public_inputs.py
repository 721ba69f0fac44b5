"""Property-based abuse of every public form and query parameter.

Each example sends hostile text where a person would type, and checks that the
hub answers without a server error, never echoes markup unescaped, and stores
nothing that an invalid submission should not leave behind.
"""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from challenges.models import ChallengePage
from community.choices import Visibility
from community.models import ContactMessage, MemberDirectoryPage, MemberProfile
from tests.challenges.factories import make_challenge, make_index, representative
from tests.factories import MemberProfileFactory, UserFactory

from .strategies import MARKUP, hostile_text

pytestmark = pytest.mark.django_db

# Each example is one or more requests through the whole stack, so a few dozen per
# input keep the suite fast while still covering every kind of hostile text.
EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
RAW_MARKUP = [markup for markup in MARKUP if "<" in markup]


def _assert_handled(response, value):
    assert response.status_code < 500, (response.status_code, value)
    if response.get("Content-Type", "").startswith("text/html"):
        for markup in RAW_MARKUP:
            if markup in value:
                assert markup not in response.content.decode(errors="replace")


@pytest.fixture
def public_pages(home):
    """The listings with some content, so filters have something to work on."""
    challenge_index = make_index(home)
    make_challenge(challenge_index, topics=["zdravje"])
    directory = MemberDirectoryPage(title="Imenik članov", slug="imenik")
    home.add_child(instance=directory)
    directory.save_revision().publish()
    MemberProfileFactory(visibility=Visibility.EVERYONE, display_name="Ana Javna")


QUERY_PARAMETERS = [
    ("/search/", "q"),
    ("/search/", "page"),
    ("/en/search/", "q"),
    ("/izzivi/", "status"),
    ("/izzivi/", "topic"),
    ("/izzivi/", "region"),
    ("/izzivi/", "sort"),
    ("/izzivi/", "page"),
    ("/usposabljanja/", "format"),
    ("/usposabljanja/", "topic"),
    ("/usposabljanja/", "language"),
    ("/usposabljanja/", "page"),
    ("/imenik/", "q"),
    ("/imenik/", "region"),
    ("/imenik/", "expertise"),
    ("/imenik/", "organisation"),
    ("/imenik/", "sort"),
    ("/imenik/", "page"),
    ("/challenge-hub/open-data/challenges.json", "topic"),
    ("/challenge-hub/open-data/challenges.csv", "status"),
    ("/challenge-hub/feed/rss/", "region"),
]


@pytest.mark.parametrize(("path", "parameter"), QUERY_PARAMETERS)
def test_query_parameter_never_breaks_page(client, public_pages, training_index, path, parameter):
    pages_before = ChallengePage.objects.count()
    profiles_before = MemberProfile.objects.count()

    @EXAMPLES
    @given(value=hostile_text)
    def request_with(value):
        response = client.get(path, {parameter: value})

        _assert_handled(response, value)

    request_with()

    assert ChallengePage.objects.count() == pages_before
    assert MemberProfile.objects.count() == profiles_before


def test_sign_up_form_never_breaks(client, home):
    users_before = get_user_model().objects.count()

    @EXAMPLES
    @given(name=hostile_text, email=hostile_text, password=hostile_text)
    def sign_up(name, email, password):
        cache.clear()
        response = client.post(
            "/accounts/signup/",
            {
                "display_name": name,
                "email": email,
                "password1": password,
                "password2": password,
                "visibility": Visibility.MEMBERS,
            },
        )

        _assert_handled(response, name + email)

    sign_up()

    # Without the accepted terms no sign-up is valid, so no account may exist.
    assert get_user_model().objects.count() == users_before


def test_sign_in_form_never_breaks(client, home):
    member = UserFactory()
    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)

    @EXAMPLES
    @given(login=hostile_text, password=hostile_text)
    def sign_in(login, password):
        cache.clear()
        response = client.post("/accounts/login/", {"login": login, "password": password})

        _assert_handled(response, login)
        assert "_auth_user_id" not in client.session

    sign_in()


def test_password_reset_form_never_breaks(client, home):
    @EXAMPLES
    @given(email=hostile_text)
    def reset(email):
        cache.clear()
        response = client.post("/accounts/password/reset/", {"email": email})

        _assert_handled(response, email)

    reset()


def test_contact_form_never_breaks_or_stores_invalid_message(client, home):
    sender = UserFactory()
    MemberProfileFactory(user=sender)
    recipient = MemberProfileFactory(visibility=Visibility.MEMBERS)
    client.force_login(sender)

    @EXAMPLES
    @given(subject=hostile_text, body=hostile_text)
    def write(subject, body):
        ContactMessage.objects.all().delete()
        response = client.post(f"/clani/{recipient.slug}/pisi/", {"subject": subject, "body": body})

        _assert_handled(response, subject + body)
        if response.status_code != 302:
            assert not ContactMessage.objects.exists()

    write()


SUBMISSION_FIELDS = ["title", "summary", "problem", "desired_outcome", "topics", "contact_email"]


@pytest.mark.parametrize("field", SUBMISSION_FIELDS)
def test_challenge_submission_never_breaks(client, home, field):
    make_index(home)
    client.force_login(representative().user)
    valid = {
        "title": "Čakalne vrste",
        "summary": "Ljudje čakajo.",
        "problem": "Telefon je zaseden.",
        "desired_outcome": "Termin v enem tednu.",
        "topics": "zdravje",
        "languages": ["sl"],
        "region": "gorenjska",
        "mode": "hybrid",
        "contact_name": "Mojca",
        "contact_email": "mojca@zd.example",
        "action": "save",
    }

    @EXAMPLES
    @given(value=hostile_text)
    def submit(value):
        cache.clear()
        before = ChallengePage.objects.count()
        response = client.post("/challenge-hub/submit/", {**valid, field: value})

        _assert_handled(response, value)
        if response.status_code != 302:
            assert ChallengePage.objects.count() == before

    submit()


PROFILE_FIELDS = ["display_name", "headline", "bio", "role", "expertise", "website", "phone"]


@pytest.mark.parametrize("field", PROFILE_FIELDS)
def test_profile_form_never_breaks_or_half_saves(client, home, field):
    profile = MemberProfileFactory(display_name="Stalno Ime", visibility=Visibility.MEMBERS)
    client.force_login(profile.user)
    valid = {
        "display_name": "Stalno Ime",
        "headline": "Svetovalka",
        "region": profile.region,
        "visibility": Visibility.MEMBERS,
        "phone_visibility": Visibility.NOBODY,
        "website_visibility": Visibility.NOBODY,
        "linkedin_visibility": Visibility.NOBODY,
        "mastodon_visibility": Visibility.NOBODY,
        "languages": ["sl"],
    }

    @EXAMPLES
    @given(value=hostile_text)
    def save(value):
        # An earlier example may have saved a valid value, so compare with the name as it is now.
        profile.refresh_from_db()
        name_before = profile.display_name

        response = client.post("/accounts/profile/", {**valid, field: value})

        _assert_handled(response, value)
        if response.status_code != 302:
            profile.refresh_from_db()
            assert profile.display_name == name_before

    save()


@given(session_id=st.integers(min_value=0, max_value=10**30))
@EXAMPLES
def test_enrolment_with_any_session_id_never_breaks(client, session, session_id):
    cache.clear()
    client.force_login(UserFactory(email="vpis@example.org"))

    response = client.post(f"/prijave/termin/{session_id}/prijava/")

    assert response.status_code < 500
