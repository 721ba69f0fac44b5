"""Facilitators volunteer, staff confirm teams, and everyone sees what they may see."""

import datetime

import pytest
from django.core import mail

from challenges.choices import ChallengeStatus
from challenges.matching import services
from challenges.matching.models import FacilitationOffer, FacilitatorProfile, SuggestionNotice
from challenges.matching.tasks import send_weekly_facilitator_suggestions
from challenges.models import ChallengePage, ChallengeTeamMember
from tests.challenges.facilitation_factories import make_facilitator
from tests.challenges.factories import make_challenge, representative, translate
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, settings):
    settings.STAFF_REQUIRE_SECOND_FACTOR = False
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def staff():
    return UserFactory(is_staff=True)


def team_of_three(challenge):
    """Create a lead, a co-facilitator and a public-sector learner who all fit ``challenge``."""
    lead = make_facilitator(name="Lea Vodilna", level="lead", skills=["pisanje"])
    co = make_facilitator(name="Cene Sofacilitator")
    learner = make_facilitator(
        name="Uči Javna",
        kind="internal",
        level="learner",
        organisation=OrganisationFactory(),
    )
    return lead, co, learner


# Facilitator profile


def test_member_creates_facilitator_profile(client):
    member = MemberProfileFactory()
    client.force_login(member.user)

    response = client.post(
        "/challenge-hub/facilitation/profile/",
        {
            "is_active": "on",
            "kind": "external",
            "level": "lead",
            "skills": "oblikovanje storitev, pisanje",
            "topics": "zdravje",
            "languages": ["sl", "en"],
            "regions": ["gorenjska"],
            "hours_per_month": "10",
            "max_concurrent": "3",
        },
    )

    assert response.status_code == 302
    profile = FacilitatorProfile.objects.get(user=member.user)
    assert profile.level == "lead"
    assert sorted(tag.name for tag in profile.skills.all()) == ["oblikovanje storitev", "pisanje"]
    member.refresh_from_db()
    assert member.is_facilitator


def test_profile_needs_region_or_online_english(client, english_home):
    member = MemberProfileFactory(user=UserFactory(language="en"))
    client.force_login(member.user)

    response = client.post(
        "/en/challenge-hub/facilitation/profile/",
        {
            "kind": "external",
            "level": "practitioner",
            "languages": ["en"],
            "hours_per_month": "10",
            "max_concurrent": "2",
        },
    )

    assert response.status_code == 400
    assert "Choose at least one region where you can work" in response.text
    assert not FacilitatorProfile.objects.exists()


def test_profile_form_starts_from_member_profile(client):
    member = MemberProfileFactory(region="gorenjska", languages=["sl", "de"])
    client.force_login(member.user)

    response = client.get("/challenge-hub/facilitation/profile/")

    assert response.status_code == 200
    assert sorted(response.context["form"].initial["languages"]) == ["de", "sl"]
    assert response.context["form"].initial["regions"] == ["gorenjska"]


# Volunteering


def test_facilitator_volunteers_and_is_emailed(client, index, django_capture_on_commit_callbacks):
    challenge = make_challenge(index, title="Čakalne vrste")
    facilitator = make_facilitator()
    client.force_login(facilitator.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/challenge-hub/{challenge.pk}/volunteer/",
            {"motivation": "Vodila sem podobne delavnice.", "facilitator": facilitator.pk},
        )

    assert response.status_code == 302
    offer = FacilitationOffer.objects.get()
    assert offer.status == "offered"
    assert [message.to for message in mail.outbox] == [[facilitator.user.email]]
    assert "Čakalne vrste" in mail.outbox[0].subject
    assert "ponujeno" in mail.outbox[0].body


def test_volunteering_twice_gets_a_clear_message(client, index):
    challenge = make_challenge(index)
    facilitator = make_facilitator()
    client.force_login(facilitator.user)
    client.post(f"/challenge-hub/{challenge.pk}/volunteer/", {"motivation": "Prvič."})

    response = client.post(f"/challenge-hub/{challenge.pk}/volunteer/", {"motivation": "Drugič."})

    assert response.status_code == 400
    assert "Za pomoč pri tem izzivu ste se že javili." in response.text
    assert FacilitationOffer.objects.count() == 1


def test_volunteering_twice_in_english_gets_english_message(client, index, english_home):
    challenge = make_challenge(index)
    english = translate(challenge, slug="queues", title="Queues")
    facilitator = make_facilitator(language="en")
    client.force_login(facilitator.user)
    client.post(f"/en/challenge-hub/{english.pk}/volunteer/", {"motivation": "First."})

    response = client.post(f"/en/challenge-hub/{challenge.pk}/volunteer/", {"motivation": "Again."})

    assert response.status_code == 400
    assert "You have already offered to help with this challenge." in response.text
    assert FacilitationOffer.objects.get().challenge_id == challenge.pk


