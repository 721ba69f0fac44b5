"""Build the read-only JSON API's responses from what each requester may see.

Every function here starts from ``MemberProfile.objects.visible_to`` and
``MemberProfile.field_visible_to``, the same rules as the directory pages, so the
API never shows a member, a field or a count that the requester could not see
on the site. Email addresses are never part of an answer.
"""

from urllib.parse import urlencode

from django.db.models import Count, Q
from wagtail.models import Locale

from .choices import Language, Region, Sector, Visibility
from .models import MemberProfile, Organisation
from .pages import MemberDirectoryPage

DEFAULT_PAGE_SIZE = 24
MAX_PAGE_SIZE = 100


class ApiLinks:
    """Absolute URLs for one request: API endpoints and the matching site pages."""

    def __init__(self, request, *, members_url, organisations_url):
        self.request = request
        self.members_url = request.build_absolute_uri(members_url)
        self.organisations_url = request.build_absolute_uri(organisations_url)
        self._directory_base = _directory_base_url(request)

    def members(self, parameters=()):
        query = urlencode(list(parameters))
        return f"{self.members_url}?{query}" if query else self.members_url

    def member(self, slug):
        return f"{self.members_url}{slug}/"

    def profile_page(self, slug):
        if self._directory_base is None:
            return None
        return f"{self._directory_base}{slug}/"

    def tag_page(self, slug):
        if self._directory_base is None:
            return None
        return f"{self._directory_base}podrocje/{slug}/"


def _directory_base_url(request):
    """Return the absolute URL of the live directory in the active language, if there is one."""
    directories = MemberDirectoryPage.objects.live().order_by("pk")
    page = directories.filter(locale=Locale.get_active()).first() or directories.first()
    if page is None:
        return None
    return page.get_full_url(request)


def _choice(value, choices):
    if not value:
        return None
    return {"value": value, "label": str(dict(choices.choices)[value])}


def _tags(tags, links):
    return [
        {
            "slug": tag.slug,
            "name": tag.name,
            "members": links.members([("expertise", tag.slug)]),
            "page": links.tag_page(tag.slug),
        }
        for tag in tags
    ]


def member_summary(profile, links):
    """Return the fields of ``profile`` that every viewer of its profile may see.

    Expects ``organisation`` selected and ``expertise`` and ``languages`` prefetched.
    """
    organisation = profile.organisation
    return {
        "slug": profile.slug,
        "url": links.member(profile.slug),
        "page": links.profile_page(profile.slug),
        "display_name": profile.display_name,
        "headline": profile.headline,
        "photo": links.request.build_absolute_uri(profile.photo.url) if profile.photo else None,
        # Names of organisations that staff have not verified come from members
        # and stay unpublished until checked.
        "organisation": (
            {"slug": organisation.slug, "name": organisation.name}
            if organisation is not None and organisation.verified
            else None
        ),
        "role": profile.role,
        "sector": _choice(profile.sector, Sector),
        "region": _choice(profile.region, Region),
        "languages": [
            _choice(item.code, Language)
            for item in sorted(profile.languages.all(), key=lambda item: item.code)
        ],
        "expertise": _tags(profile.expertise.all(), links),
        "open_to": [
            {"value": choice.value, "label": str(choice.label)} for choice in profile.open_to()
        ],
        "facilitator": profile.is_facilitator,
        "ambassador": profile.is_ambassador,
    }


def member_detail(profile, viewer, links):
    """Return ``profile`` with its bio, interests and the contact fields ``viewer`` may see."""
    data = member_summary(profile, links)
    data["bio"] = profile.bio
    data["interests"] = _tags(profile.interests.all(), links)
    data["contact"] = {
        field: getattr(profile, field)
        for field in MemberProfile.CONTACT_FIELDS
        if getattr(profile, field) and profile.field_visible_to(field, viewer)
    }
    return data


def facets_with_links(facets, query, links):
    """Return the directory facets, each option with the members URL that toggles it."""
    parameters = query.as_parameters()
    entries = []
    for facet in facets:
        options = []
        for option in facet.options:
            pair = (option.parameter, option.value)
            toggled = (
                [item for item in parameters if item != pair]
                if option.selected
                else [*parameters, pair]
            )
            options.append(
                {
                    "parameter": option.parameter,
                    "value": option.value,
                    "label": str(option.label),
                    "count": option.count,
                    "selected": option.selected,
                    "url": links.members(toggled),
                }
            )
        entries.append({"name": facet.name, "label": str(facet.label), "options": options})
    return entries


def query_summary(query):
    """Return the filters the API applied, after dropping unknown values."""
    return {
        "q": query.text,
        "sector": query.sectors,
        "organisation": query.organisations,
        "region": query.regions,
        "expertise": query.expertise,
        "language": query.languages,
        "open_to": query.open_to,
        "facilitator": query.facilitator,
        "ambassador": query.ambassador,
        "sort": query.sort,
    }


def member_for_viewer(viewer, slug):
    """Return the profile with ``slug`` if ``viewer`` may see it, else None.

    Members always see their own profile, hidden or not.
    """
    viewable = MemberProfile.objects.visible_to(viewer)
    if viewer is not None and viewer.is_authenticated:
        viewable = viewable | MemberProfile.objects.filter(user=viewer)
    return (
        viewable.filter(slug=slug)
        .select_related("organisation")
        .prefetch_related("expertise", "interests", "languages")
        .first()
    )


def organisations_with_counts(viewer):
    """Return verified organisations, each annotated with ``member_count`` visible to ``viewer``."""
    allowed = [Visibility.EVERYONE]
    if viewer is not None and viewer.is_authenticated:
        allowed.append(Visibility.MEMBERS)
    visible_member = Q(members__visibility__in=allowed, members__user__is_active=True)
    return (
        Organisation.objects.filter(verified=True)
        .annotate(member_count=Count("members", filter=visible_member))
        .order_by("name", "pk")
    )


def organisation_entry(organisation, links):
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "sector": _choice(organisation.sector, Sector),
        "region": _choice(organisation.region, Region),
        "website": organisation.website,
        "member_count": organisation.member_count,
        "members": links.members([("organisation", organisation.slug)]),
    }
