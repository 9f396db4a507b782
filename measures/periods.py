"""Reporting periods: a month, or a quarter named by its first month. A
period is the `date` of its first day; everything that steps, names, reads
or checks one is here."""

from datetime import date

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

MONTHLY, QUARTERLY = "monthly", "quarterly"  # Frequency's values


def months_in(frequency: str) -> int:
    return 3 if frequency == QUARTERLY else 1


def starts_period(day: date, frequency: str) -> bool:
    return day.day == 1 and (day.month - 1) % months_in(frequency) == 0


def shifted(start: date, months: int) -> date:
    """The first day of the month `months` after (or before) `start`'s."""
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def following(start: date, frequency: str) -> date:
    return shifted(start, months_in(frequency))


def current(frequency: str = MONTHLY, today: date | None = None) -> date:
    """The period today falls in."""
    today = today or timezone.localdate()
    first = date(today.year, today.month, 1)
    return shifted(first, -((today.month - 1) % months_in(frequency)))


def _quarter(start: date, year: str) -> str:
    # Translators: a quarter of a year, e.g. "Q1 2026" (or "Q1 26" on a chart's axis).
    return _("Q%(quarter)s %(year)s") % {"quarter": (start.month - 1) // 3 + 1, "year": year}


def label(start: date, frequency: str) -> str:
    """ "March 2026", or "Q1 2026", in the active language."""
    if frequency == QUARTERLY:
        return _quarter(start, str(start.year))
    return date_format(start, "YEAR_MONTH_FORMAT")


def short_label(start: date, frequency: str) -> str:
    """For an axis: "Mar 2026", or "Q1 26"."""
    if frequency == QUARTERLY:
        return _quarter(start, f"{start:%y}")
    return date_format(start, "M Y")


def parse_month(raw: str) -> date | None:
    """ "2026-03" or "2026-03-01" as the month's first day; None if it does
    not read."""
    try:
        year, month = (int(part) for part in raw.strip().split("-")[:2])
        return date(year, month, 1)
    except ValueError:
        return None
