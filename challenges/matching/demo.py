"""Demo facilitation: facilitator profiles among demo members, offers and teams.

The challenges demo calls ``load`` once its challenges exist. Member number ``n``
always gets the same profile, and running the loader again adds nothing.
Rows are written directly, so the demo sends no email.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from community.choices import Region, Sector
from community.demo import EMAIL_DOMAIN, MEMBERS_PER_SCALE, member_email
from community.models import MemberProfile
from hub.models import MethodPage

from ..choices import ChallengeStatus
from ..models import ChallengePage, ChallengeTeamMember
from . import records, teams
from .choices import ExperienceLevel, FacilitatorKind, OfferStatus
from .models import FacilitationOffer, FacilitatorProfile
from .table import FacilitatorTable

FACILITATORS_PER_SCALE = 120
OFFERS_PER_OPEN_CHALLENGE = (2, 5)
# Statuses past team forming, whose challenges get a confirmed team.
TEAMED_STATUSES = [
    ChallengeStatus.CO_CREATION,
    ChallengeStatus.PROTOTYPING,
    ChallengeStatus.IMPLEMENTATION,
    ChallengeStatus.COMPLETED,
]
SKILLS = [
    "oblikovanje storitev",
    "analiza podatkov",
    "pisanje",
    "participativno načrtovanje",
    "delo z mladimi",
    "vedenjski uvidi",
    "socialno delo",
    "mediacija",
    "vizualno zapisovanje",
    "razvoj programske opreme",
]
TOPICS = [
    "zdravje",
    "mobilnost",
    "staranje",
    "okolje",
    "digitalizacija",
    "demokracija",
    "zaposlovanje",
    "vključevanje",
    "upravne storitve",
    "urbani razvoj",
    "jasen jezik",
]
OTHER_METHODS = [
    "svetovna kavarna",
    "odprti prostor",
    "krog",
    "prototipiranje",
    "lego serious play",
]
MOTIVATIONS = [
    "Podobno delavnico sem vodila v drugi ustanovi in bi izkušnje rada delila.",
    "Tema me zanima, v regiji poznam ljudi, ki bi jih morali vključiti.",
    "Rad bi se naučil, kako soustvarjanje poteka v praksi.",
    "Imam izkušnje z zemljevidi uporabniške izkušnje v javnih storitvah.",
    "Z ustanovo smo že sodelovali in poznamo njen kontekst.",
]


def _profile_fields(rng, member, languages):
    regions = {member.region} if member.region and member.region != Region.ABROAD else set()
    if rng.random() < 0.4:
        regions.add(rng.choice([value for value in Region.values if value != Region.ABROAD]))
    return {
        "kind": FacilitatorKind.INTERNAL
        if member.sector == Sector.PUBLIC
        else FacilitatorKind.EXTERNAL,
        "level": rng.choices(
            [ExperienceLevel.LEARNER, ExperienceLevel.PRACTITIONER, ExperienceLevel.LEAD],
            weights=[3, 5, 2],
        )[0],
        "languages": sorted(set(languages) | {"sl"}),
        "regions": sorted(regions),
        "works_online": rng.random() < 0.7 or not regions,
        "hours_per_month": rng.choice([4, 8, 12, 16, 20]),
        "max_concurrent": rng.randint(1, 3),
        "unavailable_until": timezone.localdate() + timedelta(days=rng.randint(5, 60))
        if rng.random() < 0.05
        else None,
        "weekly_suggestions": rng.random() < 0.25,
    }


def load_facilitators(total):
    """Give ``total`` demo members a facilitator profile; return the profiles."""
    methods = list(MethodPage.objects.filter(locale__language_code="sl").order_by("pk"))
    members = list(
        MemberProfile.objects.filter(
            user__email__in=[member_email(number) for number in range(1, 4 * total + 1)],
            user__is_active=True,
        )
        .select_related("user")
        .prefetch_related("languages")
        .order_by("user__email")
    )
    picker = random.Random(40)  # noqa: S311 (demo data, not security)
    chosen = sorted(picker.sample(members, min(total, len(members))), key=lambda item: item.pk)
    existing = set(FacilitatorProfile.objects.values_list("user_id", flat=True))
    profiles = []
    for member in chosen:
        if member.user_id in existing:
            continue
        rng = random.Random(member.user.email)  # noqa: S311 (demo data, not security)
        languages = [item.code for item in member.languages.all()]
        profile = FacilitatorProfile.objects.create(
            user=member.user, **_profile_fields(rng, member, languages)
        )
        profile.skills.add(*rng.sample(SKILLS, rng.randint(1, 4)))
        profile.topics.add(*rng.sample(TOPICS, rng.randint(1, 3)))
        if methods:
            profile.methods.add(*rng.sample(methods, min(len(methods), rng.randint(0, 3))))
        if rng.random() < 0.3:
            profile.other_methods.add(rng.choice(OTHER_METHODS))
        profiles.append(profile)
    demo_members = MemberProfile.objects.filter(user__email__endswith=f"@{EMAIL_DOMAIN}")
    demo_members.update(
        is_facilitator=Exists(
            FacilitatorProfile.objects.filter(user_id=OuterRef("user_id"), is_active=True)
        )
    )
    return profiles


def _originals(statuses):
    firsts = {}
    for page in ChallengePage.objects.live().filter(status__in=statuses).order_by("pk"):
        firsts.setdefault(page.translation_key, page)
    return list(firsts.values())


def load_offers():
    """Add a few offers to help on each open challenge that has none yet."""
    rng = random.Random(41)  # noqa: S311 (demo data, not security)
    profiles = list(FacilitatorProfile.objects.filter(is_active=True).order_by("pk"))
    if not profiles:
        return 0
    created = 0
    for page in _originals([ChallengeStatus.OPEN]):
        if FacilitationOffer.objects.filter(challenge=page).exists():
            continue
        for profile in rng.sample(
            profiles, min(len(profiles), rng.randint(*OFFERS_PER_OPEN_CHALLENGE))
        ):
            FacilitationOffer.objects.create(
                facilitator=profile,
                challenge=page,
                motivation=rng.choice(MOTIVATIONS),
                status=OfferStatus.SHORTLISTED if rng.random() < 0.3 else OfferStatus.OFFERED,
            )
            created += 1
    return created


def load_teams():
    """Give challenges past team forming a team proposed by the matching engine."""
    pages = [
        page
        for page in _originals(TEAMED_STATUSES)
        if not ChallengeTeamMember.objects.filter(
            challenge__translation_key=page.translation_key
        ).exists()
    ]
    if not pages:
        return 0
    method_keys = records.MethodKeys()
    needs = [records.challenge_record(page, method_keys) for page in pages]
    profiles = {profile.pk: profile for profile in records.facilitator_queryset()}
    table = FacilitatorTable(records.facilitator_records(profiles.values(), method_keys))
    # A completed challenge's team was formed months ago, so "today" is no obstacle.
    proposals = teams.propose_teams(needs, table, timezone.localdate() - timedelta(days=365))
    by_pk = {page.pk: page for page in pages}
    created = 0
    for proposal in proposals:
        for role, profile_id in proposal.members():
            ChallengeTeamMember.objects.create(
                challenge=by_pk[proposal.challenge_id], user=profiles[profile_id].user, role=role
            )
            created += 1
    return created


def load(command, scale):
    with transaction.atomic():
        profiles = load_facilitators(min(FACILITATORS_PER_SCALE * scale, MEMBERS_PER_SCALE * scale))
    command.progress(f"{len(profiles)} new facilitator profiles")
    with transaction.atomic():
        offers = load_offers()
        members = load_teams()
    command.progress(f"{offers} offers to help and {members} team members")
