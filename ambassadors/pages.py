"""The public ambassadors page and the ambassadors' members-only corner."""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import RICH_TEXT_FEATURES, BodyBlock
from hub.queries import ViewRestrictionsInOneQuery


class AmbassadorIndexPage(ViewRestrictionsInOneQuery, Page):
    """Active ambassadors grouped by region and institution, each shown as their profile allows."""

    intro = RichTextField(
        _("intro"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown above the list: what ambassadors do and how to become one."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ambassadors page")
        verbose_name_plural = _("ambassadors pages")

    def get_context(self, request, *args, **kwargs):
        from .listing import build_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(build_listing(request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # Members see names that anonymous visitors must not, so no shared cache may keep it.
            patch_cache_control(response, private=True)
        return response


class AmbassadorCornerPage(ViewRestrictionsInOneQuery, Page):
    """The ambassadors' own page; only members of the Ambassadors group may open it.

    Saving the page makes sure it carries a view restriction to that group, and
    resources published beneath it inherit the restriction.
    """

    intro = models.TextField(_("intro"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["hub.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ambassador corner")
        verbose_name_plural = _("ambassador corners")
