from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import RICH_TEXT_FEATURES, BodyBlock
from hub.queries import ViewRestrictionsInOneQuery, restricted
from hub.renditions import images_with_renditions


class HomePage(ViewRestrictionsInOneQuery, Page):
    """The front page of one language: introduces the hub and gathers each app's section."""

    intro_title = models.CharField(_("intro title"), max_length=120)
    intro = models.TextField(
        _("intro"),
        help_text=_("Two or three sentences that tell a visitor what the hub does."),
    )
    primary_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("main button target"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_link_label = models.CharField(_("main button label"), max_length=60, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("intro_title"),
                FieldPanel("intro"),
                FieldPanel("primary_link"),
                FieldPanel("primary_link_label"),
            ],
            heading=_("Introduction"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def page_on_path(self, path_components):
        """Return (page, segments used) for the page a path under this home leads to.

        Loads every page whose slug matches a segment in one query and follows the
        path to the first page that routes on its own (an index or a routable page),
        or to the last page found. Returns ``None`` when the first segment matches
        no page.
        """
        if not path_components:
            return self, 0
        candidates = Page.objects.filter(
            slug__in=set(path_components),
            path__startswith=self.path,
            depth__gt=self.depth,
            depth__lte=self.depth + len(path_components),
        )
        by_parent_and_slug = {(page.path[: -Page.steplen], page.slug): page for page in candidates}
        parent, target, used = self, None, 0
        for slug in path_components:
            child = by_parent_and_slug.get((parent.path, slug))
            if child is None:
                break
            child._cached_parent_obj = parent
            target, used = child, used + 1
            if child.specific_class is not None and child.specific_class.route is not Page.route:
                break
            parent = child
        if target is None:
            return None
        return target, used

    def route(self, request, path_components):
        """Route to a page under this home with one query for the whole path.

        Wagtail's ``Page.route`` runs two queries per URL segment.
        """
        if not path_components:
            return super().route(request, path_components)
        found = self.page_on_path(path_components)
        if found is None:
            raise Http404("No page matches this path.")
        target, used = found
        page = target.specific
        page._cached_parent_obj = target._cached_parent_obj
        return page.route(request, path_components[used:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_methods"] = (
            MethodPage.objects.live()
            .exclude(restricted())
            .filter(locale_id=self.locale_id)
            .prefetch_related(images_with_renditions("method_card"))
            .order_by("-featured", "title")[:6]
        )
        return context


class StandardPage(ViewRestrictionsInOneQuery, Page):
    """A flexible page for anything that is not a listing: about, accessibility, privacy."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in search results."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class MethodIndexPage(ViewRestrictionsInOneQuery, Page):
    """The methods library: lists every method page beneath it."""

    intro = RichTextField(_("intro"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["hub.MethodPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("methods library")
        verbose_name_plural = _("methods libraries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["methods"] = (
            MethodPage.objects.child_of(self)
            .live()
            .exclude(restricted())
            .prefetch_related(images_with_renditions("method_card"))
            .order_by("title")
        )
        return context


class MethodPage(ViewRestrictionsInOneQuery, Page):
    """One facilitation method, such as World Café or Open Space Technology."""

    class GroupSize(models.TextChoices):
        SMALL = "small", _("small group (up to 12)")
        MEDIUM = "medium", _("medium group (12 to 40)")
        LARGE = "large", _("large group (40 or more)")
        ANY = "any", _("any size")

    summary = models.TextField(
        _("summary"),
        help_text=_("What the method is good for, in one or two sentences."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the method card and page; at least 960 × 540 pixels."),
    )
    duration = models.CharField(
        _("duration"),
        max_length=80,
        blank=True,
        help_text=_("For example: 2 to 4 hours."),
    )
    group_size = models.CharField(
        _("group size"), max_length=10, choices=GroupSize.choices, default=GroupSize.ANY
    )
    when_to_use = RichTextField(_("when to use it"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("how it works"), blank=True)
    featured = models.BooleanField(
        _("featured on the home page"),
        default=False,
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [FieldPanel("duration"), FieldPanel("group_size"), FieldPanel("featured")],
            heading=_("At a glance"),
        ),
        FieldPanel("when_to_use"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("when_to_use"),
        index.SearchField("body"),
        index.FilterField("featured"),
    ]
    parent_page_types = ["hub.MethodIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods")
