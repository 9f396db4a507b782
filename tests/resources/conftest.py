"""A library with one resource of each kind of visibility and state, a team
that owns them, and the people of the permission matrix."""

import pytest
from django.contrib.auth.models import Group

from community.factories import LearningNetworkFactory, MembershipFactory, TeamFactory, UserFactory
from community.models import Jurisdiction
from kernel.roles import SiteRole
from resources.factories import ResourceFactory
from resources.models import Audience, Visibility


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


@pytest.fixture
def audits(team, network, django_capture_on_commit_callbacks):
    """Resources that share a word, filed under every facet the library
    counts: two states of one region, several audiences, kinds, languages,
    years and topics, and one that only the team may find."""
    smoking = LearningNetworkFactory(slug="smoking-cessation")
    ohio, michigan, texas = (Jurisdiction.objects.get(postal_code=c) for c in ("OH", "MI", "TX"))
    clinicians, families = (Audience.objects.get(slug=s) for s in ("clinicians", "families"))

    def make(title, audiences=(), **kwargs):
        resource = ResourceFactory(title=title, summary="Shared by a team.", **kwargs)
        resource.audiences.set(audiences)
        resource.save()  # a parental relation is written with its resource
        return resource

    with django_capture_on_commit_callbacks(execute=True):
        make(
            "Crib audit",
            [clinicians, families],
            networks=[network],
            jurisdictions=[ohio, michigan],  # one region, counted once there
            year_published=2024,
            topics=["safe sleep", "equity"],
        )
        make(
            "Quitline audit script",
            [clinicians],
            kind="protocol",
            networks=[smoking],
            jurisdictions=[texas],
            year_published=2023,
            language="es",
        )
        make("National audit brief", kind="data_report", networks=[network, smoking])
        make(
            "Team audit notes",
            [families],
            networks=[network],
            jurisdictions=[ohio],
            visibility=Visibility.TEAM,
            team=team,
        )
        make("Unrelated checklist", [clinicians], networks=[network], jurisdictions=[ohio])
