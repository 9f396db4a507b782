"""A member's resource page is kept whole for them (kernel/personal_pages.py):
it never outlives a log-out or a change of access, never shows one person
another's name, collections or CSRF token, and its counts are this
request's own. Views are counted in Redis and folded into the row
(kernel/counters.py)."""

import re

import pytest
from django.urls import reverse

from community.factories import MembershipFactory, TeamFactory, UserFactory
from community.models import Membership
from kernel import fragments
from resources import services
from resources.factories import ResourceFactory
from resources.models import Collection, Resource, Visibility
from tests.queries import queries_for

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def checklist(network):
    return ResourceFactory(title="Crib audit checklist", networks=[network])


@pytest.fixture
def huddle_notes(team, network):
    return ResourceFactory(
        title="Ohio huddle notes", networks=[network], team=team, visibility=Visibility.TEAM
    )


def _page(client, resource) -> str:
    response = client.get(resource.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_view_is_served_from_the_kept_page(client, member, checklist, settings):
    client.force_login(member)
    kept = queries_for(client, checklist.get_absolute_url())
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert queries_for(client, checklist.get_absolute_url()) > kept


def test_after_logging_out_the_page_is_not_served_as_signed_in(client, member, checklist):
    client.force_login(member)
    assert "Log out" in _page(client, checklist)
    client.post("/accounts/logout/")
    page = _page(client, checklist)
    assert "Log out" not in page and "Save to a collection" not in page
    assert "Log in" in page


def test_a_membership_removed_hides_what_only_the_team_sees(
    client, member, team, checklist, huddle_notes
):
    client.force_login(member)
    assert "Ohio huddle notes" in _page(client, checklist)  # its related resources
    assert client.get(huddle_notes.get_absolute_url()).status_code == 200
    Membership.objects.filter(user=member, team=team).delete()
    assert "Ohio huddle notes" not in _page(client, checklist)
    assert client.get(huddle_notes.get_absolute_url()).status_code == 404


def test_a_kept_page_never_shows_one_person_anothers_own_parts(client, member, team, checklist):
    teammate = MembershipFactory(
        team=team, user=UserFactory(first_name="Zebediah", last_name="Quill")
    ).user
    member.first_name, member.last_name = "Ottoline", "Marsh"
    member.save()
    Collection.objects.create(owner=member, name="Night shift reading")
    pages = {}
    for person in (member, teammate, member, teammate):
        client.force_login(person)
        pages.setdefault(person.pk, []).append(_page(client, checklist))
    mine, theirs = pages[member.pk], pages[teammate.pk]
    assert all("Night shift reading" in page for page in mine)
    assert not any("Night shift reading" in page for page in theirs)
    assert not any("Ottoline" in page for page in theirs)
    assert not any("Zebediah" in page for page in mine)
    tokens = [set(TOKEN.findall(page)) for page in mine + theirs]
    assert all(tokens) and len(set.union(*tokens)) == sum(map(len, tokens))


def test_a_new_collection_shows_on_the_next_view(client, member, checklist):
    client.force_login(member)
    assert "Night shift reading" not in _page(client, checklist)
    services.create_collection(member, "Night shift reading")
    assert "Night shift reading" in _page(client, checklist)


def test_a_message_is_shown_once_and_the_page_is_kept_without_it(client, member, checklist):
    client.force_login(member)
    _page(client, checklist)
    collection = services.create_collection(member, "Night shift reading")
    client.post(f"/resources/{checklist.pk}/save/", {"collection": collection.pk}, follow=False)
    with_message = _page(client, checklist)
    assert 'class="message' in with_message
    assert 'class="message' not in _page(client, checklist)


@pytest.mark.redis
def test_views_and_downloads_are_counted_in_redis_and_folded_into_the_row(
    client, member, checklist
):
    client.force_login(member)
    assert "0 views · 0 downloads" in _page(client, checklist)  # the views before this one
    assert client.get(reverse("resources:download", args=[checklist.pk])).status_code == 200
    assert "1 view · 1 download" in _page(client, checklist)
    row = Resource.objects.get(pk=checklist.pk)
    assert (row.view_count, row.download_count) == (0, 0)  # not a write per view
    assert services.fold_counts() == 2  # one resource's views, and its downloads
    row = Resource.objects.get(pk=checklist.pk)
    assert (row.view_count, row.download_count) == (2, 1)
    assert services.fold_counts() == 0
    # The row kept for the page (resources/kept.py) was read again after the
    # fold: the folded counts are not added twice.
    assert "2 views · 1 download" in _page(client, checklist)
    assert "3 views · 1 download" in _page(client, checklist)


def test_without_redis_each_view_and_download_is_written_to_the_row(
    client, member, checklist, monkeypatch
):
    monkeypatch.setattr("kernel.counters.redis_client", lambda: None)  # development's cache
    client.force_login(member)
    assert "0 views · 0 downloads" in _page(client, checklist)
    client.get(reverse("resources:download", args=[checklist.pk]))
    row = Resource.objects.get(pk=checklist.pk)
    assert (row.view_count, row.download_count) == (1, 1)
    assert services.fold_counts() == 0


def test_an_unpublished_resource_shows_its_counts_without_counting_a_view(client, checklist):
    Resource.objects.filter(pk=checklist.pk).update(live=False, view_count=7, download_count=2)
    fragments.content_changed()
    client.force_login(UserFactory(username="admin", is_superuser=True))
    assert "7 views · 2 downloads" in _page(client, checklist)
    assert "7 views · 2 downloads" in _page(client, checklist)
    assert Resource.objects.get(pk=checklist.pk).view_count == 7


def test_the_kept_row_follows_a_change_of_access(client, member, team, network):
    """The row is kept (resources/kept.py), the answer never is: a resource
    made team-only for another team is a 404 at the next view."""
    handout = ResourceFactory(title="Discharge handout", networks=[network])
    client.force_login(member)
    assert client.get(handout.get_absolute_url()).status_code == 200
    handout.visibility, handout.team = Visibility.TEAM, TeamFactory(name="Iowa team")
    handout.save()
    assert client.get(handout.get_absolute_url()).status_code == 404
    MembershipFactory(user=member, team=handout.team)
    assert client.get(handout.get_absolute_url()).status_code == 200
