"""Demo members for the directory: organisations, members and the directory page.

Member number ``n`` always gets the same invented data, because its random
generators are seeded with ``n``. A run creates only the members whose email
address does not exist yet, so running the loader again adds nothing, and a
larger ``--scale`` adds the members that are missing.
"""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from faker import Faker
from taggit.models import Tag
from wagtail.models import Page

from hub.demo import upsert_child, upsert_translation

from . import demo_data
from .choices import Region, Visibility
from .directory import invalidate_directory_counts
from .models import (
    ExpertiseTag,
    InterestTag,
    MemberDirectoryPage,
    MemberProfile,
    Organisation,
    ProfileLanguage,
)
from .services import refresh_search_text

ORDER = 10
MEMBERS_PER_SCALE = 420
EMAIL_DOMAIN = "demo.sticisce.example"
BATCH_SIZE = 1000

# Shares of members, chosen to look like a young community of public servants.
VISIBILITY_SHARES = [(Visibility.MEMBERS, 0.55), (Visibility.EVERYONE, 0.35)]  # rest: nobody
CONTACT_VISIBILITY_SHARES = [(Visibility.MEMBERS, 0.6), (Visibility.EVERYONE, 0.2)]
INACTIVE_SHARE = 0.01
LANGUAGE_SHARES = {"en": 0.6, "hr": 0.12, "de": 0.1, "it": 0.06, "sr": 0.04, "fr": 0.03}
OPEN_TO_SHARES = {"mentoring": 0.25, "facilitation": 0.2, "speaking": 0.15, "collaboration": 0.5}


def member_email(number):
    return f"member-{number}@{EMAIL_DOMAIN}"


def _pick_share(rng, shares, rest):
    draw = rng.random()
    for value, share in shares:
        if draw < share:
            return value
        draw -= share
    return rest


def load_organisations():
    """Create the demo organisations that are missing and return all of them by name."""
    existing = {organisation.name: organisation for organisation in Organisation.objects.all()}
    used_slugs = set(Organisation.objects.values_list("slug", flat=True))
    missing = []
    for name, sector, region in demo_data.ORGANISATIONS:
        if name in existing:
            continue
        slug = slugify(name)[:60]
        while slug in used_slugs:
            slug += "-2"
        used_slugs.add(slug)
        missing.append(
            Organisation(name=name, slug=slug, sector=sector, region=region, verified=True)
        )
    Organisation.objects.bulk_create(missing)
    names = [name for name, _sector, _region in demo_data.ORGANISATIONS]
    return list(Organisation.objects.filter(name__in=names).order_by("name"))


def load_tags():
    """Return the demo tags, creating the missing ones (tag names are case-insensitive)."""
    tags = []
    for name in demo_data.TAGS:
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is None:
            tag = Tag.objects.create(name=name)
        tags.append(tag)
    return tags


class MemberBuilder:
    """Build the unsaved rows of one demo member from its number."""

    def __init__(self, organisations, tags, now):
        self.organisations = organisations
        self.tags = tags
        self.now = now
        self.faker = Faker("sl_SI")
        self.regions = [value for value in Region.values if value != Region.ABROAD]

    def build(self, number):
        rng = random.Random(number)  # noqa: S311 - invented demo data, not a secret
        self.faker.seed_instance(number)
        feminine = rng.random() < 0.55
        first_name = self.faker.first_name_female() if feminine else self.faker.first_name_male()
        last_name = self.faker.last_name()
        user = get_user_model()(
            email=member_email(number),
            first_name=first_name,
            last_name=last_name,
            language="en" if rng.random() < 0.1 else "sl",
            is_active=rng.random() >= INACTIVE_SHARE,
        )
        # Demo members cannot sign in; the demo admin account can.
        user.set_unusable_password()

        organisation = rng.choice(self.organisations) if rng.random() < 0.9 else None
        sector = organisation.sector if organisation else rng.choice(list(demo_data.ROLES))
        region = (
            organisation.region if organisation and rng.random() < 0.8 else rng.choice(self.regions)
        )
        role = rng.choice(demo_data.ROLES[sector])[1 if feminine else 0]
        expertise = rng.sample(self.tags, rng.randint(1, 5))
        interests = rng.sample(
            [tag for tag in self.tags if tag not in expertise], rng.randint(0, 4)
        )
        topic, other_topic = rng.sample(self.tags, 2)
        headline = rng.choice(demo_data.HEADLINE_TEMPLATES).format(
            role=role[0].upper() + role[1:],
            topic=topic.name,
            other_topic=other_topic.name,
            organisation=organisation.name if organisation else "samostojno",
        )
        bio = ""
        if rng.random() < 0.7:
            bio = " ".join(rng.sample(demo_data.BIO_SENTENCES, rng.randint(2, 4)))

        profile = MemberProfile(
            display_name=f"{first_name} {last_name}",
            headline=(headline[0].upper() + headline[1:])[:160],
            bio=bio,
            organisation=organisation,
            role=role,
            sector=sector,
            region=region,
            visibility=_pick_share(rng, VISIBILITY_SHARES, Visibility.NOBODY),
            is_facilitator=rng.random() < 0.12,
            is_ambassador=sector == "public" and rng.random() < 0.08,
            created_at=self.now - timedelta(days=rng.randint(0, 3 * 365)),
            **{f"open_to_{name}": rng.random() < share for name, share in OPEN_TO_SHARES.items()},
            **self._contacts(rng, number),
        )
        languages = ["sl"] if rng.random() < 0.95 else []
        languages += [code for code, share in LANGUAGE_SHARES.items() if rng.random() < share]
        if region == Region.POMURSKA and rng.random() < 0.3:
            languages.append("hu")
        return user, profile, languages or ["en"], expertise, interests

    def _contacts(self, rng, number):
        fields = {}
        if rng.random() < 0.5:
            fields["phone"] = (
                f"+386 {rng.choice(['31', '40', '41', '51', '70'])} "
                f"{rng.randint(100, 999)} {rng.randint(100, 999)}"
            )
        if rng.random() < 0.3:
            fields["website"] = f"https://clan-{number}.{EMAIL_DOMAIN}/"
        if rng.random() < 0.6:
            fields["linkedin"] = f"https://www.linkedin.com/in/sticisce-demo-{number}"
        if rng.random() < 0.1:
            fields["mastodon"] = f"https://mastodon.{EMAIL_DOMAIN}/@clan{number}"
        for field in MemberProfile.CONTACT_FIELDS:
            fields[f"{field}_visibility"] = _pick_share(
                rng, CONTACT_VISIBILITY_SHARES, Visibility.NOBODY
            )
        return fields


