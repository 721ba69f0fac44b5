"""Query helpers that keep a public page's number of SQL queries fixed."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Locale, Page, PageViewRestriction

from hub import structure_cache

LOCALE_ID_TIMEOUT = 3600


def restricted():
    """Return an ``Exists`` that is true for pages a view restriction covers.

    A restriction on a page covers its descendants too. Wagtail's ``public()``
    runs a query to load the restrictions, while ``.exclude(restricted())`` is a
    subquery of the same statement.
    """
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def locale_id_for(language_code):
    """Return the id of the Wagtail locale of ``language_code``, or ``None`` if there is none.

    Locales are created once and rarely change, so the id comes from the cache
    after the first lookup.
    """
    key = f"hub:locale-id:{language_code}"
    locale_id = cache.get(key)
    if locale_id is None:
        locale_id = (
            Locale.objects.filter(language_code=language_code).values_list("pk", flat=True).first()
        )
        if locale_id is not None:
            cache.set(key, locale_id, LOCALE_ID_TIMEOUT)
    return locale_id


class ViewRestrictionsInOneQuery:
    """Page mixin: find the view restrictions that apply to a page in one query.

    Wagtail's ``get_view_restrictions`` loads the page's ancestors and then their
    restrictions, two queries on every page served. Ancestor paths are prefixes
    of the page's own path, so one statement finds them. As in Wagtail, an alias
    takes the restrictions of the page it copies.
    """

    def get_view_restrictions(self):
        paths = [self.path[:end] for end in range(Page.steplen, len(self.path) + 1, Page.steplen)]
        sources = Page.objects.filter(path__in=paths).values(source=Coalesce("alias_of_id", "id"))
        restrictions = PageViewRestriction.objects.filter(page_id__in=sources)
        if self.path:
            # Iterating the queryset or calling exists() reads the structure cache,
            # which any restriction or page change renews. A derived queryset
            # (order_by, filter) runs its own query.
            restrictions._result_cache = structure_cache.get_or_build(
                "view-restrictions", [self.path], lambda: list(restrictions)
            )
        return restrictions


@dataclass
class CardTag:
    """A tag as a card shows it: its name, its slug and, where the card links it, a URL."""

    name: str
    slug: str
    url: str = ""


def attach_tags(objects, through_model, attribute):
    """Set ``attribute`` on each object to the list of its ``CardTag``s by name, in one query.

    ``prefetch_related`` on a tag manager builds a queryset for every object, which
    cost a page of twelve challenges several milliseconds. ``through_model`` is the
    tagged-item model whose ``content_object`` points at the objects.
    """
    by_object = {item.pk: [] for item in objects}
    tagged_items = (
        through_model.objects.filter(content_object_id__in=by_object)
        .order_by("tag__name", "tag_id")
        .values_list("content_object_id", "tag__name", "tag__slug")
    )
    for object_id, name, slug in tagged_items:
        by_object[object_id].append(CardTag(name, slug))
    for item in objects:
        setattr(item, attribute, by_object[item.pk])
