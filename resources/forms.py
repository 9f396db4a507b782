import re
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import get_text_list
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from community.models import Jurisdiction, LearningNetwork, Team
from kernel.forms import PlainLabels
from kernel.links import is_own_host
from kernel.standing import AnyUser, standing
from resources import permissions
from resources.models import Audience, Language, Licence, Resource, ResourceKind, Visibility
from resources.services import ShareDetails
from resources.uploads import FORMATS

# What members call each kind of file the upload check accepts. Keyed by the
# check's own kinds, so a kind added to uploads.FORMATS without a name here
# fails at import rather than going unmentioned. In English here, translated
# where they are shown.
KIND_NAMES = {
    "pdf": "PDF",
    "docx": "Word",
    "pptx": "PowerPoint",
    "xlsx": "Excel",
    # Translators: a kind of file, in a list: "PDF, Word, …, an image or a video".
    "image": gettext_noop("an image"),
    # Translators: a kind of file, in a list: "PDF, Word, …, an image or a video".
    "video": gettext_noop("a video"),
}


def _accept() -> str:
    """The file picker's `accept` list: every name ending the upload check
    takes (uploads.FORMATS), the usual one of each format first. Written out
    by hand it drifted (.jpe, .jfif and .m4v passed the check but were not
    offered)."""
    endings = []
    for found in FORMATS:
        others = sorted(found.aliases - {found.extension})
        endings += [f".{alias}" for alias in (found.extension, *others)]
    return ",".join(endings)


def _kinds_in_words() -> str:
    """The kinds in FORMATS in words, each once: "PDF, Word, …, an image or a video"."""
    names = list(dict.fromkeys(gettext(KIND_NAMES[found.kind]) for found in FORMATS))
    return str(get_text_list(names))  # Django translates its "or"


def _file_help() -> str:
    """The file field's help: the kinds it takes, in the reader's language."""
    # Translators: %(kinds)s is a list such as "PDF, Word, PowerPoint, Excel, an image or a video".
    return gettext("%(kinds)s. Or give a link instead.") % {"kinds": _kinds_in_words()}


