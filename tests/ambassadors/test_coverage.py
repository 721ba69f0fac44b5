import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from ambassadors import services
from ambassadors.coverage import build_report
from ambassadors.models import Activity
from tests.factories import OrganisationFactory
from trainings.models import Enrolment

from .factories import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def known_network(make_training):
    """Three public institutions, one unverified, one company; four appointments."""
    today = timezone.localdate()
    long_ago = today - datetime.timedelta(days=300)
    mura_one = OrganisationFactory(name="Upravna enota Murska Sobota", region="pomurska")
    mura_two = OrganisationFactory(name="Zdravstveni dom Murska Sobota", region="pomurska")
    kranj = OrganisationFactory(name="Mestna občina Kranj", region="gorenjska")
    OrganisationFactory(name="Neverificirana ustanova", region="pomurska", verified=False)
    OrganisationFactory(name="Podjetje d.o.o.", region="pomurska", sector="private")

    quiet = services.appoint(member_of(mura_one), mura_one, appointed_on=long_ago)
    busy = services.appoint(member_of(mura_one), mura_one, appointed_on=long_ago)
    Activity.objects.create(
        ambassador=busy,
        kind=Activity.Kind.EVENT,
        title="Delavnica",
        occurred_on=today - datetime.timedelta(days=10),
    )
    newcomer = services.appoint(member_of(kranj), kranj, appointed_on=today)
    past = services.appoint(member_of(mura_two), mura_two, appointed_on=long_ago)
    services.end_appointment(past)

    training = make_training(ambassador_track=True)
    Enrolment.objects.create(
        member=newcomer.member,
        training=training,
        session=training.sessions.first(),
        status=Enrolment.Status.CONFIRMED,
        attendance=Enrolment.Attendance.ATTENDED,
    )
    return {"quiet": quiet, "mura_two": mura_two}


def test_report_counts_covered_and_uncovered_institutions(known_network):
    report = build_report()

    assert len(report.institutions) == 3
    assert len(report.covered) == 2
    assert [row.institution for row in report.uncovered] == [known_network["mura_two"]]


def test_report_counts_ambassadors_per_region(known_network):
    report = build_report()

    regions = {row.code: (row.ambassadors, row.institutions, row.covered) for row in report.regions}
    assert regions == {"pomurska": (2, 2, 1), "gorenjska": (1, 1, 1)}
    assert [bar["value"] for bar in report.chart["bars"]] == [2, 1]


def test_report_counts_track_completion(known_network):
    report = build_report()

    assert report.track_complete == 1
    assert report.track_incomplete == 2
    assert report.required_trainings == 1


def test_report_lists_ambassadors_quiet_for_six_months(known_network):
    report = build_report()

    assert [row.ambassador for row in report.quiet] == [known_network["quiet"]]


def test_staff_open_report_with_chart(client, staff, known_network):
    client.force_login(staff)

    response = client.get(reverse("ambassadors_coverage"))

    assert response.status_code == 200
    assert "<svg" in response.text
    assert "Zdravstveni dom Murska Sobota" in response.text


def test_report_exports_csv_row_per_institution(client, staff, known_network):
    client.force_login(staff)

    response = client.get(reverse("ambassadors_coverage") + "?export=csv")

    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert response["Content-Type"].startswith("text/csv")
    assert len(lines) == 4
    assert "Mestna občina Kranj,Gorenjska,1,da" in lines
    assert "Zdravstveni dom Murska Sobota,Pomurska,0,ne" in lines


def test_members_cannot_open_report(client, known_network):
    client.force_login(member_of(OrganisationFactory()))

    response = client.get(reverse("ambassadors_coverage"))

    assert response.status_code in (302, 403)
