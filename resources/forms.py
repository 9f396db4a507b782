from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from collaboratory.forms import PlainLabels
from collaboratory.models import Jurisdiction, LearningNetwork, Team
from resources.models import Audience, Language, Licence, ResourceKind, Visibility
from resources.services import ShareDetails

ACCEPT = ".pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg,.gif,.webp,.mp4,.webm"


class ShareForm(PlainLabels, forms.Form):
    """What a member fills in to share a resource from the site."""

    title = forms.CharField(max_length=200)
    summary = forms.CharField(
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Two or three sentences: what it is and who will find it useful.",
    )
    kind = forms.ChoiceField(choices=ResourceKind.choices, label="What kind of resource")
    file = forms.FileField(
        required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
        help_text="PDF, Word, PowerPoint, Excel, an image or a video. Or give a link instead.",
    )
    external_url = forms.URLField(
        required=False, label="Or a link", max_length=500, assume_scheme="https"
    )
    team = forms.ModelChoiceField(queryset=Team.objects.none(), label="Shared by")
    networks = forms.ModelMultipleChoiceField(
        queryset=LearningNetwork.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label="Learning networks",
    )
    jurisdictions = forms.ModelMultipleChoiceField(
        queryset=Jurisdiction.objects.all(),
        required=False,
        label="States and jurisdictions",
        help_text="Leave empty for a national resource.",
    )
    topics = forms.CharField(
        required=False, max_length=300, help_text="Comma-separated, e.g. safe sleep, equity"
    )
    audiences = forms.ModelMultipleChoiceField(
        queryset=Audience.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Written for",
    )
    body = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        label="More about it",
        help_text="Optional. Markdown: **bold**, lists, [links](https://…).",
    )
    language = forms.ChoiceField(choices=Language.choices, initial=Language.ENGLISH)
    licence = forms.ChoiceField(choices=Licence.choices, initial=Licence.CC_BY)
    year_published = forms.IntegerField(required=False, min_value=1950, label="Year published")
    visibility = forms.ChoiceField(
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
        widget=forms.RadioSelect,
        label="Who can see it once approved",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        teams = Team.objects.filter(memberships__user=user).distinct()
        self.fields["team"].queryset = teams
        if len(teams) == 1:  # most members are on one team: nothing to choose
            self.fields["team"].initial = teams[0]
            self.fields["team"].empty_label = None
        self.fields["year_published"].max_value = timezone.localdate().year

    def clean(self):
        cleaned = super().clean()
        has_file, has_link = bool(cleaned.get("file")), bool(cleaned.get("external_url"))
        if has_file == has_link:
            raise ValidationError("Attach one file or give one link.")
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
        )


class NewFileForm(PlainLabels, forms.Form):
    file = forms.FileField(
        widget=forms.FileInput(attrs={"accept": ACCEPT}), label="New version of the file"
    )
