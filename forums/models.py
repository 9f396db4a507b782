"""Discussion spaces, threads and messages.

Every change to a message (posted, edited, deleted, hidden, reacted to)
takes the space's next sequence number. A client that saw everything up to
number N asks for the messages changed after N and gets each of them once,
in its current state: that is how a reconnecting tab catches up exactly."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from community.models import Jurisdiction, LearningNetwork, Team


class Space(models.Model):
    """Where a group of people talk: the whole collaborative, a learning
    network, a state, a team, or a working group a facilitator sets up."""

    class Kind(models.TextChoices):
        COLLABORATIVE = "collaborative", _("Whole collaborative")
        NETWORK = "network", _("Learning network")
        JURISDICTION = "jurisdiction", pgettext_lazy("kind of discussion space", "State")
        TEAM = "team", pgettext_lazy("kind of discussion space", "Team")
        GROUP = "group", _("Working group")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    slug = models.SlugField(unique=True, max_length=100)
    name = models.CharField(max_length=150)
    description = models.TextField(blank=True, max_length=1000)
    network = models.OneToOneField(
        LearningNetwork, null=True, blank=True, on_delete=models.CASCADE, related_name="space"
    )
    jurisdiction = models.OneToOneField(
        Jurisdiction, null=True, blank=True, on_delete=models.CASCADE, related_name="space"
    )
    team = models.OneToOneField(
        Team, null=True, blank=True, on_delete=models.CASCADE, related_name="space"
    )
    # A working group's members: whole teams, and people named one by one.
    member_teams = models.ManyToManyField(Team, blank=True, related_name="group_spaces")
    member_people = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="group_spaces"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_sequence = models.PositiveBigIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    KIND_ORDER = [Kind.COLLABORATIVE, Kind.NETWORK, Kind.JURISDICTION, Kind.TEAM, Kind.GROUP]

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                name="space_points_at_what_its_kind_needs",
                condition=(
                    Q(kind="network", network__isnull=False)
                    | Q(kind="jurisdiction", jurisdiction__isnull=False)
                    | Q(kind="team", team__isnull=False)
                    | Q(kind__in=["collaborative", "group"])
                ),
            ),
            models.UniqueConstraint(
                fields=["kind"], condition=Q(kind="collaborative"), name="one_collaborative_space"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forums:space", args=[self.slug])

    @property
    def is_private(self) -> bool:
        return self.kind in (self.Kind.TEAM, self.Kind.GROUP)


class Thread(models.Model):
    """A titled topic in a space."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    message_count = models.PositiveIntegerField(default=0)
    pinned = models.BooleanField(default=False)
    locked = models.BooleanField(default=False, help_text="No new messages, except moderators'.")
    hidden = models.BooleanField(default=False, help_text="Only moderators see a hidden thread.")

    class Meta:
        ordering = ["-pinned", "-last_activity_at"]
        indexes = [models.Index(fields=["space", "-pinned", "-last_activity_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forums:thread", args=[self.space.slug, self.pk])


class Message(models.Model):
    """One message in a thread. Written in Markdown; `body_html` is the
    sanitised rendering. Deleting keeps a tombstone, so a reply still makes
    sense and other tabs learn of the deletion."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="messages")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField()
    body_html = models.TextField()
    # Links in the body to the library, change ideas or webinars: [{"kind", "id"}].
    cards = models.JSONField(default=list, blank=True)
    sequence = models.PositiveBigIntegerField(help_text="Its number in the space when posted.")
    changed_sequence = models.PositiveBigIntegerField(
        help_text="The space's number at its latest change (post, edit, delete, reaction)."
    )
    client_id = models.UUIDField(
        default=uuid.uuid4, help_text="Chosen by the sender, so a retried send is not doubled."
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attachments = models.ManyToManyField(
        "resources.Resource", blank=True, related_name="discussion_messages"
    )

    class Meta:
        ordering = ["sequence"]
        constraints = [
            models.UniqueConstraint(fields=["space", "sequence"], name="one_message_per_number"),
            models.UniqueConstraint(fields=["author", "client_id"], name="one_message_per_send"),
        ]
        indexes = [
            models.Index(fields=["space", "changed_sequence"]),
            models.Index(fields=["thread", "sequence"]),
            models.Index(fields=["author", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"#{self.sequence} in {self.thread}"

    def get_absolute_url(self) -> str:
        return f"{self.thread.get_absolute_url()}#m{self.sequence}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_hidden(self) -> bool:
        return self.hidden_by_id is not None


class MessageEdit(models.Model):
    """The text a message had before an edit, for moderators."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="edits")
    body = models.TextField()
    edited_at = models.DateTimeField(default=timezone.now)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-edited_at"]

    def __str__(self) -> str:
        return f"Before {self.edited_at:%Y-%m-%d %H:%M}"


class Reaction(models.Model):
    """One person's reaction to a message, from a short fixed set."""

    class Emoji(models.TextChoices):
        THUMBS_UP = "👍", _("Thumbs up")
        HEART = "❤️", _("Heart")
        CELEBRATE = "🎉", _("Celebrate")
        IDEA = "💡", _("Good idea")
        THANKS = "🙏", _("Thank you")
        LOOKING = "👀", _("Looking into it")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    emoji = models.CharField(max_length=8, choices=Emoji.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "user", "emoji"], name="one_reaction_each")
        ]

    def __str__(self) -> str:
        return f"{self.emoji} on {self.message_id}"


class ThreadState(models.Model):
    """What one person has read in a thread, and whether they follow or mute it."""

    class Subscription(models.TextChoices):
        NONE = "", _("Not following")
        FOLLOWING = "following", _("Following")
        MUTED = "muted", pgettext_lazy("thread", "Muted")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="states")
    last_read_sequence = models.PositiveBigIntegerField(default=0)
    subscription = models.CharField(
        max_length=10, choices=Subscription.choices, default="", blank=True
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="one_state_per_thread")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in thread {self.thread_id}"


class Notification(models.Model):
    """Someone mentioned you, or replied in a thread you follow."""

    class Reason(models.TextChoices):
        # Translators: each follows a person's name, e.g. "Ana mentioned you".
        MENTION = "mention", _("mentioned you")
        TEAM_MENTION = "team_mention", _("mentioned your team")
        STATE_MENTION = "state_mention", _("mentioned your state")
        REPLY = "reply", _("replied in a thread you follow")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="notifications")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "message"], name="one_notice_per_message")
        ]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return f"{self.recipient_id}: {self.get_reason_display()}"


class Presence(models.Model):
    """An open connection to a space: who is here now, across every server
    process. A row whose heartbeat is old belongs to a process that died."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    channel_name = models.CharField(max_length=200, unique=True)
    seen_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"{self.user_id} in {self.space_id}"
