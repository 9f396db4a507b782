"""Broad searches count their matches up to a cap and say "n+" past it,
while the best still rank first; a chosen facet's other counts are kept
for the narrower search, and dropped at any change of content or access."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.test import Client
from django.utils import translation

from forums import services as forum_services
from resources.factories import ResourceFactory
from resources.models import Resource, Visibility
from search import indexing, kept
from search.access import viewer_keys
from search.backends import get_backend
from search.backends.base import FACETS, SearchRequest, SearchResults
from search.query import parse
from search.results import Outcome, find, read_filters
from tests.search.test_views import audits  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def _search(query: str, user=None) -> SearchResults:
    return find(user or AnonymousUser(), QueryDict(query), record=False).results


@pytest.fixture
def quokkas(settings, network):
    """Four leaflets with the word in their text, then one with it only in
    its title, stored after them: past a cap of three."""
    settings.SEARCH_COUNT_CAP = 3
    for n in range(4):
        ResourceFactory(title=f"Leaflet {n}", summary="Where the quokka lives.", networks=[network])
    ResourceFactory(title="Quokka care sheet", summary="Nothing about it here.")
    indexing.rebuild()


def test_past_the_cap_the_count_says_more_and_each_facet_at_least(quokkas):
    results = _search("q=quokka")

    assert (results.total, results.more) == (3, True)
    assert results.at_least == set(FACETS)
    assert all(n <= 3 for counts in results.facets.values() for n in counts.values())
    # The title hit stored past the cut still ranks first.
    assert results.hits[0].title == "Quokka care sheet"
    request = SearchRequest(parse("quokka"), ["public"])
    assert get_backend().count(request) == 3  # "did you mean" compares up to the cap too


def test_up_to_the_cap_every_number_is_exact(quokkas, settings):
    settings.SEARCH_COUNT_CAP = 5
    results = _search("q=quokka")

    assert (results.total, results.more, results.at_least) == (5, False, frozenset())
    assert results.facets["network"] == {"safe-sleep": 4}


def test_the_page_says_n_plus_in_both_languages(quokkas):
    english = Client().get("/search/", {"q": "quokka"}).content.decode()
    spanish = Client().get("/es/search/", {"q": "quokka"}).content.decode()

    assert "3+ results for" in english and "is at least that many" in english
    assert "(3+)" in english or "(1+)" in english  # a filter's count, marked
    assert "3+ resultados para" in spanish


def test_the_cap_is_written_in_the_readers_language():
    outcome = Outcome("sleep", SearchResults([], 10_000, {}, more=True), None, {}, {})
    with translation.override("en"):
        assert outcome.total_shown == "10,000"
    with translation.override("es"):
        assert outcome.total_shown == "10\xa0000"  # Django's Spanish groups with a space


def test_a_chosen_facet_keeps_the_counts_of_the_search_before(audits):  # noqa: F811
    before = _search("q=audit")
    chosen = _search("q=audit&network=safe-sleep")

    assert chosen.facets["network"] == before.facets["network"]
    assert chosen.total == before.facets["network"]["safe-sleep"]


def test_kept_counts_move_on_with_the_content(audits, network):  # noqa: F811
    _search("q=audit")
    before = _search("q=audit&network=safe-sleep").facets["network"]
    added = ResourceFactory(title="Audit sheet 9", networks=[network])
    indexing.update_now(Resource, [added.pk])

    after = _search("q=audit&network=safe-sleep").facets["network"]

    assert after["safe-sleep"] == before["safe-sleep"] + 1


def test_kept_counts_follow_access(audits, member):  # noqa: F811
    _search("q=audit")
    assert _search("q=audit&type=resource").facets["type"]["resource"] == 8
    _search("q=audit", member)
    assert _search("q=audit&type=resource", member).facets["type"]["resource"] == 9
    shared = Resource.objects.get(title="Audit for the team only")
    shared.visibility = Visibility.PUBLIC
    shared.save()
    indexing.update_now(Resource, [shared.pk])

    assert _search("q=audit&type=resource").facets["type"]["resource"] == 9


def _kept_facets(query: str, user) -> set[str]:
    """The chosen facets of `query` whose counts this viewer finds kept."""
    params = QueryDict(query)
    request = SearchRequest(parse(params["q"]), viewer_keys(user), read_filters(params))
    return set(kept.known(request, kept.versions(request)))


def test_a_message_drops_only_the_kept_counts_of_its_readers(
    audits,  # noqa: F811
    member,
    team,
    django_capture_on_commit_callbacks,
):
    forum_services.ensure_standard_spaces()
    space = forum_services.team_space(team)
    visitor = AnonymousUser()
    for user in (visitor, member):
        _search("q=audit", user)
        assert _kept_facets("q=audit&type=message", user) == {"type"}
    with django_capture_on_commit_callbacks(execute=True):
        forum_services.start_thread(member, space, "Audit plans", "Our audit plan.")

    assert _kept_facets("q=audit&type=message", visitor) == {"type"}
    assert _kept_facets("q=audit&type=message", member) == set()
    # The reader's counts are exact after the message: it is counted.
    assert _search("q=audit&type=message", member).facets["type"]["message"] == 1
    assert "message" not in _search("q=audit&type=message").facets["type"]


def test_a_change_drops_the_kept_counts_of_who_could_find_it_before(audits, member):  # noqa: F811
    shared = Resource.objects.get(title="Audit for the team only")
    _search("q=audit", member)
    assert _search("q=audit&type=resource", member).facets["type"]["resource"] == 9
    pk = shared.pk  # None once deleted
    shared.delete()
    indexing.update_now(Resource, [pk])

    assert _kept_facets("q=audit&type=resource", member) == set()
    assert _search("q=audit&type=resource", member).facets["type"]["resource"] == 8
