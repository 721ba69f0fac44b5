"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Kako poteka soustvarjanje", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Ustanove prinesejo izziv, stičišče pa jim pomaga najti rešitev.</p>"


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Leave empty only when the image is decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"
        help_text = _("Images are shown at most 960 pixels wide; upload at least that size.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Rešitev smo našli šele, ko smo za isto mizo povabili uporabnike.",
            "attribution": "Predstavnica ustanove",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"))
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=250)
    answer = ParagraphBlock(label=_("answer"))


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/faq_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"))


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps_block.html"
        preview_value = {
            "title": "Potek",
            "steps": [
                {"title": "Prijava izziva", "text": "Ustanova opiše problem."},
                {"title": "Pregled", "text": "Stičišče preveri prijavo."},
            ],
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
    steps = StepsBlock()
