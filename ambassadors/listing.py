"""The public list of active ambassadors, grouped by region and institution.

A card carries only what the member's profile visibility lets the viewer see.
For a profile the viewer may not see, the card names the institution and nothing
about the person, so templates never receive the hidden profile at all.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from community.choices import Region, Visibility
from community.models import MemberDirectoryPage

from .models import Ambassador
from .services import public_institutions


@dataclass
class AmbassadorCard:
    institution: str
    is_named: bool = False
    name: str = ""
    headline: str = ""
    photo_url: str = ""
    initial: str = ""
    profile_url: str = ""
    statement: str = ""
    focus_areas: list = field(default_factory=list)


@dataclass
class InstitutionGroup:
    name: str
    cards: list = field(default_factory=list)


@dataclass
class RegionGroup:
    code: str
    label: str
    institutions: list = field(default_factory=list)

    @property
    def ambassador_count(self):
        return sum(len(group.cards) for group in self.institutions)


def visible_profile(member, viewer):
    """Return ``member``'s profile when ``viewer`` may see it on a public page, else None."""
    allowed = {Visibility.EVERYONE}
    if viewer is not None and viewer.is_authenticated:
        allowed.add(Visibility.MEMBERS)
    profile = getattr(member, "profile", None)
    if profile is None or not member.is_active or profile.visibility not in allowed:
        return None
    return profile


def _profile_url_builder():
    directory = MemberDirectoryPage.objects.live().filter(locale=Locale.get_active()).first()
    if directory is None:
        return lambda slug: ""
    base_url = directory.url or ""
    return lambda slug: base_url + directory.reverse_subpage("member_profile", args=[slug])


def _card(ambassador, viewer, profile_url):
    card = AmbassadorCard(institution=ambassador.institution.name)
    profile = visible_profile(ambassador.member, viewer)
    if profile is None:
        return card
    card.is_named = True
    card.name = profile.display_name
    card.headline = profile.headline
    card.initial = profile.display_name[:1].upper()
    card.photo_url = profile.photo.url if profile.photo else ""
    card.profile_url = profile_url(profile.slug)
    card.statement = ambassador.statement
    card.focus_areas = [tag.name for tag in ambassador.focus_areas.all()]
    return card


def active_ambassadors():
    return (
        Ambassador.objects.active()
        .select_related("member__profile", "institution")
        .prefetch_related("focus_areas")
        .order_by("institution__name", "appointed_on", "pk")
    )


def build_listing(viewer):
    """Return the ambassadors page's context in a fixed number of queries."""
    profile_url = _profile_url_builder()
    region_labels = dict(Region.choices)
    order = {code: position for position, code in enumerate(Region.values)}
    regions = {}
    institution_ids = set()
    count = 0
    for ambassador in active_ambassadors():
        institution = ambassador.institution
        code = institution.region or ""
        region = regions.get(code)
        if region is None:
            label = region_labels.get(code) or _("Region not given")
            region = regions[code] = RegionGroup(code=code, label=label)
        if not region.institutions or region.institutions[-1].name != institution.name:
            region.institutions.append(InstitutionGroup(name=institution.name))
        region.institutions[-1].cards.append(_card(ambassador, viewer, profile_url))
        institution_ids.add(institution.pk)
        count += 1
    ordered = sorted(regions.values(), key=lambda group: order.get(group.code, len(order)))
    return {
        "regions": ordered,
        "ambassador_count": count,
        "institutions_covered": len(institution_ids),
        "institution_total": public_institutions().count(),
    }
