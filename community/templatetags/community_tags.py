from django import template
from django.db.models import Count, Q

from community.choices import Sector, Visibility
from community.directory import cached_count
from community.models import MemberProfile, Organisation

register = template.Library()


def _count_community():
    members = MemberProfile.objects.active().aggregate(
        total=Count("pk"),
        facilitators=Count("pk", filter=Q(is_facilitator=True)),
        listed=Count("pk", filter=~Q(visibility=Visibility.NOBODY)),
    )
    organisations = Organisation.objects.filter(verified=True).aggregate(
        total=Count("pk"), institutions=Count("pk", filter=Q(sector=Sector.PUBLIC))
    )
    return {"members": members, "organisations": organisations}


@register.inclusion_tag("community/includes/community_figures.html")
def community_figures():
    """Render the community's size: members, organisations, public institutions, facilitators.

    Members who chose to be seen by nobody are counted but never named. The
    figures are cached until a profile, organisation or account changes.
    """
    return cached_count("community-figures", _count_community)
