"""Recording a team's data: every way in (the form, a CSV file, the API)
hands readings to `record`, which checks them all before storing any, keeps
every change, and marks a change to reviewed data as a late correction.
Submitting tells the team's coaches; a review answers the team."""

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.models import Team
from kernel.mail import email_after_commit
from kernel.standing import Account
from measures import periods, permissions
from measures.models import (
    Annotation,
    DataType,
    Dimension,
    Entry,
    EntryChange,
    Frequency,
    Measure,
    ReviewComment,
    StratumCategory,
    StratumValue,
    TrackedMeasure,
)


@dataclass(frozen=True)
class Figures:
    """A value as entered: a count, mean, level or yes/no in `value`; a
    proportion or rate as `numerator` over `denominator`."""

    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None

    @property
    def empty(self) -> bool:
        return self.value is None and self.numerator is None and self.denominator is None


@dataclass(frozen=True)
class Reading:
    """One measure's figures for one period, with its groups' figures;
    `where` names it in an error ("Row 4", or the measure and month)."""

    measure: Measure
    period: date
    figures: Figures
    strata: dict[StratumCategory, Figures] = field(default_factory=dict)
    where: str = ""

    def label(self) -> str:
        when = periods.label(self.period, self.measure.frequency)
        return self.where or f"{self.measure.name}, {when}"


def groups_named(team: Team) -> dict[str, StratumCategory]:
    """The groups a team's figures may name, as files and the API name them
    ("race/black"): every breakdown's, and the counties of its own state."""
    groups = StratumCategory.objects.filter(
        Q(jurisdiction__isnull=True) | Q(jurisdiction=team.jurisdiction_id)
    )
    return {f"{group.dimension}/{group.slug}": group for group in groups}


# --- Checking -----------------------------------------------------------------


def _period_errors(reading: Reading) -> list[str]:
    period, frequency = reading.period, reading.measure.frequency
    if not periods.starts_period(period, frequency):
        day = {"day": period.isoformat()}
        if frequency == Frequency.QUARTERLY:
            return [_("%(day)s is not the first day of a quarter.") % day]
        return [_("%(day)s is not the first day of a month.") % day]
    if period > periods.current(frequency):
        when = capfirst(periods.label(period, frequency))
        return [_("%(period)s is in the future.") % {"period": when}]
    return []


def _whole(number: float) -> bool:
    return float(number).is_integer()


def figure_errors(measure: Measure, figures: Figures, what: str = "") -> list[str]:
    """What is wrong with these figures for this measure (nothing: [])."""
    found = _value_errors(measure, figures)
    return [_where(what, problem) for problem in found] if what else found


def _where(where: str, problem: str) -> str:
    # Translators: where a problem is (a group, a row, a measure and month), then the problem.
    return _("%(where)s: %(problem)s") % {"where": where, "problem": problem}


def _value_errors(measure: Measure, figures: Figures) -> list[str]:
    numbers = [n for n in (figures.value, figures.numerator, figures.denominator) if n is not None]
    if any(not math.isfinite(n) for n in numbers):
        # Translators: follows "Row 4: " or a group's name; starts in lower case.
        return [_("a figure is not a number.")]
    kind = measure.data_type
    if kind in (DataType.PROPORTION, DataType.RATE):
        return _ratio_errors(kind, figures)
    if figures.value is None:
        return [_("give a value.")]
    value = figures.value
    if kind == DataType.COUNT and (value < 0 or not _whole(value)):
        return [
            _("a count is a whole number, 0 or more (not %(value)s).") % {"value": f"{value:g}"}
        ]
    if kind == DataType.MEAN and value < 0:
        return [_("a mean of %(value)s is below zero.") % {"value": f"{value:g}"}]
    if kind == DataType.LEVEL:
        levels = len(measure.level_names)
        if not _whole(value) or not 1 <= value <= levels:
            return [_("the level is a whole number from 1 to %(levels)s.") % {"levels": levels}]
    if kind == DataType.YES_NO and value not in (0, 1):
        return [_("answer 1 for yes or 0 for no.")]
    return []


