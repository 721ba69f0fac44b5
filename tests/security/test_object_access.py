"""Every URL naming one object answers 403 or 404 to anyone who may not see it.

Each case signs in as an outsider (or stays anonymous), requests the object and
checks both the status and that none of the owner's data is in the response.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from challenges.models import ChallengeAttachment, ChallengePage
from community.choices import Visibility
from community.models import ContactMessage
from tests.challenges.factories import make_challenge, make_index, representative
from tests.factories import MemberProfileFactory, UserFactory
from trainings import services as training_services

pytestmark = pytest.mark.django_db

DENIED = (403, 404)
SECRET = "Zaupno-7Q2"


def _denied_or_sign_in(response):
    if response.status_code == 302:
        return "/accounts/login/" in response["Location"]
    return response.status_code in DENIED


@pytest.fixture
def outsider(client):
    user = UserFactory(email="outsider@example.org")
    MemberProfileFactory(user=user)
    client.force_login(user)
    return user


@pytest.fixture
def draft(home):
    """A draft challenge of one institution, never published, with an attachment."""
    index = make_index(home)
    owner = representative()
    page = ChallengePage(
        title=f"Osnutek {SECRET}",
        slug="osnutek",
        institution=owner.organisation,
        summary=SECRET,
        problem=SECRET,
        desired_outcome=SECRET,
        contact_name="Lastnica Osnutka",
        contact_email="lastnica@ustanova.example",
        region="gorenjska",
        mode="hybrid",
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision()
    ChallengeAttachment.objects.create(
        challenge=page,
        title=f"priloga-{SECRET}.pdf",
        file=SimpleUploadedFile("priloga.pdf", b"%PDF-1.4\n" + SECRET.encode()),
    )
    return page


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "other member"])
def test_draft_challenge_page_is_not_found(client, draft, signed_in):
    if signed_in:
        client.force_login(UserFactory())

    response = client.get("/izzivi/osnutek/")

    assert response.status_code == 404
    assert SECRET not in response.text


def test_other_institutions_representative_cannot_edit_draft(client, draft):
    client.force_login(representative().user)

    response = client.get(f"/challenge-hub/{draft.pk}/edit/")

    assert response.status_code in DENIED
    assert SECRET not in response.text


def test_plain_member_cannot_edit_draft(client, draft, outsider):
    response = client.get(f"/challenge-hub/{draft.pk}/edit/")

    assert response.status_code in DENIED
    assert SECRET not in response.text


def test_anonymous_visitor_cannot_edit_draft(client, draft):
    response = client.get(f"/challenge-hub/{draft.pk}/edit/")

    assert _denied_or_sign_in(response)


def test_other_institution_sees_none_of_my_challenges(client, draft):
    client.force_login(representative().user)

    response = client.get("/challenge-hub/mine/")

    assert response.status_code == 200
    assert SECRET not in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/challenge-hub/{pk}/status/",
        "/challenge-hub/{pk}/updates/",
        "/challenge-hub/{pk}/commitments/",
    ],
)
def test_outsider_cannot_act_on_published_challenge(client, home, outsider, path):
    page = make_challenge(make_index(home))

    response = client.post(path.format(pk=page.pk), {"new_status": "withdrawn", "text": SECRET})

    assert response.status_code in DENIED
    page.refresh_from_db()
    assert page.status == "open"
    assert not page.updates.exists()


def test_outsider_cannot_cancel_anothers_enrolment(client, session, outsider):
    owner = UserFactory(email="owner@example.org")
    enrolment = training_services.enrol(owner, session)

    response = client.post(f"/prijave/prijava/{enrolment.pk}/odjava/")

    assert response.status_code == 404
    enrolment.refresh_from_db()
    assert enrolment.status == enrolment.Status.CONFIRMED


def test_guessed_cancellation_link_is_not_found(client, session):
    training_services.enrol(UserFactory(), session)

    response = client.get("/prijave/odjava/not-a-real-token/")

    assert response.status_code == 404


def test_forged_calendar_feed_token_is_not_found(client, session):
    owner = UserFactory()
    training_services.enrol(owner, session)

    response = client.get(f"/prijave/koledar/{owner.pk}.ics")

    assert response.status_code == 404


def test_my_trainings_needs_sign_in(client):
    assert _denied_or_sign_in(client.get("/prijave/moja/"))


def test_data_export_needs_sign_in(client):
    assert _denied_or_sign_in(client.post("/clani/moji-podatki/izvoz/"))


def test_data_export_holds_only_own_data(client, outsider):
    other = MemberProfileFactory(display_name=f"Druga {SECRET}", headline=SECRET)

    response = client.post("/clani/moji-podatki/izvoz/")

    assert response.status_code == 200
    assert SECRET.encode() not in response.content
    assert other.user.email.encode() not in response.content


def test_another_members_message_is_not_found(client, outsider):
    sender = UserFactory()
    recipient = UserFactory()
    message = ContactMessage.objects.create(
        sender=sender, recipient=recipient, subject=SECRET, body=SECRET
    )

    for path in ["/clani/sporocila/{token}/", "/clani/sporocila/{token}/prijava/"]:
        response = client.get(path.format(token=message.reply_token))

        assert response.status_code == 404
        assert SECRET not in response.text


@pytest.mark.parametrize(
    ("visibility", "signed_in"),
    [
        (Visibility.NOBODY, False),
        (Visibility.NOBODY, True),
        (Visibility.MEMBERS, False),
    ],
)
def test_hidden_profile_is_not_found(client, directory, visibility, signed_in):
    profile = MemberProfileFactory(
        visibility=visibility, display_name=f"Skrita {SECRET}", headline=SECRET
    )
    if signed_in:
        client.force_login(UserFactory())

    response = client.get(f"/imenik/{profile.slug}/")

    assert response.status_code == 404
    assert SECRET not in response.text


def test_hidden_member_cannot_be_written_to(client, directory, outsider):
    profile = MemberProfileFactory(visibility=Visibility.NOBODY, display_name=f"Skrita {SECRET}")

    response = client.get(f"/clani/{profile.slug}/pisi/")

    assert response.status_code in DENIED
    assert SECRET not in response.text
