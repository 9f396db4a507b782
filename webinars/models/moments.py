from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from webinars.captions import clock, parse_moment


class MomentFormField(forms.CharField):
    """A moment as people write it: "12:34", "1:02:03" or a number of seconds."""

    def prepare_value(self, value):
        return clock(value) if isinstance(value, int) else value

    def to_python(self, value):
        text = super().to_python(value)
        if text in self.empty_values:
            return None
        try:
            return parse_moment(text)
        except ValueError as error:
            raise ValidationError(str(error), code="invalid") from error


class MomentField(models.PositiveIntegerField):
    """Seconds from the start of a recording, typed as a clock in the admin."""

    def formfield(self, **kwargs):
        # Past the integer field's own (its min_value is for a number box).
        return models.Field.formfield(self, **{"form_class": MomentFormField, **kwargs})


class MomentCitation(Orderable):
    """A moment of a webinar's recording that an editor cites on a page.
    Abstract: each citing page type keeps its own rows in its own app and
    registers with `webinars.moments`, so the webinar's "Cited in" can ask it."""

    webinar = models.ForeignKey(
        "webinars.WebinarPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=gettext_lazy("A webinar with a recording."),
    )
    second = MomentField(
        # Translators: the label of a moment's time in a recording, as in "at 12:34".
        gettext_lazy("at"),
        help_text=gettext_lazy("Where in the recording: 12:34, 1:02:03 or a number of seconds."),
    )
    note = models.CharField(
        max_length=200,
        blank=True,
        help_text=gettext_lazy("Optional: what is said there, in a few words."),
    )

    panels = [FieldPanel("webinar"), FieldPanel("second"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self) -> str:
        if not self.webinar_id:
            return self.clock
        # Translators: a moment of a recording, e.g. "12:34 in Safe sleep for every baby".
        return _("%(moment)s in %(webinar)s") % {"moment": self.clock, "webinar": self.webinar}

    @property
    def clock(self) -> str:
        return clock(self.second or 0)

    def clean(self) -> None:
        super().clean()
        if not self.webinar_id or self.second is None:
            return
        webinar = self.webinar
        if not webinar.has_recording:
            raise ValidationError({"webinar": _("This webinar has no recording yet.")})
        length = webinar.recording_length
        if length is not None and self.second > length:
            raise ValidationError(
                {
                    "second": _("The recording is %(length)s long: choose a moment within it.")
                    % {"length": clock(length)}
                }
            )
