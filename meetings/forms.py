"""The workspace's forms: they read what was typed; `meetings.services`
says what is wrong with it."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from community.models import Team
from kernel.forms import PlainLabels
from meetings.services import MeetingDetails


def team_people(team: Team):
    return (
        get_user_model()
        .objects.filter(memberships__team=team, is_active=True)
        .select_related("profile")
        .order_by("profile__display_name", "username")
    )


class PersonChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        profile = getattr(obj, "profile", None)
        return profile.name if profile and profile.name else obj.username


class MeetingForm(PlainLabels, forms.Form):
    title = forms.CharField(
        label=pgettext_lazy("the name of a cycle or a meeting", "Title"),
        max_length=150,
        initial=_("Team meeting"),
    )
    starts_at = forms.DateTimeField(
        label=_("Starts at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    minutes = forms.IntegerField(
        label=_("Length in minutes"), initial=60, min_value=5, max_value=480
    )
    place = forms.CharField(
        label=_("Place"), max_length=200, required=False, help_text=_("A room, or leave empty.")
    )
    call_link = forms.URLField(
        label=_("Call link"), required=False, assume_scheme="https", help_text="https://…"
    )

    def details(self) -> MeetingDetails:
        data = self.cleaned_data
        return MeetingDetails(
            starts_at=data.get("starts_at"),
            minutes=data.get("minutes"),
            title=data.get("title") or "",
            place=data.get("place") or "",
            call_link=data.get("call_link") or "",
        )


class RotaForm(PlainLabels, forms.Form):
    """The members in the order they take turns (one per line of choices)."""

    def __init__(self, team: Team, *args, **kwargs):
        super().__init__(*args, **kwargs)
        people = team_people(team)
        for n in range(people.count()):
            self.fields[f"turn_{n}"] = PersonChoice(
                queryset=people,
                required=False,
                # Translators: a place in the rota, e.g. "Turn 2".
                label=gettext("Turn %(number)s") % {"number": n + 1},
                empty_label="—",
            )

    def people(self) -> list:
        return [person for name, person in self.cleaned_data.items() if person is not None]


class RolesForm(PlainLabels, forms.Form):
    facilitator = PersonChoice(
        queryset=None, required=False, label=_("Facilitator"), empty_label=_("Nobody yet")
    )
    note_taker = PersonChoice(
        queryset=None, required=False, label=_("Note taker"), empty_label=_("Nobody yet")
    )

    def __init__(self, team: Team, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("facilitator", "note_taker"):
            self.fields[name].queryset = team_people(team)


class AgendaForm(PlainLabels, forms.Form):
    prefix = "agenda"  # the meeting page holds the action form's `text` too
    text = forms.CharField(label=_("Add to the agenda"), max_length=300)


class NotesForm(PlainLabels, forms.Form):
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    decisions = forms.CharField(
        label=_("Decisions"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class ActionForm(PlainLabels, forms.Form):
    prefix = "action"
    text = forms.CharField(label=_("Action"), max_length=300)
    owner = PersonChoice(
        queryset=None,
        label=_("Owner"),
        empty_label=_("Choose a member"),
        error_messages={"invalid_choice": _("The owner must be a member of the team.")},
    )
    due_on = forms.DateField(label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, team: Team, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = team_people(team)
