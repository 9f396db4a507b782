"""Factories for measures and team data, for tests and the demo."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from community.factories import TeamFactory
from measures.models import (
    DataType,
    Direction,
    Entry,
    Measure,
    MeasureKind,
    TrackedMeasure,
)


class MeasureFactory(DjangoModelFactory):
    class Meta:
        model = Measure
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Measure {n}")
    slug = factory.Sequence(lambda n: f"measure-{n}")
    definition = "Share of infants found in a safe sleep position at the monthly crib audit."
    kind = MeasureKind.PROCESS
    data_type = DataType.PROPORTION
    numerator = "Infants found safe"
    denominator = "Infants audited"
    multiplier = 100
    direction = Direction.UP

    @factory.post_generation
    def networks(measure, create, extracted, **kwargs):
        if create and extracted:
            measure.networks.set(extracted)


class TrackedMeasureFactory(DjangoModelFactory):
    class Meta:
        model = TrackedMeasure
        django_get_or_create = ("team", "measure")

    team = factory.SubFactory(TeamFactory)
    measure = factory.SubFactory(MeasureFactory)


class EntryFactory(DjangoModelFactory):
    class Meta:
        model = Entry

    team = factory.SubFactory(TeamFactory)
    measure = factory.SubFactory(MeasureFactory)
    period = date(2026, 1, 1)
    numerator = 40
    denominator = 50
