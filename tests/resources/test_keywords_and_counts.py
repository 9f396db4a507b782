"""The keyword box and the cached facet counts: what keeps the library quick
at 140,000 resources must not change what anyone finds."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import QueryDict
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from community.models import LearningNetwork
from resources import services
from resources.factories import ResourceFactory
from resources.filters import resource_listing
from resources.models import Audience, Resource, Visibility
from tests.resources.counting import every_count_is_what_choosing_it_gives


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
def test_either_spelling_finds_the_other_and_counts_agree(
    network, django_capture_on_commit_callbacks
):
    """As in the site search (search.query.SPELLINGS): "haemorrhage" finds
    the American text, "pediatric" the British."""
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(title="Hemorrhage cart checklist", networks=[network])
        ResourceFactory(title="Paediatric referral pathway", networks=[network])
        ResourceFactory(title="Crib audit tool", networks=[network])
    visitor = AnonymousUser()
    assert titles(visitor, "q=haemorrhage cart") == ["Hemorrhage cart checklist"]
    assert titles(visitor, "q=hemorrhage") == ["Hemorrhage cart checklist"]
    assert titles(visitor, "q=pediatric") == ["Paediatric referral pathway"]
    every_count_is_what_choosing_it_gives(visitor, "q=haemorrhage")


@pytest.mark.django_db
def test_whether_both_languages_stem_alike_is_one_statement_for_both_spellings(
    require_postgres,
):
    from search.keywords import _by_language

    with CaptureQueriesContext(connection) as captured:
        alike = _by_language("haemorrhage")
    assert len(alike) == 1  # both languages stem it alike, in either spelling
    assert len(captured) == 1
    assert len(_by_language("paediatric referral")) == 2  # they do not


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
def test_cached_counts_are_dropped_when_a_resource_changes(
    network, team, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(title="One", networks=[network])
    visitor = AnonymousUser()
    first = resource_listing(visitor, QueryDict(""))
    assert first["result_count"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        second = ResourceFactory(title="Two", networks=[network])
    assert resource_listing(visitor, QueryDict(""))["result_count"] == 2
    second.visibility = Visibility.TEAM
    second.team = team
    with django_capture_on_commit_callbacks(execute=True):
        second.save()
    listing = resource_listing(visitor, QueryDict(""))
    assert listing["result_count"] == 1
    network_choice = next(
        c for c in listing["facets"]["network"].choices if c.value == network.slug
    )
    assert network_choice.count == 1


@pytest.mark.django_db
@override_settings(LIBRARY_FACET_CACHE_SECONDS=60)
def test_cached_counts_are_never_shared_between_different_viewers(
    team, network, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(title="Open", networks=[network])
        ResourceFactory(title="Ours", networks=[network], visibility=Visibility.TEAM, team=team)
    assert resource_listing(member, QueryDict(""))["result_count"] == 2
    assert resource_listing(AnonymousUser(), QueryDict(""))["result_count"] == 1


KEYWORD_BASES = [
    "q=audit",
    "q=audit&network=safe-sleep",
    "q=audit&region=5&audience=clinicians",
    "q=audit&kind=protocol&language=es&year=2023",
    "q=audit&topic=equity&jurisdiction=ohio",
    "q=audit&network=nowhere",  # names nothing: every count is zero
    "q=zebra",
]


@pytest.mark.django_db
@pytest.mark.parametrize("base", KEYWORD_BASES)
@pytest.mark.parametrize("viewer", ["visitor", "member"])
def test_with_keywordsevery_count_is_what_choosing_it_gives(audits, member, base, viewer):
    every_count_is_what_choosing_it_gives(member if viewer == "member" else AnonymousUser(), base)


@pytest.mark.django_db
def test_with_keywords_counts_see_only_what_the_viewer_may_find(audits, member):
    def kinds(user) -> dict[str, int]:
        facet = resource_listing(user, QueryDict("q=audit"))["facets"]["kind"]
        return {c.value: c.count for c in facet.choices if c.count}

    assert kinds(AnonymousUser()) == {"toolkit": 1, "protocol": 1, "data_report": 1}
    assert kinds(member) == {"toolkit": 2, "protocol": 1, "data_report": 1}  # the team's too


@pytest.mark.django_db
def test_keyword_counts_follow_a_renamed_or_deleted_facet_value(
    audits, django_capture_on_commit_callbacks
):
    def count(query: str) -> int:
        return resource_listing(AnonymousUser(), QueryDict(query))["result_count"]

    def network_count(query: str, slug: str) -> int:
        facet = resource_listing(AnonymousUser(), QueryDict(query))["facets"]["network"]
        return next(c.count for c in facet.choices if c.value == slug)

    with django_capture_on_commit_callbacks(execute=True):
        tobacco = LearningNetwork.objects.get(slug="smoking-cessation")
        tobacco.slug = "tobacco"
        tobacco.save()
    assert count("q=audit&network=tobacco") == network_count("q=audit", "tobacco") == 2
    with django_capture_on_commit_callbacks(execute=True):
        Audience.objects.get(slug="families").delete()
    # The deleted audience names nothing now: nothing is counted under it.
    listing = resource_listing(AnonymousUser(), QueryDict("q=audit&audience=families"))
    assert listing["result_count"] == 0
    assert all(c.count == 0 for c in listing["facets"]["kind"].choices)
    every_count_is_what_choosing_it_gives(AnonymousUser(), "q=audit&audience=families")
    every_count_is_what_choosing_it_gives(AnonymousUser(), "q=audit")


@pytest.mark.django_db
@pytest.mark.parametrize("base", KEYWORD_BASES)
def test_a_rare_word_and_a_common_word_find_the_same_rows(audits, member, base, monkeypatch):
    """Up to `FEW_MATCHES` the keyword condition lists the matching ids,
    beyond it it asks each row's document: the rows are the same."""
    from search import keywords

    def titles(user) -> list[str]:
        return [r.title for r in resource_listing(user, QueryDict(base))["resources"]]

    for user in (AnonymousUser(), member):
        listed = titles(user)
        monkeypatch.setattr(keywords, "FEW_MATCHES", 0)  # every word counts as common
        assert titles(user) == listed
        monkeypatch.undo()


