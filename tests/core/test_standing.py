"""A person's standing (teams, roles, coaching, the states and networks of
their teams) is read once, kept between requests, and forgotten the moment
any of it changes."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache

from community.factories import LearningNetworkFactory, TeamFactory
from community.models import Membership
from kernel.roles import SiteRole
from kernel.standing import _cache_keys, _generation, _read, standing
from resources.factories import ResourceFactory
from resources.models import Visibility
from resources.permissions import is_curator, team_ids

pytestmark = pytest.mark.django_db
User = get_user_model()


def _next_request(user):
    """The account as the next request loads it: nothing kept on the object."""
    return User.objects.get(pk=user.pk)


def test_read_once_then_kept_for_the_request_and_the_next(member, django_assert_num_queries):
    first = _next_request(member)
    # Teams, coached teams, their states, their networks, roles, admin permission (2).
    with django_assert_num_queries(7):
        standing(first)
    team_id = member.memberships.get().team_id
    again = _next_request(member)
    with django_assert_num_queries(0):
        assert standing(again).team_ids == {team_id}
        assert team_ids(again) == [team_id]
        assert not is_curator(again)


def test_visitors_and_deactivated_accounts_stand_nowhere(member, django_assert_num_queries):
    from django.contrib.auth.models import AnonymousUser

    member.is_active = False
    member.save()
    with django_assert_num_queries(0):
        assert standing(AnonymousUser()).team_ids == frozenset()
        assert standing(member).team_ids == frozenset()


def _team_only(team):
    return ResourceFactory(title="Our unit's huddle notes", team=team, visibility=Visibility.TEAM)


def test_leaving_a_team_closes_its_resources_on_the_next_page(client, member, team):
    notes = _team_only(team)
    client.force_login(member)
    assert client.get(notes.get_absolute_url()).status_code == 200  # standing now kept
    Membership.objects.get(user=member, team=team).delete()
    assert client.get(notes.get_absolute_url()).status_code == 404


def test_joining_a_team_opens_its_resources_on_the_next_page(client, outsider, team):
    notes = _team_only(team)
    client.force_login(outsider)
    assert client.get(notes.get_absolute_url()).status_code == 404
    Membership.objects.create(user=outsider, team=team)
    assert client.get(notes.get_absolute_url()).status_code == 200


def test_a_new_role_counts_on_the_next_page(client, outsider):
    draft = ResourceFactory(title="A share in review", live=False)
    client.force_login(outsider)
    assert client.get(draft.get_absolute_url()).status_code == 404
    outsider.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    assert client.get(draft.get_absolute_url()).status_code == 200
    # And from the group's side: removed from the editors.
    Group.objects.get(name=SiteRole.EDITOR.value).user_set.remove(outsider)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_teams_networks_and_coaches_count_on_the_next_request(member, team, outsider):
    standing(member)
    extra = LearningNetworkFactory(slug="preterm-birth")
    team.networks.add(extra)
    assert extra.pk in standing(_next_request(member)).network_ids
    other = TeamFactory(slug="texas")
    standing(outsider)
    other.faculty.add(outsider)
    assert standing(_next_request(outsider)).coached_team_ids == {other.pk}


def test_rows_read_before_a_change_and_stored_after_it_are_never_used(member, team):
    """A request that read the generation and the rows before a change, and
    stores them after it: stored under a generation nobody reads."""
    first = _next_request(member)
    generation = _generation(first)
    old = _read(first)
    Membership.objects.get(user=member, team=team).delete()
    cache.set(_cache_keys(member)[1], (generation, old), 300)
    assert standing(_next_request(member)).team_ids == frozenset()


def test_renewed_again_after_commit(member, team, django_capture_on_commit_callbacks):
    """Between the change and its commit other connections still read the
    old rows: the generation moves on once more when the change commits."""
    generation_key = _cache_keys(member)[0]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Membership.objects.get(user=member, team=team).delete()
        during = cache.get(generation_key)
    for callback in callbacks:
        callback()
    assert cache.get(generation_key) not in (None, during)


def test_emptying_a_group_or_a_coach_list_counts_on_the_next_request(outsider, team):
    editors = Group.objects.get(name=SiteRole.EDITOR.value)
    editors.user_set.add(outsider)
    team.faculty.add(outsider)
    assert standing(_next_request(outsider)).coached_team_ids == {team.pk}
    editors.user_set.clear()
    team.faculty.clear()
    after = standing(_next_request(outsider))
    assert not after.curates and after.coached_team_ids == frozenset()


def test_a_deleted_team_or_renamed_group_counts_on_the_next_request(outsider):
    gone = TeamFactory(slug="gone")
    gone.faculty.add(outsider)
    faculty = Group.objects.get(name=SiteRole.FACULTY.value)
    faculty.user_set.add(outsider)
    before = standing(_next_request(outsider))
    assert before.coached_team_ids == {gone.pk} and before.has_role(SiteRole.FACULTY)
    gone.delete()  # the links go with it, and no m2m signal says so
    faculty.name = "Faculty (2025 cohort)"
    faculty.save()
    after = standing(_next_request(outsider))
    assert after.coached_team_ids == frozenset() and not after.has_role(SiteRole.FACULTY)


def test_logging_in_keeps_the_standing(client, member):
    from django.contrib.auth import get_user_model

    standing(_next_request(member))
    generation = cache.get(_cache_keys(member)[0])
    member.set_password("correct horse battery")
    get_user_model().objects.filter(pk=member.pk).update(password=member.password)
    assert client.login(username=member.username, password="correct horse battery")
    assert cache.get(_cache_keys(member)[0]) == generation
