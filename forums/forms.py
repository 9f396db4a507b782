from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model

from community.models import Team
from forums.models import Space
from kernel.forms import PlainLabels
from resources.forms import AttachmentsField

MAX_ATTACHMENTS = 3


def _body_field() -> forms.CharField:
    return forms.CharField(
        label="Message",
        max_length=settings.DISCUSSION_MESSAGE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Markdown: **bold**, *italic*, lists, > quotes, `code`, links. "
        "Mention someone with @username, a team with @team-slug, a state with @state-slug.",
    )


class ReplyForm(PlainLabels, forms.Form):
    body = _body_field()
    files = AttachmentsField(
        max_files=MAX_ATTACHMENTS,
        attached_to="one message",
        label="Attach files",
        help_text="Kept as files only your team can open. PDF, Office, images or video.",
    )
    # Chosen by the page, so resending the form after a network error is harmless.
    client_id = forms.UUIDField(required=False, widget=forms.HiddenInput)


def without_files_outside_teams(form, space: Space):
    """Attachments are team-only files: the field is offered in team spaces only."""
    if space.kind != Space.Kind.TEAM:
        del form.fields["files"]
    return form


class ThreadForm(ReplyForm):
    title = forms.CharField(max_length=200, label="Topic")
    field_order = ["title", "body", "files", "client_id"]


class EditForm(PlainLabels, forms.Form):
    body = _body_field()


class GroupForm(PlainLabels, forms.Form):
    name = forms.CharField(max_length=150, label="Name of the group")
    description = forms.CharField(
        required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    teams = forms.ModelMultipleChoiceField(
        queryset=Team.objects.select_related("jurisdiction"),
        required=False,
        help_text="Every member of these teams joins the group.",
    )
    people = forms.CharField(
        required=False,
        label="People, by username",
        help_text="Separated by spaces or commas, e.g. ohio.lead faculty.",
    )

    def clean_people(self) -> list:
        names = {n.lstrip("@") for n in self.cleaned_data["people"].replace(",", " ").split()}
        users = list(get_user_model().objects.filter(username__in=names, is_active=True))
        unknown = names - {u.username for u in users}
        if unknown:
            raise forms.ValidationError(f"No member is called {', '.join(sorted(unknown))}.")
        return users


class MoveForm(PlainLabels, forms.Form):
    to = forms.ModelChoiceField(queryset=Space.objects.none(), label="Move to")

    def __init__(self, *args, spaces=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = spaces if spaces is not None else Space.objects.none()
