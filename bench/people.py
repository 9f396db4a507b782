"""The members directory (/people/) at 70,000 accounts: p95 of the whole page
as a signed-in member opens it, unfiltered, searched by name and filtered,
against `/alive` in the same run (the machines are shared and noisy:
compare ratios), with each page's number of queries.

    DATABASE_URL=postgres://…/collaboratory_bench_people python manage.py migrate
    DATABASE_URL=… python -m bench.people     # builds the people on first run
    python -m bench.people --quick            # a smoke run on a tiny throwaway site

The first run on an empty database makes 700 teams in the 59 jurisdictions
and six networks, and 70,000 people, one to three teams each, with profiles,
a tenth of them in a site role. `--quick` makes 60 people on 6 teams on its
own SQLite site (bench/throwaway.py): it checks the bench works, its figures
mean nothing.
"""

import argparse
import os
import random
import time

import django

from bench import throwaway
from bench.timing import p95, timed

if throwaway.wanted():
    throwaway.use_throwaway_database()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.settings.dev")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from community.models import (  # noqa: E402
    Jurisdiction,
    LearningNetwork,
    Membership,
    Profile,
    Team,
)
from kernel.roles import SiteRole  # noqa: E402

User = get_user_model()
FULL = {"people": 70_000, "teams": 700}
QUICK = {"people": 60, "teams": 6}
PREFIX = "bench-"  # every row the bench makes is named with it
RUNS = 20
BATCH = 5_000
FIRST = ["Ana", "Rosa", "Tamika", "Sam", "Dana", "Luis", "Mei", "Kofi", "Ines", "Joy"]
LAST = ["Lopez", "Brooks", "Lee", "Okafor", "Nguyen", "Patel", "Smith", "Haddad", "Kim"]


def build(people: int, teams: int) -> None:
    rng = random.Random(7)
    networks = [
        LearningNetwork.objects.get_or_create(
            slug=f"{PREFIX}network-{n}",
            defaults={"name": f"Bench network {n}", "short_aim": "Fewer infant deaths."},
        )[0]
        for n in range(6)
    ]
    places = list(Jurisdiction.objects.all())
    made = Team.objects.bulk_create(
        Team(
            name=f"Bench team {n}",
            slug=f"{PREFIX}team-{n}",
            kind=Team.Kind.HOSPITAL,
            jurisdiction=places[n % len(places)],
        )
        for n in range(teams)
    )
    Team.networks.through.objects.bulk_create(
        Team.networks.through(team_id=team.pk, learningnetwork_id=network.pk)
        for team in made
        for network in rng.sample(networks, rng.randint(1, 3))
    )
    groups = list(Group.objects.filter(name__in=SiteRole.values))
    roles = [Membership.Role.MEMBER] * 6 + list(Membership.Role.values)
    for start in range(0, people, BATCH):
        with transaction.atomic():
            _people(rng, range(start, min(start + BATCH, people)), made, places, groups, roles)


def _people(rng, numbers, teams, places, groups, roles) -> None:
    users = User.objects.bulk_create(
        User(
            username=f"{PREFIX}{n}",
            first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)}{n}",
            password="!",
        )
        for n in numbers
    )
    # bulk_create sends no post_save, so no profile was made with them.
    Profile.objects.bulk_create(
        Profile(
            user=user,
            display_name=f"{user.first_name} {user.last_name}" if rng.random() < 0.7 else "",
            title="Perinatal nurse",
            organisation="A birthing hospital",
            jurisdiction=rng.choice(places) if rng.random() < 0.5 else None,
            bio="Works on safe sleep and breastfeeding at discharge.",
        )
        for user in users
    )
    Membership.objects.bulk_create(
        Membership(user=user, team=team, role=rng.choice(roles))
        for user in users
        for team in rng.sample(teams, rng.randint(1, min(3, len(teams))))
    )
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=rng.choice(groups).pk)
        for user in users
        if rng.random() < 0.1
    )


def measure(client: Client, url: str, runs: int) -> tuple[float, int]:
    reset_queries()  # DEBUG keeps at most 9,000 queries: a full log counts none
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return p95(timed(lambda: client.get(url), runs)), len(captured)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny throwaway site, 2 runs")
    args = parser.parse_args()
    size, runs = (QUICK, 2) if args.quick else (FULL, RUNS)
    if args.quick:
        throwaway.migrate()
    if not Team.objects.filter(slug__startswith=PREFIX).exists():
        print("building {people:,} people on {teams} teams".format(**size))
        start = time.perf_counter()
        build(**size)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh statistics for the planner
        print(f"built in {time.perf_counter() - start:.0f} s")
    viewer = User.objects.filter(username__startswith=PREFIX).earliest("pk")
    team = Team.objects.filter(slug__startswith=PREFIX).earliest("pk")
    network = team.networks.earliest("pk")
    print(
        f"database: {connection.vendor}, active accounts: "
        f"{User.objects.filter(is_active=True).count():,}\n"
    )
    client = Client(SERVER_NAME="localhost")
    client.force_login(viewer)
    alive = p95(timed(lambda: client.get("/alive"), runs))
    pages = [
        ("everyone, first page", "/people/"),
        ("everyone, page 100", "/people/?page=100"),
        ("a name", "/people/?q=tamika"),
        ("first and last name", "/people/?q=ana+lopez1"),
        ("a role", "/people/?role=data_lead"),
        ("a site role", f"/people/?role={SiteRole.FACULTY.value}"),
        ("a team", f"/people/?team={team.slug}"),
        ("a state", f"/people/?state={team.jurisdiction.slug}"),
        ("a network", f"/people/?network={network.slug}"),
        ("all filters", f"/people/?q=ana&role=member&state=ohio&network={network.slug}"),
    ]
    print(f"`/alive` p95: {alive:.1f} ms\n")
    print("| page | p95 (ms) | queries |")
    print("|---|---:|---:|")
    for name, url in pages:
        ms, queries = measure(client, url, runs)
        print(f"| {name} | {ms:.0f} | {queries} |")


if __name__ == "__main__":
    main()
