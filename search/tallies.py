"""Facet counts kept in step with the documents.

For each source that asks (`Source.tallied`: the library), how many of its
documents that open to the same access keys hold each pair of facet keys.
A listing with no words and at most one filter per counted facet reads its
counts here, where counting its results would scan the whole library at
every new combination of filters (docs/performance.md, "The library at
140,000 resources"). The tallies change with the documents, in the same
transaction (`indexing.store`), so a count always equals what choosing it
lists; a rebuild or a bulk load counts them again from the documents
(`recount`)."""

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from django.db import connection, transaction
from django.db.models import F, Q, Sum

from kernel.policies import any_of
from search.models import FacetTally, SearchDocument, TallyGroup

Stored = tuple[str, str]
"""A document as tallied: its padded access keys and its padded facet keys."""

Pair = tuple[str, str, str]
"""A group's access keys and two facet keys, the first <= the second."""

BATCH = 500


def _pairs(access: str, facets: str) -> Iterator[Pair]:
    keys = sorted(set(facets.split()))
    for i, first in enumerate(keys):
        for second in keys[i:]:
            yield access, first, second


def change(prefix: str, before: Iterable[Stored], after: Iterable[Stored]) -> None:
    """Documents of `prefix` were replaced: the tallies move by the
    difference, so an edit that keeps every facet writes nothing."""
    delta: Counter[Pair] = Counter()
    for access, facets in before:
        delta.subtract(_pairs(access, facets))
    for access, facets in after:
        delta.update(_pairs(access, facets))
    _add(prefix, {pair: n for pair, n in delta.items() if n})


def _groups(prefix: str, accesses: set[str]) -> dict[str, int]:
    """The group of each access string, made when first seen (one read when
    all exist, as they do but for a team's first team-only document)."""
    rows = TallyGroup.objects.filter(prefix=prefix, access__in=accesses)
    found = dict(rows.values_list("access", "pk"))
    if missing := accesses - found.keys():
        TallyGroup.objects.bulk_create(
            [TallyGroup(prefix=prefix, access=access) for access in sorted(missing)],
            ignore_conflicts=True,
        )
        found = dict(rows.values_list("access", "pk"))
    return found


def _add(prefix: str, delta: dict[Pair, int]) -> None:
    """Adds each pair's change to its tally in one statement per batch. Rows
    go in one order, so two saves touching the same tallies wait for each
    other instead of deadlocking."""
    if not delta:
        return
    groups = _groups(prefix, {access for access, _first, _second in delta})
    rows = sorted(
        (groups[access], first, second, n) for (access, first, second), n in delta.items()
    )
    table = FacetTally._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            values = ", ".join(["(%s, %s, %s, %s)"] * len(batch))
            cursor.execute(
                f"INSERT INTO {table} (group_id, first, second, n) VALUES {values} "
                f"ON CONFLICT (group_id, first, second) DO UPDATE SET n = {table}.n + excluded.n",
                [value for row in batch for value in row],
            )


def _prefix(owner: str) -> str:
    return owner.partition(":")[0]


def _tallied() -> set[str]:
    from search.documents import sources

    return {source.prefix for source in sources() if source.tallied}


def held(owners: Iterable[str]) -> dict[str, list[Stored]]:
    """What the tallies hold of these owners' documents, by source, read
    before the documents are replaced (only the tallied sources')."""
    tallied = _tallied()
    mine = [owner for owner in owners if _prefix(owner) in tallied]
    before: dict[str, list[Stored]] = {_prefix(owner): [] for owner in mine}
    rows = SearchDocument.objects.filter(owner__in=mine).values_list("owner", "access", "facets")
    for owner, access, facets in rows if mine else ():
        before[_prefix(owner)].append((access, facets))
    return before


def replaced(before: dict[str, list[Stored]], rows: Iterable[SearchDocument]) -> None:
    """The documents `held` read are now `rows`: their tallies follow."""
    after: dict[str, list[Stored]] = {prefix: [] for prefix in before}
    for row in rows:
        if _prefix(row.owner) in after:
            after[_prefix(row.owner)].append((row.access, row.facets))
    for prefix, documents in before.items():
        change(prefix, documents, after[prefix])


def recount_all() -> None:
    """After a rebuild: every tallied source counted again."""
    for prefix in sorted(_tallied()):
        recount(prefix)


def recount(prefix: str) -> None:
    """Every tally of `prefix` counted again from its stored documents."""
    with transaction.atomic():
        TallyGroup.objects.filter(prefix=prefix).delete()
        documents = SearchDocument.objects.filter(owner__startswith=f"{prefix}:")
        delta: Counter[Pair] = Counter()
        for access, facets in documents.values_list("access", "facets").iterator(chunk_size=2000):
            delta.update(_pairs(access, facets))
        _add(prefix, dict(delta))


def among(prefix: str, access_keys: list[str], given: set[str]) -> dict[str | None, Counter]:
    """Of the documents of `prefix` that open to any of `access_keys`: under
    None, how many hold each facet key; under each key of `given`, how many
    hold it together with each key (itself included: how many hold it)."""
    opened = any_of(Q(access__contains=f" {key} ") for key in access_keys)
    groups = TallyGroup.objects.filter(opened, prefix=prefix).values("pk")
    near = Q(first=F("second")) | Q(first__in=given) | Q(second__in=given)
    rows = (
        FacetTally.objects.filter(near, group__in=groups)
        .values_list("first", "second")
        .annotate(total=Sum("n"))
        .order_by()
    )
    found: dict[str | None, Counter] = defaultdict(Counter)
    for first, second, n in rows:
        if not n:
            continue  # a tally its documents have all left
        if first == second:
            found[None][first] += n
            if first in given:
                found[first][first] += n
            continue
        for key, other in ((first, second), (second, first)):
            if key in given:
                found[key][other] += n
    return found
