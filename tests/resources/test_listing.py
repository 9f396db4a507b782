"""/resources/: filters combine, each count is what choosing it gives, and
the page costs the same queries however many resources there are."""

import pytest
from django.http import QueryDict
from django.urls import reverse

from community.factories import LearningNetworkFactory
from community.models import Jurisdiction
from kernel import counters
from resources.factories import ResourceFactory
from resources.filters import resource_listing
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(network, django_capture_on_commit_callbacks):
    smoking = LearningNetworkFactory(slug="smoking-cessation")
    ohio, texas = (Jurisdiction.objects.get(postal_code=c) for c in ("OH", "TX"))
    # Committed, as a share is: the keyword box reads the search documents
    # built after commit.
    with django_capture_on_commit_callbacks(execute=True):
        return _shelf(network, smoking, ohio, texas)


def _shelf(network, smoking, ohio, texas) -> dict:
    return {
        "a": ResourceFactory(
            title="Crib audit",
            networks=[network],
            jurisdictions=[ohio],
            year_published=2024,
            topics=["safe sleep"],
        ),
        "b": ResourceFactory(
            title="Quitline script",
            kind="protocol",
            networks=[smoking],
            jurisdictions=[texas],
            year_published=2023,
            language="es",
        ),
        "c": ResourceFactory(
            title="National data brief",
            kind="data_report",
            networks=[network, smoking],
            year_published=2024,
        ),
    }


def _titles(query: str, user=None) -> set[str]:
    from django.contrib.auth.models import AnonymousUser

    listing = resource_listing(user or AnonymousUser(), QueryDict(query))
    return {r.title for r in listing["resources"]}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("network=safe-sleep", {"Crib audit", "National data brief"}),
        ("network=smoking-cessation&year=2024", {"National data brief"}),
        ("jurisdiction=texas", {"Quitline script"}),
        ("region=5", {"Crib audit"}),
        ("kind=protocol&language=es", {"Quitline script"}),
        ("topic=safe-sleep", {"Crib audit"}),
        ("q=quitline", {"Quitline script"}),
        ("q=CRIB audit&network=safe-sleep", {"Crib audit"}),
        ("year=²&region=99", {"Crib audit", "Quitline script", "National data brief"}),
    ],
)
def test_filters_combine(shelf, query, expected):
    assert _titles(query) == expected


@pytest.mark.parametrize("base", ["", "network=safe-sleep", "year=2024&kind=data_report"])
def test_every_count_is_what_choosing_it_gives(shelf, base):
    from django.contrib.auth.models import AnonymousUser

    listing = resource_listing(AnonymousUser(), QueryDict(base))
    for name, facet in listing["facets"].items():
        for choice in facet.choices:
            query = QueryDict(base, mutable=True)
            query[name] = choice.value
            count = resource_listing(AnonymousUser(), query)["result_count"]
            assert count == choice.count, (name, choice)


def test_the_listing_costs_the_same_queries_for_more_resources(client, shelf, network):
    url = reverse("resources:index") + "?network=safe-sleep"
    before = queries_for(client, url)
    for n in range(15):
        ResourceFactory(title=f"More {n}", networks=[network], topics=[f"topic {n}"])
    assert queries_for(client, url) == before


def test_the_list_works_without_javascript_and_keeps_filters_in_the_url(client, shelf):
    page = client.get(reverse("resources:index"), {"network": "safe-sleep", "year": "2024"})
    html = page.content.decode()
    assert "2 resources" in html
    assert '<option value="2024" selected>' in html


def test_a_members_resource_page_costs_a_fixed_number_of_queries(client, member, network):
    """The signed-in page bench/production_layout.py loads: its cost must not grow
    with the library. Kept (second view): the account with its profile. The
    session (kernel/sessions.py), the resource's row (resources/kept.py; its
    permission is still checked at every view), the reader's standing and the
    page kept for them come from the cache, and the view is counted in Redis
    when there is one (kernel/counters.py)."""
    resource = ResourceFactory(title="Osprey audit sheet", networks=[network])
    client.force_login(member)
    url = resource.get_absolute_url()
    # Without Redis the view count is a write, and the row is read (resources/kept.py).
    kept = 1 if counters.in_redis() else 3
    assert queries_for(client, url) == kept
    for n in range(5):
        ResourceFactory(title=f"Osprey audit sheet {n}", networks=[network])
    assert queries_for(client, url) == kept
