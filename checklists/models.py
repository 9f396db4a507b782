"""Benchmark checklists: what editors ask a network's teams to have in
place, and where each team stands on each item, with its history."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class Checklist(ClusterableModel):
    """A network's benchmarks, in order and optionally in groups: the Ten
    Steps to Successful Breastfeeding, a task force's benchmarks, a safety
    bundle's structure measures."""

    name = models.CharField(max_length=150)
    slug = models.SlugField(unique=True, max_length=80)
    network = models.ForeignKey(
        "core.LearningNetwork", on_delete=models.PROTECT, related_name="checklists"
    )
    description = models.TextField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("network"),
        FieldPanel("description"),
        InlinePanel("items", label=_("Items"), heading=_("Items, in order")),
    ]

    class Meta:
        ordering = ["network__name", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("checklists:checklist", args=[self.slug])


class ChecklistItem(Orderable):
    """One benchmark of a checklist, perhaps under a group heading."""

    checklist = ParentalKey(Checklist, on_delete=models.CASCADE, related_name="items")
    group = models.CharField(
        max_length=100, blank=True, help_text=_("For example: Critical management procedures.")
    )
    text = models.CharField(max_length=300)
    guidance = models.TextField(blank=True, help_text=_("What meeting it looks like."))

    panels = [FieldPanel("group"), FieldPanel("text"), FieldPanel("guidance")]

    def __str__(self) -> str:
        return self.text


class Status(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    MET = "met", _("Met")


class Progress(models.Model):
    """Where a team stands on one item now; every change is kept in its history."""

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="progress")
    item = models.ForeignKey(ChecklistItem, on_delete=models.CASCADE, related_name="progress")
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.NOT_STARTED)
    since = models.DateField(null=True, blank=True)
    evidence = models.ForeignKey(
        "resources.Resource", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["team", "item"], name="one_progress_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.team} · {self.item}: {self.get_status_display()}"


class ProgressChange(models.Model):
    """One change of a team's standing on an item, as it was made."""

    progress = models.ForeignKey(Progress, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(max_length=15, choices=Status.choices)
    since = models.DateField(null=True, blank=True)
    evidence = models.ForeignKey(
        "resources.Resource", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.progress}: {self.status} ({self.changed_at:%d %b %Y})"
