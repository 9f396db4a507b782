from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.search import index

MAX_NETWORKS_PER_TEAM = 3

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Give the color as #RRGGBB, e.g. #1f6f8b."))


class LearningNetwork(models.Model):
    """A learning network: teams that work on one strategy area together
    (safe sleep, smoking cessation, ...). Data, so another collaborative can
    define its own."""

    slug = models.SlugField(unique=True, max_length=60)
    name = models.CharField(max_length=120, unique=True)
    short_aim = models.CharField(
        max_length=255, help_text=_("One measurable sentence, e.g. what the network aims to cut.")
    )
    description = models.TextField(blank=True)
    colour = models.CharField(_("color"), max_length=7, default="#1f6f8b", validators=[hex_colour])
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network_detail", args=[self.slug])


class Jurisdiction(models.Model):
    """A state, the District of Columbia, a territory or a freely associated
    state, with its postal code and HHS region. Loaded by a data migration."""

    class Kind(models.TextChoices):
        STATE = "state", _("State")
        DISTRICT = "district", _("Federal district")
        TERRITORY = "territory", _("Territory")
        FREELY_ASSOCIATED = "freely_associated", _("Freely associated state")

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(unique=True, max_length=80)
    postal_code = models.CharField(max_length=2, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    hhs_region = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(10)], verbose_name=_("HHS region")
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("jurisdiction_detail", args=[self.slug])


class Team(index.Indexed, models.Model):
    """A team taking part in one to three learning networks: a state team, a
    hospital, a county hub or a hospital–community task force."""

    class Kind(models.TextChoices):
        STATE_TEAM = "state_team", _("State team")
        HOSPITAL = "hospital", _("Hospital")
        COUNTY_HUB = "county_hub", _("County hub")
        TASK_FORCE = "task_force", _("Hospital–community task force")

    name = models.CharField(max_length=150)
    slug = models.SlugField(unique=True, max_length=80)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    jurisdiction = models.ForeignKey(Jurisdiction, on_delete=models.PROTECT, related_name="teams")
    networks = models.ManyToManyField(
        LearningNetwork,
        related_name="teams",
        help_text=ngettext_lazy(
            "One to %(max)s learning network.", "One to %(max)s learning networks.", "max"
        )
        % {"max": MAX_NETWORKS_PER_TEAM},
    )
    description = models.TextField(blank=True)
    faculty = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="faculty_for_teams",
        help_text=_("Faculty and facilitators who coach this team."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("jurisdiction_id"),
        index.RelatedFields("jurisdiction", [index.SearchField("name")]),
    ]

    class Meta:
        ordering = ["jurisdiction__name", "name"]
        indexes = [models.Index(fields=["kind"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("team_detail", args=[self.slug])
