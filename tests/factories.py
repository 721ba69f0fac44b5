"""Factories shared by every test suite."""

import factory
from django.contrib.auth import get_user_model

from community.choices import Region, Sector, Visibility
from community.models import MemberProfile, Organisation, ProfileLanguage


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda number: f"member{number}@example.org")
    first_name = factory.Faker("first_name", locale="sl_SI")
    last_name = factory.Faker("last_name", locale="sl_SI")
    language = "sl"
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["email"]


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Ministrstvo za primer {number}")
    sector = Sector.PUBLIC
    region = Region.OSREDNJESLOVENSKA
    verified = True

    class Meta:
        model = Organisation
        django_get_or_create = ["name"]


class MemberProfileFactory(factory.django.DjangoModelFactory):
    """A member's profile; visible to members only unless ``visibility`` sets otherwise."""

    user = factory.SubFactory(UserFactory)
    display_name = factory.LazyAttribute(lambda profile: profile.user.get_full_name())
    headline = factory.Faker("job", locale="sl_SI")
    organisation = factory.SubFactory(OrganisationFactory)
    role = "svetovalka"
    region = Region.OSREDNJESLOVENSKA
    visibility = Visibility.MEMBERS

    class Meta:
        model = MemberProfile
        skip_postgeneration_save = True

    @factory.post_generation
    def expertise(self, create, extracted, **kwargs):
        if create and extracted:
            self.expertise.add(*extracted)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create:
            for code in extracted or ["sl"]:
                ProfileLanguage.objects.create(profile=self, code=code)
