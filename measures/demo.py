"""Demo measures: the dictionary for the six networks (measures.yaml), and
three years of monthly illustrative data for the demo teams that track them
(tracking.yaml), entered through the same service as a data lead's, with a
shift after a change and, by race, a gap that narrows. Every figure is
illustrative and says so."""

import random
from collections import Counter
from datetime import date

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from community.models import Jurisdiction, LearningNetwork, Membership, Team
from kernel import demo_loader
from measures import periods, services
from measures.models import Entry, Measure, StratumCategory, TrackedMeasure
from measures.models.dictionary import Dimension
from measures.services import Figures, Reading

MONTHS = 36
NOTE = "Illustrative demo figures, not real data."
# Shares of births by group for the measures broken down by race.
RACE_SHARES = {"black": 0.3, "white": 0.55, "hispanic-latino": 0.15}


def demo_months() -> list[date]:
    """The 36 months ending with last month."""
    this_month = periods.current()
    return [periods.shifted(this_month, i - MONTHS) for i in range(MONTHS)]


def _measure(row: dict) -> Measure:
    fields = {key: row[key] for key in row if key not in ("slug", "networks", "change_ideas")}
    measure, _ = Measure.objects.update_or_create(slug=row["slug"], defaults=fields)
    measure.networks.set(LearningNetwork.objects.filter(slug__in=row.get("networks", [])))
    # Change ideas by title, looked up by label: the measures import no toolkit.
    ideas = apps.get_model("toolkit", "ChangeIdeaPage")._default_manager
    measure.change_ideas.set(ideas.filter(title__in=row.get("change_ideas", [])))
    return measure


def _binomial(rng: random.Random, size: int, share: float) -> int:
    share = min(max(share, 0.0), 1.0)
    return sum(rng.random() < share for _ in range(size))


class Story:
    """One team's illustrative series for one measure."""

    def __init__(self, rng: random.Random, row: dict, measure: Measure) -> None:
        self.rng, self.row, self.measure = rng, row, measure
        self.change = row.get("change_month", MONTHS + 1)

    def level(self, month: int) -> float:
        row = self.row
        return row["after"] if month >= self.change else row["level"]

    def reading(self, month: int, period: date, groups: dict[str, StratumCategory]) -> Reading:
        measure, size = self.measure, self.row.get("size", 100)
        if not measure.has_denominator:
            value = max(0, round(self.rng.gauss(self.level(month), self.level(month) * 0.12)))
            return Reading(measure, period, Figures(value=value))
        share = self.level(month) / measure.multiplier
        breakdowns = self.row.get("by") or (["race"] if self.row.get("gap") else [])
        if not breakdowns:
            numerator = _binomial(self.rng, size, share)
            return Reading(measure, period, Figures(numerator=numerator, denominator=size))
        tally, hits = self.births(month, size, share, breakdowns, groups)
        strata = {groups[key]: Figures(numerator=n, denominator=d) for key, (n, d) in tally.items()}
        return Reading(measure, period, Figures(numerator=hits, denominator=size), strata)

    def gap(self, month: int) -> float:
        """How far below the team's rate Black families are this month."""
        start, end = self.row.get("gap", [0, 0])
        progress = min(max((month - self.change) / 12, 0), 1) if month >= self.change else 0
        return (start + (end - start) * progress) / self.measure.multiplier

    def births(
        self,
        month: int,
        size: int,
        share: float,
        breakdowns: list[str],
        groups: dict[str, StratumCategory],
    ) -> tuple[dict[str, tuple[int, int]], int]:
        """One month's births, each given a race and a county and counted
        or not (the groups' figures add up to the total by construction),
        and how many were counted."""
        counties = [key for key in groups if key.startswith("county/")]
        weights = [COUNTY_SHARES.get(key, 1.0) for key in counties]
        gap = self.gap(month)
        counted: Counter[str] = Counter()
        born: Counter[str] = Counter()
        hits = 0
        for _ in range(size):
            race = self.rng.choices(list(RACE_SHARES), weights=list(RACE_SHARES.values()))[0]
            rate = share - gap * 0.7 if race == "black" else share + gap * 0.3
            hit = self.rng.random() < min(max(rate, 0.0), 1.0)
            hits += hit
            keys = [f"race/{race}"] if "race" in breakdowns else []
            if "county" in breakdowns and counties:
                keys.append(self.rng.choices(counties, weights=weights)[0])
            for key in keys:
                born[key] += 1
                counted[key] += hit
        return {key: (counted[key], born[key]) for key in born}, hits


COUNTY_SHARES: dict[str, float] = {}  # "county/pemiscot" -> share of births, from counties.yaml


def _counties() -> None:
    """The counties of counties.yaml, as groups of their states."""
    for code, rows in demo_loader.load("measures", "counties").items():
        state = Jurisdiction.objects.get(postal_code=code)
        for order, (name, share) in enumerate(rows):
            slug = slugify(name)
            StratumCategory.objects.update_or_create(
                dimension=Dimension.COUNTY,
                jurisdiction=state,
                slug=slug,
                defaults={"name": f"{name} County", "sort_order": order},
            )
            COUNTY_SHARES[f"county/{slug}"] = share


def _recorder(team: Team):
    membership = (
        Membership.objects.filter(team=team, role__in=Membership.DATA_ROLES)
        .select_related("user")
        .order_by("role")
        .first()
    )
    return membership.user if membership else get_user_model().objects.get(username="admin")


def _track(rng: random.Random, row: dict, measure: Measure, months: list[date]) -> int:
    """The number of entries made (none on a second run)."""
    team = Team.objects.filter(slug=row["team"]).first()
    if team is None:
        return 0
    baseline = row.get("baseline_months")
    tracked, _ = TrackedMeasure.objects.update_or_create(
        team=team,
        measure=measure,
        defaults={
            "aim_percent": row.get("aim_percent"),
            "baseline_start": months[0] if baseline else None,
            "baseline_end": months[baseline - 1] if baseline else None,
        },
    )
    if Entry.objects.filter(team=team, measure=measure).exists():
        return 0
    groups = services.groups_named(team)
    story = Story(rng, row, measure)
    readings = [story.reading(i, period, groups) for i, period in enumerate(months)]
    recorder = _recorder(team)
    entries = services.record(recorder, team, readings)
    Entry.objects.filter(pk__in=[e.pk for e in entries]).update(
        note=NOTE, status=Entry.Status.REVIEWED
    )
    Entry.objects.filter(pk=entries[-1].pk).update(status=Entry.Status.SUBMITTED)
    for month, kind, words in row.get("marks", []):
        new_phase = kind == "change" and month == row.get("change_month")
        services.annotate(recorder, tracked, months[month], kind, words, new_phase=new_phase)
    return len(entries)


def seed(rng: random.Random, out) -> None:
    _counties()
    measures = {row["slug"]: _measure(row) for row in demo_loader.load("measures", "measures")}
    months = demo_months()
    made = sum(
        _track(rng, row, measures[row["measure"]], months)
        for row in demo_loader.load("measures", "tracking")
    )
    out(f"  measures: {len(measures)} measures, {made} new monthly values")
