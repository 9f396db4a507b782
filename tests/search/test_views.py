"""/search/ as people use it: the query string carries every filter, counts
match what a filter gives, bad input is ignored, editors' pins come first,
and queries are tallied without saying who asked."""

import itertools

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.test import Client
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from community.factories import LearningNetworkFactory
from community.models import Jurisdiction
from resources.factories import ResourceFactory
from resources.models import Visibility
from search import indexing
from search.models import LoggedQuery
from search.results import find
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def audits(network, team):
    """Eight resources about audits across two networks, three states, two years."""
    other = LearningNetworkFactory(slug="smoking-cessation", name="Smoking Cessation")
    states = [Jurisdiction.objects.get(postal_code=code) for code in ("OH", "MO", "GA")]
    made = []
    for n, (net, state, year) in enumerate(
        itertools.islice(
            itertools.cycle(itertools.product([network, other], states, [2023, 2024])), 8
        )
    ):
        made.append(
            ResourceFactory(
                title=f"Audit sheet {n}",
                networks=[net],
                jurisdictions=[state],
                year_published=year,
                topics=["audit"] if n % 2 else ["audit", "nursing"],
            )
        )
    ResourceFactory(title="Audit for the team only", visibility=Visibility.TEAM, team=team)
    indexing.rebuild()
    return made


def _search(query: str, user=None):
    return find(user or AnonymousUser(), QueryDict(query), record=False).results


def test_every_facet_count_is_what_choosing_it_gives(audits):
    for base in ["q=audit", "q=audit&network=safe-sleep", "q=audit&year=2023&jurisdiction=ohio"]:
        results = _search(base)
        for name, counts in results.facets.items():
            for value, count in counts.items():
                narrowed = _search(f"{base}&{name}={value}")
                assert narrowed.total == count, (base, name, value)
    assert _search("q=audit").total == 8
    assert sum(_search("q=audit").facets["region"].values()) == 8


