"""A team's workspace: its rota, its meetings with their agenda, notes and
decisions, and the actions that come out of them."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse


class RotaPlace(models.Model):
    """A member's place in the team's rota: members take turns to facilitate
    meetings and to take notes, community organizers included."""

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="rota")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["team", "position"]
        constraints = [
            models.UniqueConstraint(fields=["team", "user"], name="one_rota_place_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.team} · {self.position}: {self.user}"


class Meeting(models.Model):
    """One meeting of a team: when and where, who facilitates and who takes
    notes (from the rota), the agenda, and the notes and decisions taken."""

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(max_length=150, default="Team meeting")
    starts_at = models.DateTimeField()
    minutes = models.PositiveSmallIntegerField(default=60)
    place = models.CharField(max_length=200, blank=True)
    call_link = models.URLField(blank=True)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note_taker = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notes = models.TextField(blank=True)
    decisions = models.TextField(blank=True)
    # Moves on at every save of the notes: a save made from an older version
    # is merged with what was saved since (meetings.merge), never over it.
    notes_version = models.PositiveIntegerField(default=0)
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["team", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.title}, {self.starts_at:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("meetings:meeting", args=[self.team.slug, self.pk])

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


class NotesVersion(models.Model):
    """Every saved version of a meeting's notes and decisions: the history,
    and the common ancestor two people's edits are merged from."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    notes = models.TextField(blank=True)
    decisions = models.TextField(blank=True)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting", "version"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "version"], name="one_notes_version")
        ]

    def __str__(self) -> str:
        return f"{self.meeting}, version {self.version}"


class AgendaItem(models.Model):
    """Something a member wants the next meeting to talk about."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda")
    text = models.CharField(max_length=300)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at", "pk"]

    def __str__(self) -> str:
        return self.text


class ActionItem(models.Model):
    """A task agreed at a meeting, with an owner on the team and a due date.
    It comes back on every later meeting's agenda until it is done."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="actions")
    text = models.CharField(max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_actions"
    )
    due_on = models.DateField()
    done_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [
            models.Index(fields=["owner", "done_at"]),
            models.Index(fields=["team", "done_at"]),
        ]

    def __str__(self) -> str:
        return self.text


class ReminderChoice(models.Model):
    """A member who wants an email, the day before each of the team's
    meetings, with its agenda."""

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["team", "user"], name="one_reminder_choice")]

    def __str__(self) -> str:
        return f"{self.user} · {self.team}"
