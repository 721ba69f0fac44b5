import logging

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from hub import structure_cache
from hub.models import FooterText, HubSettings
from hub.renditions import RENDITION_SPECS
from hub.routing import find_site

logger = logging.getLogger(__name__)

register = template.Library()


def _localized_root(request):
    """Return the active language's home page, or ``None`` when the site has none."""
    site = find_site(request)
    if site is None:
        return None
    return (
        Page.objects.filter(
            translation_key=Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1],
            locale__language_code=get_supported_content_language_variant(
                translation.get_language()
            ),
        ).first()
        or site.root_page
    )


def _site_id(request):
    site = find_site(request)
    return site.pk if site else 0


def _home_path(context):
    """Return the tree path of the home page the shown page sits under."""
    page = context.get("page")
    if isinstance(page, Page) and page.depth >= 2:
        return page.path[: 2 * Page.steplen]
    root = _localized_root(context["request"])
    return root.path if root is not None else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Return the menu entries under the active language's home page.

    Each entry has a ``title`` and ``url`` of a live, public child page marked
    "show in menus", and ``current`` set when the shown page is that page or lies
    beneath it. The entries come from the structure cache.
    """
    request = context["request"]
    page = context.get("page")
    home_path = _home_path(context) if isinstance(page, Page) else None
    language = translation.get_language()

    def build():
        path = home_path
        if path is None:
            root = _localized_root(request)
            path = root.path if root is not None else None
        if path is None:
            return []
        children = (
            Page.objects.filter(depth=3, path__startswith=path)
            .live()
            .public()
            .in_menu()
            .order_by("path")
        )
        return [
            {"title": child.title, "url": child.get_url(request), "url_path": child.url_path}
            for child in children
        ]

    items = structure_cache.get_or_build("menu", [_site_id(request), language, home_path], build)
    current_path = page.url_path if isinstance(page, Page) else ""
    return [{**item, "current": current_path.startswith(item["url_path"])} for item in items]


@register.simple_tag(takes_context=True)
def footer(context):
    """Return the footer's contact details, links and text in the active language, cached."""
    request = context["request"]
    site = find_site(request)
    language = translation.get_language()

    def build():
        hub_settings = HubSettings.for_site(site) if site else None
        text = FooterText.for_active_language()
        return {
            "text": text.body if text else "",
            "contact_email": hub_settings.contact_email if hub_settings else "",
            "contact_phone": hub_settings.contact_phone if hub_settings else "",
            "address": hub_settings.address if hub_settings else "",
            "social_links": hub_settings.social_links() if hub_settings else [],
            "pages": [
                {"title": page.title, "url": page.get_url(request)}
                for page in (hub_settings.footer_pages() if hub_settings else [])
            ],
        }

    return structure_cache.get_or_build("footer", [site.pk if site else 0, language], build)


@register.simple_tag
def home_url():
    """Return the active language's home URL; every language's home is its URL prefix."""
    return reverse("wagtail_serve", args=[""])


def _links_by_language(request, pages):
    return {
        page.locale.language_code: {
            "url": page.get_url(request),
            "full_url": page.get_full_url(request),
        }
        for page in pages
    }


def _live_translations(request, page):
    """Return links to ``page``'s other live translations by language code, cached."""
    if page is None or page.pk is None:
        return {}
    return structure_cache.get_or_build(
        "translations",
        [_site_id(request), page.pk],
        lambda: _links_by_language(
            request, page.get_translations(inclusive=False).live().select_related("locale")
        ),
    )


def _live_homes(request):
    """Return links to the site's live home pages by language code, cached."""
    site = find_site(request)
    if site is None:
        return {}
    return structure_cache.get_or_build(
        "homes",
        [site.pk],
        lambda: _links_by_language(
            request, site.root_page.get_translations(inclusive=True).live().select_related("locale")
        ),
    )


@register.simple_tag(takes_context=True)
def alternate_language_links(context):
    """Return hreflang alternates: the shown page in every language it is live in."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page) or not page.live:
        return []
    links = [{"code": translation.get_language(), "url": page.get_full_url(request)}]
    for code, other in _live_translations(request, page).items():
        links.append({"code": code, "url": other["full_url"]})
    return links if len(links) > 1 else []


# Each language is named in itself, as language pickers conventionally do.
LANGUAGE_ENDONYMS = {"sl": "Slovenščina", "en": "English"}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Link every other language to this page's translation, or to that language's home.

    A Wagtail page links only to its live translations. Without one, and on error
    pages, the link leads to the other language's home page, so the switcher never
    leads to a missing page. Other views exist in every language and keep their path.
    """
    request = context["request"]
    current = translation.get_language()
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    to_home_only = context.get("link_languages_to_home", False)

    translations = _live_translations(request, page)
    missing_translation = page is not None and len(translations) < len(settings.LANGUAGES) - 1
    homes = _live_homes(request) if missing_translation or to_home_only else {}

    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        if code in translations:
            url, same_page = translations[code]["url"], True
        elif page is not None or to_home_only:
            home = homes.get(code)
            url, same_page = (home["url"] if home else None), False
        else:
            url, same_page = translate_url(request.get_full_path(), code), True
        if url:
            links.append(
                {
                    "code": code,
                    "label": LANGUAGE_ENDONYMS.get(code, _name),
                    "url": url,
                    "same_page": same_page,
                }
            )
    return {"links": links}


@register.simple_tag
def rendition(image, purpose):
    """Return the rendition of ``image`` for a purpose in ``hub.renditions.RENDITION_SPECS``.

    Returns ``None`` when there is no image or its file cannot be read, so the
    template can leave the picture out.
    """
    if image is None:
        return None
    try:
        return image.get_rendition(RENDITION_SPECS[purpose])
    # Wagtail raises SourceImageIOError, an OSError, when the original file is missing.
    except OSError:
        logger.warning("image %s has no readable file for %s", image.pk, purpose)
        return None


# Page fields that summarise a page, tried in order when it has no search description.
DESCRIPTION_FIELDS = ("summary", "intro")
# Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160


def _plain_text(value):
    return " ".join(strip_tags(str(value or "")).split())


@register.simple_tag(takes_context=True)
def meta_description(context):
    """Return the page's description for search engines, or the hub's own.

    An editor's search description comes first, then the page's summary or
    intro as plain text, so every page has a description without extra work.
    """
    page = context.get("page")
    candidates = []
    if isinstance(page, Page):
        candidates = [page.search_description]
        candidates += [getattr(page, name, "") for name in DESCRIPTION_FIELDS]
    for value in candidates:
        text = _plain_text(value)
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return gettext(
        "Public institutions bring challenges to the hub, facilitators help solve them "
        "together, and members learn in trainings and find each other."
    )
