"""Filters on change ideas and case studies return exactly the matching pages,
and each choice's count is the number of results it gives."""

import pytest
from django.http import QueryDict
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl

from toolkit.filters import case_study_listing, change_idea_listing

pytestmark = pytest.mark.django_db


def _slugs(listing, key="ideas") -> set[str]:
    return {page.slug for page in listing[key]}


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            "",
            {
                "nurse-training",
                "crib-audits",
                "bedside-modelling",
                "home-visit-script",
                "quitline-referral",
            },
        ),
        ("network=smoking-cessation", {"quitline-referral"}),
        ("evidence=promising", {"crib-audits", "home-visit-script"}),
        ("setting=community", {"bedside-modelling", "home-visit-script", "quitline-referral"}),
        ("network=safe-sleep&setting=hospital&evidence=emerging", {"bedside-modelling"}),
        ("setting=payer&network=safe-sleep", set()),
    ],
)
def test_change_idea_filters_return_exactly_the_matching_pages(toolkit, query, expected):
    assert _slugs(change_idea_listing(QueryDict(query))) == expected


def test_driver_filter_takes_a_primary_or_a_secondary_driver(toolkit):
    p1, s1 = toolkit.drivers["p1"], toolkit.drivers["s1"]
    assert _slugs(change_idea_listing(QueryDict(f"driver={p1.pk}"))) == {
        "nurse-training",
        "crib-audits",
        "bedside-modelling",
    }
    assert _slugs(change_idea_listing(QueryDict(f"driver={s1.pk}"))) == {
        "nurse-training",
        "bedside-modelling",
    }


@pytest.mark.parametrize("base", ["", "network=safe-sleep", "evidence=promising&setting=hospital"])
def test_every_facet_count_is_what_choosing_it_gives(toolkit, base):
    listing = change_idea_listing(QueryDict(base))
    for name, facet in listing["facets"].items():
        for choice in facet.choices:
            query = QueryDict(base, mutable=True)
            query[name] = choice.value
            assert change_idea_listing(query)["result_count"] == choice.count, (name, choice)


def test_drafts_are_never_listed(toolkit):
    assert "draft-idea" not in _slugs(change_idea_listing(QueryDict("")))


def test_change_idea_listing_page_renders_with_filters(client, toolkit):
    url = routablepageurl({"request": None}, toolkit.index, "change_ideas")
    page = client.get(url, {"evidence": "evidence_based"}).content.decode()
    assert "2 change ideas" in page
    assert "Nurse training" in page and "Crib audits" not in page


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", {"ohio-cribs", "national"}),
        ("jurisdiction=ohio", {"ohio-cribs"}),
        ("jurisdiction=national", {"national"}),
        ("network=smoking-cessation", {"national"}),
        ("network=safe-sleep&jurisdiction=ohio", {"ohio-cribs"}),
    ],
)
def test_case_study_filters(toolkit, query, expected):
    assert (
        _slugs(case_study_listing(toolkit.studies_index, QueryDict(query)), "studies") == expected
    )


def test_case_study_filter_by_change_idea_and_its_counts(client, toolkit):
    idea = toolkit.ideas["crib-audits"]
    listing = case_study_listing(toolkit.studies_index, QueryDict(f"change_idea={idea.pk}"))
    assert _slugs(listing, "studies") == {"ohio-cribs"}
    counts = {c.value: c.count for c in listing["facets"]["jurisdiction"].choices}
    assert counts == {"national": 0, "ohio": 1}
    page = client.get(toolkit.studies_index.url, {"jurisdiction": "national"}).content.decode()
    assert "National results" in page and "Ohio audits its cribs" not in page


def test_driver_choices_list_secondaries_under_their_primary(toolkit):
    listing = change_idea_listing(QueryDict("network=safe-sleep"))
    labels = [choice.label for choice in listing["facets"]["driver"].choices]
    assert labels == [
        "Hospitals model safe sleep",
        "— Nurses trained",
        "— Bassinets audited",
        "Families hear one message",
        "— Home visitors aligned",
    ]


@pytest.mark.parametrize("query", ["driver=²", "driver=abc", "change_idea=-1", "page=999"])
def test_nonsense_filters_are_ignored(client, toolkit, query):
    url = routablepageurl({"request": None}, toolkit.index, "change_ideas")
    assert client.get(f"{url}?{query}").status_code == 200
    assert client.get(f"{toolkit.studies_index.url}?{query}").status_code == 200


def test_case_studies_name_only_published_change_ideas(client, toolkit):
    study = toolkit.studies["ohio-cribs"]
    study.change_ideas.add(toolkit.ideas["draft"])
    study.save_revision().publish()
    sidebar = client.get(study.url).context["change_ideas"]
    assert {idea.slug for idea in sidebar} == {"crib-audits", "nurse-training"}
