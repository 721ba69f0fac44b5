"""Builders for facilitation tests: facilitators with a member profile."""

from challenges.matching.models import FacilitatorProfile
from tests.factories import MemberProfileFactory, OrganisationFactory, UserFactory


def make_facilitator(
    *,
    name="Ana Facilitatorka",
    language="sl",
    organisation=None,
    visibility="members",
    skills=(),
    topics=(),
    **fields,
):
    """Create a member with a facilitator profile; an external practitioner by default."""
    user = UserFactory(language=language)
    MemberProfileFactory(
        user=user,
        display_name=name,
        visibility=visibility,
        organisation=organisation or OrganisationFactory(sector="private"),
        is_facilitator=True,
    )
    values = {
        "kind": "external",
        "level": "practitioner",
        "languages": ["sl", "en"],
        "regions": ["osrednjeslovenska"],
        "works_online": True,
        "max_concurrent": 2,
    }
    values.update(fields)
    profile = FacilitatorProfile.objects.create(user=user, **values)
    if skills:
        profile.skills.add(*skills)
    if topics:
        profile.topics.add(*topics)
    return profile
