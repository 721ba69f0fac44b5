"""Every public page type runs the same few SQL queries with 20 or with 2,000 items.

Each test fills the database to 20 items, counts the queries of a warm request,
grows the data to 2,000 items in bulk and counts again.
"""

import datetime
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from taggit.models import Tag

from challenges.models import (
    ChallengePage,
    ChallengeTopicTag,
    ChallengeUpdate,
    StatusChange,
)
from community.choices import Visibility
from community.demo import MemberBuilder, create_members, load_organisations, load_tags
from community.models import ExpertiseTag, MemberProfile
from hub.models import MethodPage
from tests.bulk import add_live_children
from tests.challenges.factories import make_challenge, make_index
from tests.factories import MemberProfileFactory, OrganisationFactory
from tests.support import count_queries
from trainings.models import Enrolment, TrainingIndexPage, TrainingPage, TrainingSession

pytestmark = pytest.mark.django_db

SMALL, LARGE = 20, 2000
QUERY_BUDGET = 15


def assert_budget_holds(client, path, grow):
    """Grow the data to SMALL and then LARGE items and check both warm query counts."""
    grow(SMALL)
    small = count_queries(client, path)

    grow(LARGE - SMALL)
    large = count_queries(client, path)

    assert large == small, f"{path}: {small} queries with {SMALL} items, {large} with {LARGE}"
    assert large <= QUERY_BUDGET, f"{path}: {large} queries"


class Counter:
    """Numbers items across calls so that slugs stay unique."""

    def __init__(self):
        self.next = 0

    def take(self, count):
        numbers = range(self.next, self.next + count)
        self.next += count
        return numbers


# Builders


@pytest.fixture
def institution(db):
    return OrganisationFactory(name="Ministrstvo za merjenje")


@pytest.fixture
def challenge_index(home):
    return make_index(home)


@pytest.fixture
def add_challenges(challenge_index, institution):
    counter = Counter()
    topic = Tag.objects.create(name="digitalizacija")

    def add(count, *, index_for_search=False):
        pages = [
            ChallengePage(
                title=f"Izziv {number}",
                slug=f"izziv-{number}",
                institution=institution,
                summary=f"Povzetek izziva {number}.",
                problem="Opis problema.",
                desired_outcome="Boljša storitev.",
                contact_name="Marta Kontaktna",
                contact_email="kontakt@ustanova.example",
                region="osrednjeslovenska",
                apply_by=datetime.date(2031, 1, 1) + timedelta(days=number % 300),
            )
            for number in counter.take(count)
        ]
        pages = add_live_children(challenge_index, pages, index_for_search=index_for_search)
        ChallengeTopicTag.objects.bulk_create(
            ChallengeTopicTag(content_object_id=page.pk, tag=topic) for page in pages
        )
        ChallengeUpdate.objects.bulk_create(
            ChallengeUpdate(challenge_id=page.pk, kind="milestone", text="Mejnik.")
            for page in pages
        )
        return pages

    return add


@pytest.fixture
def add_bulk_methods(methods_index):
    counter = Counter()

    def add(count):
        pages = [
            MethodPage(
                title=f"Metoda {number}",
                slug=f"metoda-{number}",
                summary=f"Povzetek metode {number}.",
                featured=True,
            )
            for number in counter.take(count)
        ]
        return add_live_children(methods_index, pages)

    return add


