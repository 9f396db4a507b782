"""/api/measures/: the measure dictionary, a team's data and its charts for
scripts, and submitting a team's figures with a personal API token. The same
policies and the same `services.record` as the pages: the same figures are
refused for the same reasons, and nothing is stored from a refused request."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.security import SessionAuth
from wagtail.api.v3.auth import AllowAnonymous

from community.models import Team
from kernel.api_auth import ThrottledBearerAuth
from kernel.standing import signed_in
from measures import charts, permissions, rollups, services, spc
from measures.models import Entry, Measure
from measures.services import Figures, Reading
from measures.suppression import Shown
from measures.views import figures, places

router = Router(tags=["measures"])
READ_AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=False), AllowAnonymous()]
WRITE_AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=True)]


class MeasureOut(Schema):
    slug: str
    name: str
    definition: str
    kind: str
    data_type: str
    numerator: str
    denominator: str
    multiplier: int
    frequency: str
    direction: str
    target: float | None
    networks: list[str]
    url: str

    @staticmethod
    def resolve_networks(measure: Measure) -> list[str]:
        return [network.slug for network in measure.networks.all()]

    @staticmethod
    def resolve_url(measure: Measure) -> str:
        return measure.get_absolute_url()


class FiguresIn(Schema):
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None


class ReadingIn(FiguresIn):
    measure: str
    period: date
    groups: dict[str, FiguresIn] = {}


class EntryOut(Schema):
    measure: str = Field(..., alias="measure.slug")
    period: date
    value: float | None
    numerator: float | None
    denominator: float | None
    status: str
    corrected: bool


class SignalOut(Schema):
    kind: str
    direction: str | None
    start: str
    end: str
    length: int


class PhaseOut(Schema):
    start: str
    label: str
    median: float | None


class MarkOut(Schema):
    period: date
    kind: str
    text: str
    new_phase: bool
    link: str | None = None  # what a mark from a PDSA cycle marks


class ChartOut(Schema):
    measure: str
    periods: list[str]
    values: list[float | None]
    median: list[float | None]
    control_chart: str | None
    centre: list[float | None]
    lower: list[float | None]
    upper: list[float | None]
    run_signals: list[SignalOut]
    control_signals: list[SignalOut]
    phases: list[PhaseOut]
    marks: list[MarkOut]
    findings: list[str]


class ErrorOut(Schema):
    detail: list[str] | str


@router.get("/", response=list[MeasureOut], auth=READ_AUTH, summary="The measure dictionary")
def list_measures(request: HttpRequest) -> QuerySet[Measure]:
    visible = permissions.measures.view_objects(request.user).prefetch_related("networks")
    return visible.order_by("name")


def _team(request: HttpRequest, slug: str) -> Team:
    team = get_object_or_404(Team, slug=slug)
    if not permissions.sees_team_data(request.user, team.pk):
        raise HttpError(404, "No such team data.")
    return team


@router.get(
    "/teams/{slug:team}/entries/",
    response=list[EntryOut],
    auth=READ_AUTH,
    summary="A team's figures",
)
def team_entries(request: HttpRequest, team: str) -> QuerySet[Entry]:
    """The team's values by period, for its members and coaches."""
    seen = _team(request, team)
    return (
        permissions.team_data.view_objects(request.user)
        .filter(team=seen)
        .select_related("measure")
        .order_by("measure__slug", "period")
    )


def _signals(signals: tuple[spc.Signal, ...], labels: list[str]) -> list[dict[str, object]]:
    return [
        {
            "kind": signal.kind.value,
            "direction": signal.direction.value if signal.direction else None,
            "start": labels[signal.start],
            "end": labels[signal.end],
            "length": signal.length,
        }
        for signal in signals
    ]


@router.get(
    "/teams/{slug:team}/charts/{slug:measure}/",
    response=ChartOut,
    auth=READ_AUTH,
    summary="A measure's run and control chart",
)
def team_chart(request: HttpRequest, team: str, measure: str) -> dict[str, object]:
    """Each period's value, the median, the control chart's centre and
    limits, and the signals the rules found, with the same sentences as the
    page."""
    found = charts.team_series(request.user, _team(request, team), measure)
    if found is None:
        raise HttpError(404, "The team does not track that measure.")
    tracked, entries = found
    drawn = charts.charts_for(tracked.measure, entries, tracked)
    control = drawn.control
    empty: tuple[float | None, ...] = ()
    return {
        "measure": tracked.measure.slug,
        "periods": [period.start.isoformat() for period in drawn.series],
        "values": list(drawn.run.values),
        "median": list(drawn.run.centre),
        "control_chart": control.chart.value if control else None,
        "centre": list(control.centre if control else empty),
        "lower": list(control.lower if control else empty),
        "upper": list(control.upper if control else empty),
        "run_signals": _signals(drawn.run.signals, drawn.labels),
        "control_signals": _signals(control.signals if control else (), drawn.labels),
        "phases": [
            {"start": drawn.labels[p.start], "label": p.label, "median": p.median}
            for p in drawn.run.phases
        ],
        "marks": drawn.notes,
        "findings": charts.run_findings(drawn) + charts.control_findings(drawn),
    }


