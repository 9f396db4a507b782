"""The demo's benchmark checklists (checklists/demo_data/checklists.yaml):
the Ten Steps for seven hospitals and the task force benchmarks for the
Michigan task forces, each team's progress dated over the past year with
its history. Safe to run again: a checklist already there is kept."""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from checklists.models import Checklist, ChecklistItem, Progress, ProgressChange, Status
from community.models import LearningNetwork, Membership, Team
from kernel import demo_loader
from resources.models import Resource


def _checklist(row: dict) -> Checklist | None:
    if Checklist.objects.filter(slug=row["slug"]).exists():
        return None
    checklist = Checklist.objects.create(
        slug=row["slug"],
        name=row["name"],
        network=LearningNetwork.objects.get(slug=row["network"]),
        description=row["description"],
    )
    for order, (group, text, guidance) in enumerate(row["items"]):
        ChecklistItem.objects.create(
            checklist=checklist, sort_order=order, group=group, text=text, guidance=guidance
        )
    return checklist


def _progress(rng: random.Random, checklist: Checklist, row: dict, slug: str) -> None:
    met, going = row["teams"][slug]
    team = Team.objects.filter(slug=slug).first()
    if team is None:
        return
    recorder = Membership.objects.filter(team=team).order_by("role", "pk").first()
    # Evidence only where the team shared something that fits the checklist.
    fitting = Resource.objects.filter(team=team, live=True, title__icontains=row["evidence_words"])
    evidence = fitting.first()
    today = timezone.localdate()
    for n, item in enumerate(checklist.items.order_by("sort_order")):
        if n >= met + going:
            break
        started = today - timedelta(days=rng.randint(200, 360))
        steps = [(Status.IN_PROGRESS, started)]
        if n < met:
            steps.append((Status.MET, started + timedelta(days=rng.randint(30, 150))))
        status, since = steps[-1]
        progress = Progress.objects.create(
            team=team,
            item=item,
            status=status,
            since=since,
            evidence=evidence if status == Status.MET and n == 0 else None,
            updated_by=recorder.user if recorder else None,
        )
        for step_status, step_since in steps:
            change = ProgressChange.objects.create(
                progress=progress,
                status=step_status,
                since=step_since,
                changed_by=progress.updated_by,
            )
            # Recorded on the day it happened, as the team would have.
            at = timezone.make_aware(datetime.combine(step_since, time(12)))
            ProgressChange.objects.filter(pk=change.pk).update(changed_at=at)


def seed(rng: random.Random, out) -> None:
    made = 0
    for row in demo_loader.load("checklists", "checklists"):
        checklist = _checklist(row)
        if checklist is None:
            continue
        made += 1
        for slug in row["teams"]:
            _progress(rng, checklist, row, slug)
    out(f"  checklists: {made} new benchmark checklists")
