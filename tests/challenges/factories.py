"""Factories and builders for challenge tests."""

import datetime

from wagtail.models import Locale

from challenges.choices import ChallengeStatus
from challenges.models import ChallengeIndexPage, ChallengePage
from tests.factories import MemberProfileFactory, OrganisationFactory


def make_index(home, *, slug="izzivi", title="Izzivi"):
    index = ChallengeIndexPage(title=title, slug=slug, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_challenge(index, *, number=0, institution=None, status=ChallengeStatus.OPEN, **fields):
    """Create and publish a challenge under ``index``."""
    values = {
        "title": f"Izziv {number}",
        "slug": f"izziv-{number}",
        "institution": institution or OrganisationFactory(),
        "summary": f"Povzetek izziva {number}.",
        "problem": f"Opis problema {number}.",
        "desired_outcome": "Boljša storitev za ljudi.",
        "contact_name": "Marta Kontaktna",
        "contact_email": f"kontakt{number}@ustanova.example",
        "contact_phone": "+386 1 555 0101",
        "region": "osrednjeslovenska",
        "mode": "hybrid",
        "status": status,
        "apply_by": datetime.date(2031, 1, 1 + number % 28),
    }
    values.update(fields)
    topics = values.pop("topics", [])
    skills = values.pop("skills", [])
    page = ChallengePage(**values)
    page.topics.set(topics)
    page.skills_needed.set(skills)
    index.add_child(instance=page)
    page.save_revision().publish()
    return ChallengePage.objects.get(pk=page.pk)


def translate(page, *, slug, title, language="en"):
    """Publish ``page``'s translation, translating its challenge index first if needed."""
    locale = Locale.objects.get(language_code=language)
    parent = page.get_parent().specific
    if isinstance(parent, ChallengeIndexPage) and parent.get_translation_or_none(locale) is None:
        translate(parent, slug="challenges", title="Challenges", language=language)
    translation = page.copy_for_translation(locale)
    translation.slug = slug
    translation.title = title
    translation.save_revision().publish()
    return translation.specific


def representative(institution=None, **fields):
    """Return a member who may represent ``institution`` (a verified public one by default)."""
    return MemberProfileFactory(
        organisation=institution or OrganisationFactory(), is_representative=True, **fields
    )
