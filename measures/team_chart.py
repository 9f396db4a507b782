"""A team's chart page, drawn once for what it is drawn from.

Drawing a measure's charts (run, control, one per group, the gap's ratio)
and its table is most of the page's time, and a team's figures change a
few times a month while the page is opened many times in between. The drawn
sections are kept (kernel.fragments.kept_for) under a digest of every input:
the entries this viewer may see and their groups' figures (every column),
the marks on the chart, the team's settings of the measure, the measure's
own definition, the groups' names and the language.
A change to any of them is a new key, so no write has to say so; what
differs between viewers (their forms, the benchmarks, what they may review)
is drawn on every request around the kept sections."""

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.template.loader import render_to_string
from django.utils import translation

from community.models import Team
from kernel.fragments import kept_for
from kernel.standing import AnyUser
from measures import charts, permissions
from measures.models import Annotation, Entry, StratumCategory, StratumValue, TrackedMeasure

SECTIONS = ("run", "more", "table")


@dataclass(frozen=True)
class ChartSources:
    """What a team's charts are drawn from, read without drawing them."""

    tracked: TrackedMeasure
    entries: tuple[tuple, ...]  # every column of each entry this viewer may see
    groups: tuple[tuple, ...]  # every column of those entries' group figures
    notes: list[Annotation]
    starts: list[date]  # the chart's periods, gaps included

    @property
    def numbered_notes(self) -> list[tuple[int, Annotation]]:
        return charts.numbered_notes(self.starts, self.notes)


def _names(model: type[models.Model]) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields]


def _columns(row: models.Model) -> tuple:
    return tuple(getattr(row, field.attname) for field in row._meta.concrete_fields)


def sources(user: AnyUser, team: Team, tracked: TrackedMeasure) -> ChartSources:
    seen = permissions.team_data.view_objects(user).filter(team=team, measure=tracked.measure)
    columns = _names(Entry)
    entries = tuple(seen.order_by("period").values_list(*columns))
    groups = tuple(
        StratumValue.objects.filter(entry__in=seen)
        .order_by("pk")
        .values_list(*_names(StratumValue))
    )
    period = columns.index("period")
    starts = charts.period_starts(tracked.measure, (row[period] for row in entries))
    return ChartSources(tracked, entries, groups, charts.team_notes(tracked), starts)


def _identity(source: ChartSources) -> tuple:
    """Everything the kept sections are drawn from (see the module's words)."""
    marks = tuple(
        (*_columns(note), getattr(note, "link", None), note.get_kind_display())
        for note in source.notes
    )
    groups = tuple(StratumCategory.objects.order_by("pk").values_list())
    tracked = source.tracked
    return (
        _columns(tracked),
        _columns(tracked.measure),
        source.entries,
        source.groups,
        marks,
        groups,
        translation.get_language(),
    )


def drawn_sections(user: AnyUser, team: Team, source: ChartSources) -> dict[str, str]:
    """The run chart with its words, the control and group charts, and the
    table, as HTML (`SECTIONS`); drawn when nothing is kept for these inputs."""
    tracked = source.tracked

    def draw() -> dict[str, str]:
        entries = charts.team_entries(user, team, tracked)
        drawn = charts.charts_for(tracked.measure, entries, tracked, source.notes)
        context = {
            "measure": tracked.measure,
            "charts": drawn,
            "notes": source.numbered_notes,
            "run_findings": charts.run_findings(drawn),
            "control_findings": charts.control_findings(drawn),
            "run": charts.run_drawing(drawn),
            "control": charts.control_drawing(drawn),
            "equity": charts.equity(tracked.measure, entries),
            "rows": charts.table_rows(drawn),
            "team": team,
        }
        return {
            name: render_to_string(f"measures/includes/chart_{name}.html", context)
            for name in SECTIONS
        }

    return kept_for(f"team-chart:{tracked.pk}", _identity(source), draw)
