"""Factories for the team workspace, for tests and the demo."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from community.factories import TeamFactory, UserFactory
from meetings.models import ActionItem, Meeting


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting

    team = factory.SubFactory(TeamFactory)
    title = "Task force meeting"
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    place = "Community room, county health department"


class ActionItemFactory(DjangoModelFactory):
    class Meta:
        model = ActionItem

    meeting = factory.SubFactory(MeetingFactory)
    team = factory.SelfAttribute("meeting.team")
    text = "Ask the two churches to host the next baby shower"
    owner = factory.SubFactory(UserFactory)
    due_on = factory.LazyAttribute(
        lambda action: action.meeting.starts_at.date() + timedelta(days=14)
    )