@pytest.fixture
def training_index(home):
    index = TrainingIndexPage(title="Usposabljanja", slug="usposabljanja", show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def add_trainings(training_index):
    counter = Counter()
    soon = timezone.now() + timedelta(days=10)

    def add(count):
        pages = [
            TrainingPage(
                title=f"Usposabljanje {number}",
                slug=f"usposabljanje-{number}",
                summary=f"Povzetek usposabljanja {number}.",
            )
            for number in counter.take(count)
        ]
        pages = add_live_children(training_index, pages)
        TrainingSession.objects.bulk_create(
            TrainingSession(
                page_id=page.pk,
                start=soon + timedelta(hours=number),
                end=soon + timedelta(hours=number + 3),
                capacity=20,
                sort_order=0,
            )
            for number, page in enumerate(pages)
        )
        return pages

    return add


@pytest.fixture
def add_members(db):
    counter = Counter()
    counter.next = 1  # demo member numbers start at 1
    builder = MemberBuilder(load_organisations(), load_tags(), timezone.now())
    used_slugs = set(MemberProfile.objects.values_list("slug", flat=True))

    def add(count):
        ids = create_members(builder, counter.take(count), used_slugs, refresh=False)
        # Every generated member is listed, so each one reaches the page.
        MemberProfile.objects.filter(pk__in=ids).update(visibility=Visibility.EVERYONE)
        return ids

    return add


# Page types


def test_home_page_budget(client, home, add_challenges, add_bulk_methods, add_trainings):
    def grow(count):
        add_challenges(count)
        add_bulk_methods(count)
        add_trainings(count)

    assert_budget_holds(client, "/", grow)


def test_home_page_budget_with_members(client, home, add_members):
    assert_budget_holds(client, "/", add_members)


def test_challenge_index_budget(client, add_challenges):
    assert_budget_holds(client, "/izzivi/", add_challenges)


def test_challenge_page_budget(client, challenge_index, institution):
    challenge = make_challenge(challenge_index, institution=institution, topics=["zdravje"])
    author = MemberProfileFactory(visibility=Visibility.EVERYONE, organisation=institution).user

    def grow(count):
        ChallengeUpdate.objects.bulk_create(
            ChallengeUpdate(challenge=challenge, kind="reflection", text="Zapis.", author=author)
            for _ in range(count)
        )
        StatusChange.objects.bulk_create(
            StatusChange(challenge=challenge, from_status="open", to_status="open")
            for _ in range(count)
        )

    assert_budget_holds(client, challenge.url, grow)


def test_training_index_budget(client, add_trainings):
    assert_budget_holds(client, "/usposabljanja/", add_trainings)


def test_training_page_budget(client, add_trainings):
    (training,) = add_trainings(1)
    session = TrainingSession.objects.get(page_id=training.pk)
    counter = Counter()

    def grow(count):
        users = get_user_model().objects.bulk_create(
            get_user_model()(email=f"udelezenec{number}@example.org")
            for number in counter.take(count)
        )
        Enrolment.objects.bulk_create(
            Enrolment(
                member=user,
                training_id=training.pk,
                session=session,
                status=Enrolment.Status.CONFIRMED if number < 10 else Enrolment.Status.WAITLISTED,
                token=f"token-{user.pk}",
            )
            for number, user in enumerate(users)
        )

    assert_budget_holds(client, "/usposabljanja/usposabljanje-0/", grow)


def test_directory_budget(client, directory, add_members):
    assert_budget_holds(client, "/imenik/", add_members)


def test_directory_search_budget(client, directory, add_members):
    assert_budget_holds(client, "/imenik/?sector=public&sort=newest", add_members)


def test_member_profile_budget(client, directory, add_members):
    profile = MemberProfileFactory(
        visibility=Visibility.EVERYONE, slug="ana-javna", expertise=["digitalizacija"]
    )
    tags = list(Tag.objects.all()[:1])

    def grow(count):
        ids = add_members(count)
        # Other members share the profile's tags, which the profile links to.
        ExpertiseTag.objects.bulk_create(
            ExpertiseTag(content_object_id=pk, tag=tag) for pk in ids for tag in tags
        )

    assert_budget_holds(client, f"/imenik/{profile.slug}/", grow)


def test_methods_index_budget(client, add_bulk_methods):
    assert_budget_holds(client, "/metode/", add_bulk_methods)


def test_method_page_budget(client, add_bulk_methods):
    assert_budget_holds(client, "/metode/metoda-0/", add_bulk_methods)


def test_search_budget(client, add_challenges):
    def grow(count):
        add_challenges(count, index_for_search=True)

    # "povzetek" matches only the challenges' summaries, so the results hold one page type at
    # both sizes; each further type in the results adds one query for its specific fields.
    assert_budget_holds(client, "/search/?q=povzetek", grow)
