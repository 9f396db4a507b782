"""The measure dictionary: what a collaborative measures, how, and toward
which aim. Editors keep the collaborative's measures; a team may add
measures of its own."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from wagtail.search import index


class MeasureKind(models.TextChoices):
    STRUCTURE = "structure", _("Structure")
    PROCESS = "process", _("Process")
    OUTCOME = "outcome", _("Outcome")
    BALANCING = "balancing", _("Balancing")


class DataType(models.TextChoices):
    COUNT = "count", _("Count")
    PROPORTION = "proportion", _("Proportion")
    RATE = "rate", _("Rate")
    MEAN = "mean", _("Mean")
    LEVEL = "level", _("Self-assessment level")
    YES_NO = "yes_no", _("Yes or no")


class Frequency(models.TextChoices):
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")


class Direction(models.TextChoices):
    UP = "up", _("Higher is better")
    DOWN = "down", _("Lower is better")


class RuleSet(models.TextChoices):
    IHI = "ihi", _("IHI run chart rules")
    ANHOJ = "anhoj", _("Anhøj rules")


class Dimension(models.TextChoices):
    """What a measure's values may be broken down by."""

    RACE = "race", _("Race and ethnicity")
    COUNTY = "county", _("County")
    PAYER = "payer", _("Payer")
    AGE = "age", _("Age group")


class StratumCategory(models.Model):
    """One group of a dimension (a race and ethnicity category, a payer, an
    age group, a county of one state). Editors keep the list; the race and
    ethnicity categories start as the U.S. federal standard ones."""

    dimension = models.CharField(max_length=10, choices=Dimension.choices)
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80)
    jurisdiction = models.ForeignKey(
        "core.Jurisdiction",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="stratum_categories",
        help_text=_("For counties: the state or territory they are in."),
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["dimension", "sort_order", "name"]
        verbose_name_plural = _("stratum categories")
        constraints = [
            models.UniqueConstraint(
                fields=["dimension", "jurisdiction", "slug"], name="one_stratum_slug"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_dimension_display()}: {self.name}"


RESERVED_SLUGS = frozenset({"places"})


class MeasureQuerySet(models.QuerySet):
    def public(self) -> "MeasureQuerySet":
        """Everyone's: a published measure of the dictionary, or a team's
        own measure it shared (`Measure.is_public` says it of one)."""
        return self.filter(
            models.Q(team__isnull=True, published=True) | models.Q(team__isnull=False, shared=True)
        )


class Measure(index.Indexed, models.Model):
    """A measure: its plain definition, the kind of number it is, how often
    it is reported, which way is better, and what it measures (change ideas,
    learning networks). A team's own measure (`team` set) is the team's
    until it shares it."""

    name = models.CharField(max_length=160)
    slug = models.SlugField(max_length=90, unique=True)
    definition = models.TextField(help_text=_("In plain words: what is counted, and why."))
    kind = models.CharField(max_length=12, choices=MeasureKind.choices)
    data_type = models.CharField(max_length=12, choices=DataType.choices)
    numerator = models.CharField(
        max_length=300, blank=True, help_text=_("For proportions and rates: what is counted.")
    )
    denominator = models.CharField(
        max_length=300, blank=True, help_text=_("For proportions and rates: out of what.")
    )
    multiplier = models.PositiveIntegerField(
        default=1, help_text=_("100 for a percentage, 1000 for a rate per 1,000 live births.")
    )
    unit = models.CharField(max_length=40, blank=True, help_text=_('For means, e.g. "minutes".'))
    levels = models.TextField(
        blank=True, help_text=_("For self-assessments: the levels in order, one per line.")
    )
    data_source = models.CharField(max_length=200, blank=True)
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY
    )
    direction = models.CharField(max_length=4, choices=Direction.choices)
    target = models.DecimalField(
        max_digits=12, decimal_places=3, null=True, blank=True, help_text=_("In displayed units.")
    )
    rule_set = models.CharField(max_length=6, choices=RuleSet.choices, default=RuleSet.IHI)
    dimensions = models.JSONField(
        default=list, blank=True, help_text=_("What values may be broken down by.")
    )
    strata_add_up = models.BooleanField(
        default=False, help_text=_("Each breakdown's groups must add up to the total.")
    )
    networks = models.ManyToManyField(
        "core.LearningNetwork",
        blank=True,
        related_name="measures",
        help_text=_("The learning networks whose measure set holds it."),
    )
    change_ideas = models.ManyToManyField(
        "toolkit.ChangeIdeaPage", blank=True, related_name="measured_by"
    )
    team = models.ForeignKey(
        "core.Team",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="own_measures",
        help_text=_("Set for a team's own measure."),
    )
    shared = models.BooleanField(
        default=False, help_text=_("A team's own measure that everyone may see.")
    )
    published = models.BooleanField(default=True)
    data_published = models.BooleanField(
        default=False,
        help_text=_(
            "Show the collaborative's totals for it on the public state and county "
            "profiles (small numbers hidden)."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MeasureQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("definition"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("measures:measure", args=[self.slug])

    def clean(self) -> None:
        # /measures/places/ is the equity profiles' address, not a measure's.
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("“%(slug)s” is taken by another page.") % {"slug": self.slug}}
            )

    @property
    def is_public(self) -> bool:
        return self.shared if self.team_id else self.published

    @property
    def has_denominator(self) -> bool:
        return self.data_type in (DataType.PROPORTION, DataType.RATE)

    @property
    def dimension_labels(self) -> list[StrOrPromise]:
        return [Dimension(d).label for d in self.dimensions if d in Dimension.values]

    @property
    def level_names(self) -> list[str]:
        return [line.strip() for line in self.levels.splitlines() if line.strip()]

    def shown(self, value: float | None) -> float | None:
        """A stored proportion or rate (a fraction) in displayed units."""
        if value is None:
            return None
        return value * self.multiplier if self.has_denominator else value