def _unique_slug(display_name, used_slugs):
    base = slugify(display_name)[:60] or "clan"
    slug, suffix = base, 2
    while slug in used_slugs:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    used_slugs.add(slug)
    return slug


@transaction.atomic
def create_members(builder, numbers, used_slugs, *, refresh=True):
    """Insert the members with these numbers in bulk and return their profile ids."""
    built = [builder.build(number) for number in numbers]
    users = get_user_model().objects.bulk_create([user for user, *_rest in built])

    profiles = []
    for user, (_user, profile, *_rest) in zip(users, built, strict=True):
        profile.user_id = user.pk
        profile.slug = _unique_slug(profile.display_name, used_slugs)
        profiles.append(profile)
    created_at = [profile.created_at for profile in profiles]
    profiles = MemberProfile.objects.bulk_create(profiles)
    # bulk_create stamps created_at with the current time, so set the spread afterwards.
    for profile, moment in zip(profiles, created_at, strict=True):
        profile.created_at = moment
    MemberProfile.objects.bulk_update(profiles, ["created_at"], batch_size=BATCH_SIZE)

    languages, expertise_rows, interest_rows = [], [], []
    for profile, (_user, _profile, codes, expertise, interests) in zip(
        profiles, built, strict=True
    ):
        languages += [ProfileLanguage(profile_id=profile.pk, code=code) for code in codes]
        expertise_rows += [ExpertiseTag(content_object_id=profile.pk, tag=tag) for tag in expertise]
        interest_rows += [InterestTag(content_object_id=profile.pk, tag=tag) for tag in interests]
    ProfileLanguage.objects.bulk_create(languages)
    ExpertiseTag.objects.bulk_create(expertise_rows)
    InterestTag.objects.bulk_create(interest_rows)
    # bulk_create sends no post_save signals, so the cached counts are dropped here.
    invalidate_directory_counts()

    ids = [profile.pk for profile in profiles]
    if refresh:
        for profile in (
            MemberProfile.objects.filter(pk__in=ids)
            .select_related("organisation")
            .prefetch_related("expertise", "interests")
        ):
            refresh_search_text(profile)
    return ids


def load_members(command, total):
    """Create the demo members numbered 1 to ``total`` that do not exist yet."""
    existing = set(
        get_user_model()
        .objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
        .values_list("email", flat=True)
    )
    missing = [number for number in range(1, total + 1) if member_email(number) not in existing]
    builder = MemberBuilder(load_organisations(), load_tags(), timezone.now())
    used_slugs = set(MemberProfile.objects.values_list("slug", flat=True))
    for start in range(0, len(missing), BATCH_SIZE):
        create_members(builder, missing[start : start + BATCH_SIZE], used_slugs)
        command.progress(f"members: {min(start + BATCH_SIZE, len(missing))} of {len(missing)}")
    return len(missing)


def load_directory_pages():
    home = Page.objects.get(depth=2, locale__language_code="sl").specific
    data = demo_data.DIRECTORY_PAGE

    def fields(language):
        return {
            "title": data["title"][language],
            "intro": data["intro"][language],
            "show_in_menus": True,
        }

    directory = upsert_child(home, MemberDirectoryPage, data["slug"]["sl"], fields("sl"))
    upsert_translation(directory, "en", data["slug"]["en"], fields("en"))


def load(command, scale):
    """Create organisations, ``MEMBERS_PER_SCALE × scale`` members and the directory page."""
    created = load_members(command, MEMBERS_PER_SCALE * scale)
    command.progress(f"{created} new members, {MEMBERS_PER_SCALE * scale} in the demo")
    with transaction.atomic():
        load_directory_pages()
    command.progress("member directory page")
