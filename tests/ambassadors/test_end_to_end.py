"""Nomination → approval → public listing → track progress → stepping down, in both languages."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from ambassadors import services
from ambassadors.models import Ambassador, Nomination
from community.choices import Visibility
from tests.factories import OrganisationFactory
from tests.support import publish_translation
from trainings.models import Enrolment

from .factories import member_of, representative_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_index(ambassador_index, english_home):
    return publish_translation(ambassador_index, "en", slug="ambassadors", title="Ambassadors")


def _subjects_to(address):
    return [message.subject for message in mail.outbox if message.to == [address]]


def test_ambassador_lifecycle_in_both_languages(
    client,
    staff,
    ambassador_index,
    english_index,
    make_training,
    django_capture_on_commit_callbacks,
):
    institution = OrganisationFactory(name="Upravna enota Ptuj", region="podravska")
    representative = representative_of(institution, user__language="sl")
    colleague = member_of(
        institution,
        display_name="Lara Ambasadorka",
        user__first_name="Lara",
        user__last_name="Ambasadorka",
        visibility=Visibility.EVERYONE,
        user__language="en",
    )
    training = make_training(ambassador_track=True, title="Uvod v soustvarjanje")

    # A representative nominates a colleague; both and the staff are emailed.
    client.force_login(representative)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("ambassadors:nominate"),
            {
                "email": colleague.email,
                "motivation": "Vodi prenovo storitev.",
                "focus_areas": "zdravje",
            },
        )
    assert response.status_code == 302
    assert _subjects_to(colleague.email) == ["You were nominated as an innovation ambassador"]
    assert _subjects_to(representative.email) == ["Vaš predlog (Lara Ambasadorka) je poslan"]
    assert len(_subjects_to(staff.email)) == 1

    # Staff approve in the admin; the member joins the group and is told in English.
    nomination = Nomination.objects.get()
    client.force_login(staff)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("ambassadors_nominations:edit", args=[nomination.pk]),
            {"decision": "approve", "decision_note": "Welcome!"},
        )
    assert response.status_code == 302
    assert _subjects_to(colleague.email) == ["Ambassador nomination approved: Upravna enota Ptuj"]
    approval = next(message for message in mail.outbox if message.to == [colleague.email])
    assert "Welcome!" in approval.body
    assert colleague.groups.filter(name=services.AMBASSADORS_GROUP).exists()

    # The public page lists her in both languages.
    client.logout()
    slovenian = client.get(ambassador_index.url)
    english = client.get("/en/ambassadors/")
    assert "Lara Ambasadorka" in slovenian.text
    assert "Ambasador ustanove Upravna enota Ptuj" in slovenian.text
    assert "Lara Ambasadorka" in english.text
    assert "Ambassador of Upravna enota Ptuj" in english.text

    # Attending the only track training completes the track and opens the certificate.
    ambassador = Ambassador.objects.get(member=colleague)
    Enrolment.objects.create(
        member=colleague,
        training=training,
        session=training.sessions.first(),
        status=Enrolment.Status.CONFIRMED,
        attendance=Enrolment.Attendance.ATTENDED,
    )
    client.force_login(colleague)
    with translation.override("en"):
        my_page = client.get(reverse("ambassadors:my_network"))
        certificate = client.get(reverse("ambassadors:certificate", args=[ambassador.pk]))
    assert "You attended 1 of 1 track trainings." in my_page.text
    assert certificate.status_code == 200
    assert "Certificate of the ambassador track" in certificate.text

    # Stepping down in the admin keeps the history and ends the group membership.
    client.force_login(staff)
    mail.outbox.clear()
    today = timezone.localdate().isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("ambassadors_appointments:edit", args=[ambassador.pk]),
            {
                "member": colleague.pk,
                "institution": institution.pk,
                "appointed_on": ambassador.appointed_on.isoformat(),
                "focus_areas": "zdravje",
                "statement_sl": "",
                "statement_en": "",
                "track_completed_on": ambassador.track_completed_on.isoformat()
                if ambassador.track_completed_on
                else "",
                "ended_on": today,
                "end_note": "New job.",
            },
        )
    assert response.status_code == 302
    ambassador.refresh_from_db()
    assert ambassador.ended_on == timezone.localdate()
    assert not colleague.groups.filter(name=services.AMBASSADORS_GROUP).exists()
    assert _subjects_to(colleague.email) == [
        "Your ambassador appointment at Upravna enota Ptuj has ended"
    ]
    client.logout()
    assert "Lara Ambasadorka" not in client.get("/en/ambassadors/").text
