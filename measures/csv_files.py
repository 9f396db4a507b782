"""A team's data as a CSV file: the template a data lead downloads, and
reading a filled one into readings for `services.record`, which stores all
of them or none.

One row per measure and period, and, for a measure broken down by group,
one more row per group (its `group` column naming the breakdown and group,
e.g. `race/black`). A row that does not read is refused with its line
number; so is the whole file."""

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from community.models import Team
from measures import periods, services
from measures.models import Measure, StratumCategory
from measures.services import Figures, Reading

HEADINGS = ["period", "measure", "group", "value", "numerator", "denominator"]
MAX_BYTES = 1_000_000
MAX_ROWS = 5_000


def template(measures: Iterable[Measure], period: date) -> str:
    """Headings, then a row per measure for the period (and per group of
    each breakdown), figures left blank."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADINGS)
    groups = list(StratumCategory.objects.filter(jurisdiction=None))
    for measure in measures:
        writer.writerow([f"{period:%Y-%m}", measure.slug, "", "", "", ""])
        for group in groups:
            if group.dimension in measure.dimensions:
                writer.writerow(
                    [f"{period:%Y-%m}", measure.slug, f"{group.dimension}/{group.slug}", "", "", ""]
                )
    return out.getvalue()


@dataclass
class _Pending:
    measure: Measure
    period: date
    where: str
    figures: Figures = field(default_factory=Figures)
    from_row: bool = False  # `where` names the measure's own row, not its groups
    strata: dict[StratumCategory, Figures] = field(default_factory=dict)


def _number(raw: str, line: int, column: str) -> float | None:
    text = raw.strip().replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(
            # Translators: %(column)s is a column of the file: value, numerator or denominator.
            _("Row %(line)s: %(column)s “%(raw)s” is not a number.")
            % {"line": line, "column": column, "raw": raw.strip()}
        ) from None


def _period(raw: str, line: int) -> date:
    period = periods.parse_month(raw)
    if period is None:
        raise ValidationError(
            _("Row %(line)s: period “%(raw)s” is not a month, e.g. 2026-03.")
            % {"line": line, "raw": raw.strip()}
        )
    return period


def read(team: Team, measures: dict[str, Measure], data: bytes) -> list[Reading]:
    """The readings of an uploaded file. Every row that does not read is
    reported at once, by line; nothing is read from a file with any."""
    if len(data) > MAX_BYTES:
        raise ValidationError(_("The file is larger than 1 MB: split it by year."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("Save the file as CSV in UTF-8 and upload it again.")) from None
    reader = csv.DictReader(io.StringIO(text))
    if set(HEADINGS) - set(reader.fieldnames or []):
        raise ValidationError(
            _("The first line must name the columns: %(columns)s.")
            % {"columns": ", ".join(HEADINGS)}
        )
    rows = list(reader)
    if not rows:
        raise ValidationError(_("The file has no rows below its headings."))
    if len(rows) > MAX_ROWS:
        raise ValidationError(
            _("The file has more than %(rows)s rows: split it by year.") % {"rows": f"{MAX_ROWS:,}"}
        )
    groups = services.groups_named(team)
    pending: dict[tuple[int, date], _Pending] = {}
    errors: list[str] = []
    for line, row in enumerate(rows, start=2):
        try:
            _read_row(row, line, measures, groups, pending)
        except ValidationError as error:
            errors += error.messages
    if errors:
        raise ValidationError(errors)
    return [
        Reading(p.measure, p.period, p.figures, p.strata, where=p.where) for p in pending.values()
    ]


def _read_row(
    row: dict[str, str],
    line: int,
    measures: dict[str, Measure],
    groups: dict[str, StratumCategory],
    pending: dict[tuple[int, date], _Pending],
) -> None:
    slug = (row.get("measure") or "").strip()
    measure = measures.get(slug)
    if measure is None:
        raise ValidationError(
            _("Row %(line)s: the team does not track a measure “%(slug)s”.")
            % {"line": line, "slug": slug}
        )
    period = _period(row.get("period") or "", line)
    figures = Figures(
        value=_number(row.get("value") or "", line, "value"),
        numerator=_number(row.get("numerator") or "", line, "numerator"),
        denominator=_number(row.get("denominator") or "", line, "denominator"),
    )
    key = (measure.pk, period)
    group_name = (row.get("group") or "").strip()
    row_name = _("Row %(line)s") % {"line": line}
    month = f"{period:%Y-%m}"
    if not group_name:
        if key in pending and pending[key].from_row:
            raise ValidationError(
                _("Row %(line)s: %(measure)s for %(month)s is already on %(other)s.")
                % {
                    "line": line,
                    "measure": measure.slug,
                    "month": month,
                    "other": pending[key].where,
                }
            )
        total = pending.setdefault(key, _Pending(measure, period, row_name))
        total.figures, total.where, total.from_row = figures, row_name, True
        return
    group = groups.get(group_name)
    if group is None:
        raise ValidationError(
            _("Row %(line)s: there is no group “%(group)s”.") % {"line": line, "group": group_name}
        )
    entry = pending.setdefault(
        key,
        _Pending(
            measure,
            period,
            # Translators: where a problem is, e.g.
            # "the rows of early-elective-deliveries, 2026-03".
            _("the rows of %(measure)s, %(month)s") % {"measure": slug, "month": month},
        ),
    )
    if group in entry.strata:
        raise ValidationError(
            _("Row %(line)s: %(group)s is given twice for %(month)s.")
            % {"line": line, "group": group_name, "month": month}
        )
    entry.strata[group] = figures


def last_period() -> date:
    """The month a template is for: the last one that has ended."""
    return periods.shifted(periods.current(), -1)
