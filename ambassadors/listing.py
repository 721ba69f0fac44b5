"""The public list of active ambassadors, grouped by region and institution, a page at a time.

A card carries only what the member's profile visibility lets the viewer see.
For a profile the viewer may not see, the card names the institution and nothing
about the person, so templates never receive the hidden profile at all.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from community.choices import Region, Visibility
from community.models import MemberProfile
from community.pages import profile_url_builder

from .models import Ambassador, FocusAreaTag
from .services import public_institutions

# As many cards as a page of the member directory.
PER_PAGE = 24
# The region filter's value for institutions without a region.
NO_REGION = "none"


@dataclass
class AmbassadorCard:
    institution: str
    is_named: bool = False
    name: str = ""
    photo_url: str = ""
    initial: str = ""
    profile_url: str = ""
    statement: str = ""
    focus_areas: list = field(default_factory=list)


@dataclass
class InstitutionGroup:
    pk: int
    name: str
    cards: list = field(default_factory=list)


@dataclass
class RegionGroup:
    code: str
    label: str
    ambassador_count: int = 0
    institutions: list = field(default_factory=list)

    @property
    def filter_value(self):
        return self.code or NO_REGION


def _allowed_visibilities(viewer):
    """Return the profile visibilities whose names ``viewer`` may see on this page."""
    allowed = {Visibility.EVERYONE}
    if viewer is not None and viewer.is_authenticated:
        allowed.add(Visibility.MEMBERS)
    return allowed


# Plain rows instead of model instances, because building four model instances
# per card cost more than the rest of the page.
ROW_FIELDS = {
    "pk": "pk",
    "statement_sl": "statement_sl",
    "statement_en": "statement_en",
    "institution_id": "institution_id",
    "institution_name": "institution__name",
    "region": "institution__region",
    "member_active": "member__is_active",
    "visibility": "member__profile__visibility",
    "name": "member__profile__display_name",
    "photo": "member__profile__photo",
    "slug": "member__profile__slug",
}


def _region_order():
    """Return an expression that sorts institutions' regions in the official order."""
    positions = [
        When(institution__region=code, then=position) for position, code in enumerate(Region.values)
    ]
    return Case(*positions, default=len(Region.values), output_field=IntegerField())


def _ambassador_rows(region_code):
    """Return a queryset of row tuples for active ambassadors, in the page's order.

    ``region_code`` limits the rows to one region ("" for institutions without
    one); ``None`` keeps every region.
    """
    rows = Ambassador.objects.active()
    if region_code is not None:
        rows = rows.filter(institution__region=region_code)
    return rows.order_by(
        _region_order(), "institution__name", "institution_id", "appointed_on", "pk"
    ).values_list(*ROW_FIELDS.values())


def _regions_summary():
    """Return the active ambassadors per region code, and how many institutions have one."""
    counts = Counter()
    institutions = set()
    pairs = (
        Ambassador.objects.active()
        .values_list("institution__region", "institution_id")
        .annotate(total=Count("pk"))
        .order_by()
    )
    for region_code, institution_id, total in pairs:
        counts[region_code or ""] += total
        institutions.add(institution_id)
    return counts, len(institutions)


def _focus_areas(ambassador_ids):
    """Return ambassador id -> focus area names in alphabetical order, in one query."""
    names = defaultdict(list)
    pairs = (
        FocusAreaTag.objects.filter(content_object_id__in=ambassador_ids)
        .order_by("tag__name", "tag_id")
        .values_list("content_object_id", "tag__name")
    )
    for ambassador_id, name in pairs:
        names[ambassador_id].append(name)
    return names


def _cards(rows, request):
    """Return a card per row. A profile the viewer may not see gives only the institution."""
    allowed = _allowed_visibilities(request.user)
    named_ids = {row["pk"] for row in rows if row["member_active"] and row["visibility"] in allowed}
    focus_areas = _focus_areas(named_ids) if named_ids else {}
    profile_url = profile_url_builder(request)
    photo_storage = MemberProfile._meta.get_field("photo").storage
    english = get_language() == "en"
    cards = []
    for row in rows:
        card = AmbassadorCard(institution=row["institution_name"])
        if row["pk"] in named_ids:
            name = row["name"]
            first, second = (
                (row["statement_en"], row["statement_sl"])
                if english
                else (row["statement_sl"], row["statement_en"])
            )
            card.is_named = True
            card.name = name
            card.initial = name[:1].upper()
            card.photo_url = photo_storage.url(row["photo"]) if row["photo"] else ""
            card.profile_url = profile_url(row["slug"])
            card.statement = first or second
            card.focus_areas = focus_areas.get(row["pk"], [])
        cards.append(card)
    return cards


def _region_group(code, counts):
    label = dict(Region.choices).get(code) or _("Region not given")
    return RegionGroup(code=code, label=label, ambassador_count=counts[code])


def _region_groups(rows, cards, counts):
    groups = []
    for row, card in zip(rows, cards, strict=True):
        code = row["region"] or ""
        if not groups or groups[-1].code != code:
            groups.append(_region_group(code, counts))
        institutions = groups[-1].institutions
        if not institutions or institutions[-1].pk != row["institution_id"]:
            institutions.append(InstitutionGroup(pk=row["institution_id"], name=card.institution))
        institutions[-1].cards.append(card)
    return groups


def _chosen_region(value):
    """Return the region code of filter ``value``, "" for no region, or None for all regions."""
    if value == NO_REGION:
        return ""
    if value in Region.values:
        return value
    return None


def build_listing(request):
    """Return the ambassadors page's context in a fixed number of queries.

    The figures and region counts cover the whole network. The cards are one
    page of the chosen region, or of all regions.
    """
    counts, institutions_covered = _regions_summary()
    region_code = _chosen_region(request.GET.get("region"))
    paginator = Paginator(_ambassador_rows(region_code), PER_PAGE)
    # The summary already counted the rows, so the paginator needs no COUNT query.
    paginator.count = counts.total() if region_code is None else counts[region_code]
    page_obj = paginator.get_page(request.GET.get("page"))
    rows = [dict(zip(ROW_FIELDS, row, strict=True)) for row in page_obj.object_list]
    regions = _region_groups(rows, _cards(rows, request), counts)
    region_links = [_region_group(code, counts) for code in [*Region.values, ""] if counts[code]]
    chosen_value = None if region_code is None else (region_code or NO_REGION)
    return {
        "regions": regions,
        "region_links": region_links,
        "chosen_region": chosen_value,
        "page_obj": page_obj,
        "query_prefix": urlencode({"region": chosen_value}) if chosen_value else "",
        "ambassador_count": counts.total(),
        "institutions_covered": institutions_covered,
        "institution_total": public_institutions().count(),
    }
