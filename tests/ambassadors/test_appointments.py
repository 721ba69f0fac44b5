import datetime

import pytest
from django.utils import timezone

from ambassadors import services
from ambassadors.models import Ambassador
from community.models import MemberProfile
from tests.factories import OrganisationFactory

from .factories import member_of

pytestmark = pytest.mark.django_db


def _is_in_group(user):
    return user.groups.filter(name=services.AMBASSADORS_GROUP).exists()


def test_appointment_adds_group_and_directory_flag():
    institution = OrganisationFactory()
    member = member_of(institution)

    services.appoint(member, institution)

    assert _is_in_group(member)
    assert MemberProfile.objects.get(user=member).is_ambassador


def test_stepping_down_keeps_history_and_removes_group():
    institution = OrganisationFactory()
    member = member_of(institution)
    ambassador = services.appoint(member, institution)

    services.end_appointment(ambassador, note="Nova služba.")

    ambassador.refresh_from_db()
    assert ambassador.ended_on == timezone.localdate()
    assert Ambassador.objects.filter(member=member).count() == 1
    assert not _is_in_group(member)
    assert not MemberProfile.objects.get(user=member).is_ambassador


def test_stepping_down_at_one_institution_keeps_the_other():
    first, second = OrganisationFactory(), OrganisationFactory()
    member = member_of(first)
    services.appoint(member, first)
    other = services.appoint(member, second)

    services.end_appointment(other)

    assert _is_in_group(member)
    assert MemberProfile.objects.get(user=member).is_ambassador


def test_second_active_appointment_is_rejected():
    institution = OrganisationFactory()
    member = member_of(institution)
    services.appoint(member, institution)

    with pytest.raises(services.AmbassadorError) as error:
        services.appoint(member, institution)

    assert "je že aktivni ambasador" in str(error.value.message)
    assert Ambassador.objects.filter(member=member).count() == 1


def test_new_appointment_after_stepping_down_is_allowed():
    institution = OrganisationFactory()
    member = member_of(institution)
    services.end_appointment(services.appoint(member, institution))

    services.appoint(member, institution)

    assert Ambassador.objects.filter(member=member).count() == 2
    assert Ambassador.objects.active().filter(member=member).count() == 1


def test_several_ambassadors_per_institution_are_allowed():
    institution = OrganisationFactory()

    for _number in range(3):
        services.appoint(member_of(institution), institution)

    assert Ambassador.objects.active().filter(institution=institution).count() == 3


def test_private_company_cannot_have_ambassador():
    company = OrganisationFactory(sector="private")

    with pytest.raises(services.AmbassadorError):
        services.appoint(member_of(company), company)


def test_ending_twice_is_rejected():
    institution = OrganisationFactory()
    ambassador = services.appoint(member_of(institution), institution)
    services.end_appointment(ambassador)

    with pytest.raises(services.AmbassadorError) as error:
        services.end_appointment(ambassador)

    assert "se je končalo že" in str(error.value.message)


def test_end_before_appointment_is_rejected():
    institution = OrganisationFactory()
    ambassador = services.appoint(
        member_of(institution), institution, appointed_on=datetime.date(2025, 3, 1)
    )

    with pytest.raises(services.AmbassadorError):
        services.end_appointment(ambassador, ended_on=datetime.date(2025, 2, 1))

    ambassador.refresh_from_db()
    assert ambassador.is_active


def test_end_email_goes_out_in_member_language(outbox):
    institution = OrganisationFactory(name="Upravna enota Primer")
    member = member_of(institution, user__language="en")
    ambassador = services.appoint(member, institution)

    services.end_appointment(ambassador)

    ended = [message for message in outbox if "has ended" in message.subject]
    assert len(ended) == 1
    assert ended[0].to_address == member.email
    assert ended[0].language == "en"
    assert "Upravna enota Primer" in ended[0].subject
