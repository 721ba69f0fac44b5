"""Factories shared by every test suite."""

import factory
from django.contrib.auth import get_user_model


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda number: f"member{number}@example.org")
    first_name = factory.Faker("first_name", locale="sl_SI")
    last_name = factory.Faker("last_name", locale="sl_SI")
    language = "sl"
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["email"]
