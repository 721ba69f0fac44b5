import pytest
from django.urls import reverse

from ambassadors import services
from ambassadors.models import Ambassador, Nomination
from tests.factories import MemberProfileFactory, OrganisationFactory

from .factories import member_of, representative_of

pytestmark = pytest.mark.django_db


def test_representative_nominates_colleague_by_email(client, staff, outbox):
    institution = OrganisationFactory()
    representative = representative_of(institution)
    colleague = member_of(institution)
    client.force_login(representative)

    response = client.post(
        reverse("ambassadors:nominate"),
        {"email": colleague.email.upper(), "motivation": "Vodi projekte digitalizacije."},
    )

    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert nomination.member == colleague
    assert nomination.nominated_by == representative
    assert nomination.status == Nomination.Status.PENDING
    recipients = sorted(message.to_address for message in outbox)
    assert recipients == sorted([colleague.email, representative.email, staff.email])


def test_nominating_member_of_other_institution_is_rejected(client):
    institution = OrganisationFactory(name="Ministrstvo za primer")
    outsider = member_of(OrganisationFactory())
    client.force_login(representative_of(institution))

    response = client.post(
        reverse("ambassadors:nominate"),
        {"email": outsider.email, "motivation": "Zelo dober kandidat."},
    )

    assert response.status_code == 409
    assert "Noben član ustanove Ministrstvo za primer nima tega e-poštnega naslova" in response.text
    assert not Nomination.objects.exists()


def test_nominating_unknown_address_gives_same_answer(client):
    institution = OrganisationFactory(name="Ministrstvo za primer")
    client.force_login(representative_of(institution))

    response = client.post(
        reverse("ambassadors:nominate"),
        {"email": "nihce@example.org", "motivation": "Zelo dober kandidat."},
    )

    assert response.status_code == 409
    assert "Noben član ustanove Ministrstvo za primer nima tega e-poštnega naslova" in response.text


def test_member_without_representative_right_cannot_nominate(client):
    institution = OrganisationFactory()
    colleague = member_of(institution)
    client.force_login(member_of(institution))

    response = client.post(
        reverse("ambassadors:nominate"),
        {"email": colleague.email, "motivation": "Zelo dober kandidat."},
    )

    assert response.status_code == 409
    assert not Nomination.objects.exists()


def test_nomination_form_rejects_empty_motivation(client):
    institution = OrganisationFactory()
    colleague = member_of(institution)
    client.force_login(representative_of(institution))

    response = client.post(reverse("ambassadors:nominate"), {"email": colleague.email})

    assert response.status_code == 400
    assert not Nomination.objects.exists()


def test_second_pending_nomination_is_rejected(client):
    institution = OrganisationFactory()
    colleague = member_of(institution)
    representative = representative_of(institution)
    services.nominate(representative, colleague.email, motivation="Prvič.")
    client.force_login(representative)

    response = client.post(
        reverse("ambassadors:nominate"), {"email": colleague.email, "motivation": "Drugič."}
    )

    assert response.status_code == 409
    assert "že čaka na odločitev" in response.text
    assert Nomination.objects.count() == 1


def test_member_applies_for_own_institution(client, outbox):
    institution = OrganisationFactory()
    member = member_of(institution)
    client.force_login(member)

    response = client.post(reverse("ambassadors:apply"), {"motivation": "Rada povezujem."})

    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert nomination.kind == Nomination.Kind.APPLICATION
    assert nomination.institution == institution
    assert [message.to_address for message in outbox] == [member.email]


def test_member_of_company_cannot_apply(client):
    member = member_of(OrganisationFactory(sector="private"))
    client.force_login(member)

    response = client.post(reverse("ambassadors:apply"), {"motivation": "Rad bi pomagal."})

    assert response.status_code == 409
    assert "preverjenih javnih ustanovah" in response.text
    assert not Nomination.objects.exists()


def test_approval_appoints_member_and_emails_both(staff, outbox):
    institution = OrganisationFactory()
    colleague = member_of(institution)
    representative = representative_of(institution)
    nomination = services.nominate(representative, colleague.email, motivation="Odlična.")
    outbox.clear()

    services.approve(nomination, by=staff, note="Dobrodošli.")

    ambassador = Ambassador.objects.get()
    assert ambassador.member == colleague
    assert colleague.groups.filter(name=services.AMBASSADORS_GROUP).exists()
    assert sorted(message.to_address for message in outbox) == sorted(
        [colleague.email, representative.email]
    )


def test_approving_twice_is_rejected(staff):
    institution = OrganisationFactory()
    member = member_of(institution)
    nomination = services.apply(member, motivation="Rada pomagam.")
    services.approve(nomination, by=staff)

    with pytest.raises(services.AmbassadorError) as error:
        services.approve(nomination, by=staff)

    assert "je bil odobren že" in str(error.value.message)
    assert Ambassador.objects.count() == 1


def test_decline_requires_note(staff):
    institution = OrganisationFactory()
    nomination = services.apply(member_of(institution), motivation="Rada pomagam.")

    with pytest.raises(services.AmbassadorError):
        services.decline(nomination, by=staff, note=" ")

    nomination.refresh_from_db()
    assert nomination.is_pending


def test_decline_emails_note_to_member(staff, outbox):
    institution = OrganisationFactory()
    member = member_of(institution)
    nomination = services.apply(member, motivation="Rada pomagam.")
    outbox.clear()

    services.decline(nomination, by=staff, note="Ustanova že ima dva ambasadorja.")

    assert len(outbox) == 1
    assert "Ustanova že ima dva ambasadorja." in outbox[0].body_text
    assert not Ambassador.objects.exists()


def test_staff_approving_twice_in_admin_sees_message(client, staff):
    institution = OrganisationFactory()
    nomination = services.apply(member_of(institution), motivation="Rada pomagam.")
    services.approve(nomination, by=staff)
    client.force_login(staff)

    response = client.post(
        reverse("ambassadors_nominations:edit", args=[nomination.pk]),
        {"decision": "approve", "decision_note": ""},
    )

    assert response.status_code == 200
    assert "je bil odobren že" in response.text
    assert Ambassador.objects.count() == 1


def test_staff_approve_in_admin_appoints(client, staff):
    institution = OrganisationFactory()
    member = member_of(institution)
    nomination = services.apply(member, motivation="Rada pomagam.")
    client.force_login(staff)

    response = client.post(
        reverse("ambassadors_nominations:edit", args=[nomination.pk]),
        {"decision": "approve", "decision_note": "Dobrodošli."},
    )

    assert response.status_code == 302
    assert Ambassador.objects.active().filter(member=member).exists()


def test_admin_add_form_rejects_second_active_appointment(client, staff):
    institution = OrganisationFactory()
    member = member_of(institution)
    services.appoint(member, institution)
    client.force_login(staff)

    response = client.post(
        reverse("ambassadors_appointments:add"),
        {"member": member.pk, "institution": institution.pk, "appointed_on": "2026-01-05"},
    )

    assert response.status_code == 200
    assert "je že aktivni ambasador te ustanove" in response.text
    assert Ambassador.objects.count() == 1


def test_hidden_members_are_never_listed_to_representative(client):
    institution = OrganisationFactory()
    MemberProfileFactory(organisation=institution, display_name="Skrita Oseba", visibility="nobody")
    client.force_login(representative_of(institution))

    response = client.get(reverse("ambassadors:my_network"))

    assert response.status_code == 200
    assert "Skrita Oseba" not in response.text
