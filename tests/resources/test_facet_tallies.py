"""Counts without words come from tallies kept as the search documents
change (search.tallies): they must say what choosing them gives, for every
viewer, after every kind of change, and equal the tallies counted afresh."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.http import QueryDict
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from community.factories import UserFactory
from community.models import LearningNetwork
from kernel.roles import SiteRole
from resources.filters import resource_listing
from resources.models import Audience, Resource, Visibility
from search import indexing, tallies
from search.models import FacetTally
from tests.resources.counting import every_count_is_what_choosing_it_gives

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("audits")]

BASES = [
    "",
    "region=5",
    "year=2024",
    "network=safe-sleep&jurisdiction=ohio",  # two chosen: some facets counted from the rows
    "region=5&audience=clinicians&language=en",
    "network=nowhere",  # names nothing: every count is zero
    "year=abc&kind=toolkit",  # a year that does not read is ignored
]


@pytest.fixture
def viewers(member):
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    return {"visitor": AnonymousUser(), "member": member, "editor": editor}


def _kept() -> dict:
    rows = FacetTally.objects.filter(n__gt=0).values_list("group__access", "first", "second", "n")
    return {(access, first, second): n for access, first, second, n in rows}


def _as_counted_afresh() -> None:
    kept = _kept()
    tallies.recount("resource")
    assert _kept() == kept


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("viewer", ["visitor", "member"])
def test_without_words_every_count_is_what_choosing_it_gives(viewers, base, viewer):
    every_count_is_what_choosing_it_gives(viewers[viewer], base)


@pytest.mark.parametrize("base", ["", "kind=protocol"])
def test_a_curators_counts_hold_every_team_once(viewers, team, base):
    """A curator on the team holds both keys of its team-only document."""
    from community.factories import MembershipFactory

    MembershipFactory(team=team, user=viewers["editor"])
    every_count_is_what_choosing_it_gives(viewers["editor"], base)


def test_the_team_only_resource_is_counted_for_its_team_and_curators_only(viewers):
    def total(name: str) -> int:
        return resource_listing(viewers[name], QueryDict(""))["result_count"]

    assert (total("visitor"), total("member"), total("editor")) == (4, 5, 5)


def _saved(resource: Resource, **values) -> None:
    for name, value in values.items():
        setattr(resource, name, value)
    resource.save()  # networks and topics are parental: written with the resource


def test_the_tallies_follow_every_change(viewers, team, django_capture_on_commit_callbacks):
    crib = Resource.objects.get(title="Crib audit")
    brief = Resource.objects.get(title="National audit brief")
    notes = Resource.objects.get(title="Team audit notes")
    smoking = LearningNetwork.objects.filter(slug="smoking-cessation")
    changes = [
        lambda: _saved(crib, kind="protocol"),
        lambda: crib.networks.set(smoking) or _saved(crib),
        lambda: crib.topics.remove("equity") or _saved(crib),
        lambda: _saved(brief, withdrawn=True),
        lambda: Resource.objects.get(title="Unrelated checklist").delete(),
        lambda: _saved(notes, visibility=Visibility.PUBLIC),
        lambda: smoking.get().delete(),
        lambda: Audience.objects.get(slug="families").delete(),
    ]
    for change in changes:
        with django_capture_on_commit_callbacks(execute=True):
            change()
        every_count_is_what_choosing_it_gives(viewers["visitor"], "network=safe-sleep")
        every_count_is_what_choosing_it_gives(viewers["member"], "")
        _as_counted_afresh()
    assert resource_listing(AnonymousUser(), QueryDict(""))["result_count"] == 3


def test_a_resource_made_team_only_leaves_the_visitors_counts(
    viewers, team, django_capture_on_commit_callbacks
):
    crib = Resource.objects.get(title="Crib audit")
    crib.visibility, crib.team = Visibility.TEAM, team
    with django_capture_on_commit_callbacks(execute=True):
        crib.save()
    kinds = resource_listing(AnonymousUser(), QueryDict(""))["facets"]["kind"]
    assert {c.value: c.count for c in kinds.choices if c.count} == {
        "protocol": 1,
        "data_report": 1,
        "toolkit": 1,
    }
    every_count_is_what_choosing_it_gives(viewers["member"], "")


def test_a_rebuild_counts_them_again():
    kept = _kept()
    FacetTally.objects.update(n=99)  # whatever was kept is replaced
    indexing.rebuild()
    assert _kept() == kept


@override_settings(LIBRARY_FACET_CACHE_SECONDS=0)
def test_one_filter_or_none_counts_nothing_over_the_library():
    """The tallies answer every facet: no query groups the library's rows."""
    for base in ("", "network=safe-sleep"):
        with CaptureQueriesContext(connection) as captured:
            resource_listing(AnonymousUser(), QueryDict(base))
        grouped = [q["sql"] for q in captured if "GROUP BY" in q["sql"]]
        assert len(grouped) == 1 and "search_facettally" in grouped[0], grouped