def _readings(team: Team, posted: list[ReadingIn], tracked: dict[str, Measure]) -> list[Reading]:
    groups = services.groups_named(team)
    readings, errors = [], []
    for number, item in enumerate(posted, start=1):
        measure = tracked.get(item.measure)
        unknown = [name for name in item.groups if name not in groups]
        if measure is None:
            errors.append(f"Reading {number}: the team does not track a measure “{item.measure}”.")
            continue
        if unknown:
            errors.append(f"Reading {number}: there is no group “{unknown[0]}”.")
            continue
        strata = {groups[name]: Figures(**figures.dict()) for name, figures in item.groups.items()}
        figures = Figures(value=item.value, numerator=item.numerator, denominator=item.denominator)
        readings.append(Reading(measure, item.period, figures, strata, where=f"Reading {number}"))
    if errors:
        raise ValidationError(errors)
    return readings


@router.post(
    "/teams/{slug:team}/entries/",
    response={201: list[EntryOut], 400: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=WRITE_AUTH,
    summary="Submit a team's figures",
)
def submit_entries(request: HttpRequest, team: str, readings: list[ReadingIn]) -> Status:
    """Store the team's figures as drafts (the team's lead or data lead):
    all of them, or none with a message for each that is wrong."""
    seen = _team(request, team)
    measures = {m.slug: m for m in permissions.tracked_measures.measures_of(request.user, seen)}
    try:
        stored = services.record(signed_in(request), seen, _readings(seen, readings, measures))
    except PermissionDenied as refused:
        return Status(403, {"detail": str(refused)})
    except ValidationError as error:
        return Status(400, {"detail": error.messages})
    return Status(201, stored)


# --- Added up: a network's figures and the public profiles ----------------------------


class ShownOut(Schema):
    """A figure as it may be shown beyond the team: hidden ones are null
    and named in `hidden`."""

    numerator: float | None
    denominator: float | None
    value: float | None  # in displayed units (percent, per 1,000...)
    hidden: list[str]


class LineOut(ShownOut):
    group: str
    name: str


class ProfileOut(Schema):
    measure: str
    start: date
    end: date
    teams: int
    total: ShownOut
    counties: list[LineOut]
    groups: list[LineOut]


class TotalOut(ShownOut):
    period: date
    teams: int


class StandingOut(Schema):
    name: str
    named: bool
    value: float | None


class BenchmarkOut(Schema):
    start: date
    end: date
    median: float | None
    top_quartile: float | None
    hidden_teams: int
    teams: list[StandingOut]


class NetworkFiguresOut(Schema):
    measure: str
    network: str
    totals: list[TotalOut]
    aims_met: int
    aims_moving: int
    aims_not_yet: int
    benchmark: BenchmarkOut | None


def _shown(measure: Measure, shown: Shown) -> dict[str, object]:
    value = measure.shown(shown.rate) if measure.has_denominator else shown.numerator
    return {
        "numerator": shown.numerator,
        "denominator": shown.denominator,
        "value": value,
        "hidden": sorted(shown.hidden),
    }


def _line(measure: Measure, line: rollups.Line) -> dict[str, object]:
    return {"group": line.key, "name": line.name, **_shown(measure, line.shown)}


@router.get(
    "/places/{slug:state}/",
    response=list[ProfileOut],
    auth=READ_AUTH,
    summary="A state's equity data profile",
)
def api_state_profile(request: HttpRequest, state: str) -> list[dict[str, object]]:
    """The published measures of a state's teams over their latest year, in
    total, by county and by race and ethnicity, with small numbers hidden
    exactly as on the page."""
    _found, profiles = places.state_and_profiles(state)
    return [
        {
            "measure": profile.measure.slug,
            "start": profile.window.start,
            "end": profile.window.end,
            "teams": profile.teams,
            "total": _shown(profile.measure, profile.figures.total),
            "counties": [_line(profile.measure, line) for line in profile.counties],
            "groups": [_line(profile.measure, line) for line in profile.groups],
        }
        for profile in profiles
    ]


@router.get(
    "/measures/{slug:measure}/networks/{slug:network}/",
    response=NetworkFiguresOut,
    auth=READ_AUTH,
    summary="A network's totals, aims and benchmark for one measure",
)
def api_network_figures(request: HttpRequest, measure: str, network: str) -> dict[str, object]:
    """For the network's members and coaches: totals by period, aims met,
    and each team against the network, de-identified as on the page."""
    if not request.user.is_authenticated:
        raise HttpError(401, "Sign in or send a token.")
    found, place = figures.network_measure(request, measure, network)
    teams = rollups.network_teams(place)
    aims = rollups.aims(found, teams)
    benchmark = rollups.benchmark(found, place, permissions.named_teams(request.user))
    return {
        "measure": found.slug,
        "network": place.slug,
        "totals": [
            {"period": t.period, "teams": t.teams, **_shown(found, t.shown)}
            for t in rollups.totals(found, teams)
        ],
        "aims_met": aims.met,
        "aims_moving": aims.moving,
        "aims_not_yet": aims.not_yet,
        "benchmark": _benchmark(benchmark) if benchmark else None,
    }


def _benchmark(found: rollups.Benchmark) -> dict[str, object]:
    return {
        "start": found.window.start,
        "end": found.window.end,
        "median": found.median,
        "top_quartile": found.top_quartile,
        "hidden_teams": found.hidden,
        "teams": [{"name": t.name, "named": t.named, "value": t.rate} for t in found.teams],
    }
