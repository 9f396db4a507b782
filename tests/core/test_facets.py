"""The facet engine (kernel/facets.py): whatever the query string
holds, a listing answers (bad values are ignored, never a 500), and every
count is the number of results that choosing it gives."""

import pytest
from django.db.models import Q
from django.http import QueryDict
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl

from community.models import Jurisdiction
from kernel import facets
from resources.factories import ResourceFactory
from tests.toolkit.conftest import toolkit  # noqa: F401  (a fixture)
from tests.webinars.conftest import archive  # noqa: F401  (a fixture)

pytestmark = pytest.mark.django_db

# A listing of the reference jurisdictions: every kind of declaration, over
# rows the data migration always loads.
PLACES = facets.Listing(
    filters=(
        facets.Filter("q", read=facets.words(20), where=lambda text: Q(name__icontains=text)),
        facets.Choices(
            "region",
            "HHS region",
            "All regions",
            read=facets.number(1, 10),
            where=lambda n: Q(hhs_region=n),
            options=[(n, f"Region {n}") for n in range(1, 11)],
            count=facets.grouped("hhs_region", distinct=False),
        ),
        facets.Choices(
            "kind",
            "Kind",
            "Any kind",
            read=facets.one_of(Jurisdiction.Kind.values),
            where=lambda kind: Q(kind=kind),
            options=Jurisdiction.Kind.choices,
            count=facets.grouped("kind"),
        ),
        facets.Choices(
            "initial",
            "Initial",
            "Any initial",
            where=lambda letter: Q(name__startswith=letter),
            options=[(letter, letter) for letter in "ACMNW"],
            count=facets.each_choice,
        ),
    ),
    order=("name",),
    per_page=10,
    count_total=True,
)


def _places(query: str | QueryDict) -> facets.Found:
    params = query if isinstance(query, QueryDict) else QueryDict(query)
    return PLACES.find(Jurisdiction.objects.all(), params)


def _counts(found: facets.Found, name: str) -> dict[str, int]:
    return {choice.value: choice.count for choice in found.facets[name].choices}


def test_filters_apply_and_the_total_is_counted_with_the_facets():
    found = _places("region=5&kind=state")
    names = {j.name for j in found.results}
    assert "Ohio" in names and "Texas" not in names
    assert found.total == len(names) == 6  # Region 5: IL, IN, MI, MN, OH, WI
    assert found.page().paginator.count == 6
    assert _counts(found, "region")["6"] == 5  # AR, LA, NM, OK, TX: the region left out
    assert _counts(found, "initial")["M"] == 2  # Michigan, Minnesota


@pytest.mark.parametrize(
    "query",
    [
        "region=²",  # "²".isdigit() is true
        "region=0",
        "region=11",
        "region=-3",
        "region=4.0",
        "region=" + "9" * 400,
        "kind=bogus",
        "q=%20%20",
        "q=%00",
        "region=%00",
        "initial=",
        "page=abc",
        "page=-1",
        "page=99999",
    ],
)
def test_values_that_do_not_read_are_ignored(query):
    found = _places(query)
    assert found.selection.active == {}
    assert found.total == Jurisdiction.objects.count()
    assert found.summary(found.total)["any_filter"] is False
    assert found.page().object_list  # page numbers that do not read give a real page


def test_a_value_that_reads_but_names_nothing_matches_nothing():
    found = _places("initial=Q")
    assert found.total == 0 and found.summary(0)["any_filter"]
    # Other facets still say what their choices give with it kept.
    assert sum(_counts(found, "region").values()) == 0


def test_a_repeated_parameter_counts_by_its_last_value_everywhere():
    found = _places("region=4&region=5")
    assert found.selection.values == {"region": 5}
    assert {c.value for c in found.facets["region"].choices if c.selected} == {"5"}
    assert found.total == _places("region=5").total


def test_keywords_are_trimmed_and_cut_to_their_length():
    assert _places("q=%20ohio%20").selection.values == {"q": "ohio"}
    assert _places("q=" + "x" * 500).selection.values == {"q": "x" * 20}


def test_each_choice_counts_all_its_options_in_one_query(django_assert_num_queries):
    # Three facets and the total: one query each, however many options.
    with django_assert_num_queries(4):
        found = _places("kind=state")
    assert _counts(found, "initial")["N"] == 8  # NE, NV, NH, NJ, NM, NY, NC, ND


