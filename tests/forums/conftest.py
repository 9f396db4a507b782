"""A small collaborative for the discussion tests: Ohio (two teams), a
Missouri team in the same network, a Michigan team in another network, and
people in every role."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group

from community.factories import (
    LearningNetworkFactory,
    MembershipFactory,
    TeamFactory,
    UserFactory,
)
from community.models import Jurisdiction, Membership
from forums.services.spaces import (
    collaborative_space,
    create_group,
    ensure_standard_spaces,
    jurisdiction_space,
    network_space,
    team_space,
)
from forums.services.threads import start_thread
from kernel.roles import SiteRole


def _with_role(username: str, role: SiteRole):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=role.value))
    return user


@pytest.fixture
def world(team, lead, member, network):
    """`team` is the Ohio State Team (fixture from tests/conftest.py)."""
    ohio = team.jurisdiction
    other_network = LearningNetworkFactory(slug="smoking-cessation", name="Smoking Cessation")
    missouri = Jurisdiction.objects.get(postal_code="MO")
    michigan = Jurisdiction.objects.get(postal_code="MI")
    franklin = TeamFactory(
        name="Franklin County Hub", slug="franklin", jurisdiction=ohio, networks=[other_network]
    )
    mo_team = TeamFactory(
        name="Missouri State Team", slug="missouri", jurisdiction=missouri, networks=[network]
    )
    mi_team = TeamFactory(
        name="Michigan State Team", slug="michigan", jurisdiction=michigan, networks=[other_network]
    )
    people = SimpleNamespace(
        lead=lead,
        member=member,
        franklin=MembershipFactory(
            team=franklin, user=UserFactory(username="franklin.member")
        ).user,
        missouri=MembershipFactory(team=mo_team, user=UserFactory(username="missouri.member")).user,
        michigan=MembershipFactory(team=mi_team, user=UserFactory(username="michigan.member")).user,
        coach=UserFactory(username="ohio.coach"),
        facilitator=_with_role("facilitator", SiteRole.FACILITATOR),
        moderator=_with_role("moderator", SiteRole.MODERATOR),
        newcomer=UserFactory(username="newcomer"),
        admin=UserFactory(username="admin", is_superuser=True, is_staff=True),
    )
    team.faculty.add(people.coach)
    MembershipFactory(
        team=mo_team, user=UserFactory(username="missouri.lead"), role=Membership.Role.LEAD
    )
    ensure_standard_spaces()
    spaces = SimpleNamespace(
        collaborative=collaborative_space(),
        network=network_space(network),
        other_network=network_space(other_network),
        ohio=jurisdiction_space(ohio),
        team=team_space(team),
        franklin=team_space(franklin),
        missouri_team=team_space(mo_team),
    )
    spaces.group = create_group(
        people.facilitator, name="Cross-state safe sleep group", teams=[mo_team], people=[member]
    )
    return SimpleNamespace(
        people=people,
        spaces=spaces,
        teams=SimpleNamespace(ohio=team, franklin=franklin, missouri=mo_team, michigan=mi_team),
    )


@pytest.fixture
def thread(world):
    """A thread in the Ohio team's private space, started by its lead."""
    return start_thread(world.people.lead, world.spaces.team, "Data huddle", "Hello team").thread
