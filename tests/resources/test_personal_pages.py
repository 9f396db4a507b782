"""A member's resource page is kept whole for them (kernel/personal_pages.py):
it never outlives a log-out or a change of access, never shows one person
another's name, collections or CSRF token, and its counts are this
request's own. Views are counted in Redis and folded into the row
(kernel/counters.py)."""

import re

import pytest

from community.factories import MembershipFactory, UserFactory
from community.models import Membership
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
def test_views_are_counted_in_redis_and_folded_into_the_row(client, member, checklist):
    client.force_login(member)
    assert "0 views" in _page(client, checklist)  # the views before this one
    assert "1 view " in _page(client, checklist)
    assert Resource.objects.get(pk=checklist.pk).view_count == 0  # not a write per view
    assert services.fold_views() == 1
    assert Resource.objects.get(pk=checklist.pk).view_count == 2
    assert services.fold_views() == 0
    assert "2 views" in _page(client, checklist)
