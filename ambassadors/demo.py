"""Demo ambassador network: the pages, about 70 appointments per scale, past ones and a log.

Ambassadors are chosen among the community demo's members who work in a public
institution. Every sixth institution is left without an ambassador, so the
coverage report has gaps to show. Hidden profiles come from the community demo's
own share of members who hide theirs. A run that finds demo appointments adds none.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from community.demo import EMAIL_DOMAIN
from community.models import MemberProfile, Organisation
from hub.demo import upsert_child, upsert_translation
from hub.models import StandardPage

from . import demo_data
from .models import Activity, Ambassador, AmbassadorCornerPage, AmbassadorIndexPage, FocusAreaTag
from .services import ambassadors_group

ORDER = 40
ACTIVE_PER_SCALE = 70
PAST_SHARE = 0.15
TRACK_COMPLETED_SHARE = 0.4
QUIET_SHARE = 0.15


def _fields(data, language, **extra):
    return {"title": data["title"][language], **extra}


def load_pages():
    home = Page.objects.get(depth=2, locale__language_code="sl").specific
    data = demo_data.INDEX_PAGE
    index = upsert_child(
        home,
        AmbassadorIndexPage,
        data["slug"]["sl"],
        _fields(data, "sl", intro=data["intro"]["sl"], show_in_menus=True),
    )
    upsert_translation(
        index,
        "en",
        data["slug"]["en"],
        _fields(data, "en", intro=data["intro"]["en"], show_in_menus=True),
    )

    data = demo_data.CORNER_PAGE

    def corner_fields(language):
        return _fields(data, language, intro=data["intro"][language], body=data["body"][language])

    corner = upsert_child(home, AmbassadorCornerPage, data["slug"]["sl"], corner_fields("sl"))
    upsert_translation(corner, "en", data["slug"]["en"], corner_fields("en"))

    data = demo_data.HANDBOOK_PAGE
    handbook = upsert_child(
        corner,
        StandardPage,
        data["slug"]["sl"],
        _fields(data, "sl", summary=data["summary"]["sl"]),
    )
    upsert_translation(
        handbook, "en", data["slug"]["en"], _fields(data, "en", summary=data["summary"]["en"])
    )


def _candidates_by_institution(institutions):
    profiles = (
        MemberProfile.objects.filter(
            organisation__in=institutions,
            user__is_active=True,
            user__email__endswith=f"@{EMAIL_DOMAIN}",
        )
        .order_by("pk")
        .values_list("organisation_id", "user_id")
    )
    candidates = {}
    for organisation_id, user_id in profiles:
        candidates.setdefault(organisation_id, []).append(user_id)
    return candidates


def _appointments(rng, institutions, candidates, total, today):
    """Return unsaved active and past appointments spread over the covered institutions."""
    covered = [inst for number, inst in enumerate(institutions) if number % 6 != 5]
    rows = []
    used = {inst.pk: 0 for inst in covered}
    while len(rows) < total:
        added = False
        for institution in covered:
            pool = candidates.get(institution.pk, [])
            if used[institution.pk] >= len(pool) or len(rows) >= total:
                continue
            member_id = pool[used[institution.pk]]
            used[institution.pk] += 1
            statement = rng.choice(demo_data.STATEMENTS)
            rows.append(
                Ambassador(
                    member_id=member_id,
                    institution=institution,
                    appointed_on=today - timedelta(days=rng.randint(10, 900)),
                    statement_sl=statement["sl"],
                    statement_en=statement["en"],
                )
            )
            added = True
        if not added:
            break
    past = []
    for institution in covered:
        pool = candidates.get(institution.pk, [])
        if used[institution.pk] < len(pool) and rng.random() < PAST_SHARE * 2:
            ended_on = today - timedelta(days=rng.randint(60, 400))
            past.append(
                Ambassador(
                    member_id=pool[used[institution.pk]],
                    institution=institution,
                    appointed_on=ended_on - timedelta(days=rng.randint(200, 700)),
                    ended_on=ended_on,
                    end_note="Prevzel(a) drugo delovno mesto.",
                )
            )
            used[institution.pk] += 1
    return rows, past


def _activities(rng, ambassador, today):
    quiet = rng.random() < QUIET_SHARE
    newest = (ambassador.ended_on or today) - timedelta(days=200 if quiet else 0)
    span = (newest - ambassador.appointed_on).days
    if span <= 0:
        return []
    entries = []
    for _number in range(rng.randint(0 if quiet else 1, 4)):
        kind = rng.choice(
            [Activity.Kind.EVENT, Activity.Kind.EVENT, Activity.Kind.CHALLENGE_SUPPORTED]
        )
        title = rng.choice(demo_data.EVENTS) if kind == Activity.Kind.EVENT else "Podpora izzivu"
        entries.append(
            Activity(
                ambassador=ambassador,
                kind=kind,
                title=title,
                occurred_on=ambassador.appointed_on + timedelta(days=rng.randint(0, span)),
            )
        )
    return entries


@transaction.atomic
def load_appointments(scale):
    """Create the demo appointments unless the demo has some; return how many were created."""
    if Ambassador.objects.filter(member__email__endswith=f"@{EMAIL_DOMAIN}").exists():
        return 0
    rng = random.Random(6)  # noqa: S311 - invented demo data, not a secret
    today = timezone.localdate()
    institutions = list(
        Organisation.objects.filter(sector="public", verified=True).order_by("name")
    )
    candidates = _candidates_by_institution(institutions)
    active, past = _appointments(rng, institutions, candidates, ACTIVE_PER_SCALE * scale, today)
    for ambassador in active:
        if rng.random() < TRACK_COMPLETED_SHARE:
            # Completed in an earlier year of the track, before attendance was recorded here.
            ambassador.track_completed_on = ambassador.appointed_on + timedelta(days=120)
            if ambassador.track_completed_on > today:
                ambassador.track_completed_on = None
    created = Ambassador.objects.bulk_create(active + past)

    tags = []
    activities = []
    for ambassador in created:
        for name in rng.sample(demo_data.FOCUS_AREAS, rng.randint(1, 3)):
            tags.append((ambassador, name))
        activities += _activities(rng, ambassador, today)
    Activity.objects.bulk_create(activities)
    _add_focus_areas(tags)
    _sync_flags_and_group()
    return len(created)


def _add_focus_areas(pairs):
    from taggit.models import Tag

    names = {name for _ambassador, name in pairs}
    existing = {tag.name.lower(): tag for tag in Tag.objects.filter(name__in=names)}
    for name in names:
        if name.lower() not in existing:
            existing[name.lower()] = Tag.objects.create(name=name)
    FocusAreaTag.objects.bulk_create(
        FocusAreaTag(content_object_id=ambassador.pk, tag=existing[name.lower()])
        for ambassador, name in pairs
    )


def _sync_flags_and_group():
    """Set the profile flag and group from appointments in bulk, as services.sync_member does."""
    active_members = set(Ambassador.objects.active().values_list("member_id", flat=True))
    MemberProfile.objects.filter(is_ambassador=True).exclude(user_id__in=active_members).update(
        is_ambassador=False
    )
    MemberProfile.objects.filter(user_id__in=active_members).update(is_ambassador=True)
    group = ambassadors_group()
    group.user_set.add(*active_members)


def load(command, scale):
    with transaction.atomic():
        load_pages()
    command.progress("ambassadors page and ambassador corner")
    created = load_appointments(scale)
    command.progress(f"{created} new ambassador appointments")
