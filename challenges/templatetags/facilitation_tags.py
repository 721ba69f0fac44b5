from django import template

from challenges.matching.choices import OfferStatus
from challenges.matching.models import FacilitationOffer
from challenges.matching.services import is_open_for_offers

register = template.Library()


@register.inclusion_tag("challenges/includes/facilitation_panel.html", takes_context=True)
def facilitation_panel(context, page):
    """Render the offer-to-help button, or the viewer's offer, in at most one query."""
    user = context["request"].user
    offer = None
    if user.is_authenticated:
        offer = (
            FacilitationOffer.objects.filter(
                challenge__translation_key=page.translation_key, facilitator__user_id=user.pk
            )
            .exclude(status=OfferStatus.WITHDRAWN)
            .first()
        )
    return {
        "page": page,
        "user": user,
        "offer": offer,
        "open_for_offers": is_open_for_offers(page),
        "may_see_suggestions": context.get("may_manage", False),
    }