def test_volunteering_on_closed_challenge_is_rejected(client, index):
    challenge = make_challenge(index, status=ChallengeStatus.CO_CREATION)
    facilitator = make_facilitator()
    client.force_login(facilitator.user)

    response = client.post(f"/challenge-hub/{challenge.pk}/volunteer/", {"motivation": "Rada."})

    assert response.status_code == 400
    assert "ne sprejema več ponudb" in response.text
    assert not FacilitationOffer.objects.exists()


def test_volunteering_after_apply_by_is_rejected(client, index):
    challenge = make_challenge(index, apply_by=datetime.date(2020, 1, 1))
    facilitator = make_facilitator()
    client.force_login(facilitator.user)

    response = client.post(f"/challenge-hub/{challenge.pk}/volunteer/", {"motivation": "Rada."})

    assert response.status_code == 400
    assert not FacilitationOffer.objects.exists()


def test_volunteering_for_someone_else_is_forbidden(client, index):
    challenge = make_challenge(index)
    me = make_facilitator(name="Jaz")
    someone = make_facilitator(name="Nekdo drug")
    client.force_login(me.user)

    response = client.post(
        f"/challenge-hub/{challenge.pk}/volunteer/",
        {"motivation": "Namesto kolegice.", "facilitator": someone.pk},
    )

    assert response.status_code == 403
    assert "Pomoč lahko ponudite samo v svojem imenu." in response.text
    assert not FacilitationOffer.objects.exists()


def test_member_without_profile_is_asked_to_create_one(client, index):
    challenge = make_challenge(index)
    client.force_login(MemberProfileFactory().user)

    page = client.get(f"/challenge-hub/{challenge.pk}/volunteer/")
    response = client.post(f"/challenge-hub/{challenge.pk}/volunteer/", {"motivation": "Rada."})

    assert "/challenge-hub/facilitation/profile/" in page.text
    assert response.status_code == 400
    assert not FacilitationOffer.objects.exists()


def test_empty_motivation_is_rejected(client, index):
    challenge = make_challenge(index)
    facilitator = make_facilitator()
    client.force_login(facilitator.user)

    response = client.post(f"/challenge-hub/{challenge.pk}/volunteer/", {"motivation": "  "})

    assert response.status_code == 400
    assert not FacilitationOffer.objects.exists()


def test_challenge_page_offers_help_button(client, index):
    challenge = make_challenge(index)
    client.force_login(make_facilitator().user)

    response = client.get(challenge.url)

    assert f"/challenge-hub/{challenge.pk}/volunteer/" in response.text


# Offer moves


