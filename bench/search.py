"""Site search at scale: p50 and p95 of a mix of queries run through
`search.results.find` (the whole page: hits with snippets, facet counts,
pinned results, "did you mean") for a visitor and for a team member, against
the SQL a developer would write by hand for the same page, run through a
raw psycopg connection in the same run (the machines are shared and noisy:
compare ratios).

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/collaboratory_bench_search
    python manage.py migrate && python manage.py seed_demo
    python manage.py generate_corpus --resources 140000 --users 7000 --seed 1
    python manage.py generate_search_corpus --webinars 300 --moments 40 --messages 60000
    python manage.py search_index
    psql "$DATABASE_URL" -c "VACUUM (FULL, ANALYZE) search_searchdocument"
    python -m bench.search                       # the table
    python -m bench.search --raw-whole           # the hand-written page reads every match
    python -m bench.search --explain "q=sleep"   # EXPLAIN (ANALYZE, BUFFERS) of its SQL
    python -m bench.search --quick               # a smoke run on a tiny throwaway library
    python -m bench.search --cluster             # PostgreSQL against an OpenSearch node
    python -m bench.search --cluster --quick     # the same on the tiny throwaway library

`--cluster` starts a one-node OpenSearch 2.19 cluster (tests/search/cluster.py;
OPENSEARCH_HEAP, 1g here by default, sizes its heap), or uses the one
SEARCH_URL names; times a full rebuild of a fresh index from the stored
documents; then runs the same mix through `find` on PostgreSQL and on the
cluster, in turns, and compares their p95s.

Without DATABASE_URL it reads the development database (db.sqlite3), where
the hand-written baseline cannot run. `--quick` makes a database of its own
(bench/throwaway.py, SQLite) and runs our half only, one query for both
viewers: it checks the bench works, its figures mean nothing.

The rebuild writes every row twice (inserted, then its vectors filled), and
autovacuum is off on the project's machines: vacuum before measuring, or
half the table is dead rows.

The hand-written page is two statements: one that matches with
`websearch_to_tsquery`, filters on the access and facet arrays, counts the
matches and the facet values and returns the 20 best by `ts_rank_cd`; and
one that draws `ts_headline` snippets for those 20. Like ours, it reads the
matches up to the count cap (SEARCH_COUNT_CAP, 10,000) and no further: past
it, it counts and ranks the first matches only (ours adds every title hit).

`cold p50` times a filtered search with no facet counts kept (the stored
documents' version moved on before each of 5 runs); the timed runs find
them kept, as a person who has just run the search one filter fewer does. It is given the same
words as ours after synonym expansion ("SIDS" becomes `sids or suid or
"safe sleep" or …`), so both find the same documents (the `matches` column
shows both totals). A query with fewer than 3 matches also looks up the
closest known word by trigram and counts the respelled query, as ours does.
"""

import argparse
import copy
import logging
import os
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import django

from bench import throwaway
from bench.timing import p95

if throwaway.wanted():
    throwaway.use_throwaway_database()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.settings.dev")
django.setup()

import psycopg  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from search import kept  # noqa: E402
from search import results as results_module  # noqa: E402
from search.access import viewer_keys  # noqa: E402
from search.backends import database_backend  # noqa: E402
from search.backends.base import SearchBackend, count_cap, facet_key  # noqa: E402
from search.backends.postgres import HEADLINE  # noqa: E402
from search.models import SearchDocument  # noqa: E402
from search.query import ParsedQuery, parse  # noqa: E402
from search.results import find, read_filters  # noqa: E402

RUNS = 20
# What the hand-written page counts up to: the site's cap, or (`--raw-whole`,
# as measured before 2026-12-07) every match.
RAW_CAP = count_cap()
TARGET_MS = 150
TARGET_RATIO = 1.5
CLUSTER_TARGET_MS = 50  # the cluster's whole-mix p95, on one node
MEMBER = "ohio.member"  # a member of the Ohio State Team: reads six spaces
YEAR = timezone.localdate().year - 2
QUERIES = [
    ("one word", "q=sleep"),
    ("one word", "q=hemorrhage"),
    ("one word", "q=doula"),
    ("two words", "q=safe sleep"),
    ("two words", "q=quitline referral"),
    ("phrase", 'q="early elective delivery"'),
    ("facets", "q=breastfeeding&type=resource&network=safe-sleep"),
    ("facets", "q=postpartum&jurisdiction=ohio"),
    ("facets", f"q=safe sleep&year={YEAR}"),
    ("synonym", "q=SIDS"),
    ("misspelt", "q=hemorrage"),
]

