"""The demo's PDSA cycles (pdsa/demo_data/cycles.yaml): Ohio's ramp of three
cycles on a hard-stop policy for early elective deliveries, shared with its
networks and marked on its chart; its crib audit huddle ramp, kept to the
team; and cycles of the same idea by Louisiana (shared) and Lake Erie
Regional (kept to itself). Safe to run again: a cycle already there is kept."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model

from community.models import Membership, Team
from kernel import demo_loader
from kernel.standing import Account
from measures.demo import demo_months
from measures.models import TrackedMeasure
from pdsa import services
from pdsa.models import Cycle
from pdsa.services import CycleDetails
from toolkit.models import ChangeIdeaPage


def _recorder(team: Team, username: str | None) -> Account:
    people = get_user_model().objects
    if username and (named := people.filter(username=username).first()):
        return named
    member = Membership.objects.filter(team=team).order_by("role", "pk").first()
    return member.user if member else people.get(username="admin")


def _ramp(row: dict, months: list) -> int:
    team = Team.objects.filter(slug=row["team"]).first()
    idea = ChangeIdeaPage.objects.filter(slug=row["change_idea"]).first()
    if team is None or idea is None:
        return 0
    recorder = _recorder(team, row.get("recorder"))
    measure = TrackedMeasure.objects.filter(team=team, measure__slug=row.get("measure")).first()
    made, follows = 0, None
    for spec in row["cycles"]:
        cycle = Cycle.objects.filter(team=team, title=spec["title"]).first()
        if cycle is None:
            cycle = services.record_cycle(
                recorder, team, _details(spec, idea, follows, measure, months)
            )
            services.share_cycle(recorder, cycle, row["sharing"])
            made += 1
        follows = cycle
    return made


def _details(spec: dict, idea, follows, measure, months) -> CycleDetails:
    starts = months[spec["month"]] + timedelta(days=2)
    return CycleDetails(
        title=spec["title"],
        change_idea=idea,
        follows=follows,
        measure=measure,
        question=spec["question"],
        prediction=spec.get("prediction", ""),
        plan_who=spec.get("who", ""),
        plan_what=spec.get("what", ""),
        plan_where=spec.get("where", ""),
        plan_data=spec.get("data", ""),
        starts_on=starts,
        ends_on=starts + timedelta(days=spec["days"]),
        what_happened=spec.get("happened", ""),
        study=spec.get("study", ""),
        decision=spec.get("decision", ""),
    )


def seed(rng: random.Random, out) -> None:
    months = demo_months()
    made = sum(_ramp(row, months) for row in demo_loader.load("pdsa", "cycles"))
    out(f"  pdsa: {made} new PDSA cycles")
