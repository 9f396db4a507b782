from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .community import Jurisdiction


class EmailDigest(models.TextChoices):
    # Translators: how often the email digest comes: not at all.
    OFF = "off", pgettext_lazy("email digest", "Off")
    DAILY = "daily", pgettext_lazy("email digest", "Daily")
    WEEKLY = "weekly", pgettext_lazy("email digest", "Weekly")


class NoticeEmail(models.TextChoices):
    """How a member hears by email that someone mentioned them or replied in
    a thread they follow (mentions of a team or state wait for the digest)."""

    RIGHT_AWAY = "right_away", _("Right away")
    DIGEST = "digest", _("In my digest")
    NEVER = "never", _("Never by email")


class Profile(models.Model):
    """What members show of themselves: name, title, organisation, where
    they work and a short bio. Created with the account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(max_length=120, blank=True)
    title = models.CharField(max_length=120, blank=True, help_text=_("e.g. MCH epidemiologist"))
    organisation = models.CharField(_("organization"), max_length=150, blank=True)
    jurisdiction = models.ForeignKey(
        Jurisdiction, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True, max_length=1000)
    avatar = models.ImageField(upload_to="avatars/", blank=True)
    # The language the site and its email speak to this member in; empty
    # until they choose (the browser's language then decides).
    language = models.CharField(
        _("Language"),
        max_length=8,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("The language of the site and of the email we send you."),
    )
    email_confirmed = models.BooleanField(default=False)
    email_digest = models.CharField(
        max_length=10, choices=EmailDigest.choices, default=EmailDigest.WEEKLY
    )
    notice_email = models.CharField(
        _("Mentions of me and replies in threads I follow"),
        max_length=10,
        choices=NoticeEmail.choices,
        default=NoticeEmail.DIGEST,
    )

    class Meta:
        ordering = ["display_name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("person_detail", args=[self.user.get_username()])

    @property
    def name(self) -> str:
        return self.display_name or self.user.get_full_name() or self.user.get_username()

    @property
    def initials(self) -> str:
        parts = [p for p in self.name.split() if p[:1].isalpha()]
        return "".join(p[0] for p in parts[:2]).upper() or "?"
