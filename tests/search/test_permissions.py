"""Nobody finds what they could not open: not in results, not in facet
counts, not in titles offered while typing, not through the API, and not as
a "did you mean" word; on PostgreSQL and on a real OpenSearch cluster."""

import pytest
from django.test import Client

from tests.search.conftest import searching_on

pytestmark = pytest.mark.django_db

WHO = ["anonymous", "ohio", "missouri", "editor", "newcomer"]
EVERYONE = set(WHO)
MEMBERS = EVERYONE - {"anonymous"}
# word in the thing's title -> who may find it
MATRIX = {
    "zebra": EVERYONE,  # public resource
    "quokka": MEMBERS,  # members-only resource
    "marmot": {"ohio", "editor"},  # Ohio's team-only resource; editors curate every share
    "narwhal": set(),  # draft resource
    "okapi": set(),  # withdrawn resource
    "pangolin": {"ohio"},  # message in Ohio's private team space
    "axolotl": set(),  # message in a hidden thread
    "wombat": set(),  # deleted message
    "ibex": EVERYONE,  # published case study
    "jackal": set(),  # unpublished case study
}


def _client(people, who: str) -> Client:
    client = Client()
    user = {
        "ohio": people.ohio,
        "missouri": people.missouri,
        "editor": people.editor,
        "newcomer": people.newcomer,
    }.get(who)
    if user:
        client.force_login(user)
    return client


@pytest.fixture(params=["postgres", "opensearch"])
def clients(request, people, private_things):
    """Each person's browser, searching PostgreSQL, then a real OpenSearch
    cluster fed from the same stored documents."""
    made = {who: _client(people, who) for who in WHO}
    if request.param == "postgres":
        yield made
        return
    with searching_on(request.getfixturevalue("opensearch").url):
        yield made


@pytest.mark.parametrize("word", MATRIX)
def test_search_page_and_its_facets_show_only_what_each_person_may_open(clients, word):
    for who, client in clients.items():
        response = client.get("/search/", {"q": word})
        assert response.status_code == 200
        found = response.context["outcome"].results
        expected = 1 if who in MATRIX[word] else 0
        assert found.total == expected, (who, word)
        assert sum(found.facets["type"].values()) == expected, (who, word)
        results_list = response.content.decode().split('<ul class="search-results">')[1]
        hits = results_list.split("</ul>")[0].split('<li class="search-hit ')[1:]
        assert [word in hit.lower() for hit in hits] == [True] * expected, (who, word)


@pytest.mark.parametrize("word", MATRIX)
def test_the_api_shows_only_what_each_person_may_open(clients, word):
    for who, client in clients.items():
        data = client.get("/api/search/", {"q": word}).json()
        expected = 1 if who in MATRIX[word] else 0
        assert data["count"] == expected, (who, word)
        assert len(data["results"]) == expected
        assert sum(c["count"] for c in data["facets"]["type"]) == expected


@pytest.mark.parametrize("word", MATRIX)
def test_titles_offered_while_typing_are_only_those_each_person_may_open(clients, word):
    for who, client in clients.items():
        prefix = word[:4]
        titles = client.get("/search/titles/", {"q": prefix}).json()["results"]
        api_titles = client.get("/api/search/titles/", {"q": prefix}).json()
        expected = who in MATRIX[word]
        assert any(word in t["title"].lower() for t in titles) == expected, (who, word)
        assert any(word in t["title"].lower() for t in api_titles) == expected, (who, word)


def test_did_you_mean_offers_public_words_only(clients):
    anonymous = clients["anonymous"]
    assert anonymous.get("/search/", {"q": "zebre"}).context["outcome"].suggestion == "zebra"
    # "marmot" lives only in a team-only title: nobody is offered it, not even its team.
    for client in clients.values():
        assert client.get("/search/", {"q": "marmut"}).context["outcome"].suggestion is None
        assert client.get("/search/", {"q": "pangolen"}).context["outcome"].suggestion is None


def test_a_member_who_leaves_the_team_no_longer_finds_its_things(clients, people):
    people.ohio.memberships.all().delete()
    client = _client(people, "ohio")
    assert client.get("/api/search/", {"q": "marmot"}).json()["count"] == 0
    assert client.get("/api/search/", {"q": "pangolin"}).json()["count"] == 0