def test_keep_wraps_every_count_and_a_kept_total_spares_the_paginator(django_assert_num_queries):
    kept = {"region": {5: 99}, "kind": {}, "initial": {"A": 7}, facets.TOTAL: 42}
    calls = []

    def keep(selection, compute):
        calls.append(selection.values)
        return kept

    listing = facets.Listing(PLACES.filters, order=("name",), count_total=True, keep=keep)
    with django_assert_num_queries(1):  # the page's rows only
        found = listing.find(Jurisdiction.objects.all(), QueryDict("region=4"))
        page = found.page()
        list(page)
    assert calls == [{"region": 4}]
    assert page.paginator.count == 42
    assert _counts(found, "region")["5"] == 99 and _counts(found, "initial")["A"] == 7


def test_what_the_listing_can_tell_is_not_counted(django_assert_num_queries):
    """A listing whose counts are kept, or whose words are matched over
    stored documents, gives every facet and the total without a count; what
    the hook leaves out is counted by each facet's counter."""
    calls = []

    def tallied(selection, shown):
        calls.append((dict(selection.values), [f.name for f in shown]))
        if selection.values.get("q") == "decline":
            return {}
        return {"region": {5: 3}, "kind": {"state": 2}, "initial": {"M": 1}, facets.TOTAL: 3}

    listing = facets.Listing(PLACES.filters, order=("name",), count_total=True, tallied=tallied)
    with django_assert_num_queries(0):  # no count, no total: the hook gave them
        found = listing.find(Jurisdiction.objects.all(), QueryDict("q=o&region=5"))
    assert calls == [({"q": "o", "region": 5}, ["region", "kind", "initial"])]
    assert found.total == 3 and _counts(found, "region")["5"] == 3
    assert _counts(found, "initial")["M"] == 1

    declined = listing.find(Jurisdiction.objects.all(), QueryDict("q=decline"))
    assert declined.total == 0 and sum(_counts(declined, "region").values()) == 0

    without_total = facets.Listing(PLACES.filters, count_total=False, tallied=tallied)
    assert facets.TOTAL not in without_total.counts(
        without_total.select(Jurisdiction.objects.all(), QueryDict("q=o"))
    )


PARAMS = st.fixed_dictionaries(
    {},
    optional={
        "region": st.sampled_from(["1", "4", "5", "9", "10", "0", "²", "x"]),
        "kind": st.sampled_from(Jurisdiction.Kind.values + ["bogus"]),
        "initial": st.sampled_from(list("ACMNWZ")),
        "q": st.sampled_from(["a", "new", "island", " o ", "zz"]),
    },
)


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(params=PARAMS)
def test_every_count_is_what_choosing_it_gives(db, params):
    base = QueryDict(mutable=True)
    base.update(params)
    found = _places(base)
    assert found.total == found.results.count()
    for name, facet in found.facets.items():
        for choice in facet.choices:
            query = base.copy()
            query[name] = choice.value
            assert _places(query).total == choice.count, (dict(params), name, choice)


# --- The four listings, through their pages and the API ----------------------

HOSTILE = [
    "year=²",
    "region=99",
    "year=2024&year=abc",
    "network=nowhere",
    "network=%00",
    "network=%01%1b",
    "q=%00",
    "q=" + "word%20" * 300,
    "series=nope",
    "presenter=",
    "driver=abc",
    "driver=²",
    "evidence=bogus",
    "change_idea=-1",
    "jurisdiction=national&jurisdiction=%00",
    "page=0",
    "page=abc",
    "page=99999",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_no_listing_fails_on_a_hostile_query_string(client, network, toolkit, archive, query):  # noqa: F811
    ResourceFactory(title="Crib audit", networks=[network], year_published=2024)
    pages = [
        reverse("resources:index"),
        reverse("resources:feed_rss"),
        archive.index.url,
        routablepageurl({"request": None}, toolkit.index, "change_ideas"),
        toolkit.studies_index.url,
    ]
    for url in pages:
        assert client.get(f"{url}?{query}").status_code == 200, url
    # The API declares `page` an integer: a page that is no number is a 422;
    # a state it does not know is a 400 that says how to name one.
    assert client.get(f"/api/resources/?{query}").status_code in {200, 400, 422}


def test_a_network_that_does_not_exist_finds_nothing_and_says_so(client, network):
    ResourceFactory(title="Crib audit", networks=[network])
    page = client.get(reverse("resources:index"), {"network": "nowhere"}).content.decode()
    assert "0 resources" in page and "No resource matches these filters." in page
