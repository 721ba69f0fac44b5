from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import register_snippet


@register_setting(icon="cog")
class HubSettings(BaseSiteSetting):
    """Contact details and social links shown in every page's footer."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every page's footer, in the visitor's language where translated."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every page's footer, in the visitor's language where translated."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
            ],
            heading=_("Social links"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Footer links"),
        ),
    ]

    class Meta:
        verbose_name = _("hub settings")

    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("Mastodon", self.mastodon_url),
        ]
        return [(name, url) for name, url in links if url]

    def footer_pages(self):
        """Return the live privacy and accessibility pages, in the active language if translated."""
        page_ids = [pk for pk in (self.privacy_page_id, self.accessibility_page_id) if pk]
        if not page_ids:
            return []
        language = get_supported_content_language_variant(translation.get_language())
        sources = {page.pk: page for page in Page.objects.filter(pk__in=page_ids)}
        translated = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                translation_key__in=[page.translation_key for page in sources.values()],
                locale__language_code=language,
            )
        }
        pages = []
        for pk in page_ids:
            source = sources.get(pk)
            if source is None:
                continue
            page = translated.get(source.translation_key) or (source if source.live else None)
            if page is not None:
                pages.append(page)
        return pages


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The footer's text, one per language."""

    body = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_active_language(cls):
        """Return the footer text of the active language, falling back to the default one."""
        active = get_supported_content_language_variant(translation.get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        texts = {
            text.locale.language_code: text
            for text in cls.objects.filter(
                locale__language_code__in=[active, default]
            ).select_related("locale")
        }
        return texts.get(active) or texts.get(default)
