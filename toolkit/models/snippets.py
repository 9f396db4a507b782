from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class EvidenceLevel(models.TextChoices):
    EVIDENCE_BASED = "evidence_based", gettext_lazy("Evidence-based")
    PROMISING = "promising", gettext_lazy("Promising")
    EMERGING = "emerging", gettext_lazy("Emerging")


EVIDENCE_LEGEND = {
    EvidenceLevel.EVIDENCE_BASED: gettext_lazy(
        "Tested in controlled studies or many sites, with consistent results."
    ),
    EvidenceLevel.PROMISING: gettext_lazy(
        "Improved results in several teams' tests, but not yet studied rigorously."
    ),
    EvidenceLevel.EMERGING: gettext_lazy(
        "A new idea with early, local results: test it small and measure closely."
    ),
}


class CareSetting(models.Model):
    """Where a change idea is carried out: hospital, community, state agency,
    payer. Loaded by a data migration."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=60)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]

    def __str__(self) -> str:
        return self.name


class Driver(models.Model):
    """One box of a strategy area's driver diagram. A primary driver has no
    parent; a secondary driver hangs under a primary one, and change ideas
    hang under secondary drivers."""

    strategy_area = models.ForeignKey(
        "toolkit.StrategyAreaPage", on_delete=models.CASCADE, related_name="drivers"
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        help_text=gettext_lazy(
            "Empty for a primary driver; the primary driver for a secondary one."
        ),
    )
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=600)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("strategy_area"),
        FieldPanel("parent"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["strategy_area__title", "sort_order", "pk"]

    def __str__(self) -> str:
        return f"{self.strategy_area.title} › {self.title}" if self.strategy_area_id else self.title

    @property
    def is_primary(self) -> bool:
        return self.parent_id is None

    def clean(self) -> None:
        if self.pk and self.children.exists():
            if self.parent_id is not None:
                raise ValidationError(
                    {
                        "parent": _(
                            "This driver has secondary drivers under it, so it stays primary."
                        )
                    }
                )
            if self.children.exclude(strategy_area_id=self.strategy_area_id).exists() or (
                Driver.objects.get(pk=self.pk).strategy_area_id != self.strategy_area_id
            ):
                raise ValidationError(
                    {"strategy_area": _("Move its secondary drivers first, or make a new driver.")}
                )
        if self.parent is None:
            return
        if self.parent.parent_id is not None:
            raise ValidationError(
                {"parent": _("Choose a primary driver: diagrams have two levels.")}
            )
        if self.parent.strategy_area_id != self.strategy_area_id:
            raise ValidationError(
                {"parent": _("The primary driver must belong to the same strategy area.")}
            )


class KeyInsight(index.Indexed, models.Model):
    """A short lesson an editor distilled from the teams' work, attached to
    strategy areas, change ideas and case studies."""

    title = models.CharField(max_length=150)
    text = models.TextField(max_length=600)

    search_fields = [index.SearchField("title", boost=2), index.SearchField("text")]

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Video(models.Model):
    """A video shown in the toolkit: an uploaded file or a direct link to one,
    always with WebVTT captions."""

    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=600)
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=gettext_lazy("An MP4 or WebM file, or leave empty and give a link."),
    )
    video_url = models.URLField(
        blank=True, help_text=gettext_lazy("A direct link to an MP4 or WebM file.")
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=gettext_lazy("Captions as a WebVTT (.vtt) file."),
    )
    captions_language = models.CharField(max_length=10, default="en")
    transcript = models.TextField(blank=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if bool(self.video_file_id) == bool(self.video_url):
            raise ValidationError(_("Upload a video file or give a link to one (not both)."))
        if self.captions_id and not self.captions.file.name.lower().endswith(".vtt"):
            raise ValidationError({"captions": _("Captions must be a WebVTT (.vtt) file.")})

    @property
    def source_url(self) -> str:
        if self.video_file_id:
            return reverse("toolkit_video_file", args=[self.pk])
        return self.video_url