def test_facilitator_withdraws_own_offer(client, index, django_capture_on_commit_callbacks):
    challenge = make_challenge(index)
    facilitator = make_facilitator()
    offer = services.volunteer(
        challenge, facilitator=facilitator, by=facilitator.user, motivation="Rada."
    )
    client.force_login(facilitator.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/challenge-hub/facilitation/offers/{offer.pk}/withdraw/")

    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == "withdrawn"
    assert "umaknjen" in mail.outbox[-1].body


def test_withdrawing_someone_elses_offer_is_forbidden(client, index):
    challenge = make_challenge(index)
    facilitator = make_facilitator()
    offer = services.volunteer(
        challenge, facilitator=facilitator, by=facilitator.user, motivation="Rada."
    )
    client.force_login(make_facilitator(name="Druga").user)

    response = client.post(f"/challenge-hub/facilitation/offers/{offer.pk}/withdraw/")

    assert response.status_code == 403
    offer.refresh_from_db()
    assert offer.status == "offered"


def test_staff_shortlist_emails_the_facilitator(
    admin_client, index, django_capture_on_commit_callbacks
):
    challenge = make_challenge(index)
    facilitator = make_facilitator(language="en")
    offer = services.volunteer(
        challenge, facilitator=facilitator, by=facilitator.user, motivation="Glad to."
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/facilitation/matching/offers/{offer.pk}/", {"status": "shortlisted"}
        )

    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == "shortlisted"
    assert "shortlisted" in mail.outbox[-1].body


def test_declined_offer_cannot_be_accepted(index, staff):
    challenge = make_challenge(index)
    facilitator = make_facilitator()
    offer = services.volunteer(
        challenge, facilitator=facilitator, by=facilitator.user, motivation="Rada."
    )
    services.move_offer(offer, "declined", by=staff)

    with pytest.raises(services.FacilitationError):
        services.move_offer(offer, "accepted", by=staff)

    offer.refresh_from_db()
    assert offer.status == "declined"


def test_member_cannot_accept_offers(index):
    challenge = make_challenge(index)
    facilitator = make_facilitator()
    offer = services.volunteer(
        challenge, facilitator=facilitator, by=facilitator.user, motivation="Rada."
    )

    with pytest.raises(services.FacilitationError):
        services.move_offer(offer, "accepted", by=facilitator.user)


# Staff screen and team confirmation


def test_staff_screen_ranks_candidates_with_reasons(admin_client, index):
    challenge = make_challenge(index, skills=["pisanje"], languages=["sl"])
    team_of_three(challenge)

    response = admin_client.get(f"/admin/facilitation/matching/{challenge.pk}/")

    assert response.status_code == 200
    assert "Lea Vodilna" in response.text
    assert "govori: slovenščina" in response.text
    assert "ima znanje »pisanje«" in response.text
    form = response.context["form"]
    assert form.initial["lead"] is not None


def test_staff_screen_lists_challenges(admin_client, index):
    challenge = make_challenge(index, title="Čakalne vrste")

    response = admin_client.get("/admin/facilitation/matching/")

    assert response.status_code == 200
    assert "Čakalne vrste" in response.text
    assert f"/admin/facilitation/matching/{challenge.pk}/" in response.text


def test_confirming_team_creates_it_moves_challenge_and_emails(
    admin_client, index, django_capture_on_commit_callbacks
):
    challenge = make_challenge(index)
    rep = representative(challenge.institution)
    lead, co, learner = team_of_three(challenge)
    offer = services.volunteer(challenge, facilitator=co, by=co.user, motivation="Rad.")
    other = make_facilitator(name="Ostala")
    other_offer = services.volunteer(
        challenge, facilitator=other, by=other.user, motivation="Tudi."
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/facilitation/matching/{challenge.pk}/",
            {"lead": lead.pk, "co_facilitator": co.pk, "learner": learner.pk, "note": ""},
        )

    assert response.status_code == 302
    roles = dict(ChallengeTeamMember.objects.values_list("user_id", "role"))
    assert roles == {
        lead.user_id: "lead",
        co.user_id: "co_facilitator",
        learner.user_id: "learner",
    }
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.TEAM_FORMING
    recipients = {message.to[0] for message in mail.outbox}
    assert {lead.user.email, co.user.email, learner.user.email, rep.user.email} <= recipients
    offer.refresh_from_db()
    other_offer.refresh_from_db()
    assert (offer.status, other_offer.status) == ("accepted", "declined")


def test_confirming_on_team_forming_moves_to_co_creation(index, staff):
    challenge = make_challenge(index, status=ChallengeStatus.TEAM_FORMING)
    lead, co, _learner = team_of_three(challenge)

    services.confirm_team(challenge, by=staff, lead=lead, co_facilitator=co)

    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.CO_CREATION


def test_owner_institution_member_cannot_lead(index, staff):
    challenge = make_challenge(index)
    insider = make_facilitator(
        name="Notranja", level="lead", kind="internal", organisation=challenge.institution
    )
    _lead, co, _learner = team_of_three(challenge)

    with pytest.raises(services.FacilitationError) as error:
        services.confirm_team(challenge, by=staff, lead=insider, co_facilitator=co)

    assert "Notranja" in str(error.value.message)
    assert not ChallengeTeamMember.objects.exists()
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN


def test_unavailable_facilitator_cannot_join(index, staff):
    challenge = make_challenge(index)
    away = make_facilitator(name="Odsotna", unavailable_until=datetime.date(2099, 1, 1))
    lead, _co, _learner = team_of_three(challenge)

    with pytest.raises(services.FacilitationError):
        services.confirm_team(challenge, by=staff, lead=lead, co_facilitator=away)

    assert not ChallengeTeamMember.objects.exists()


def test_facilitator_without_shared_language_cannot_join(index, staff):
    challenge = make_challenge(index, languages=["sl"])
    german = make_facilitator(name="Nemška", languages=["de"])
    lead, _co, _learner = team_of_three(challenge)

    with pytest.raises(services.FacilitationError):
        services.confirm_team(challenge, by=staff, lead=lead, co_facilitator=german)


def test_facilitator_at_capacity_cannot_join(index, staff):
    busy = make_facilitator(name="Zasedena", max_concurrent=1)
    earlier = make_challenge(index, number=1)
    lead, co, _learner = team_of_three(earlier)
    services.confirm_team(earlier, by=staff, lead=busy, co_facilitator=co)
    challenge = make_challenge(index, number=2)

    with pytest.raises(services.FacilitationError):
        services.confirm_team(challenge, by=staff, lead=busy, co_facilitator=lead)


def test_swapped_seat_in_admin_must_fit_the_role(admin_client, index):
    challenge = make_challenge(index)
    lead, co, learner = team_of_three(challenge)

    response = admin_client.post(
        f"/admin/facilitation/matching/{challenge.pk}/",
        {"lead": learner.pk, "co_facilitator": co.pk},
    )

    assert response.status_code == 400
    assert not ChallengeTeamMember.objects.exists()


def test_same_person_in_two_seats_is_rejected(admin_client, index):
    challenge = make_challenge(index)
    lead, _co, _learner = team_of_three(challenge)

    response = admin_client.post(
        f"/admin/facilitation/matching/{challenge.pk}/",
        {"lead": lead.pk, "co_facilitator": lead.pk},
    )

    assert response.status_code == 400
    assert not ChallengeTeamMember.objects.exists()


def test_proposal_is_the_same_every_time(index):
    challenge = make_challenge(index)
    for number in range(6):
        make_facilitator(name=f"Enaka {number}", level="lead")

    first = services.propose([challenge])[challenge.pk]
    second = services.propose([challenge])[challenge.pk]

    assert first == second
    assert first.lead is not None and first.co_facilitator is not None


# My facilitation and suggestions


def test_my_facilitation_lists_offers_teams_and_fitting_challenges(client, index, staff):
    fitting = make_challenge(index, number=1, title="Zdravje za vse", topics=["zdravje"])
    offered = make_challenge(index, number=2, title="Ponujeni izziv")
    teamed = make_challenge(index, number=3, title="Izziv z ekipo")
    plain = make_challenge(index, number=4, title="Navaden izziv")
    me = make_facilitator(name="Jaz", topics=["zdravje"], level="lead")
    _lead, co, _learner = team_of_three(teamed)
    services.volunteer(offered, facilitator=me, by=me.user, motivation="Rada.")
    services.confirm_team(teamed, by=staff, lead=me, co_facilitator=co)
    client.force_login(me.user)

    response = client.get("/challenge-hub/facilitation/")

    assert response.status_code == 200
    assert "Ponujeni izziv" in response.text
    assert "Izziv z ekipo" in response.text
    pages = [page.pk for page, _assessment, _reasons in response.context["fitting"]]
    assert pages.index(fitting.pk) < pages.index(plain.pk)
    assert teamed.pk not in pages
    assert "pozna temo »zdravje«" in response.text


def test_my_facilitation_in_english(client, index, english_home):
    challenge = make_challenge(index, topics=["zdravje"])
    translate(challenge, slug="health", title="Health for all")
    me = make_facilitator(language="en", topics=["zdravje"])
    client.force_login(me.user)

    response = client.get("/en/challenge-hub/facilitation/")

    assert response.status_code == 200
    assert "Health for all" in response.text
    assert "knows the topic “zdravje”" in response.text


def test_representative_sees_only_visible_facilitators(client, index):
    challenge = make_challenge(index)
    rep = representative(challenge.institution)
    make_facilitator(name="Vidna Članom", visibility="members")
    make_facilitator(name="Skrita Oseba", visibility="nobody")
    client.force_login(rep.user)

    response = client.get(f"/challenge-hub/{challenge.pk}/facilitators/")

    assert response.status_code == 200
    assert "Vidna Članom" in response.text
    assert "Skrita Oseba" not in response.text
    assert response.context["hidden_candidates"] == 1


def test_staff_see_hidden_facilitators(admin_client, index):
    challenge = make_challenge(index)
    make_facilitator(name="Skrita Oseba", visibility="nobody")

    response = admin_client.get(f"/challenge-hub/{challenge.pk}/facilitators/")

    assert "Skrita Oseba" in response.text


def test_other_members_cannot_see_suggestions(client, index):
    challenge = make_challenge(index)
    client.force_login(MemberProfileFactory().user)

    response = client.get(f"/challenge-hub/{challenge.pk}/facilitators/")

    assert response.status_code == 403


def test_weekly_suggestions_never_repeat_a_challenge(index, django_capture_on_commit_callbacks):
    make_challenge(index, title="Nov izziv", topics=["zdravje"])
    me = make_facilitator(topics=["zdravje"], weekly_suggestions=True)

    with django_capture_on_commit_callbacks(execute=True):
        first = send_weekly_facilitator_suggestions()
        second = send_weekly_facilitator_suggestions()

    assert (first, second) == (1, 0)
    assert [message.to for message in mail.outbox] == [[me.user.email]]
    assert "Nov izziv" in mail.outbox[0].body
    assert SuggestionNotice.objects.count() == 1


def test_weekly_suggestions_skip_members_who_did_not_ask(index):
    make_challenge(index)
    make_facilitator(weekly_suggestions=False)

    assert send_weekly_facilitator_suggestions() == 0
    assert not mail.outbox


def test_team_member_appears_on_challenge_page(client, index, staff):
    challenge = make_challenge(index)
    lead, co, _learner = team_of_three(challenge)
    services.confirm_team(challenge, by=staff, lead=lead, co_facilitator=co)
    client.force_login(MemberProfileFactory().user)

    response = client.get(ChallengePage.objects.get(pk=challenge.pk).url)

    assert "Lea Vodilna" in response.text
