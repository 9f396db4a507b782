from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from community.models import Team
from forums.models import Space
from kernel.forms import PlainLabels
from resources.forms import AttachmentsField

MAX_ATTACHMENTS = 3


def _body_field() -> forms.CharField:
    return forms.CharField(
        label=_("Message"),
        max_length=settings.DISCUSSION_MESSAGE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Markdown: **bold**, *italic*, lists, > quotes, `code`, links. "
            "Mention someone with @username, a team with @team-slug, a state with @state-slug."
        ),
    )


class ReplyForm(PlainLabels, forms.Form):
    body = _body_field()
    files = AttachmentsField(
        max_files=MAX_ATTACHMENTS,
        # Translators: completes "Attach up to 3 files to …".
        attached_to=_("one message"),
        label=_("Attach files"),
        help_text=_("Kept as files only your team can open. PDF, Office, images or video."),
    )
    # Chosen by the page, so resending the form after a network error is harmless.
    client_id = forms.UUIDField(required=False, widget=forms.HiddenInput)


def without_files_outside_teams(form, space: Space):
    """Attachments are team-only files: the field is offered in team spaces only."""
    if space.kind != Space.Kind.TEAM:
        del form.fields["files"]
    return form


class ThreadForm(ReplyForm):
    title = forms.CharField(max_length=200, label=_("Topic"))
    field_order = ["title", "body", "files", "client_id"]


class EditForm(PlainLabels, forms.Form):
    body = _body_field()


class GroupForm(PlainLabels, forms.Form):
    name = forms.CharField(max_length=150, label=_("Name of the group"))
    description = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Description"),
    )
    teams = forms.ModelMultipleChoiceField(
        queryset=Team.objects.select_related("jurisdiction"),
        required=False,
        label=_("Teams"),
        help_text=_("Every member of these teams joins the group."),
    )
    people = forms.CharField(
        required=False,
        label=_("People, by username"),
        help_text=_("Separated by spaces or commas, e.g. ohio.lead faculty."),
    )

    def clean_people(self) -> list:
        names = {n.lstrip("@") for n in self.cleaned_data["people"].replace(",", " ").split()}
        users = list(get_user_model().objects.filter(username__in=names, is_active=True))
        unknown = names - {u.username for u in users}
        if unknown:
            raise forms.ValidationError(
                gettext("No member is called %(names)s.") % {"names": ", ".join(sorted(unknown))}
            )
        return users


class MoveForm(PlainLabels, forms.Form):
    to = forms.ModelChoiceField(queryset=Space.objects.none(), label=_("Move to"))

    def __init__(self, *args, spaces=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = spaces if spaces is not None else Space.objects.none()
