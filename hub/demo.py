"""Build the hub's own demo content: home pages, standard pages and the methods library.

Each app may have a ``demo`` module with ``ORDER`` (an int) and
``load(command, scale)``. ``manage.py load_demo`` finds and runs them in order,
so the hub's shared modules never import an app.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from hub import demo_data
from hub.models import FooterText, HomePage, HubSettings, MethodIndexPage, MethodPage, StandardPage

ORDER = 0
LANGUAGES = ("sl", "en")


def _stream(blocks):
    return [(block_type, value) for block_type, value in blocks]


def publish(page):
    page.save_revision().publish()
    return page


def upsert_child(parent, model, slug, fields):
    """Create or update the child of ``parent`` with ``slug``, then publish it."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale_id=parent.locale_id, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    return publish(page)


def upsert_translation(source, language, slug, fields):
    """Create or update ``source``'s translation into ``language``, then publish it."""
    locale = Locale.objects.get(language_code=language)
    page = source.get_translation_or_none(locale)
    if page is not None:
        page = page.specific
        page.slug = slug
        for name, value in fields.items():
            setattr(page, name, value)
        return publish(page)

    # Copying with the final slug, rather than renaming a copy, keeps Wagtail from
    # recording a redirect from a slug that was never published.
    parent = source.get_parent()
    if not parent.is_root():
        parent = parent.get_translation(locale)
    page = source.specific.copy(
        to=parent,
        update_attrs={"locale": locale, "slug": slug, **fields},
        copy_revisions=False,
        keep_live=False,
        reset_translation_key=False,
        log_action=None,
    )
    return publish(page.specific)


def _home_fields(language, methods_index=None):
    data = demo_data.HOME
    return {
        "title": data["title"][language],
        "intro_title": data["intro_title"][language],
        "intro": data["intro"][language],
        "primary_link_label": data["primary_link_label"][language],
        "primary_link": methods_index,
        "body": _stream(data["body"][language]),
    }


def load_home_pages():
    """Return the Slovenian and English home pages, creating or updating both."""
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale__language_code="sl", depth=2).first()
    if home is None:
        home = HomePage(slug="domov", **_home_fields("sl"))
        root.add_child(instance=home)
    else:
        for name, value in _home_fields("sl").items():
            setattr(home, name, value)
    publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    english = upsert_translation(home, "en", "home", _home_fields("en"))
    return {"sl": home, "en": english}


def load_standard_pages(homes):
    for entry in demo_data.PAGES:
        fields = {
            "title": entry["title"]["sl"],
            "summary": entry["summary"]["sl"],
            "show_in_menus": entry["show_in_menus"],
            "body": _stream(entry["body"]["sl"]),
        }
        page = upsert_child(homes["sl"], StandardPage, entry["slug"]["sl"], fields)
        upsert_translation(
            page,
            "en",
            entry["slug"]["en"],
            {
                "title": entry["title"]["en"],
                "summary": entry["summary"]["en"],
                "show_in_menus": entry["show_in_menus"],
                "body": _stream(entry["body"]["en"]),
            },
        )


def _method_fields(entry, language):
    return {
        "title": entry["title"][language],
        "summary": entry["summary"][language],
        "duration": entry["duration"][language],
        "group_size": entry["group_size"],
        "featured": entry["featured"],
        "when_to_use": entry["when_to_use"][language],
        "body": _stream(entry["body"][language]),
    }


def load_methods(homes):
    """Return the methods library index pages keyed by language."""
    data = demo_data.METHODS_INDEX
    index = upsert_child(
        homes["sl"],
        MethodIndexPage,
        data["slug"]["sl"],
        {"title": data["title"]["sl"], "intro": data["intro"]["sl"], "show_in_menus": True},
    )
    index_en = upsert_translation(
        index,
        "en",
        data["slug"]["en"],
        {"title": data["title"]["en"], "intro": data["intro"]["en"], "show_in_menus": True},
    )
    for entry in demo_data.METHODS:
        method = upsert_child(index, MethodPage, entry["slug"]["sl"], _method_fields(entry, "sl"))
        upsert_translation(method, "en", entry["slug"]["en"], _method_fields(entry, "en"))
    return {"sl": index, "en": index_en}


def load_site_settings(homes):
    site = homes["sl"].get_site()
    # Absolute links (sitemap, hreflang) must point where the demo is served.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.save()

    hub_settings = HubSettings.for_site(site)
    for name, value in demo_data.HUB_SETTINGS.items():
        setattr(hub_settings, name, value)
    children = StandardPage.objects.child_of(homes["sl"])
    hub_settings.privacy_page = children.filter(slug=demo_data.PRIVACY_PAGE_SLUG).first()
    hub_settings.accessibility_page = children.filter(
        slug=demo_data.ACCESSIBILITY_PAGE_SLUG
    ).first()
    hub_settings.save()
    source, _created = FooterText.objects.update_or_create(
        locale=Locale.objects.get(language_code="sl"),
        defaults={"body": demo_data.FOOTER_TEXT["sl"]},
    )
    FooterText.objects.update_or_create(
        locale=Locale.objects.get(language_code="en"),
        translation_key=source.translation_key,
        defaults={"body": demo_data.FOOTER_TEXT["en"]},
    )


def load(command, scale):
    """Build the page tree; ``scale`` does not change the hub's own pages."""
    with transaction.atomic():
        homes = load_home_pages()
    command.progress("home pages")
    with transaction.atomic():
        load_standard_pages(homes)
    command.progress("standard pages")
    with transaction.atomic():
        indexes = load_methods(homes)
        for language in LANGUAGES:
            home = HomePage.objects.get(pk=homes[language].pk)
            home.primary_link = indexes[language]
            publish(home)
    command.progress("methods library")
    with transaction.atomic():
        load_site_settings(homes)
    command.progress("site settings")
