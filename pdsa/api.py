"""/api/pdsa/: the PDSA cycles a person may see, for scripts with a personal
API token, through the same cycle policy as the pages (a cycle kept to its
team is found by its team and coaches only)."""

from datetime import date

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.security import SessionAuth

from kernel.api_auth import ThrottledBearerAuth
from pdsa import queries
from pdsa.models import Cycle

router = Router(tags=["pdsa"])
AUTH = [ThrottledBearerAuth(), SessionAuth(csrf=False)]
MOST = 200


class CycleOut(Schema):
    id: int
    title: str
    team: str
    change_idea: str | None
    own_idea: str
    follows: int | None
    question: str
    prediction: str
    starts_on: date
    ends_on: date | None
    what_happened: str
    study: str
    decision: str
    stage: str
    sharing: str
    url: str

    @staticmethod
    def resolve_team(cycle: Cycle) -> str:
        return cycle.team.slug

    @staticmethod
    def resolve_change_idea(cycle: Cycle) -> str | None:
        return cycle.change_idea.title if cycle.change_idea is not None else None

    @staticmethod
    def resolve_follows(cycle: Cycle) -> int | None:
        return cycle.follows_id

    @staticmethod
    def resolve_stage(cycle: Cycle) -> str:
        return cycle.stage().value

    @staticmethod
    def resolve_url(cycle: Cycle) -> str:
        return cycle.get_absolute_url()


class CycleFilters(Schema):
    team: str | None = None
    change_idea: int | None = None


@router.get("/cycles/", response=list[CycleOut], auth=AUTH, summary="PDSA cycles you may see")
def list_cycles(request: HttpRequest, filters: Query[CycleFilters]) -> QuerySet[Cycle]:
    """Newest first, at most 200: a team's (`?team=ohio`) or a change idea's
    (`?change_idea=<page id>`)."""
    found = queries.seen_cycles(request.user)
    if filters.team:
        found = found.filter(team__slug=filters.team)
    if filters.change_idea:
        found = found.filter(change_idea=filters.change_idea)
    return found[:MOST]


@router.get("/cycles/{int:pk}/", response=CycleOut, auth=AUTH, summary="One PDSA cycle")
def get_cycle(request: HttpRequest, pk: int) -> Cycle:
    cycle = queries.seen_cycles(request.user).filter(pk=pk).first()
    if cycle is None:
        raise HttpError(404, "No such cycle, or not one you may see.")
    return cycle
