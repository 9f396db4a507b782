"""Team measures at national scale: 500 teams x 60 months x 20 measures x 8
race and ethnicity groups, on PostgreSQL. Each added-up view is measured
against hand-written SQL giving the same figures, in the same run (the
machines are shared and noisy: compare ratios); a team's chart page is
measured whole, as its data lead opens it, against `/alive`.

    DATABASE_URL=postgres://…/collaboratory_bench_measures python manage.py migrate
    DATABASE_URL=… python -m bench.measures     # builds the data on first run
    python -m bench.measures --quick            # a smoke run on a tiny throwaway site

The first run on an empty database generates the teams, measures and
figures (about 600,000 entries and 4.8 million group values) with a
progress bar; later runs reuse them. `--quick` makes its own SQLite site
(bench/throwaway.py) with 6 teams, 24 months and 3 measures: it checks the
bench works, its figures mean nothing.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date

import django

from bench import throwaway
from bench.timing import p95, timed

if throwaway.wanted():
    throwaway.use_throwaway_database()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.settings.dev")
django.setup()
# As the servers do once the application is loaded (collaboratory/asgi.py, wsgi.py).
from kernel import heap  # noqa: E402

heap.settle()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402

from community.models import Jurisdiction, LearningNetwork, Membership, Team  # noqa: E402
from measures import periods, rollups  # noqa: E402
from measures.models import (  # noqa: E402
    DataType,
    Direction,
    Entry,
    Measure,
    MeasureKind,
    StratumCategory,
    StratumValue,
    TrackedMeasure,
)

FULL = {"teams": 500, "months": 60, "measures": 20}
QUICK = {"teams": 6, "months": 24, "measures": 3}
GROUPS = 8
NETWORKS = 6
PREFIX = "bench-"  # every row the bench makes is named with it
RUNS = 20


# --- Building the data --------------------------------------------------------------


def progress(done: int, total: int, what: str) -> None:
    width = 40
    filled = int(width * done / max(total, 1))
    bar = "#" * filled + "." * (width - filled)
    sys.stderr.write(f"\r  [{bar}] {100 * done // max(total, 1):3d}% {what}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def build(teams: int, months: int, measures: int) -> None:
    """Networks, teams, measures and every team's figures, reviewed; one
    data lead on the first team."""
    rng = random.Random(17)
    networks = [
        LearningNetwork.objects.create(
            slug=f"{PREFIX}net-{n}", name=f"Bench network {n}", short_aim="Bench"
        )
        for n in range(NETWORKS)
    ]
    states = list(Jurisdiction.objects.order_by("pk"))
    made_teams = Team.objects.bulk_create(
        Team(
            name=f"Bench team {n}",
            slug=f"{PREFIX}team-{n}",
            kind=Team.Kind.HOSPITAL,
            jurisdiction=states[n % len(states)],
        )
        for n in range(teams)
    )
    through = Team.networks.through
    through.objects.bulk_create(
        through(team_id=team.pk, learningnetwork_id=networks[(i + k) % NETWORKS].pk)
        for i, team in enumerate(made_teams)
        for k in range(1 + i % 2)
    )
    made_measures = Measure.objects.bulk_create(
        Measure(
            name=f"Bench measure {n}",
            slug=f"{PREFIX}measure-{n}",
            definition="A bench measure.",
            kind=MeasureKind.PROCESS,
            data_type=DataType.PROPORTION,
            numerator="Counted",
            denominator="Out of",
            multiplier=100,
            direction=Direction.UP,
            dimensions=["race"],
            strata_add_up=True,
            data_published=True,
        )
        for n in range(measures)
    )
    for n, measure in enumerate(made_measures):
        measure.networks.set([networks[n % NETWORKS], networks[(n + 1) % NETWORKS]])
    TrackedMeasure.objects.bulk_create(
        TrackedMeasure(team=team, measure=measure, aim_percent=10, baseline_end=date(2021, 12, 1))
        for team in made_teams
        for measure in made_measures
    )
    groups = list(StratumCategory.objects.filter(dimension="race", jurisdiction=None))[:GROUPS]
    last = periods.shifted(periods.current(), -1)
    months_list = [periods.shifted(last, i - months + 1) for i in range(months)]
    for done, team in enumerate(made_teams, start=1):
        _team_figures(rng, team, made_measures, months_list, groups)
        progress(done, len(made_teams), f"teams ({done * measures * months:,} entries)")
    lead = get_user_model().objects.create_user(username=f"{PREFIX}lead")
    Membership.objects.create(user=lead, team=made_teams[0], role=Membership.Role.DATA_LEAD)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _team_figures(rng, team, measures, months, groups) -> None:
    entries, strata = [], []
    for measure in measures:
        level = rng.uniform(0.4, 0.9)
        for period in months:
            parts = []
            for _group in groups:
                born = rng.randint(2, 40)
                parts.append((round(born * min(level + rng.gauss(0, 0.05), 1.0)), born))
            entry = Entry(
                team=team,
                measure=measure,
                period=period,
                numerator=sum(max(n, 0) for n, _ in parts),
                denominator=sum(d for _, d in parts),
                status=Entry.Status.REVIEWED,
            )
            entries.append(entry)
            strata.append(parts)
    Entry.objects.bulk_create(entries, batch_size=2000)
    StratumValue.objects.bulk_create(
        (
            StratumValue(entry=entry, category=group, numerator=max(n, 0), denominator=d)
            for entry, parts in zip(entries, strata, strict=True)
            for group, (n, d) in zip(groups, parts, strict=True)
        ),
        batch_size=5000,
    )


# --- Measuring ----------------------------------------------------------------------


def sql(statement: str, params: list) -> list:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


COUNTED = ("submitted", "reviewed")
IN_NETWORK = "e.team_id IN (SELECT team_id FROM core_team_networks WHERE learningnetwork_id = %s)"


def hand_rollup(measure: Measure, network: LearningNetwork) -> list:
    return sql(
        "SELECT e.period, count(DISTINCT e.team_id), sum(e.numerator), sum(e.denominator) "
        f"FROM measures_entry e WHERE e.measure_id = %s AND e.status IN (%s, %s) AND {IN_NETWORK} "
        "GROUP BY e.period ORDER BY e.period",
        [measure.pk, *COUNTED, network.pk],
    )


def _day(value) -> date:
    """A date as the database gives it (SQLite: a string)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def hand_benchmark(measure: Measure, network: LearningNetwork) -> list:
    ((end,),) = sql(
        f"SELECT max(e.period) FROM measures_entry e WHERE e.measure_id = %s "
        f"AND e.status IN (%s, %s) AND {IN_NETWORK}",
        [measure.pk, *COUNTED, network.pk],
    )
    return sql(
        "SELECT e.team_id, t.name, t.slug, sum(e.numerator), sum(e.denominator) "
        "FROM measures_entry e JOIN core_team t ON t.id = e.team_id "
        f"WHERE e.measure_id = %s AND e.status IN (%s, %s) AND {IN_NETWORK} "
        "AND e.period > %s AND e.period <= %s GROUP BY e.team_id, t.name, t.slug",
        [measure.pk, *COUNTED, network.pk, periods.shifted(_day(end), -12), end],
    )


