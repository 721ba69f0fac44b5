from django import template
from django.conf import settings
from django.db.models import F
from django.utils import timezone, translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from hub.queries import restricted
from trainings.models import TrainingSession

register = template.Library()


@register.inclusion_tag("trainings/includes/upcoming_trainings.html", takes_context=True)
def upcoming_trainings(context, limit=3):
    """Render the next trainings that start, in the visitor's language, in two queries."""
    # The page's translation key is all the loop needs, so no training page is loaded here.
    sessions = (
        TrainingSession.objects.filter(
            start__gte=timezone.now(),
            page__live=True,
            page__locale__language_code=settings.LANGUAGE_CODE,
        )
        .annotate(translation_key=F("page__translation_key"))
        .order_by("start")[: limit * 4]
    )
    first_sessions = {}
    for session in sessions:
        first_sessions.setdefault(session.translation_key, session)
        if len(first_sessions) == limit:
            break
    language = get_supported_content_language_variant(translation.get_language())
    pages = {
        page.translation_key: page
        for page in Page.objects.live()
        .exclude(restricted())
        .filter(translation_key__in=first_sessions, locale__language_code=language)
    }
    trainings = [
        {"page": pages[key], "session": session}
        for key, session in first_sessions.items()
        if key in pages
    ]
    return {"trainings": trainings, "request": context["request"]}
