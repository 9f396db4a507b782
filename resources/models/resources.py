import uuid
from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from kernel.markdown import render_markdown


class ResourceKind(models.TextChoices):
    TOOLKIT = "toolkit", _("Toolkit or guide")
    POLICY = "policy", _("Policy")
    PROTOCOL = "protocol", _("Protocol")
    DATA_REPORT = "data_report", _("Data report")
    TRAINING = "training", _("Training material")
    FAMILY = "family", _("Family-facing material")
    PRESENTATION = "presentation", _("Presentation")
    PUBLICATION = "publication", _("Publication")
    VIDEO = "video", _("Video")
    TEMPLATE = "template", _("Template")
    OTHER = "other", _("Other")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Signed-in members")
    TEAM = "team", _("My team only")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    OTHER = "other", _("Other")


class Licence(models.TextChoices):
    CC_BY = "cc-by", _("Creative Commons Attribution")
    CC_BY_NC = "cc-by-nc", _("Creative Commons Attribution-NonCommercial")
    PUBLIC_DOMAIN = "public-domain", _("Public domain")
    ALL_RIGHTS = "all-rights", _("All rights reserved (shared with permission)")


class Audience(models.Model):
    """Who a resource is written for. Loaded by a data migration."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=60)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]

    def __str__(self) -> str:
        return self.name


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey(
        "resources.Resource", on_delete=models.CASCADE, related_name="tagged_items"
    )


def preview_path(resource, filename: str) -> str:
    return f"resource-previews/{uuid.uuid4().hex}.png"


class Resource(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """Something a team shares with the collaborative: a file or a link, with
    what it is, who it is for and where it comes from. New shares go through
    the editors' moderation workflow before anyone else sees them."""

    # Django's default manager; declared because the untyped Wagtail and
    # modelcluster bases hide it from the type checker.
    objects: ClassVar[models.Manager["Resource"]]

    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=500)
    body = models.TextField(blank=True, help_text=_("Markdown."))
    kind = models.CharField(max_length=20, choices=ResourceKind.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    external_url = models.URLField(blank=True, max_length=500)
    # A new file for a published resource waits here for an editor's review;
    # everyone else keeps getting `document` until it is approved.
    proposed_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("new file waiting for review"),
        help_text=_("Approving the resource makes this the file everyone gets."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    networks = ParentalManyToManyField("core.LearningNetwork", related_name="resources")
    jurisdictions = ParentalManyToManyField(
        "core.Jurisdiction",
        blank=True,
        related_name="resources",
        help_text=_("None means national."),
    )
    topics = ClusterTaggableManager(through=ResourceTag, blank=True)
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="resources")
    language = models.CharField(max_length=10, choices=Language.choices, default=Language.ENGLISH)
    # The original and each of its translations point to one another through
    # this: a translation names its original, never another translation.
    translation_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translations",
        verbose_name=_("translation of"),
        help_text=_("The resource this one translates, in another language."),
        limit_choices_to={"translation_of__isnull": True},
    )
    licence = models.CharField(
        _("license"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    year_published = models.PositiveSmallIntegerField(null=True, blank=True)
    team = models.ForeignKey(
        "core.Team", null=True, blank=True, on_delete=models.SET_NULL, related_name="resources"
    )
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributed_resources",
    )
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    withdrawn = models.BooleanField(
        default=False, help_text=_("Withdrawn resources stay for the record but nobody finds them.")
    )
    # Who withdrew it, when and why (the contributor, through
    # services.withdraw): the record of the last withdrawal, kept from the row.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawal_reason = models.CharField(max_length=500, blank=True)
    adapted_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="adaptations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    view_count = models.PositiveIntegerField(default=0)
    download_count = models.PositiveIntegerField(default=0)
    file_text = models.TextField(blank=True, editable=False)
    file_text_error = models.CharField(max_length=300, blank=True, editable=False)
    # Served only through the permission-checked preview view, under a name
    # nobody can guess (a team-only file's first page is as private as the file).
    preview = models.FileField(upload_to=preview_path, blank=True, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("proposed_document", read_only=True),
                FieldPanel("external_url"),
            ],
            heading=_("File or link"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("networks"),
                FieldPanel("jurisdictions"),
                FieldPanel("topics"),
                FieldPanel("audiences"),
            ],
            heading=_("Who and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("language"),
                FieldPanel("translation_of"),
                FieldPanel("licence"),
                FieldPanel("year_published"),
                FieldPanel("adapted_from"),
            ],
            heading=_("About the resource"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("team"),
                FieldPanel("contributor"),
                FieldPanel("visibility"),
                FieldPanel("withdrawn"),
                FieldPanel("withdrawn_at", read_only=True),
                FieldPanel("withdrawn_by", read_only=True),
                FieldPanel("withdrawal_reason", read_only=True),
            ],
            heading=_("Sharing"),
        ),
    ]
    # For the admin's listing search only. The words readers search (the
    # file's text too) are kept once, in the resource's search document.
    search_fields = [
        index.SearchField("title", boost=4),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("visibility"),
        index.FilterField("live"),
        index.FilterField("withdrawn"),
        index.FilterField("team_id"),
        index.FilterField("year_published"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["live", "withdrawn", "visibility", "-created_at"]),
            # A member finds several visibilities at once, which the index
            # above cannot give newest first: this one walks the published
            # resources in the listing's order and stops at a page.
            models.Index(
                fields=["-created_at", "-id"],
                condition=models.Q(live=True, withdrawn=False),
                name="resources_published_newest",
            ),
            models.Index(fields=["kind"]),
            models.Index(fields=["year_published"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("resources:detail", args=[self.pk, slugify(self.title)[:60] or "resource"])

    def clean(self) -> None:
        super().clean()
        if bool(self.document_id) == bool(self.external_url):
            raise ValidationError(gettext("Attach a file or give a link (one of the two)."))
        self._clean_translation()

    def _clean_translation(self) -> None:
        original = self.translation_of
        if original is None:
            return
        if original.pk == self.pk or original.translation_of_id is not None:
            raise ValidationError(
                {"translation_of": gettext("Choose the original, not one of its translations.")}
            )
        if original.language == self.language:
            raise ValidationError(
                {
                    "translation_of": gettext(
                        "A translation is in another language than its original."
                    )
                }
            )

    # Kept from the row, not from the revision being published: they change
    # outside the editor (extraction, counters, file versions through
    # services.replace_file), and publishing an older draft must not undo them.
    NOT_REVISIONED = (
        "document",
        "proposed_document",
        "proposed_by",
        "file_text",
        "file_text_error",
        "view_count",
        "download_count",
        "preview",
        "withdrawn_at",
        "withdrawn_by",
        "withdrawal_reason",
    )

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in self.NOT_REVISIONED:
            setattr(obj, name, getattr(self, name))
        return obj

    @property
    def body_html(self):
        return render_markdown(self.body)

    @property
    def withdrawn_by_contributor(self) -> bool:
        return (
            self.withdrawn
            and bool(self.contributor_id)
            and (self.withdrawn_by_id == self.contributor_id)
        )

    @property
    def status(self) -> str:
        """In the contributor's words: draft, in review, changes requested,
        published, withdrawn."""
        if self.withdrawn:
            return "withdrawn"
        if self.live:
            return "new version in review" if self.proposed_document_id else "published"
        state = self.current_workflow_state
        if state is None:
            return "draft"
        return "changes requested" if state.status == state.STATUS_NEEDS_CHANGES else "in review"


class ResourceFileVersion(models.Model):
    """A file a resource carried before it was replaced; it stays downloadable."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="file_versions")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.PROTECT, related_name="+")
    number = models.PositiveSmallIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["resource", "number"], name="one_file_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.resource} v{self.number}"