@pytest.mark.django_db
def test_broad_keywords_count_up_to_the_cap_and_say_n_plus(audits, client, settings):
    """Three resources hold "audit" for a visitor: with a cap of two, the
    total and every count are each at least what they say."""
    settings.SEARCH_COUNT_CAP = 2
    listing = resource_listing(AnonymousUser(), QueryDict("q=audit"))
    counts = [c for facet in listing["facets"].values() for c in facet.choices if c.count]

    assert listing["more"] and listing["result_count"] == 2
    assert counts and all(c.at_least for c in counts)
    assert all(c.count <= 2 for c in counts)
    english = client.get("/resources/", {"q": "audit"}).content.decode()
    spanish = client.get("/es/resources/", {"q": "audit"}).content.decode()
    assert "2+ resources" in english and "is at least that many" in english
    assert "2+ recursos" in spanish
    found = client.get("/api/resources/", {"q": "audit"}).json()
    assert found["more"] and found["count"] == 2
    assert all(c["at_least"] for c in found["facets"]["kind"])


@pytest.mark.django_db
def test_up_to_the_cap_every_keyword_count_is_exact(audits, settings):
    settings.SEARCH_COUNT_CAP = 3
    listing = resource_listing(AnonymousUser(), QueryDict("q=audit"))

    assert not listing["more"] and listing["result_count"] == 3
    assert not any(c.at_least for facet in listing["facets"].values() for c in facet.choices)
    every_count_is_what_choosing_it_gives(AnonymousUser(), "q=audit")
