"""A library with one resource of each kind of visibility and state, a team
that owns them, and the people of the permission matrix."""

import pytest
from django.contrib.auth.models import Group

from community.factories import MembershipFactory, TeamFactory, UserFactory
from kernel.roles import SiteRole
from resources.factories import ResourceFactory
from resources.models import Visibility


@pytest.fixture
def people(team):
    same = MembershipFactory(team=team, user=UserFactory(username="same")).user
    other_team = TeamFactory(name="Texas State Team", slug="texas")
    other = MembershipFactory(team=other_team, user=UserFactory(username="other")).user
    member = UserFactory(username="member")  # signed in, on no team
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    contributor = MembershipFactory(team=team, user=UserFactory(username="author")).user
    return {
        "anonymous": None,
        "member": member,
        "same team": same,
        "other team": other,
        "editor": editor,
        "contributor": contributor,
    }


@pytest.fixture
def library(team, network, people, django_capture_on_commit_callbacks):
    # Committed, as shares are: the keyword box reads the search documents
    # built after commit.
    with django_capture_on_commit_callbacks(execute=True):
        return _library(team, network, people)


def _library(team, network, people) -> dict:
    def make(title, **kwargs):
        return ResourceFactory(
            title=title,
            team=team,
            contributor=people["contributor"],
            networks=[network],
            **kwargs,
        )

    return {
        "public": make("Public checklist", visibility=Visibility.PUBLIC),
        "members": make("Members guide", visibility=Visibility.MEMBERS),
        "team": make("Team notes", visibility=Visibility.TEAM),
        "draft": make("Draft protocol", visibility=Visibility.PUBLIC, live=False),
        "withdrawn": make("Old policy", visibility=Visibility.PUBLIC, withdrawn=True),
    }
