"""The people of a team's data: its data lead and its coach."""

import pytest

from community.factories import MembershipFactory, UserFactory
from community.models import Membership


@pytest.fixture
def data_lead(team):
    return MembershipFactory(
        team=team, role=Membership.Role.DATA_LEAD, user=UserFactory(username="dana")
    ).user


@pytest.fixture
def coach(team):
    person = UserFactory(username="coach", email="coach@example.org")
    team.faculty.add(person)
    return person
