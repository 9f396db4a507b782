"""A team's PDSA cycles: one small test of a change each, linked into ramps."""

from datetime import date

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Decision(models.TextChoices):
    ADOPT = "adopt", _("Adopt")
    ADAPT = "adapt", _("Adapt")
    ABANDON = "abandon", _("Abandon")


class Sharing(models.TextChoices):
    TEAM = "team", _("Our team and its coaches")
    NETWORK = "network", _("Our learning networks")
    COLLABORATIVE = "collaborative", _("Every member of the collaborative")


class Stage(models.TextChoices):
    """Where a cycle stands, from its dates and what the team wrote."""

    PLAN = "plan", _("Planned")
    DO = "do", _("Under way")
    STUDY = "study", _("Studying the results")
    ACT = "act", _("Decided")


class Cycle(models.Model):
    """One Plan-Do-Study-Act test by a team, of a change idea from the
    toolkit or of its own. A cycle may follow an earlier one: the ramp, from
    a test with one family to the whole unit. Private to the team and its
    coaches until the team shares it (pdsa.permissions)."""

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="pdsa_cycles")
    change_idea = models.ForeignKey(
        "toolkit.ChangeIdeaPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pdsa_cycles",
    )
    own_idea = models.CharField(
        _("the team's own idea"),
        max_length=200,
        blank=True,
        help_text=_("The change tested, when it is not one of the toolkit's."),
    )
    title = models.CharField(max_length=200)
    follows = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="next_cycles",
        help_text=_("The cycle this one builds on, in the same ramp."),
    )
    question = models.TextField(help_text=_("What the team wants to learn from this test."))
    prediction = models.TextField(blank=True, help_text=_("What the team expects to happen."))
    plan_who = models.TextField(_("who"), blank=True)
    plan_what = models.TextField(_("what"), blank=True)
    plan_where = models.TextField(_("where"), blank=True)
    plan_data = models.TextField(_("which data"), blank=True)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    what_happened = models.TextField(blank=True)
    study = models.TextField(blank=True, help_text=_("The results against the prediction."))
    measure = models.ForeignKey(
        "measures.TrackedMeasure",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pdsa_cycles",
        help_text=_("The team's measure whose chart shows this test."),
    )
    decision = models.CharField(max_length=10, choices=Decision.choices, blank=True)
    sharing = models.CharField(max_length=15, choices=Sharing.choices, default=Sharing.TEAM)
    attachments = models.ManyToManyField("resources.Resource", blank=True, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_on", "-pk"]
        indexes = [
            models.Index(fields=["team", "-starts_on"]),
            models.Index(fields=["change_idea", "sharing"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="cycle_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=~models.Q(follows=models.F("pk")), name="cycle_follows_another"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("pdsa:cycle", args=[self.team.slug, self.pk])

    @property
    def idea_name(self) -> str:
        return self.change_idea.title if self.change_idea is not None else self.own_idea

    def stage(self, today: date | None = None) -> Stage:
        today = today or timezone.localdate()
        if self.decision:
            return Stage.ACT
        if self.starts_on > today:
            return Stage.PLAN
        if self.what_happened or (self.ends_on and self.ends_on < today):
            return Stage.STUDY
        return Stage.DO

    @property
    def stage_label(self) -> str:
        stage = self.stage()
        if stage == Stage.ACT:
            # Translators: a cycle's stage, e.g. "Decided: adopt".
            return gettext("Decided: %(decision)s") % {
                "decision": self.get_decision_display().lower()
            }
        return str(stage.label)
