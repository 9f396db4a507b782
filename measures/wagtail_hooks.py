"""The measure dictionary in the Wagtail admin, for editors: measures and
the groups values may be broken down by. A team's values are never edited
here: they go through the team's own pages, which keep every change."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from measures.models import Dimension, Measure, StratumCategory


class MeasureForm(WagtailAdminModelForm):
    dimensions = forms.MultipleChoiceField(
        choices=Dimension.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What teams may break the values down by."),
    )


class MeasureViewSet(SnippetViewSet):
    model = Measure
    icon = "list-ol"
    menu_label = _("Measures")
    list_display = ["name", "kind", "data_type", "frequency", "published"]
    list_filter = ["kind", "data_type", "networks", "published"]
    search_fields = ["name", "definition"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("definition"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("data_type")]),
            MultiFieldPanel(
                [
                    FieldPanel("numerator"),
                    FieldPanel("denominator"),
                    FieldRowPanel([FieldPanel("multiplier"), FieldPanel("unit")]),
                    FieldPanel("levels"),
                ],
                heading=_("How it is counted"),
            ),
            FieldRowPanel([FieldPanel("frequency"), FieldPanel("direction")]),
            FieldRowPanel([FieldPanel("target"), FieldPanel("rule_set")]),
            FieldPanel("data_source"),
            MultiFieldPanel(
                [FieldPanel("dimensions"), FieldPanel("strata_add_up")], heading=_("Breakdowns")
            ),
            FieldPanel("networks"),
            FieldPanel("change_ideas"),
            FieldPanel("published"),
        ],
        base_form_class=MeasureForm,
    )


class StratumCategoryViewSet(SnippetViewSet):
    model = StratumCategory
    icon = "tag"
    menu_label = _("Groups")
    list_display = ["name", "dimension", "jurisdiction", "sort_order"]
    list_filter = ["dimension"]
    search_fields = ["name"]


class MeasuresGroup(SnippetViewSetGroup):
    items = (MeasureViewSet, StratumCategoryViewSet)
    menu_icon = "list-ol"
    menu_label = _("Measures")
    menu_name = "measures"


register_snippet(MeasuresGroup)