def hand_profile(measure: Measure, state: Jurisdiction) -> list:
    ((end,),) = sql(
        "SELECT max(e.period) FROM measures_entry e JOIN core_team t ON t.id = e.team_id "
        "WHERE e.measure_id = %s AND e.status IN (%s, %s) AND t.jurisdiction_id = %s",
        [measure.pk, *COUNTED, state.pk],
    )
    window = [periods.shifted(_day(end), -12), end]
    where = (
        "FROM measures_entry e JOIN core_team t ON t.id = e.team_id WHERE e.measure_id = %s "
        "AND e.status IN (%s, %s) AND t.jurisdiction_id = %s AND e.period > %s AND e.period <= %s"
    )
    params = [measure.pk, *COUNTED, state.pk, *window]
    total = sql(
        f"SELECT count(DISTINCT e.team_id), sum(e.numerator), sum(e.denominator) {where}", params
    )
    groups = sql(
        "SELECT c.dimension, c.slug, c.name, sum(s.numerator), sum(s.denominator) "
        "FROM measures_stratumvalue s JOIN measures_stratumcategory c ON c.id = s.category_id "
        f"WHERE s.entry_id IN (SELECT e.id {where}) GROUP BY c.dimension, c.slug, c.name",
        params,
    )
    return total + groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny throwaway site, 2 runs")
    args = parser.parse_args()
    size, runs = (QUICK, 2) if args.quick else (FULL, RUNS)
    if args.quick:
        throwaway.migrate()
    if not Team.objects.filter(slug__startswith=PREFIX).exists():
        print("building {teams} teams x {months} months x {measures} measures".format(**size))
        start = time.perf_counter()
        build(**size)
        print(f"built in {time.perf_counter() - start:.0f} s")
    print(
        f"database: {connection.vendor}, entries: {Entry.objects.count():,}, "
        f"group values: {StratumValue.objects.count():,}"
    )
    measure = Measure.objects.filter(slug__startswith=PREFIX).earliest("pk")
    network = measure.networks.earliest("pk")
    team = Team.objects.filter(slug__startswith=PREFIX, networks=network).earliest("pk")
    state = team.jurisdiction
    teams_in = rollups.network_teams(network)
    in_state = rollups.state_teams(state).count()
    print(f"network: {teams_in.count()} teams; {state.name}: {in_state} teams\n")
    rows = [
        (
            "network roll-up by period",
            lambda: rollups.totals(measure, teams_in),
            lambda: hand_rollup(measure, network),
        ),
        (
            "benchmark, latest year",
            lambda: rollups.benchmark(measure, network, frozenset({team.pk})),
            lambda: hand_benchmark(measure, network),
        ),
        (
            "state profile by group",
            lambda: rollups.profile(measure, state),
            lambda: hand_profile(measure, state),
        ),
    ]
    print("| view | p95 (ms) | hand-written SQL p95 (ms) | × SQL |")
    print("|---|---:|---:|---:|")
    for label, ours, hand in rows:
        mine, theirs = p95(timed(ours, runs)), p95(timed(hand, runs))
        print(f"| {label} | {mine:.1f} | {theirs:.1f} | {mine / theirs:.2f} |")
    client = Client(SERVER_NAME="localhost")
    lead = Membership.objects.filter(team__slug__startswith=PREFIX).earliest("pk").user
    client.force_login(lead)
    lead_team = Team.objects.get(memberships__user=lead)
    chart = reverse("measures:chart", args=[lead_team.slug, measure.slug])
    assert client.get(chart).status_code == 200, chart
    alive = p95(timed(lambda: client.get("/alive"), runs))
    print(f"\n`/alive` p95 {alive:.1f} ms")
    print("\n| a team's chart page | p50 (ms) | p95 (ms) | × `/alive` |")
    print("|---|---:|---:|---:|")
    # Kept: as most views find it. Drawn: the first view after the team's
    # figures, marks or settings change (measures/team_chart.py).
    for label, seconds in (("kept", settings.FRAGMENT_CACHE_SECONDS), ("drawn afresh", 0)):
        with override_settings(FRAGMENT_CACHE_SECONDS=seconds):
            samples = timed(lambda: client.get(chart), runs * 3)
        page = p95(samples)
        print(f"| {label} | {statistics.median(samples):.0f} | {page:.0f} | {page / alive:.0f} |")


if __name__ == "__main__":
    main()
