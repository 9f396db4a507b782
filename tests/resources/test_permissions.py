"""Nobody sees or downloads what they may not: every viewer against every
kind of resource, on the list, the page and the download."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

KINDS = ["public", "members", "team", "draft", "withdrawn"]
# What each viewer may open (page and download). The list shows published ones only.
MAY_OPEN = {
    "anonymous": {"public"},
    "member": {"public", "members"},
    "same team": {"public", "members", "team"},
    "other team": {"public", "members"},
    "editor": {"public", "members", "team", "draft", "withdrawn"},
    "contributor": set(KINDS),
}


def _as(client, people, who):
    if people[who] is not None:
        client.force_login(people[who])
    return client


@pytest.mark.parametrize("who", list(MAY_OPEN))
def test_the_list_shows_only_what_the_viewer_may_open(client, people, library, who):
    page = _as(client, people, who).get(reverse("resources:index")).content.decode()
    listed = {kind for kind in KINDS if library[kind].title in page}
    assert listed == MAY_OPEN[who] - {"draft", "withdrawn"}


@pytest.mark.parametrize("who", list(MAY_OPEN))
@pytest.mark.parametrize("kind", KINDS)
def test_page_and_download(client, people, library, who, kind):
    _as(client, people, who)
    resource = library[kind]
    page = client.get(resource.get_absolute_url())
    download = client.get(reverse("resources:download", args=[resource.pk]))
    allowed = kind in MAY_OPEN[who]
    assert page.status_code == (200 if allowed else 404)
    assert download.status_code == (200 if allowed else 404)


def test_a_keyword_search_never_reveals_a_hidden_resource(client, people, library):
    client.force_login(people["other team"])
    page = client.get(reverse("resources:index"), {"q": "notes"}).content.decode()
    assert "Team notes" not in page and "0 resources" in page


def test_facet_counts_never_count_a_hidden_resource(client, people, library):
    response = client.get(reverse("resources:index"))
    kind_counts = {c.value: c.count for c in response.context["facets"]["kind"].choices}
    assert kind_counts["toolkit"] == 1  # only the public one, for a visitor


@pytest.mark.parametrize("who", list(MAY_OPEN))
@pytest.mark.parametrize("feed", ["feed_rss", "feed_atom"])
def test_feeds_hold_only_what_the_viewer_may_open(client, people, library, who, feed):
    body = _as(client, people, who).get(reverse(f"resources:{feed}")).content.decode()
    listed = {kind for kind in KINDS if library[kind].title in body}
    assert listed == MAY_OPEN[who] - {"draft", "withdrawn"}


def test_a_feed_follows_the_filters_of_its_view(client, library, network):
    body = client.get(reverse("resources:feed_atom"), {"network": network.slug}).content.decode()
    assert "Public checklist" in body and "network: safe-sleep" in body
    empty = client.get(reverse("resources:feed_rss"), {"kind": "policy"}).content.decode()
    assert "<item>" not in empty


@pytest.mark.parametrize("who", list(MAY_OPEN))
def test_the_page_rule_is_the_list_rule_but_for_contributors_and_review(people, library, who):
    """`can_view` decides from the loaded resource; `visible_resources` is a
    query. They agree on everything but the documented additions: a
    contributor's own shares, and for curators drafts and withdrawn ones."""
    from django.contrib.auth.models import AnonymousUser

    from resources import permissions

    user = people[who] or AnonymousUser()
    listed = set(permissions.visible_resources(user).values_list("pk", flat=True))
    for kind, resource in library.items():
        in_review = kind in ("draft", "withdrawn") and permissions.is_curator(user)
        own = who == "contributor"
        if not (own or in_review):
            assert permissions.can_view(user, resource) == (resource.pk in listed), kind
