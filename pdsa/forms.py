"""The cycle form: reads what the team typed into `CycleDetails`;
`pdsa.services.cycle_errors` says what is wrong with it."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_stubs_ext import StrOrPromise

from community.models import Team
from kernel.forms import PlainLabels
from kernel.standing import AnyUser
from measures import permissions as measure_permissions
from measures.models import TrackedMeasure
from pdsa import queries
from pdsa.models import Cycle, Decision, Sharing
from pdsa.services import MAX_FILES, CycleDetails
from resources.forms import AttachmentsField
from toolkit.models import ChangeIdeaPage


def _text(
    label: StrOrPromise, help_text: StrOrPromise = "", rows: int = 3, required: bool = False
) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
        strip=True,
    )


def _day(label: StrOrPromise, required: bool = False) -> forms.DateField:
    return forms.DateField(
        label=label, required=required, widget=forms.DateInput(attrs={"type": "date"})
    )


class CycleForm(PlainLabels, forms.Form):
    title = forms.CharField(
        label=pgettext_lazy("the name of a cycle or a meeting", "Title"),
        max_length=200,
        help_text=_("For example: Hard-stop script with two obstetricians."),
    )
    change_idea = forms.ModelChoiceField(
        queryset=ChangeIdeaPage.objects.none(),
        required=False,
        label=_("Change idea"),
        empty_label=_("Our own idea (name it below)"),
        help_text=_("The change idea from the toolkit this cycle tests."),
    )
    own_idea = forms.CharField(label=_("Our own idea"), max_length=200, required=False)
    follows = forms.ModelChoiceField(
        queryset=Cycle.objects.none(),
        required=False,
        label=_("Builds on"),
        empty_label=_("Nothing: this is the first cycle of a ramp"),
        help_text=_("The earlier cycle this one scales up or adapts."),
    )
    question = _text(_("What do we want to learn?"), required=True)
    prediction = _text(_("What do we predict will happen?"))
    plan_who = _text(_("Who carries it out?"), rows=2)
    plan_what = _text(_("What will they do?"), rows=3)
    plan_where = _text(_("Where?"), rows=2)
    plan_data = _text(_("Which data will we collect?"), rows=2)
    starts_on = _day(_("Starts on"), required=True)
    ends_on = _day(_("Ends on"))
    what_happened = _text(_("What happened?"), _("Fill in once the test has run."), rows=4)
    study = _text(_("Study: the results against the prediction"), rows=4)
    measure = forms.ModelChoiceField(
        queryset=TrackedMeasure.objects.none(),
        required=False,
        label=_("Measure to watch"),
        empty_label=pgettext_lazy("no measure", "None"),
        help_text=_("Its chart is drawn beside the study, with this cycle marked on it."),
    )
    decision = forms.ChoiceField(
        choices=[("", _("Not decided yet")), *Decision.choices],
        required=False,
        label=_("Act: decision"),
    )
    files = AttachmentsField(
        max_files=MAX_FILES,
        # Translators: completes "Attach up to 5 files to …".
        attached_to=_("one cycle"),
        label=_("Attach files"),
        help_text=_(
            "Data collection forms, scripts, photos. Kept as files only your team can open."
        ),
    )

    def __init__(self, user: AnyUser, team: Team, *args, cycle: Cycle | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["change_idea"].queryset = (
            ChangeIdeaPage.objects.live().public().order_by("title")
        )
        earlier = Cycle.objects.filter(team=team).order_by("-starts_on")
        if cycle is not None:
            earlier = earlier.exclude(pk__in={cycle.pk, *queries.built_on(cycle)})
        self.fields["follows"].queryset = earlier
        self.fields["measure"].queryset = (
            measure_permissions.tracked_measures.view_objects(user)
            .filter(team=team)
            .select_related("measure")
        )
        self.fields["measure"].label_from_instance = lambda tracked: tracked.measure.name

    def details(self) -> CycleDetails:
        data = self.cleaned_data
        return CycleDetails(
            **{name: data.get(name) for name in ("change_idea", "follows", "measure")},
            **{name: data.get(name) or "" for name in ("title", "own_idea", "decision")},
            **{name: data.get(name) or "" for name in CycleDetails.TEXTS},
            starts_on=data.get("starts_on"),
            ends_on=data.get("ends_on"),
            files=data.get("files") or [],
        )

    @staticmethod
    def initial_for(cycle: Cycle) -> dict:
        names = [
            "title",
            "change_idea",
            "own_idea",
            "follows",
            *CycleDetails.TEXTS,
            "starts_on",
            "ends_on",
            "measure",
            "decision",
        ]
        return {name: getattr(cycle, name) for name in names}


class ShareForm(PlainLabels, forms.Form):
    sharing = forms.ChoiceField(
        choices=Sharing.choices, widget=forms.RadioSelect, label=_("Who sees it")
    )


class TalkForm(PlainLabels, forms.Form):
    network = forms.ModelChoiceField(queryset=None, label=_("In the space of"))
    title = forms.CharField(max_length=200, label=_("Topic"))
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 5}))

    def __init__(self, team: Team, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].queryset = team.networks.order_by("name")
