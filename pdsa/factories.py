"""Factories for PDSA cycles, for tests and the demo."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from community.factories import TeamFactory
from pdsa.models import Cycle


class CycleFactory(DjangoModelFactory):
    class Meta:
        model = Cycle
        skip_postgeneration_save = True

    team = factory.SubFactory(TeamFactory)
    title = factory.Sequence(lambda n: f"Cycle {n}: one family, one week")
    own_idea = "Teach-back of the safe sleep ABCs at discharge"
    question = "Can every nurse on one shift use teach-back at discharge?"
    prediction = "Four of the five nurses will, once they have seen it modeled."
    starts_on = date(2026, 3, 2)