def _ratio_errors(kind: str, figures: Figures) -> list[str]:
    numerator, denominator = figures.numerator, figures.denominator
    if numerator is None or denominator is None:
        return [_("give both the numerator and the denominator.")]
    if numerator < 0 or denominator < 0:
        return [_("a numerator or denominator below zero is not a count.")]
    if not (_whole(numerator) and _whole(denominator)):
        return [_("numerators and denominators are whole numbers.")]
    figures_given = {"numerator": f"{numerator:g}", "denominator": f"{denominator:g}"}
    if denominator == 0 and numerator > 0:
        return [_("a numerator of %(numerator)s over a denominator of 0.") % figures_given]
    # A rate (visits per enrolled family) may pass 1; a proportion cannot.
    if kind == DataType.PROPORTION and numerator > denominator:
        return [
            _("the numerator (%(numerator)s) is above the denominator (%(denominator)s).")
            % figures_given
        ]
    return []


def _strata_errors(reading: Reading, team: Team) -> list[str]:
    measure, errors = reading.measure, []
    by_dimension: dict[str, list[Figures]] = defaultdict(list)
    for category, figures in reading.strata.items():
        if category.dimension not in measure.dimensions:
            dimension = category.get_dimension_display()
            errors.append(
                _("%(measure)s is not broken down by %(dimension)s.")
                % {"measure": measure.name, "dimension": dimension}
            )
            continue
        if category.jurisdiction_id not in (None, team.jurisdiction_id):
            errors.append(
                _("%(group)s is not a county of %(state)s.")
                % {"group": category.name, "state": team.jurisdiction}
            )
            continue
        errors += figure_errors(measure, figures, category.name)
        by_dimension[category.dimension].append(figures)
    if measure.strata_add_up and not errors:
        for dimension, groups in by_dimension.items():
            errors += _sum_errors(measure, reading.figures, groups, dimension)
    return errors


def _sum_errors(
    measure: Measure, total: Figures, groups: list[Figures], dimension: str
) -> list[str]:
    label = str(Dimension(dimension).label).lower()
    parts = ("numerator", "denominator") if measure.has_denominator else ("value",)
    errors = []
    for part in parts:
        whole = getattr(total, part)
        added = sum(getattr(g, part) or 0 for g in groups)
        if whole is not None and not math.isclose(added, whole):
            errors.append(
                SUM_ERRORS[part] % {"groups": label, "added": f"{added:g}", "whole": f"{whole:g}"}
            )
    return errors


SUM_ERRORS = {
    # Translators: %(groups)s is a breakdown in lower case, e.g. "race and ethnicity".
    "numerator": gettext_lazy(
        "the %(groups)s groups' numerators add up to %(added)s, not %(whole)s."
    ),
    "denominator": gettext_lazy(
        "the %(groups)s groups' denominators add up to %(added)s, not %(whole)s."
    ),
    "value": gettext_lazy("the %(groups)s groups' values add up to %(added)s, not %(whole)s."),
}


def check(team: Team, readings: Sequence[Reading]) -> None:
    """Every reading checked; all that is wrong is raised at once, one
    message per reading, and nothing is stored."""
    tracked = set(TrackedMeasure.objects.filter(team=team).values_list("measure_id", flat=True))
    seen: dict[tuple[int, date], str] = {}
    errors: list[ValidationError] = []
    for reading in readings:
        problems = _period_errors(reading)
        if reading.measure.pk not in tracked:
            problems.append(
                _("%(team)s does not track %(measure)s.")
                % {"team": team, "measure": reading.measure.name}
            )
        key = (reading.measure.pk, reading.period)
        if key in seen:
            # Translators: follows "Row 4: "; the rest names another row, or a measure and month.
            problems.append(_("the same period as %(other)s.") % {"other": seen[key]})
        seen.setdefault(key, reading.label())
        if not reading.figures.empty or reading.strata:
            problems += figure_errors(reading.measure, reading.figures)
            problems += _strata_errors(reading, team)
        # Each message's code names its measure: the form shows it in that row.
        code = f"measure-{reading.measure.pk}"
        errors += [ValidationError(_where(reading.label(), p), code=code) for p in problems]
    if errors:
        raise ValidationError(errors)


