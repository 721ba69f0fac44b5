"""Demo trainings: a bilingual index, a dozen trainings, enrolments and attendance.

The demo members created here (``member-<n>@demo.sticisce.example``) are a
stand-in until the community app's demo owns the hub's members.
"""

import math
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from faker import Faker

from hub.demo import publish, upsert_child, upsert_translation
from hub.models import HomePage
from trainings import demo_data
from trainings.models import Enrolment, TrainingIndexPage, TrainingPage, TrainingSession

ORDER = 30
DEMO_MEMBER_EMAIL = "member-{number}@demo.sticisce.example"
MEMBERS_PER_SCALE = 40


def _demo_members(count):
    """Return ``count`` demo members, creating the missing ones with invented Slovenian names."""
    User = get_user_model()
    members = []
    for number in range(1, count + 1):
        faker = Faker("sl_SI")
        faker.seed_instance(number)
        member, created = User.objects.get_or_create(
            email=DEMO_MEMBER_EMAIL.format(number=number),
            defaults={
                "first_name": faker.first_name(),
                "last_name": faker.last_name(),
                "language": "sl" if number % 4 else "en",
            },
        )
        if created:
            member.set_unusable_password()
            member.save(update_fields=["password"])
        members.append(member)
    return members


def _local(days, hour):
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _sessions(entry):
    sessions = []
    for days, hour, hours, capacity in entry["sessions"]:
        start = _local(days, hour)
        online = entry["format"] in ("online", "hybrid")
        sessions.append(
            TrainingSession(
                start=start,
                end=start + timedelta(hours=hours),
                capacity=capacity,
                venue=demo_data.VENUES.get(entry["region"], ""),
                online_link="https://video.sticisce.example/soba-{}".format(entry["slug"]["en"])
                if online
                else "",
                enrolment_closes=start - timedelta(days=1),
                cancellation_deadline=start - timedelta(days=2),
            )
        )
    return sessions


def _fields(entry, language):
    return {
        "title": entry["title"][language],
        "summary": entry["summary"][language],
        "description": [("paragraph", f"<p>{entry['summary'][language]}</p>")],
        "audience": demo_data.AUDIENCE[language],
        "learning_outcomes": demo_data.OUTCOMES[language],
        "level": entry["level"],
        "language": entry.get("language", "sl"),
        "format": entry["format"],
        "region": entry["region"],
        "price": Decimal(entry.get("price", "0")),
        "gives_certificate": entry["gives_certificate"],
        "ambassador_track": entry["ambassador_track"],
        "enrolment_mode": entry.get("mode", TrainingPage.EnrolmentMode.SESSION),
    }


def _upsert_training(index, entry):
    """Create or update the Slovenian training page; existing sessions are kept."""
    page = TrainingPage.objects.child_of(index).filter(slug=entry["slug"]["sl"]).first()
    if page is None:
        page = TrainingPage(slug=entry["slug"]["sl"], **_fields(entry, "sl"))
        page.sessions = _sessions(entry)
        index.add_child(instance=page)
    else:
        for name, value in _fields(entry, "sl").items():
            setattr(page, name, value)
    page.topics.set(entry["topics"]["sl"])
    page.methods.set(entry["methods"])
    return publish(page)


def _upsert_english(page, entry):
    english = upsert_translation(page, "en", entry["slug"]["en"], _fields(entry, "en"))
    english.topics.set(entry["topics"]["en"])
    english.methods.set(entry["methods"])
    return publish(english)


def _enrol_demo_members(target, members, demand, is_past, offset):
    """Create ``demand`` enrolments per seat, confirmed first, then waitlisted."""
    capacity = target.seat_capacity
    enrolment_count = min(len(members), math.ceil(capacity * demand))
    chosen = [members[(offset + index) % len(members)] for index in range(enrolment_count)]
    session = target if isinstance(target, TrainingSession) else None
    training = target.page if session else target
    for place, member in enumerate(chosen):
        confirmed = place < capacity
        attendance = ""
        if is_past and confirmed:
            attendance = (
                Enrolment.Attendance.NO_SHOW if place % 7 == 3 else Enrolment.Attendance.ATTENDED
            )
        Enrolment.objects.get_or_create(
            member=member,
            training=training,
            session=session,
            defaults={
                "status": Enrolment.Status.CONFIRMED if confirmed else Enrolment.Status.WAITLISTED,
                "attendance": attendance,
                "requested_at": target.start - timedelta(days=20, minutes=-place),
            },
        )


def load(command, scale):
    homes = {
        language: HomePage.objects.get(locale__language_code=language, depth=2)
        for language in ("sl", "en")
    }
    data = demo_data.INDEX
    with transaction.atomic():
        index = upsert_child(
            homes["sl"],
            TrainingIndexPage,
            data["slug"]["sl"],
            {"title": data["title"]["sl"], "intro": data["intro"]["sl"], "show_in_menus": True},
        )
        upsert_translation(
            index,
            "en",
            data["slug"]["en"],
            {"title": data["title"]["en"], "intro": data["intro"]["en"], "show_in_menus": True},
        )
    command.progress("training index")

    with transaction.atomic():
        members = _demo_members(MEMBERS_PER_SCALE * scale)
    command.progress(f"{len(members)} demo members")

    now = timezone.now()
    for number, entry in enumerate(demo_data.TRAININGS):
        with transaction.atomic():
            page = _upsert_training(index, entry)
            _upsert_english(page, entry)
            page = TrainingPage.objects.get(pk=page.pk)
            demand = entry["demand"] * scale
            if page.is_series:
                _enrol_demo_members(page, members, demand, page.start <= now, number * 5)
            else:
                for session in page.sessions.all():
                    is_past = session.start <= now
                    _enrol_demo_members(session, members, demand, is_past, number * 5)
        command.progress(f"training {entry['slug']['sl']}")
