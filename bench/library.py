"""Library listing at scale: p95 of filtered listings with facet counts and
of keyword queries, against a raw SQL query of the newest page measured in
the same run (the machines are shared and noisy: compare ratios).

    DATABASE_URL=postgres://…/collaboratory_bench python manage.py migrate
    DATABASE_URL=… python manage.py seed_demo
    DATABASE_URL=… python manage.py generate_corpus --resources 140000 --users 7000
    DATABASE_URL=… python -m bench.library
    python -m bench.library --quick   # a smoke run on a tiny throwaway library

Without DATABASE_URL it reads the development database (db.sqlite3).
`--quick` makes its own (bench/throwaway.py) and measures one listing and one
keyword query twice: it checks the bench works, its figures mean nothing.
"""

import argparse
import os

import django

from bench import throwaway
from bench.timing import p95, timed

if throwaway.wanted():
    throwaway.use_throwaway_database()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.settings.dev")
django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from community.models import Membership  # noqa: E402
from resources.filters import resource_listing  # noqa: E402
from resources.models import Resource  # noqa: E402

RUNS = 12
LISTINGS = [
    "",
    "network=safe-sleep",
    "network=safe-sleep&jurisdiction=ohio",
    "kind=protocol&year=2022",
    "region=4&audience=clinicians&language=es",
    "topic=safe-sleep&network=safe-sleep&page=50",
]
KEYWORDS = ["q=bassinet", "q=quitline referral", "q=run chart&network=safe-sleep", "q=hemorrhage"]


def listing(user, query: str):
    def run():
        result = resource_listing(user, QueryDict(query))
        list(result["resources"])  # evaluate the page
        return result

    return run


def raw_newest_page():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, title FROM resources_resource WHERE live AND NOT withdrawn "
            "ORDER BY created_at DESC, id DESC LIMIT 20"
        )
        cursor.fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny throwaway library, 2 runs")
    args = parser.parse_args()
    runs, listings, keywords = RUNS, LISTINGS, KEYWORDS
    if args.quick:
        throwaway.build_tiny_library()
        runs, listings, keywords = 2, LISTINGS[:1], KEYWORDS[:1]
    print(f"database: {connection.vendor}, resources: {Resource.objects.count():,}")
    member = Membership.objects.select_related("user").order_by("pk").first().user
    baseline = p95(timed(raw_newest_page, runs))
    print(f"baseline (raw SQL, newest 20): p95 {baseline:.1f} ms\n")
    print("| query | viewer | cold p95 (ms) | × baseline | warm p95 (ms) | × baseline | queries |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for label, queries in (("listing", listings), ("keyword", keywords)):
        for query in queries:
            for name, user in (("visitor", AnonymousUser()), ("member", member)):
                # Cold: the facet counts computed every time. Warm: the same
                # listing again within the counts' cache lifetime (paging,
                # going back, the next visitor with the same filters).
                with override_settings(LIBRARY_FACET_CACHE_SECONDS=0):
                    cold = p95(timed(listing(user, query), runs))
                    with CaptureQueriesContext(connection) as captured:
                        listing(user, query)()
                with override_settings(LIBRARY_FACET_CACHE_SECONDS=300):
                    warm = p95(timed(listing(user, query), runs))
                print(
                    f"| {label} `{query or '(none)'}` | {name} | {cold:.0f} | "
                    f"{cold / baseline:.0f} | {warm:.0f} | {warm / baseline:.1f} | "
                    f"{len(captured)} |"
                )


if __name__ == "__main__":
    main()
