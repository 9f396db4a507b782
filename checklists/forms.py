"""The progress form of one checklist item."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from checklists.models import Status
from community.models import Team
from kernel.forms import PlainLabels
from kernel.standing import AnyUser
from resources import permissions as resource_permissions
from resources.models import Resource


class EvidenceChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Resource) -> str:
        return obj.title


class ProgressForm(PlainLabels, forms.Form):
    status = forms.ChoiceField(
        choices=Status.choices, widget=forms.RadioSelect, label=_("Where we stand")
    )
    since = forms.DateField(
        label=_("Since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The day it was met, or work on it started."),
    )
    evidence = EvidenceChoice(
        queryset=Resource.objects.none(),
        label=_("Evidence"),
        required=False,
        empty_label=pgettext_lazy("no evidence", "None"),
        help_text=_(
            "A resource of your team's in the library: a policy, an audit, a training log."
        ),
        error_messages={"invalid_choice": _("Choose evidence from the library that you can open.")},
    )
    note = forms.CharField(
        label=_("Note"), max_length=300, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, user: AnyUser, team: Team, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evidence"].queryset = resource_permissions.visible_resources(
            user, Resource.objects.filter(team=team)
        ).order_by("title")