# --- Storing ------------------------------------------------------------------


def _shown(number: float | None) -> str:
    return "" if number is None else f"{number:g}"


Change = tuple[str, str, str]  # what changed, from, to


def _changes(target: Entry | StratumValue, figures: Figures, prefix: str) -> list[Change]:
    changed = []
    for part in ("value", "numerator", "denominator"):
        old, new = getattr(target, part), getattr(figures, part)
        if old != new:
            changed.append((prefix + part, _shown(old), _shown(new)))
            setattr(target, part, new)
    return changed


def _store(user: Account, team: Team, reading: Reading) -> Entry | None:
    entry = (
        Entry.objects.select_for_update()
        .filter(team=team, measure=reading.measure, period=reading.period)
        .first()
    )
    if entry is None:
        if reading.figures.empty and not reading.strata:
            return None  # a blank cell of the form
        entry = Entry(team=team, measure=reading.measure, period=reading.period)
    changed = _changes(entry, reading.figures, "")
    kept = {s.category_id: s for s in entry.strata.all()} if entry.pk else {}
    groups = []
    for category, figures in reading.strata.items():
        group = kept.get(category.pk) or StratumValue(category=category)
        changed += _changes(group, figures, f"{category.dimension}/{category.slug}:")
        groups.append(group)
    if not changed:
        return entry
    if entry.status == Entry.Status.REVIEWED:
        entry.corrected = True  # a late correction: the chart marks it
    entry.entered_by = user
    entry.save()
    for group in groups:
        group.entry = entry
        group.save()
    EntryChange.objects.bulk_create(
        EntryChange(entry=entry, changed_by=user, field=name, old=old, new=new)
        for name, old, new in changed
    )
    return entry


def record(user: Account, team: Team, readings: Sequence[Reading]) -> list[Entry]:
    """Store a team's readings (the form, a CSV file and the API all come
    here): all or nothing, every change kept with who made it."""
    if not permissions.records_for(user, team.pk):
        raise PermissionDenied("Only the team's lead or data lead enters its data.")
    check(team, readings)
    with transaction.atomic():
        stored = [_store(user, team, reading) for reading in readings]
    return [entry for entry in stored if entry is not None]


def submit(user: Account, team: Team, period: date) -> list[Entry]:
    """The period's drafts go to the team's coaches, who are told."""
    if not permissions.records_for(user, team.pk):
        raise PermissionDenied("Only the team's lead or data lead submits its data.")
    with transaction.atomic():
        drafts = list(
            Entry.objects.select_for_update()
            .filter(team=team, period=period, status=Entry.Status.DRAFT)
            .select_related("measure")
        )
        if not drafts:
            raise ValidationError(_("There is nothing in draft for that period."))
        now = timezone.now()
        Entry.objects.filter(pk__in=[e.pk for e in drafts]).update(
            status=Entry.Status.SUBMITTED, submitted_at=now
        )
        for entry in drafts:
            entry.status, entry.submitted_at = Entry.Status.SUBMITTED, now
        coaches = permissions.team_data.review_people(drafts[0])
        email_after_commit(
            "measures/emails/submitted.txt",
            {"team": team, "entries": drafts, "by": user},
            coaches,
        )
    return drafts


