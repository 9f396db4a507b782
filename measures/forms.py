"""The period form: one row per measure the team tracks, for one month or
quarter, with the fields its type needs. It only reads what was typed;
`measures.services.check` says what is wrong with it."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from community.models import Team
from kernel.forms import PlainLabels
from kernel.standing import Account
from measures import periods, permissions
from measures.models import DataType, Entry, Measure
from measures.services import Figures, Reading


def read_period(raw: str | None) -> date:
    """A month from the query string ("2026-03" or "2026-03-01"); this month
    when absent or unreadable."""
    return periods.parse_month(raw or "") or periods.current()


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
        self.row_errors: dict[str, list[str]] = {}
        self.measures = [
            measure
            for measure in permissions.tracked_measures.measures_of(user, team)
            if periods.starts_period(period, measure.frequency)
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
            self.fields[f"{prefix}-numerator"] = _number(_("Numerator"), measure.numerator)
            self.fields[f"{prefix}-denominator"] = _number(_("Denominator"), measure.denominator)
            names: tuple[str, ...] = ("numerator", "denominator")
        else:
            help_text = {
                DataType.LEVEL.value: _("Level 1 to %(levels)s")
                % {"levels": len(measure.level_names)},
                DataType.YES_NO.value: _("1 for yes, 0 for no"),
            }.get(measure.data_type, measure.unit)
            self.fields[f"{prefix}-value"] = _number(_("Value"), help_text)
            names = ("value",)
        if entry is not None:
            for name in names:
                stored = getattr(entry, name)
                # As typed: 6, not the stored float's 6.0.
                self.initial[f"{prefix}-{name}"] = None if stored is None else f"{stored:g}"

    @property
    def period_label(self) -> str:
        return periods.label(self.period, periods.MONTHLY)

    def refused(self, error: ValidationError) -> None:
        """What `services.record` said is wrong, above the form and in the
        row of each measure it names."""
        self.add_error(None, error)
        for problem in error.error_list:
            self.row_errors.setdefault(problem.code or "", []).extend(problem.messages)
        for measure in self.measures:
            if f"measure-{measure.pk}" not in self.row_errors:
                continue
            for name in self.fields:
                if name.startswith(f"m{measure.pk}-"):
                    self.fields[name].widget.attrs.update(
                        {"aria-invalid": "true", "aria-describedby": f"row-error-{measure.pk}-1"}
                    )

    @property
    def rows(self) -> list[dict[str, object]]:
        """What the template draws: each measure with its fields, entry and
        what is wrong with it."""
        return [
            {
                "measure": measure,
                "entry": self.entries.get(measure.pk),
                "fields": [
                    self[name] for name in self.fields if name.startswith(f"m{measure.pk}-")
                ],
                "errors": self.row_errors.get(f"measure-{measure.pk}", []),
            }
            for measure in self.measures
        ]

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
