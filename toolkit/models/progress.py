from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class NewcomerProgress(models.Model):
    """A step of the "Start here" path that a member has marked as done."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="newcomer_progress"
    )
    page = models.ForeignKey("toolkit.StartHerePage", on_delete=models.CASCADE, related_name="+")
    step = models.CharField(max_length=64, help_text=gettext_lazy("The id of the step's block."))
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "page", "step"], name="one_mark_per_step")
        ]

    def __str__(self) -> str:
        return _("%(user)s finished %(step)s") % {"user": self.user, "step": self.step}