def review(user: Account, entry: Entry, comment: str = "") -> Entry:
    """A coach marks a submitted entry reviewed, with a comment for the team."""
    with transaction.atomic():
        locked = (
            Entry.objects.select_for_update().select_related("team", "measure").get(pk=entry.pk)
        )
        if not permissions.can_review(user, locked):
            raise PermissionDenied("Only the team's coaches review its submitted data.")
        locked.status, locked.reviewed_by, locked.reviewed_at = (
            Entry.Status.REVIEWED,
            user,
            timezone.now(),
        )
        locked.save(update_fields=["status", "reviewed_by", "reviewed_at"])
        if comment.strip():
            ReviewComment.objects.create(entry=locked, author=user, text=comment.strip()[:2000])
        recorders = permissions.team_data.record_people(locked).exclude(pk=user.pk)
        email_after_commit(
            "measures/emails/reviewed.txt",
            {"entry": locked, "by": user, "comment": comment.strip()},
            recorders,
        )
    return locked


def track(user: Account, team: Team, measure: Measure, **aim: object) -> TrackedMeasure:
    """The team starts tracking a measure it may see."""
    if not permissions.records_for(user, team.pk):
        raise PermissionDenied("Only the team's lead or data lead chooses its measures.")
    if not permissions.can_view_measure(user, measure):
        raise PermissionDenied("That measure is another team's.")
    tracked, _created = TrackedMeasure.objects.update_or_create(
        team=team, measure=measure, defaults=aim
    )
    return tracked


def name_in_benchmarks(user: Account, tracked: TrackedMeasure, named: bool) -> TrackedMeasure:
    """The team lets its networks see its name beside its figure for this
    measure, or stops."""
    if not permissions.records_for(user, tracked.team_id):
        raise PermissionDenied("Only the team's lead or data lead decides this.")
    tracked.named_in_benchmarks = named
    tracked.save(update_fields=["named_in_benchmarks"])
    return tracked


# --- Marks on a chart -----------------------------------------------------------------


def annotate(
    user: Account,
    tracked: TrackedMeasure,
    period: date,
    kind: str,
    text: str,
    new_phase: bool = False,
) -> Annotation:
    """Mark a period of the team's chart: a change adopted (perhaps starting
    a new phase), a PDSA cycle, or a note."""
    if not permissions.records_for(user, tracked.team_id):
        raise PermissionDenied("Only the team's lead or data lead marks its charts.")
    errors = _annotation_errors(tracked, period, kind, text.strip(), new_phase)
    if errors:
        raise ValidationError(errors)
    return Annotation.objects.create(
        tracked=tracked,
        period=period,
        kind=kind,
        text=text.strip(),
        new_phase=new_phase,
        created_by=user,
    )


def _annotation_errors(
    tracked: TrackedMeasure, period: date, kind: str, text: str, new_phase: bool
) -> list[str]:
    frequency = tracked.measure.frequency
    errors: list[str] = []
    when = periods.label(period, frequency)
    errors = []
    if kind not in Annotation.Kind.values:
        errors.append(_("Choose what the mark is: a change, a PDSA cycle or a note."))
    if not text:
        errors.append(_("Say in a few words what happened."))
    elif len(text) > 200:
        errors.append(_("Keep it to 200 characters."))
    if not periods.starts_period(period, frequency):
        day = {"day": period}
        if frequency == Frequency.QUARTERLY:
            errors.append(_("%(day)s does not start a quarter period.") % day)
        else:
            errors.append(_("%(day)s does not start a month period.") % day)
    elif period > periods.current(frequency):
        errors.append(_("%(period)s has not started yet.") % {"period": capfirst(when)})
    if new_phase and kind != Annotation.Kind.CHANGE:
        errors.append(_("Only a change adopted starts a new phase."))
    if new_phase and tracked.annotations.filter(period=period, new_phase=True).exists():
        errors.append(_("A phase already starts in %(period)s.") % {"period": when})
    return errors


def remove_annotation(user: Account, annotation: Annotation) -> None:
    if not permissions.records_for(user, annotation.tracked.team_id):
        raise PermissionDenied("Only the team's lead or data lead marks its charts.")
    annotation.delete()