ACCEPT = _accept()
# In English here (tests compare it); translated where it is raised.
NOT_FOUND = gettext_noop("We could not find that resource in the library, or you cannot open it.")
# Addresses that name one resource by its number: its page and its download.
RESOURCE_ROUTES = {"detail", "detail_short", "download"}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to `max_files` files, each checked later by the library's upload
    checks (resources.services.store_attachments)."""

    def __init__(self, *, max_files: int, attached_to: str, **kwargs):
        self.max_files, self.attached_to = max_files, attached_to
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(required=False, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > self.max_files:
            raise forms.ValidationError(
                # Translators: %(attached_to)s is what the files go with, e.g. "one message".
                gettext("Attach up to %(count)s files to %(attached_to)s.")
                % {"count": self.max_files, "attached_to": self.attached_to}
            )
        # Named in full: a bare super() does not work inside a comprehension.
        return [super(AttachmentsField, self).clean(f, initial) for f in files]


def _resource_number(text: str) -> int | None:
    """The number of the resource a member pasted: its page's address (full
    or from /resources/ on, with or without the slug) or the bare number."""
    text = text.strip()
    if match := re.fullmatch(r"#?(\d{1,18})", text):
        return int(match[1])
    parts = urlsplit(text if "//" in text or text.startswith("/") else f"//{text}")
    # Another site's /resources/12/ is not ours to resolve.
    if parts.netloc and not is_own_host(parts.netloc):
        return None
    path = parts.path if parts.path.endswith("/") else f"{parts.path}/"
    try:
        match = resolve(path)
    except Resolver404:
        return None
    if match.namespace != "resources" or match.url_name not in RESOURCE_ROUTES:
        return None
    number = match.kwargs["pk"]
    return number if number < 2**63 else None  # beyond any database id


def resource_numbered(user: AnyUser, number: int | None) -> Resource | None:
    """The resource with this id, if this member may open it; None for any
    other id, so a hidden resource answers like a missing one."""
    resource = Resource.objects.filter(pk=number).first() if number else None
    return resource if resource and permissions.can_view(user, resource) else None


def find_resource(user: AnyUser, text: str) -> Resource | None:
    """The library resource `text` (pasted by a member) points at, if this
    member may open it."""
    return resource_numbered(user, _resource_number(text or ""))


class ShareForm(PlainLabels, forms.Form):
    """What a member fills in to share a resource from the site."""

    title = forms.CharField(max_length=200, label=_("Title"))
    summary = forms.CharField(
        max_length=500,
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences: what it is and who will find it useful."),
    )
    kind = forms.ChoiceField(choices=ResourceKind.choices, label=_("What kind of resource"))
    file = forms.FileField(
        required=False,
        label=_("File"),
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
        help_text=lazy(_file_help, str)(),
    )
    external_url = forms.URLField(
        required=False, label=_("Or a link"), max_length=500, assume_scheme="https"
    )
    team = forms.ModelChoiceField(queryset=Team.objects.none(), label=_("Shared by"))
    networks = forms.ModelMultipleChoiceField(
        queryset=LearningNetwork.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Learning networks"),
    )
    jurisdictions = forms.ModelMultipleChoiceField(
        queryset=Jurisdiction.objects.all(),
        required=False,
        label=_("States and jurisdictions"),
        help_text=_("Leave empty for a national resource."),
    )
    topics = forms.CharField(
        required=False,
        max_length=300,
        label=_("Topics"),
        help_text=_("Comma-separated, e.g. safe sleep, equity"),
    )
    audiences = forms.ModelMultipleChoiceField(
        queryset=Audience.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Written for"),
    )
    body = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        label=_("More about it"),
        help_text=_("Optional. Markdown: **bold**, lists, [links](https://…)."),
    )
    language = forms.ChoiceField(
        choices=Language.choices, initial=Language.ENGLISH, label=_("Language")
    )
    licence = forms.ChoiceField(choices=Licence.choices, initial=Licence.CC_BY, label=_("License"))
    year_published = forms.IntegerField(required=False, min_value=1950, label=_("Year published"))
    visibility = forms.ChoiceField(
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
        widget=forms.RadioSelect,
        label=_("Who can see it once approved"),
    )
    adapted_from = forms.CharField(
        required=False,
        max_length=500,
        label=_("Adapted from"),
        help_text=_(
            "Optional. If you adapted a resource from this library, paste its address "
            "(e.g. https://…/resources/123/…) or its number."
        ),
    )

    def __init__(self, *args, user, source: Resource | None = None, source_address="", **kwargs):
        """`source` is the resource this share adapts when the member came
        from its "Share an adaptation" link (the view has already checked
        they may open it); `source_address` is how the form shows it."""
        if source is not None:
            kwargs["initial"] = {**kwargs.get("initial", {}), "adapted_from": source_address}
        super().__init__(*args, **kwargs)
        self.user, self.source, self.source_address = user, source, source_address
        # The person's teams come from their standing, which the permission
        # checks of this request have read already, not from their memberships.
        team_ids = standing(user).team_ids
        self.fields["team"].queryset = Team.objects.filter(pk__in=team_ids)
        if len(team_ids) == 1:  # most members are on one team: nothing to choose
            self.fields["team"].initial = next(iter(team_ids))
            self.fields["team"].empty_label = None
        self.fields["year_published"].max_value = timezone.localdate().year

    def clean_adapted_from(self) -> Resource | None:
        text = self.cleaned_data["adapted_from"].strip()
        if not text:
            return None
        if self.source is not None and text == self.source_address:
            return self.source  # the address we filled in, left as it was
        resource = find_resource(self.user, text)
        if resource is None:
            raise ValidationError(gettext(NOT_FOUND))
        return resource

    def clean(self):
        cleaned = super().clean()
        has_file, has_link = bool(cleaned.get("file")), bool(cleaned.get("external_url"))
        if has_file == has_link:
            raise ValidationError(gettext("Attach one file or give one link."))
        return cleaned

    def details(self) -> ShareDetails:
        data = self.cleaned_data
        topics = [t.strip().lower() for t in data["topics"].split(",") if t.strip()]
        return ShareDetails(
            title=data["title"],
            summary=data["summary"],
            kind=data["kind"],
            team=data["team"],
            visibility=data["visibility"],
            networks=list(data["networks"]),
            jurisdictions=list(data["jurisdictions"]),
            audiences=list(data["audiences"]),
            topics=topics[:12],
            body=data["body"],
            external_url=data["external_url"],
            language=data["language"],
            licence=data["licence"],
            year_published=data["year_published"],
            adapted_from=data["adapted_from"],
        )


class NewFileForm(PlainLabels, forms.Form):
    file = forms.FileField(
        widget=forms.FileInput(attrs={"accept": ACCEPT}), label=_("New version of the file")
    )


class WithdrawForm(PlainLabels, forms.Form):
    reason = forms.CharField(
        label=_("Why are you withdrawing it? (optional)"),
        help_text=_("Only the editors read this."),
        required=False,
        max_length=Resource._meta.get_field("withdrawal_reason").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
