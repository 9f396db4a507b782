"""The period form: one row per measure the team tracks, for one month or
quarter, with the fields its type needs. It only reads what was typed;
`measures.services.check` says what is wrong with it."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from community.models import Team
from kernel.forms import PlainLabels
from kernel.standing import Account
from measures import permissions
from measures.models import DataType, Entry, Frequency, Measure
from measures.services import Figures, Reading, current_period, period_label


def read_period(raw: str | None) -> date:
    """A period from the query string ("2026-03" or "2026-03-01"); this
    month when absent or unreadable."""
    today = timezone.localdate()
    try:
        year, month = (int(part) for part in (raw or "").split("-")[:2])
        return date(year, month, 1)
    except ValueError:
        return date(today.year, today.month, 1)


def _number(label: str, help_text: str = "") -> forms.FloatField:
    return forms.FloatField(
        label=label,
        required=False,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
    )


class PeriodForm(PlainLabels, forms.Form):
    """Every tracked measure due in the period, its fields named
    `m<id>-value`, `m<id>-numerator`, `m<id>-denominator`."""

    def __init__(self, team: Team, period: date, user: Account, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.team, self.period = team, period
        tracked = permissions.tracked_measures.view_objects(user).filter(team=team)
        self.measures = [
            measure
            for measure in Measure.objects.filter(tracked_by__in=tracked).order_by("name")
            if measure.frequency == Frequency.MONTHLY or period.month in (1, 4, 7, 10)
        ]
        entries = {
            e.measure_id: e
            for e in Entry.objects.filter(team=team, period=period, measure__in=self.measures)
        }
        self.entries = entries
        for measure in self.measures:
            self._add_fields(measure, entries.get(measure.pk))

    def _add_fields(self, measure: Measure, entry: Entry | None) -> None:
        prefix = f"m{measure.pk}"
        if measure.has_denominator:
            self.fields[f"{prefix}-numerator"] = _number("Numerator", measure.numerator)
            self.fields[f"{prefix}-denominator"] = _number("Denominator", measure.denominator)
            names: tuple[str, ...] = ("numerator", "denominator")
        else:
            help_text = {
                DataType.LEVEL.value: f"Level 1 to {len(measure.level_names)}",
                DataType.YES_NO.value: "1 for yes, 0 for no",
            }.get(measure.data_type, measure.unit)
            self.fields[f"{prefix}-value"] = _number("Value", help_text)
            names = ("value",)
        if entry is not None:
            for name in names:
                stored = getattr(entry, name)
                # As typed: 6, not the stored float's 6.0.
                self.initial[f"{prefix}-{name}"] = None if stored is None else f"{stored:g}"

    @property
    def period_label(self) -> str:
        if not self.measures:
            return self.period.strftime("%B %Y")
        return period_label(self.measures[0], self.period)

    @property
    def rows(self) -> list[dict[str, object]]:
        """What the template draws: each measure with its fields and entry."""
        return [
            {
                "measure": measure,
                "entry": self.entries.get(measure.pk),
                "fields": [
                    self[name] for name in self.fields if name.startswith(f"m{measure.pk}-")
                ],
            }
            for measure in self.measures
        ]

    def clean(self) -> dict:
        cleaned = super().clean() or {}
        if self.period > current_period(Measure(frequency=Frequency.MONTHLY)):
            raise ValidationError(f"{self.period:%B %Y} is in the future.")
        return cleaned

    def readings(self) -> list[Reading]:
        found = []
        for measure in self.measures:
            prefix = f"m{measure.pk}"
            figures = Figures(
                value=self.cleaned_data.get(f"{prefix}-value"),
                numerator=self.cleaned_data.get(f"{prefix}-numerator"),
                denominator=self.cleaned_data.get(f"{prefix}-denominator"),
            )
            if figures.empty and measure.pk not in self.entries:
                continue  # left blank: nothing to say for it yet
            found.append(Reading(measure, self.period, figures))
        return found
