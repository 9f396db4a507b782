"""A team's data: the measures it tracks with its aim, and its values per
period, overall and by group, with every change kept. Aggregates only:
never a row about a patient."""

from django.conf import settings
from django.db import models
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext_lazy as _

from .dictionary import Measure, StratumCategory


class TrackedMeasure(models.Model):
    """A measure a team tracks, with its aim relative to its baseline (down
    33% for early elective deliveries; up 10% for quitting before
    pregnancy)."""

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="tracked")
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="tracked_by")
    aim_percent = models.DecimalField(
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Change from the baseline aimed for, in percent: -33 for a third lower."),
    )
    baseline_start = models.DateField(null=True, blank=True)
    baseline_end = models.DateField(
        null=True, blank=True, help_text=_("The baseline is frozen: later data does not move it.")
    )
    named_in_benchmarks = models.BooleanField(
        default=False,
        help_text=_("Let the other teams of its networks see its name beside its figure."),
    )
    started_on = models.DateField(auto_now_add=True)

    class Meta:
        ordering = ["measure__name"]
        constraints = [
            models.UniqueConstraint(fields=["team", "measure"], name="track_a_measure_once")
        ]

    def __str__(self) -> str:
        return f"{self.team} · {self.measure}"


class Entry(models.Model):
    """A team's value of one measure for one period (the first day of its
    month or quarter): a count, a numerator over a denominator, a mean, a
    level or yes/no. A data lead drafts it, submits it (the team's coach is
    told), and the coach reviews it."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        REVIEWED = "reviewed", _("Reviewed")

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="entries")
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="entries")
    period = models.DateField()
    value = models.FloatField(null=True, blank=True)
    numerator = models.FloatField(null=True, blank=True)
    denominator = models.FloatField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    # Changed after its review: the chart marks it.
    corrected = models.BooleanField(default=False)
    note = models.CharField(max_length=300, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["measure_id", "period"]
        verbose_name_plural = _("entries")
        constraints = [
            models.UniqueConstraint(
                fields=["team", "measure", "period"], name="one_entry_per_period"
            )
        ]
        indexes = [models.Index(fields=["measure", "period"])]

    def __str__(self) -> str:
        return f"{self.team} · {self.measure} · {date_format(self.period, 'M Y')}"

    @property
    def rate(self) -> float | None:
        """The value as stored: a fraction for proportions and rates."""
        if self.measure.has_denominator:
            if not self.denominator:
                return None
            return (self.numerator or 0) / self.denominator
        return self.value


class StratumValue(models.Model):
    """An entry's value for one group (Black mothers, Medicaid, Pemiscot
    County...), with its own numerator and denominator."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="strata")
    category = models.ForeignKey(StratumCategory, on_delete=models.PROTECT, related_name="+")
    value = models.FloatField(null=True, blank=True)
    numerator = models.FloatField(null=True, blank=True)
    denominator = models.FloatField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "category"], name="one_value_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.entry} · {self.category.name}"


class EntryChange(models.Model):
    """One change to an entry: who, when, what it was and what it became."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="changes")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    field = models.CharField(max_length=120)  # "numerator", "race/black:denominator"...
    old = models.CharField(max_length=60, blank=True)
    new = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.field}: {self.old or '—'} → {self.new or '—'}"


class ReviewComment(models.Model):
    """What a coach (or the team) said about an entry in review."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:60]


class Annotation(models.Model):
    """A mark on a team's chart at one period: a change adopted, a PDSA
    cycle, or a note. A change may start a new phase: from its period the
    chart's centre line and limits are computed afresh."""

    class Kind(models.TextChoices):
        CHANGE = "change", _("Change adopted")
        PDSA = "pdsa", _("PDSA cycle")
        NOTE = "note", _("Note")

    tracked = models.ForeignKey(
        TrackedMeasure, on_delete=models.CASCADE, related_name="annotations"
    )
    period = models.DateField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    text = models.CharField(max_length=200)
    new_phase = models.BooleanField(
        default=False, help_text=_("The center line and limits start afresh from this period.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["period", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["tracked", "period"],
                condition=models.Q(new_phase=True),
                name="one_phase_start_per_period",
            )
        ]

    def __str__(self) -> str:
        return f"{self.period:%b %Y}: {self.text}"
