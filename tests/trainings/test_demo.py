from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from trainings.models import Enrolment, TrainingPage

pytestmark = pytest.mark.django_db


def _load_demo(*arguments):
    call_command("load_demo", *arguments, stdout=StringIO())


def test_demo_builds_bilingual_trainings_with_waitlists(client):
    _load_demo()

    assert TrainingPage.objects.filter(locale__language_code="sl").count() == 12
    assert TrainingPage.objects.filter(locale__language_code="en").count() == 12
    assert Enrolment.objects.filter(status=Enrolment.Status.WAITLISTED).exists()
    assert Enrolment.objects.filter(attendance=Enrolment.Attendance.ATTENDED).exists()
    assert Enrolment.objects.filter(attendance=Enrolment.Attendance.NO_SHOW).exists()
    assert "Odprti prostor za velike skupine" in client.get("/usposabljanja/").text
    assert "Open Space for large groups" in client.get("/en/trainings/").text


def test_demo_twice_changes_nothing_and_scale_adds_enrolments():
    _load_demo()
    pages, enrolments = Page.objects.count(), Enrolment.objects.count()

    _load_demo()
    unchanged = (Page.objects.count(), Enrolment.objects.count())
    _load_demo("--scale", "2")

    assert unchanged == (pages, enrolments)
    assert Enrolment.objects.count() > enrolments
