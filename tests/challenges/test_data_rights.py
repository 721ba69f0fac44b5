import datetime

import pytest
from django.contrib.auth import get_user_model

from challenges import services
from challenges.choices import TeamRole, UpdateDelivery, UpdateKind
from challenges.matching.models import FacilitationOffer, FacilitatorProfile
from challenges.models import (
    ChallengePage,
    ChallengeTeamMember,
    ChallengeUpdate,
    Commitment,
    Follow,
    FollowerPreference,
)
from hub.email.models import OutboundEmail
from tests.challenges.factories import make_challenge
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory
from tests.member_data import delete_account, download_export, download_export_data, emails_to

pytestmark = pytest.mark.django_db

MEMBER_EMAIL = "challenges.member@example.org"


@pytest.fixture
def institution(db):
    return OrganisationFactory(name="USTANOVA-ZAVEZE-4B")


@pytest.fixture
def member(institution):
    user = UserFactory(email=MEMBER_EMAIL, first_name="Rok", last_name="Odgovorni")
    MemberProfileFactory(
        user=user, display_name="Rok Odgovorni", organisation=institution, is_representative=True
    )
    return user


@pytest.fixture
def other_member(db):
    user = UserFactory(email="challenges.other@example.org")
    MemberProfileFactory(user=user, display_name="Olga Sledilka")
    return user


@pytest.fixture
def planted(index, institution, member, other_member):
    """A followed challenge with the member's update, commitment, team place and offer."""
    followed = make_challenge(index, number=1, title="SLEDEN-IZZIV-4R", institution=institution)
    submitted = make_challenge(
        index,
        number=2,
        title="PRIJAVLJEN-IZZIV-6T",
        institution=institution,
        owner=member,
        contact_name="Rok Odgovorni",
        contact_email=MEMBER_EMAIL.upper(),
    )

    Follow.objects.create(challenge=followed, user=member)
    Follow.objects.create(challenge=followed, user=other_member)
    FollowerPreference.objects.create(user=member, update_delivery=UpdateDelivery.DAILY)

    update = ChallengeUpdate.objects.create(
        challenge=followed, kind=UpdateKind.MILESTONE, text="ZAPIS-NAPREDKA-8P", author=member
    )
    commitment = Commitment.objects.create(
        challenge=followed,
        what="ZAVEZA-USTANOVE-2H",
        responsible_organisation=institution,
        responsible_person="rok odgovorni",
        due_date=datetime.date(2031, 3, 1),
        created_by=other_member,
    )

    team_place = ChallengeTeamMember.objects.create(
        challenge=followed, user=member, role=TeamRole.LEAD
    )

    facilitator = FacilitatorProfile.objects.create(
        user=member,
        kind="internal",
        languages=["sl", "en"],
        regions=["osrednjeslovenska"],
        hours_per_month=13,
        weekly_suggestions=True,
    )
    facilitator.skills.add("VEŠČINA-FACILITACIJE-1Z")
    offer = FacilitationOffer.objects.create(
        facilitator=facilitator, challenge=followed, motivation="MOTIVACIJA-PONUDBE-5D"
    )
    OutboundEmail.objects.all().delete()
    return {
        "followed": followed,
        "submitted": submitted,
        "update": update,
        "commitment": commitment,
        "team_place": team_place,
        "facilitator": facilitator,
        "offer": offer,
    }


def test_export_lists_follows_and_delivery_choice(client, member, planted):
    data = download_export_data(client, member)["challenges"]

    assert [follow["challenge"] for follow in data["follows"]] == ["SLEDEN-IZZIV-4R"]
    assert data["update_delivery"] == "daily"


def test_export_lists_posted_updates(client, member, planted):
    data = download_export_data(client, member)["challenges"]

    assert data["updates"] == [
        {
            "challenge": "SLEDEN-IZZIV-4R",
            "kind": "milestone",
            "text": "ZAPIS-NAPREDKA-8P",
            "public": True,
            "posted_at": data["updates"][0]["posted_at"],
        }
    ]


