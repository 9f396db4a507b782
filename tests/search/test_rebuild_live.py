"""A full rebuild on a real OpenSearch cluster goes into a new index and moves
the alias in one step: searches made while it runs keep answering from the
cluster, every one with every document, and the old index is gone afterwards.
Three rebuilds in a row: the swap is a moment, and a search in flight across
it is what once fell back to the database ("all shards failed")."""

import threading

import pytest
from django.contrib.auth.models import AnonymousUser

from search.access import viewer_keys
from search.backends.base import SearchRequest
from search.models import SearchDocument
from search.query import parse
from tests.search.conftest import searching_on

pytestmark = pytest.mark.django_db

DOCUMENTS = 6000  # enough that the bulk sends take a few seconds on one node
REBUILDS = 3


def _documents(count: int) -> None:
    SearchDocument.objects.bulk_create(
        SearchDocument(
            key=f"resource:{n}",
            owner=f"page:{n}",
            kind="resource",
            title=f"Bassinet audit sheet {n}",
            heading=f"Bassinet audit sheet {n}",
            url=f"/resources/sheet-{n}/",
            text="A tally sheet for the crib audit, one line a bed.",
            access=" public ",
        )
        for n in range(count)
    )


def test_searches_answer_throughout_a_rebuild_and_the_alias_moves(opensearch):
    _documents(DOCUMENTS)
    with searching_on(opensearch.url) as backend:
        first = set(backend._aliased())
        request = SearchRequest(query=parse("bassinet"), access=viewer_keys(AnonymousUser()))
        answers: list[int | str] = []
        rebuilding, done = threading.Event(), threading.Event()

        def search_until_done() -> None:
            while not done.is_set():
                try:
                    results = backend.search(request)
                    answers.append(-1 if results.from_database else results.total)
                except Exception as error:  # noqa: BLE001 - the test reports it
                    answers.append(repr(error))
                if not rebuilding.is_set():
                    answers.clear()  # only what was asked while the rebuild ran counts

        searching = threading.Thread(target=search_until_done)
        searching.start()
        rebuilding.set()
        built = []
        for _ in range(REBUILDS):
            built.append((backend.rebuild(), set(backend._aliased())))
        done.set()
        searching.join()

        assert len(answers) >= 20, "the searches did not overlap the rebuilds"
        assert set(answers) == {DOCUMENTS}, [a for a in answers if a != DOCUMENTS][:3]
        assert [sent for sent, _ in built] == [DOCUMENTS] * REBUILDS
        served = [first] + [aliased for _, aliased in built]
        assert all(len(names) == 1 for names in served)
        assert len(set().union(*served)) == REBUILDS + 1  # a new index each time
        current = served[-1]
        assert all(
            backend.client.indices.exists(index=name) == (names == current)
            for names in served
            for name in names
        )
