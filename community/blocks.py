"""StreamField blocks shared by the site's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SectionBlock(blocks.StructBlock):
    """A headed section of prose."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "doc-full"
        template = "core/blocks/section_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A short invitation with one link, to a page or an address."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=300)
    link_label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.CharBlock(required=False, help_text=_("Used when no page is chosen, e.g. /teams/"))

    class Meta:
        icon = "link"
        template = "core/blocks/call_to_action_block.html"


class PageBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    call_to_action = CallToActionBlock()
