"""A task force with four members (a community organizer among them), a
coach, and a meeting a week ahead."""

from datetime import timedelta

import pytest
from django.utils import timezone

from community.factories import MembershipFactory, UserFactory
from community.models import Membership
from meetings.factories import MeetingFactory


@pytest.fixture
def organizer(team):
    user = UserFactory(username="organizer", email="organizer@example.org")
    MembershipFactory(team=team, user=user, role=Membership.Role.COMMUNITY_ORGANIZER)
    return user


@pytest.fixture
def nurse(team):
    user = UserFactory(username="nurse", email="nurse@example.org")
    MembershipFactory(team=team, user=user)
    return user


@pytest.fixture
def coach(team):
    person = UserFactory(username="coach", email="coach@example.org")
    team.faculty.add(person)
    return person


@pytest.fixture
def meeting(team):
    return MeetingFactory(team=team, starts_at=timezone.now() + timedelta(days=7))