def test_export_lists_responsible_commitments(client, member, planted):
    data = download_export_data(client, member)["challenges"]

    commitments = data["commitments"]
    assert [commitment["what"] for commitment in commitments] == ["ZAVEZA-USTANOVE-2H"]
    assert commitments[0]["responsible_organisation"] == "USTANOVA-ZAVEZE-4B"
    assert commitments[0]["recorded_by_you"] is False


def test_export_lists_submissions_and_team_places(client, member, planted):
    data = download_export_data(client, member)["challenges"]

    assert [page["challenge"] for page in data["submissions"]] == ["PRIJAVLJEN-IZZIV-6T"]
    assert data["submissions"][0]["submission_state"] == "published"
    assert data["team_memberships"][0]["challenge"] == "SLEDEN-IZZIV-4R"
    assert data["team_memberships"][0]["role"] == "lead"


def test_export_lists_facilitator_profile_and_offers(client, member, planted):
    data = download_export_data(client, member)["facilitation"]

    assert data["kind"] == "internal"
    assert data["hours_per_month"] == 13
    assert data["languages"] == ["sl", "en"]
    assert data["weekly_suggestions"] is True
    assert data["skills"] == ["VEŠČINA-FACILITACIJE-1Z"]
    assert data["offers"][0]["challenge"] == "SLEDEN-IZZIV-4R"
    assert data["offers"][0]["motivation"] == "MOTIVACIJA-PONUDBE-5D"
    assert data["offers"][0]["status"] == "offered"


def test_export_without_facilitator_profile(client, member):
    data = download_export_data(client, member)

    assert data["facilitation"] is None
    assert data["challenges"]["follows"] == []


def test_export_leaves_out_other_members_addresses(client, member, other_member, planted):
    text = download_export(client, member)

    assert other_member.email not in text


def test_deletion_removes_follows_and_facilitation(
    client, member, other_member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    assert not Follow.objects.filter(user_id=member.pk).exists()
    assert Follow.objects.filter(user=other_member).exists()
    assert not FollowerPreference.objects.filter(user_id=member.pk).exists()
    assert not FacilitatorProfile.objects.filter(pk=planted["facilitator"].pk).exists()
    assert not FacilitationOffer.objects.filter(pk=planted["offer"].pk).exists()


def test_deletion_keeps_contributions_anonymised(
    client, member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    update = ChallengeUpdate.objects.select_related("author").get(pk=planted["update"].pk)
    assert update.text == "ZAPIS-NAPREDKA-8P"
    assert update.author.email == f"deleted-{member.pk}@deleted.invalid"
    assert update.author.get_full_name() == ""
    assert Commitment.objects.filter(pk=planted["commitment"].pk).exists()
    assert ChallengeTeamMember.objects.filter(pk=planted["team_place"].pk).exists()
    page = client.get(planted["followed"].url)
    assert "ZAPIS-NAPREDKA-8P" in page.text
    assert "Rok Odgovorni" not in page.text


def test_deletion_clears_member_as_challenge_contact(
    client, member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)

    submitted = ChallengePage.objects.get(pk=planted["submitted"].pk)
    assert submitted.contact_email == ""
    assert submitted.contact_name == ""
    followed = ChallengePage.objects.get(pk=planted["followed"].pk)
    assert followed.contact_email == "kontakt1@ustanova.example"


def test_deletion_queues_no_email_to_member(
    client, member, other_member, planted, django_capture_on_commit_callbacks
):
    delete_account(client, member, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_update(
            planted["followed"], author=other_member, kind=UpdateKind.QUESTION, text="Novica"
        )

    assert emails_to(MEMBER_EMAIL) == []
    assert not OutboundEmail.objects.filter(recipient_id=member.pk).exists()
    assert not get_user_model().objects.filter(email__iexact=MEMBER_EMAIL).exists()