RAW_PAGE = """
    WITH q AS (SELECT websearch_to_tsquery('english', %(q)s) AS query),
    matched AS (
        SELECT d.id, d.search_vector, string_to_array(btrim(d.facets), ' ') AS f
        FROM search_searchdocument d, q
        WHERE d.search_vector @@ q.query
          AND string_to_array(btrim(d.access), ' ') && %(access)s::text[]
          AND string_to_array(btrim(d.facets), ' ') @> %(filters)s::text[]
        LIMIT %(cap)s + 1
    )
    SELECT 'total', NULL, count(*), NULL::real FROM matched
    UNION ALL
    SELECT 'facet', k, count(*), NULL FROM matched, unnest(f) AS k GROUP BY k
    UNION ALL (
        SELECT 'hit', m.id::text, NULL, ts_rank_cd(m.search_vector, q.query) AS score
        FROM matched m, q ORDER BY score DESC, m.id LIMIT %(limit)s
    )
"""
RAW_SNIPPETS = """
    SELECT d.id, d.key, d.kind, d.heading, d.context, d.url, d.date,
           ts_headline('english', left(d.text, 20000),
                       websearch_to_tsquery('english', %(q)s), %(options)s)
    FROM search_searchdocument d WHERE d.id = ANY(%(ids)s)
"""
RAW_CLOSEST = """
    SELECT word FROM search_searchterm WHERE word %% %(word)s
    ORDER BY similarity(word, %(word)s) DESC, documents DESC LIMIT 1
"""


def p50(samples: list[float]) -> float:
    return statistics.median(samples)


def websearch(parsed: ParsedQuery) -> str:
    """The parsed query (synonyms expanded) in websearch_to_tsquery's syntax.
    That syntax has no parentheses, so only a query of one clause may have
    alternatives (true of every query in the mix)."""
    if len(parsed.clauses) > 1:
        assert all(len(c.alternatives) == 1 for c in parsed.clauses), parsed
    parts = []
    for clause in parsed.clauses:
        words = [f'"{a}"' if " " in a else a for a in clause.alternatives]
        parts.append(("-" if clause.excluded else "") + " or ".join(words))
    return " ".join(parts)


class RawPage:
    """The same page, written by hand over a plain psycopg connection."""

    def __init__(self, conn, text: str, access: list[str], filters: list[str]) -> None:
        self.conn, self.access, self.filters = conn, access, filters
        self.q = websearch(parse(text))
        self.words = [w for w in text.lower().split() if w.isalpha()]

    def page(self, q: str, limit: int = 20) -> tuple[int, list[int]]:
        params = {"q": q, "access": self.access, "filters": self.filters, "limit": limit}
        params["cap"] = RAW_CAP or 10**9
        total, ids = 0, []
        for row, value, n, _score in self.conn.execute(RAW_PAGE, params).fetchall():
            if row == "total":
                total = min(n, RAW_CAP or n)
            elif row == "hit":
                ids.append(int(value))
        return total, ids

    def __call__(self) -> int:
        total, ids = self.page(self.q)
        if ids:
            params = {"q": self.q, "options": HEADLINE, "ids": ids}
            self.conn.execute(RAW_SNIPPETS, params).fetchall()
        if total < 3 and self.words:
            closest = self.conn.execute(RAW_CLOSEST, {"word": self.words[0]}).fetchone()
            if closest and closest[0] != self.words[0]:
                self.page(websearch(parse(closest[0])), limit=1)
        return total


def timed_pair(ours, raw, runs: int) -> tuple[list[float], list[float]]:
    """Both warmed, then run in turns, so they share the machine's moods."""
    ours(), raw()
    mine, theirs = [], []
    for _ in range(runs):
        for fn, samples in ((ours, mine), (raw, theirs)):
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
    return mine, theirs


def cold_runs(ours, query: str, runs: int = 5) -> str:
    """A filtered search's p50 with no counts kept (a link straight to it,
    or the first search after a change): each run after the stored
    documents' version moves on. The timed runs find the counts of the
    search one filter fewer kept, as a person choosing a facet does."""
    if not read_filters(QueryDict(query)):
        return "—"
    samples = []
    for _ in range(runs):
        kept.documents_changed()
        start = time.perf_counter()
        ours()
        samples.append((time.perf_counter() - start) * 1000)
    return f"{p50(samples):.0f}"


def viewers():
    member = get_user_model().objects.get(username=MEMBER)
    return [("visitor", AnonymousUser()), ("member", member)]


def ours_for(user, query: str):
    params = QueryDict(query)

    def run():
        # A fresh copy of the user each time, as each request loads its own:
        # nothing the previous run cached on it (the person's standing) helps.
        return find(copy.copy(user), params, record=False)

    return run


