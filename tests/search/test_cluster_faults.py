"""A three-node OpenSearch cluster losing nodes: with one node stopped,
searches go on answering from the replicas; with the whole cluster stopped,
the search page answers from the database and says so, every other page
works, and the changes made meanwhile reach the index when it returns."""

import threading
import time

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.http import QueryDict

from resources.factories import ResourceFactory
from resources.models import Resource
from search import indexing
from search.models import SearchDocument, UnsentChange
from search.results import find
from tests.conftest import _missing
from tests.search import cluster
from tests.search.conftest import searching_on

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def three_nodes():
    if reason := cluster.java_missing():
        _missing(f"No OpenSearch cluster: {reason}")
    with cluster.running_cluster(3) as running:
        yield running


@pytest.fixture
def whole(three_nodes):
    """All three nodes up and the cluster green before and after the test."""
    for node in three_nodes.nodes:
        if node.process is None:
            three_nodes.start_node(node, wait=False)
    three_nodes.wait_until_healthy("green")
    yield three_nodes
    for node in three_nodes.nodes:
        if node.process is None:
            three_nodes.start_node(node, wait=False)
    three_nodes.wait_until_healthy("green")


def _search(text: str):
    return find(AnonymousUser(), QueryDict(f"q={text}"), record=False).results


def test_searches_keep_answering_while_a_node_is_stopped(whole):
    for title in ("Bassinet audit checklist", "Bassinet teaching card", "Crib clinic flyer"):
        ResourceFactory(title=title)
    indexing.rebuild()
    with searching_on(",".join(whole.urls)) as backend:
        whole.wait_until_healthy("green")  # every shard with its replica
        expected = {hit.key for hit in _search("bassinet").hits}
        assert len(expected) == 2
        stopping = threading.Thread(target=whole.stop_node, args=(whole.nodes[0],))
        answers, started = [], time.monotonic()
        stopping.start()
        while stopping.is_alive() or time.monotonic() - started < 5:
            results = _search("bassinet")
            answers.append((results.from_database, {hit.key for hit in results.hits}))
        stopping.join()
        assert len(whole.running()) == 2
        assert answers and all(answer == (False, expected) for answer in answers), answers[-3:]
        backend.client.close()


def test_with_the_cluster_away_the_database_answers_and_nothing_is_lost(
    whole, client, django_capture_on_commit_callbacks
):
    kept = ResourceFactory(title="Bassinet audit checklist")
    going = ResourceFactory(title="Bassinet recall notice")
    indexing.rebuild()
    with searching_on(",".join(whole.urls)) as backend:
        whole.stop(keep_data=True)

        page = client.get("/search/", {"q": "bassinet"})
        assert page.status_code == 200
        assert "The search service is away for a moment" in page.content.decode()
        assert page.context["outcome"].results.total == 2
        assert client.get("/").status_code == 200
        assert client.get(kept.get_absolute_url()).status_code == 200
        titles = client.get("/search/titles/", {"q": "bassi"})  # offered while typing
        assert titles.status_code == 200 and "Bassinet audit checklist" in titles.content.decode()

        with django_capture_on_commit_callbacks(execute=True):
            added = ResourceFactory(title="Bassinet loan scheme")
        gone = f"resource:{going.pk}"
        with django_capture_on_commit_callbacks(execute=True):
            going.delete()
        unsent = set(UnsentChange.objects.values_list("key", flat=True))
        assert {f"resource:{added.pk}", gone} <= unsent

        for node in whole.nodes:
            whole.start_node(node, wait=False)
        whole.wait_until_healthy("green")
        call_command("search_catch_up", verbosity=0)

        assert not UnsentChange.objects.exists()
        backend.client.indices.refresh(index=backend.alias)
        assert backend.client.count(index=backend.alias)["count"] == SearchDocument.objects.count()
        results = _search("bassinet")
        assert not results.from_database
        titles = {hit.title for hit in results.hits}
        assert titles == {"Bassinet audit checklist", "Bassinet loan scheme"}


def test_a_change_with_nothing_unsent_costs_two_queries_on_its_way(
    opensearch, django_assert_num_queries
):
    """The unsent list is read on every change that reaches the cluster;
    when it is empty, as it nearly always is, nothing else is asked of the
    database but the rows to send."""
    with searching_on(opensearch.url) as backend:
        before = backend.client.count(index=backend.alias)["count"]
        resource = ResourceFactory(title="Bassinet audit checklist")
        indexing.update_now(Resource, [resource.pk])  # its document stored, not yet sent
        with django_assert_num_queries(2):  # the unsent list, the rows to send
            indexing._mirror({f"resource:{resource.pk}"}, set())
        backend.client.indices.refresh(index=backend.alias)
        assert backend.client.count(index=backend.alias)["count"] == before + 1