def test_the_page_keeps_every_filter_in_its_links_and_works_without_javascript(audits):
    response = Client().get("/search/", {"q": "audit", "network": "safe-sleep", "year": "2024"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<option value="safe-sleep" selected>' in html
    assert '<input type="hidden" name="q" value="audit">' in html
    assert "3 results" in html
    assert 'action="/search/"' in html or 'method="get"' in html
    assert "<mark>" in html


def test_results_page_through_twenty_at_a_time(network):
    for n in range(45):
        ResourceFactory(title=f"Quokka leaflet {n}", networks=[network])
    indexing.rebuild()
    client = Client()
    first = client.get("/search/", {"q": "quokka", "network": "safe-sleep"})
    last = client.get("/search/", {"q": "quokka", "network": "safe-sleep", "page": "3"})
    assert len(first.context["results_page"].object_list) == 20
    assert len(last.context["results_page"].object_list) == 5
    assert "network=safe-sleep&amp;page=2" in first.content.decode()
    titles = [h.title for p in (1, 2, 3) for h in _search(f"q=quokka&page={p}").hits]
    assert len(set(titles)) == 45
    beyond = client.get("/search/", {"q": "quokka", "page": "9"})
    assert beyond.context["results_page"].number == 3
    assert len(beyond.context["results_page"].object_list) == 5


@pytest.mark.parametrize(
    "query",
    [
        "q=audit&page=abc",
        "q=audit&page=-1",
        "q=audit&page=999999999999",
        "q=audit&type=nonsense",
        "q=audit&region=11",
        "q=audit&year=²⁰²⁴",
        "q=audit&network=a%20b",
        "q=" + "audit%20" * 300,
        "q=%22%22%22",
        "q=-audit",
        "q=<script>alert(1)</script>",
        "q=audit%00",
    ],
)
def test_bad_input_gets_a_page_not_an_error(audits, query):
    response = Client().get("/search/?" + query)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_the_api_names_each_results_type_and_its_facets(audits):
    data = Client().get("/api/search/", {"q": "audit", "type": "resource"}).json()
    assert data["count"] == 8
    assert {r["type"] for r in data["results"]} == {"resource"}
    assert {c["value"] for c in data["facets"]["network"]} >= {"safe-sleep", "smoking-cessation"}
    assert data["pages"] == 1 and data["page"] == 1


def test_editors_pins_come_first_and_respect_access(audits, team, home_page):
    hidden = ResourceFactory(title="Secret", visibility=Visibility.TEAM, team=team)
    indexing.rebuild()
    query = Query.get("audit")
    SearchPromotion.objects.create(query=query, page=home_page, description="Start here.")
    SearchPromotion.objects.create(
        query=query,
        external_link_url="http://testserver" + hidden.get_absolute_url(),
        external_link_text="Team-only pin",
    )
    html = Client().get("/search/", {"q": "Audit "}).content.decode()
    assert "Recommended" in html and "Start here." in html
    assert "Team-only pin" not in html


def test_queries_are_tallied_by_day_without_who_asked(audits, member):
    client = Client()
    client.force_login(member)
    client.get("/search/", {"q": "Audit"})
    client.get("/search/", {"q": "audit  "})
    client.get("/search/", {"q": "audit", "page": "2"})  # paging is not a new search
    client.get("/search/", {"q": "zzzz nothing"})
    audit = LoggedQuery.objects.get(text="audit")
    assert (audit.searches, audit.without_results) == (2, 0)
    assert LoggedQuery.objects.get(text="zzzz nothing").without_results == 1
    assert {f.name for f in LoggedQuery._meta.fields} == {
        "id",
        "text",
        "day",
        "searches",
        "without_results",
    }


def test_the_searches_report_is_for_editors(audits, member, people):
    Client().get("/search/", {"q": "zzzz nothing"})
    editor = Client()
    editor.force_login(people.editor)
    people.editor.is_staff = True
    people.editor.save()
    report = editor.get("/admin/reports/site-searches/")
    assert report.status_code == 200
    assert "zzzz nothing" in report.content.decode()
    outsider = Client()
    outsider.force_login(member)
    assert outsider.get("/admin/reports/site-searches/").status_code in (302, 403)


def test_the_empty_page_invites_a_search():
    response = Client().get("/search/")
    assert response.status_code == 200
    assert "safe sleep" in response.content.decode()
    assert response.context["outcome"].results.total == 0


def test_the_page_costs_the_same_queries_for_five_or_twenty_hits(network, member):
    for n in range(5):
        ResourceFactory(title=f"Quokka leaflet {n}", networks=[network])
    indexing.rebuild()
    client = Client()
    client.force_login(member)
    url = "/search/?q=quokka&network=safe-sleep"
    few = queries_for(client, url)
    for n in range(5, 25):
        ResourceFactory(title=f"Quokka leaflet {n}", networks=[network])
    indexing.rebuild()
    assert queries_for(client, url) == few
    # Facet names and the pinned queries kept (search.results); the session
    # comes from the cache (kernel/sessions.py).
    assert few == 6


@pytest.mark.parametrize("path", ["/search/titles/", "/api/search/titles/", "/api/search/"])
def test_control_characters_are_dropped_everywhere(audits, path):
    response = Client().get(path, {"q": "aud\x00it\x07", "network": "safe\x00sleep"})
    assert response.status_code == 200


def test_a_synonyms_prefix_offers_the_titles_of_what_it_stands_for(network, team):
    from search.models import Synonym

    Synonym.objects.create(terms="SDOH, social determinants of health, social determinants")
    Synonym.objects.create(terms="LARC, long-acting reversible contraception")
    ResourceFactory(title="Social determinants screening guide", networks=[network])
    ResourceFactory(title="Long-acting reversible contraception billing", networks=[network])
    ResourceFactory(title="Larch street clinic map", networks=[network])
    ResourceFactory(
        title="Social determinants: the team's notes", visibility=Visibility.TEAM, team=team
    )
    indexing.rebuild()
    client = Client()

    def offered(typed: str) -> list[str]:
        return [t["title"] for t in client.get("/search/titles/", {"q": typed}).json()["results"]]

    assert offered("SDO") == ["Social determinants screening guide"]  # not the team's
    # What the prefix itself finds comes first, then what the synonym stands for.
    assert offered("lar") == [
        "Larch street clinic map",
        "Long-acting reversible contraception billing",
    ]
    api = client.get("/api/search/titles/", {"q": "sdoh"}).json()
    assert [t["title"] for t in api] == ["Social determinants screening guide"]


def test_a_pin_added_after_a_search_is_shown_at_once(audits, home_page):
    assert "Recommended" not in Client().get("/search/", {"q": "audit"}).content.decode()
    SearchPromotion.objects.create(query=Query.get("audit"), page=home_page, description="New.")

    assert "New." in Client().get("/search/", {"q": "audit"}).content.decode()


def test_kept_facet_names_follow_a_rename(audits, network):
    def labels() -> set[str]:
        outcome = find(AnonymousUser(), QueryDict("q=audit"), record=False)
        return {choice.label for choice in outcome.facets["network"].choices}

    assert network.name in labels()
    network.name = "Sleep Safely"
    network.save()

    assert "Sleep Safely" in labels()