def explain(query: str) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of every statement find() sends that takes
    more than a millisecond, for the visitor and the member."""
    for name, user in viewers():
        ours_for(user, query)()
        with CaptureQueriesContext(connection) as captured:
            ours_for(user, query)()
        for entry in captured:
            if float(entry["time"]) < 0.001:
                continue
            print(f"\n-- {name}, {float(entry['time']) * 1000:.1f} ms:\n{entry['sql']}\n")
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + entry["sql"])
                print("\n".join(line for (line,) in cursor.fetchall()))


def quick(runs: int) -> None:
    """Our half of the first query, for both viewers, on the throwaway
    library (SQLite: the hand-written baseline is PostgreSQL's own SQL)."""
    throwaway.build_tiny_library()
    label, query = QUERIES[0]
    print(f"quick run on {connection.vendor}: ours only, {runs} runs\n")
    print("| query | viewer | matches | queries | ours p50 | ours p95 |")
    print("|---|---|---:|---:|---:|---:|")
    for name, user in viewers():
        ours = ours_for(user, query)
        with CaptureQueriesContext(connection) as captured:
            total = ours().results.total
        mine = []
        for _ in range(runs):
            start = time.perf_counter()
            ours()
            mine.append((time.perf_counter() - start) * 1000)
        print(
            f"| {label} `{query}` | {name} | {total:,} | {len(captured)} "
            f"| {p50(mine):.0f} | {p95(mine):.0f} |"
        )


@contextmanager
def a_cluster() -> Iterator[str]:
    """SEARCH_URL's cluster, or a one-node one started for the run."""
    if url := os.environ.get("SEARCH_URL"):
        yield url
        return
    os.environ.setdefault("OPENSEARCH_HEAP", "1g")
    from tests.search import cluster

    if reason := cluster.java_missing():
        raise SystemExit(f"Cannot start OpenSearch: {reason}.")
    with cluster.running_cluster(1) as running:
        yield running.url


def served_by(backend: SearchBackend) -> Callable[[], SearchBackend]:
    """What find() asks for its backend: both engines run in one process,
    in turns, so the page's own code is timed on each without re-reading
    settings between calls."""
    return lambda: backend


def compare_engines(url: str, runs: int, rounds: int) -> None:
    from opensearchpy import OpenSearch

    from search.backends.opensearch import OpenSearchBackend

    logging.getLogger("opensearch").setLevel(logging.WARNING)  # a line per request otherwise
    client = OpenSearch([url], timeout=30)
    cluster = OpenSearchBackend(client, prefix=f"bench_{uuid.uuid4().hex[:8]}_")
    version = client.info()["version"]["number"]
    start = time.perf_counter()
    built = cluster.rebuild()
    seconds = time.perf_counter() - start
    print(
        f"OpenSearch {version}, one node at {url}: a full rebuild sent {built:,} "
        f"documents in {seconds:.0f} s ({built / seconds:,.0f} a second)\n"
    )
    engines = {"postgres": database_backend(), "cluster": cluster}
    try:
        warm_up(engines, rounds)
        table(engines, runs)
    finally:
        client.indices.delete(index=f"{cluster.alias}*")
        results_module.get_backend = database_backend


def on(backend: SearchBackend, user, query: str):
    ours = ours_for(user, query)

    def run():
        results_module.get_backend = served_by(backend)
        outcome = ours()
        assert not outcome.results.from_database, "the cluster did not answer"
        return outcome

    return run


def warm_up(engines: dict[str, SearchBackend], rounds: int) -> None:
    """The whole mix a few times on each engine before anything is timed: a
    node fresh from its rebuild runs its first searches interpreted, before
    the JVM compiles them, which a running site's node is long past."""
    for _ in range(rounds):
        for _label, query in QUERIES:
            for _name, user in viewers():
                for backend in engines.values():
                    on(backend, user, query)()


def table(engines: dict[str, SearchBackend], runs: int) -> None:
    db = "PG" if connection.vendor == "postgresql" else connection.vendor  # SQLite on --quick
    print(
        f"| query | viewer | matches | {db} p50 | {db} p95 | cluster p50 | cluster p95 "
        f"| × {db} (p95) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    all_pg, all_cluster, ratios = [], [], []
    for label, query in QUERIES:
        for name, user in viewers():
            pg, cluster = (on(engines[e], user, query) for e in ("postgres", "cluster"))
            totals = pg().results.total, cluster().results.total
            theirs, mine = timed_pair(pg, cluster, runs)
            all_pg += theirs
            all_cluster += mine
            ratios.append(p95(mine) / p95(theirs))
            matches = f"{totals[0]:,}" + ("" if totals[0] == totals[1] else f" / {totals[1]:,}")
            print(
                f"| {label} `{query}` | {name} | {matches} "
                f"| {p50(theirs):.0f} | {p95(theirs):.0f} | {p50(mine):.0f} | {p95(mine):.0f} "
                f"| {ratios[-1]:.2f} |"
            )
    print(
        f"| **whole mix** | both | | {p50(all_pg):.0f} | {p95(all_pg):.0f} "
        f"| {p50(all_cluster):.0f} | **{p95(all_cluster):.0f}** "
        f"| **{p95(all_cluster) / p95(all_pg):.2f}** |"
    )
    met = p95(all_cluster) <= CLUSTER_TARGET_MS
    print(
        f"\nmatches: PostgreSQL's, then the cluster's where they differ. "
        f"Median of the per-query ratios: {statistics.median(ratios):.2f}.\n"
        f"target: the cluster's whole-mix p95 at most {CLUSTER_TARGET_MS} ms: "
        f"{'met' if met else 'NOT met'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explain", metavar="QUERY", help='e.g. "q=sleep&year=2024"')
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument(
        "--raw-whole",
        action="store_true",
        help="the hand-written page reads every match, as before the count cap",
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny throwaway library, our half only, 2 runs"
    )
    parser.add_argument(
        "--cluster", action="store_true", help="PostgreSQL against a one-node OpenSearch cluster"
    )
    args = parser.parse_args()
    if args.raw_whole:
        global RAW_CAP
        RAW_CAP = 0
    if args.cluster:
        if args.quick:  # the tiny throwaway library against a node of its own
            throwaway.build_tiny_library()
        with a_cluster() as url:
            compare_engines(url, runs=2 if args.quick else args.runs, rounds=1 if args.quick else 5)
        return
    if args.quick:
        quick(runs=2)
        return
    if args.explain:
        explain(args.explain)
        return
    kinds = dict(SearchDocument.objects.values_list("kind").annotate(n=Count("id")))
    print(
        f"documents: {sum(kinds.values()):,} ("
        + ", ".join(f"{k} {n:,}" for k, n in sorted(kinds.items(), key=lambda i: -i[1]))
        + f"); {args.runs} runs after a warm-up\n"
    )
    raw_conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, prepare_threshold=None)
    print(
        "| query | viewer | matches | queries | ours p50 | ours p95 | raw p50 | raw p95 "
        "| × raw (p95) | cold p50 |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    all_ours, all_raw, ratios = [], [], []
    for label, query in QUERIES:
        for name, user in viewers():
            access = viewer_keys(copy.copy(user))
            filters = [facet_key(n, v) for n, v in read_filters(QueryDict(query)).items()]
            ours = ours_for(user, query)
            raw = RawPage(raw_conn, QueryDict(query)["q"], access, filters)
            with CaptureQueriesContext(connection) as captured:
                results = ours().results
            total = results.total
            raw_total = raw()
            mine, theirs = timed_pair(ours, raw, args.runs)
            cold = cold_runs(ours, query)  # after the warm-up, as the timed runs
            all_ours += mine
            all_raw += theirs
            ratio = p95(mine) / p95(theirs)
            ratios.append(ratio)
            shown = f"{total:,}+" if results.more else f"{total:,}"
            matches = shown if total == raw_total else f"{shown} (raw {raw_total:,})"
            print(
                f"| {label} `{query}` | {name} | {matches} | {len(captured)} "
                f"| {p50(mine):.0f} | {p95(mine):.0f} | {p50(theirs):.0f} | {p95(theirs):.0f} "
                f"| {ratio:.2f} | {cold} |"
            )
    overall = p95(all_ours) / p95(all_raw)
    print(
        f"| **whole mix** | both | | | {p50(all_ours):.0f} | **{p95(all_ours):.0f}** "
        f"| {p50(all_raw):.0f} | {p95(all_raw):.0f} | **{overall:.2f}** |"
    )
    print(
        f"\nmedian of the per-query ratios: {statistics.median(ratios):.2f}; "
        f"geometric mean: {statistics.geometric_mean(ratios):.2f}"
    )
    met_speed = p95(all_ours) < TARGET_MS
    met_ratio = overall <= TARGET_RATIO
    print(
        f"targets: p95 under {TARGET_MS} ms: {'met' if met_speed else 'NOT met'}; "
        f"at most {TARGET_RATIO}× raw SQL: {'met' if met_ratio else 'NOT met'}"
    )
    raw_conn.close()


if __name__ == "__main__":
    main()
