"""StreamField blocks of the toolkit's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class MeasureBlock(blocks.StructBlock):
    """A suggested measure, defined well enough for a team to collect it."""

    kind = blocks.ChoiceBlock(choices=[("process", _("Process")), ("outcome", _("Outcome"))])
    name = blocks.CharBlock(max_length=150)
    numerator = blocks.CharBlock(max_length=300)
    denominator = blocks.CharBlock(max_length=300)
    source = blocks.CharBlock(max_length=200, label=_("Data source"))

    class Meta:
        icon = "list-ol"


class ResultBlock(blocks.StructBlock):
    """A result as figures: where a measure started and where it got to."""

    measure = blocks.CharBlock(max_length=200)
    baseline = blocks.FloatBlock()
    result = blocks.FloatBlock()
    unit = blocks.CharBlock(max_length=40, help_text=_("e.g. %, per 1,000 live births"))
    period = blocks.CharBlock(max_length=40, help_text=_("e.g. 2018–2020"))
    lower_is_better = blocks.BooleanBlock(
        required=False, default=True, help_text=_("Tick when a fall is the improvement.")
    )

    class Meta:
        icon = "table"
        template = "toolkit/blocks/result_block.html"


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120)
    role = blocks.CharBlock(max_length=150, required=False)
    organisation = blocks.CharBlock(max_length=150, required=False, label=_("Organization"))
    email = blocks.EmailBlock(required=False)

    class Meta:
        icon = "user"


class StartStepBlock(blocks.StructBlock):
    """One step of the newcomer path."""

    title = blocks.CharBlock(max_length=120)
    body = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])
    show_strategy_areas = blocks.BooleanBlock(
        required=False, help_text=_("List the strategy areas at a glance under the text.")
    )
    link = blocks.PageChooserBlock(required=False, help_text=_("Where to go for this step."))
    link_label = blocks.CharBlock(required=False, max_length=80)

    class Meta:
        icon = "tick"
