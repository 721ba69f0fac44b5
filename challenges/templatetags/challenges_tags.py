from django import template
from django.db.models import OuterRef, Subquery
from wagtail.models import Locale

from challenges.choices import ChallengeStatus
from challenges.detail import activity_generation
from challenges.listing import CARD_FIELDS, published_challenges
from challenges.models import ChallengeUpdate
from hub import structure_cache

register = template.Library()

FEATURED_COUNT = 3
LATEST_UPDATES_COUNT = 4


def _latest_updates(challenges):
    """Return the latest public updates of ``challenges``, titled in their language."""
    return list(
        ChallengeUpdate.objects.filter(
            is_public=True,
            challenge__translation_key__in=challenges.values("translation_key"),
        )
        .annotate(
            challenge_title=Subquery(
                challenges.filter(translation_key=OuterRef("challenge__translation_key")).values(
                    "title"
                )[:1]
            )
        )
        .order_by("-created_at", "-pk")[:LATEST_UPDATES_COUNT]
    )


@register.inclusion_tag("challenges/includes/home_section.html", takes_context=True)
def home_challenges(context):
    """Render open challenges closing soonest and the latest public updates, in one or two queries.

    The updates are cached until an update changes (the activity generation) or a
    page is published, unpublished, moved or restricted (the structure cache's version).
    """
    request = context.get("request")
    page = context.get("page")
    locale_id = page.locale_id if page is not None else Locale.get_active().pk
    challenges = published_challenges(locale_id)
    featured = list(
        challenges.filter(status=ChallengeStatus.OPEN)
        .only(*CARD_FIELDS)
        .order_by("apply_by", "-first_published_at")[:FEATURED_COUNT]
    )
    updates = structure_cache.get_or_build(
        "home-updates",
        [activity_generation(), locale_id],
        lambda: _latest_updates(challenges),
    )
    return {"request": request, "featured": featured, "updates": updates}
