"""Builders for ambassador tests."""

import factory

from ambassadors.models import Ambassador
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory


class AmbassadorFactory(factory.django.DjangoModelFactory):
    """An active appointment; the member works at the institution."""

    member = factory.SubFactory(UserFactory)
    institution = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = Ambassador


def member_of(institution, **fields):
    """Return a member whose profile names ``institution``."""
    return MemberProfileFactory(organisation=institution, **fields).user


def representative_of(institution, **fields):
    return MemberProfileFactory(organisation=institution, is_representative=True, **fields).user
