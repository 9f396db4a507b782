from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .community import Team


class Membership(models.Model):
    """A person's place on a team, with their role there."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Team lead")
        MEMBER = "member", _("Member")
        COMMUNITY_ORGANIZER = "community_organizer", _("Community organizer")
        DATA_LEAD = "data_lead", _("Data lead")

    # Who enters the team's data (its measures).
    DATA_ROLES = (Role.LEAD, Role.DATA_LEAD)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=30, choices=Role.choices, default=Role.MEMBER)
    joined_on = models.DateField(default=timezone.localdate)

    class Meta:
        ordering = ["team__name", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["user", "team"], name="one_membership_per_team")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.team} ({self.get_role_display()})"


class JoinRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=JoinRequest.Status.PENDING)


class JoinRequest(models.Model):
    """A person asking to join a team; the team's lead approves or declines."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the team lead")
        # Translators: the state of a request to join a team (una solicitud).
        APPROVED = "approved", pgettext_lazy("join request", "Approved")
        DECLINED = "declined", pgettext_lazy("join request", "Declined")
        WITHDRAWN = "withdrawn", pgettext_lazy("join request", "Withdrawn")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests"
    )
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="join_requests")
    role = models.CharField(
        max_length=30,
        choices=Membership.Role.choices,
        default=Membership.Role.MEMBER,
        help_text=_("The role the person asks for; the lead may change it when approving."),
    )
    message = models.TextField(blank=True, max_length=1000)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_note = models.TextField(blank=True, max_length=1000)

    objects = JoinRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "team"],
                condition=Q(status="pending"),
                name="one_pending_join_request_per_team",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.team} ({self.get_status_display()})"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
