"""Filter, sort and paginate published challenges for the index, the feed and the exports."""

from urllib.parse import urlencode

from django import forms
from django.core.cache import cache
from django.core.paginator import Page as DjangoPage
from django.core.paginator import Paginator
from django.db.models import CharField, Count, Exists, F, OuterRef, Value, Window
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Locale, PageViewRestriction

from community.choices import Region, Sector
from hub.queries import attach_tags
from hub.widgets import FilterSelect

from .choices import ChallengeStatus, Mode
from .models import ChallengePage, ChallengeTopicTag

PER_PAGE = 12
# Far beyond any real listing, and small enough for every database's OFFSET.
MAX_PAGE_NUMBER = 100_000
TAG_VERSION_KEY = "challenges:tag-choices-version"
TAG_CHOICES_SECONDS = 300
# The fields a challenge card shows. Loading only these keeps the long text fields
# out of the listing query, which sorts and counts every published challenge.
CARD_FIELDS = (
    "title",
    "url_path",
    "summary",
    "status",
    "region",
    "mode",
    "apply_by",
    "institution",
    "institution__name",
)
FILTER_FIELDS = ("status", "topic", "sector", "region", "skill", "method", "mode", "sort")


class SortOrder:
    NEWEST = "newest"
    CLOSING = "closing"
    CHOICES = [(NEWEST, _("newest first")), (CLOSING, _("closing soon"))]


def _with_blank(choices, label):
    return [("", label), *choices]


class ChallengeFilterForm(forms.Form):
    """Filters read from the query string; a value that is not a choice is ignored."""

    status = forms.ChoiceField(widget=FilterSelect, label=_("Status"), required=False)
    topic = forms.ChoiceField(widget=FilterSelect, label=_("Topic"), required=False)
    sector = forms.ChoiceField(widget=FilterSelect, label=_("Institution sector"), required=False)
    region = forms.ChoiceField(widget=FilterSelect, label=_("Region"), required=False)
    skill = forms.ChoiceField(widget=FilterSelect, label=_("Skill needed"), required=False)
    method = forms.ChoiceField(widget=FilterSelect, label=_("Method needed"), required=False)
    mode = forms.ChoiceField(widget=FilterSelect, label=_("Way of working"), required=False)
    sort = forms.ChoiceField(
        widget=FilterSelect, label=_("Sort by"), required=False, choices=SortOrder.CHOICES
    )

    def __init__(self, data, *, tag_choices):
        super().__init__(data)
        every = _("any")
        self.fields["status"].choices = _with_blank(ChallengeStatus.choices, every)
        self.fields["sector"].choices = _with_blank(Sector.choices, every)
        self.fields["region"].choices = _with_blank(Region.choices, every)
        self.fields["mode"].choices = _with_blank(Mode.choices, every)
        for name in ("topic", "skill", "method"):
            self.fields[name].choices = _with_blank(tag_choices[name], every)

    def valid_values(self):
        """Return the filters whose values are valid, leaving out the rest."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name not in self.errors
        }


def published_challenges(locale_id):
    """Return live challenges in ``locale_id`` that no view restriction hides.

    The restriction check is a subquery, where Wagtail's ``public()`` would run a query.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return (
        ChallengePage.objects.live()
        .filter(locale_id=locale_id)
        .exclude(Exists(restricted))
        .select_related("institution")
    )


def tag_choices(challenges, locale_id):
    """Return (slug, name) pairs of the tags the given challenges use, by tag kind.

    Cached for a few minutes per language: a filter choice that appears a little
    late or lingers after a challenge is unpublished only yields an empty list.
    """
    cache_key = f"challenges:tag-choices:{locale_id}:{cache.get(TAG_VERSION_KEY, 0)}"
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    ids = challenges.values("pk")
    relations = {
        "topic": "challenges_challengetopictag_items",
        "skill": "challenges_challengeskilltag_items",
        "method": "challenges_challengemethodtag_items",
    }
    choices = {name: [] for name in relations}
    rows = None
    for name, relation in relations.items():
        query = (
            Tag.objects.filter(**{f"{relation}__content_object__in": ids})
            .values_list("slug", "name")
            .distinct()
            .annotate(kind=Value(name, output_field=CharField()))
        )
        rows = query if rows is None else rows.union(query)
    for slug, tag_name, kind in rows.order_by("name"):
        choices[kind].append((slug, tag_name))
    cache.set(cache_key, choices, TAG_CHOICES_SECONDS)
    return choices


def forget_tag_choices():
    """Make the next listing read the filter choices from the database again."""
    try:
        cache.incr(TAG_VERSION_KEY)
    except ValueError:
        cache.set(TAG_VERSION_KEY, 1, None)


def filter_challenges(challenges, filters):
    lookups = {
        "status": "status",
        "sector": "institution__sector",
        "region": "region",
        "mode": "mode",
        "topic": "topics__slug",
        "skill": "skills_needed__slug",
        "method": "methods_needed__slug",
    }
    for name, lookup in lookups.items():
        if filters.get(name):
            challenges = challenges.filter(**{lookup: filters[name]})
    if filters.get("sort") == SortOrder.CLOSING:
        return challenges.order_by(F("apply_by").asc(nulls_last=True), "-first_published_at")
    return challenges.order_by("-first_published_at", "-pk")


def filtered_challenges(request, locale_id=None):
    """Return (form, challenges, filters) for the filters in ``request``'s query string."""
    locale_id = locale_id or Locale.get_active().pk
    challenges = published_challenges(locale_id)
    form = ChallengeFilterForm(request.GET, tag_choices=tag_choices(challenges, locale_id))
    filters = form.valid_values()
    return form, filter_challenges(challenges, filters), filters


def paginate(challenges, number):
    """Return a Django paginator page, counting the total in the same query as the rows."""
    try:
        # A page past the last one shows the first, so no number may overflow the offset.
        number = min(max(1, int(number)), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        number = 1
    offset = (number - 1) * PER_PAGE
    rows = list(challenges.annotate(total=Window(Count("pk")))[offset : offset + PER_PAGE])
    if not rows and number > 1:
        return paginate(challenges, 1)
    paginator = Paginator(challenges, PER_PAGE)
    paginator.count = rows[0].total if rows else 0
    return DjangoPage(rows, number, paginator)


def build_listing(index, request):
    form, challenges, filters = filtered_challenges(request, index.locale_id)
    page_obj = paginate(challenges.only(*CARD_FIELDS), request.GET.get("page"))
    attach_tags(page_obj.object_list, ChallengeTopicTag, "topic_tags")
    paginator = page_obj.paginator
    query = urlencode(filters)
    return {
        "filter_form": form,
        "challenges": page_obj.object_list,
        "page_obj": page_obj,
        "result_count": paginator.count,
        "query_prefix": query,
        "export_query": f"?{query}" if query else "",
        "is_filtered": any(name != "sort" for name in filters),
    }
