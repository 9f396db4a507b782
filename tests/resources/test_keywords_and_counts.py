"""The keyword box and the cached facet counts: what keeps the library quick
at 140,000 resources must not change what anyone finds."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.test import override_settings

from resources import services
from resources.factories import ResourceFactory
from resources.filters import resource_listing
from resources.models import Resource, Visibility


def titles(user, query: str) -> list[str]:
    return [r.title for r in resource_listing(user, QueryDict(query))["resources"]]


@pytest.mark.django_db
def test_every_word_must_match_in_any_of_the_four_fields(
    network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(title="Crib audit tool", summary="For maternity units", networks=[network])
        ResourceFactory(
            title="Quitline referral card",
            summary="Pocket card",
            body="Ask at every visit",
            networks=[network],
        )
        inside = ResourceFactory(title="Unit report", summary="Quarterly", networks=[network])
        # As the extraction task does: the text is written, then announced.
        Resource.objects.filter(pk=inside.pk).update(file_text="Portable bassinet audit results")
        services.text_changed(inside)
    visitor = AnonymousUser()
    assert titles(visitor, "q=crib maternity") == ["Crib audit tool"]
    assert titles(visitor, "q=every visit") == ["Quitline referral card"]
    assert titles(visitor, "q=bassinet") == ["Unit report"]
    assert sorted(titles(visitor, "q=audit")) == ["Crib audit tool", "Unit report"]
    assert titles(visitor, "q=audit quitline") == []


@pytest.mark.django_db
def test_stemming_and_phrases_on_postgresql(
    require_postgres, network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(title="Bassinet checklist for home visitors", networks=[network])
        ResourceFactory(title="Home checklist, with a bassinet section", networks=[network])
    visitor = AnonymousUser()
    assert len(titles(visitor, "q=bassinets")) == 2  # English stemming
    assert titles(visitor, 'q="bassinet checklist"') == ["Bassinet checklist for home visitors"]


@pytest.mark.django_db
def test_the_stored_vector_follows_every_save(
    require_postgres, network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourceFactory(title="Transfer agreement template", networks=[network])
    assert titles(AnonymousUser(), "q=transfer") == ["Transfer agreement template"]
    resource.title = "Level of care verification form"
    with django_capture_on_commit_callbacks(execute=True):
        resource.save()
    assert titles(AnonymousUser(), "q=transfer") == []
    assert titles(AnonymousUser(), "q=verification") == ["Level of care verification form"]


@pytest.mark.django_db
@override_settings(LIBRARY_FACET_CACHE_SECONDS=60)
def test_cached_counts_are_dropped_when_a_resource_changes(network, team):
    ResourceFactory(title="One", networks=[network])
    visitor = AnonymousUser()
    first = resource_listing(visitor, QueryDict(""))
    assert first["result_count"] == 1
    second = ResourceFactory(title="Two", networks=[network])
    assert resource_listing(visitor, QueryDict(""))["result_count"] == 2
    second.visibility = Visibility.TEAM
    second.team = team
    second.save()
    listing = resource_listing(visitor, QueryDict(""))
    assert listing["result_count"] == 1
    network_choice = next(
        c for c in listing["facets"]["network"].choices if c.value == network.slug
    )
    assert network_choice.count == 1


@pytest.mark.django_db
@override_settings(LIBRARY_FACET_CACHE_SECONDS=60)
def test_cached_counts_are_never_shared_between_different_viewers(team, network, member):
    ResourceFactory(title="Open", networks=[network])
    ResourceFactory(title="Ours", networks=[network], visibility=Visibility.TEAM, team=team)
    assert resource_listing(member, QueryDict(""))["result_count"] == 2
    assert resource_listing(AnonymousUser(), QueryDict(""))["result_count"] == 1
