"""Factories for the toolkit's pages and snippets, for tests and demo data."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from community.factories import LearningNetworkFactory
from toolkit.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    ChangeIdeaPage,
    Driver,
    EvidenceLevel,
    KeyInsight,
    StartHerePage,
    StrategyAreaPage,
    ToolkitIndexPage,
)


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolkitIndexPage

    title = "Toolkit"
    slug = "toolkit"


class StrategyAreaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StrategyAreaPage

    title = factory.Sequence(lambda n: f"Strategy area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    network = factory.SubFactory(LearningNetworkFactory)
    aim = "Cut sleep-related infant deaths by a fifth by 2028."


class DriverFactory(DjangoModelFactory):
    class Meta:
        model = Driver

    strategy_area = factory.SubFactory(StrategyAreaPageFactory)
    title = factory.Sequence(lambda n: f"Driver {n}")


class ChangeIdeaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ChangeIdeaPage

    title = factory.Sequence(lambda n: f"Change idea {n}")
    slug = factory.Sequence(lambda n: f"change-idea-{n}")
    summary = "Teach every parent the ABCs of safe sleep before discharge."
    why_it_works = "<p>Parents copy what they see nurses do.</p>"
    evidence_level = EvidenceLevel.PROMISING
    pdsa_plan = "Pick one unit and one shift."
    pdsa_do = "Model safe sleep in every bassinet for a week."
    pdsa_study = "Audit twenty bassinets."
    pdsa_act = "Spread to the night shift if four in five are safe."


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "Case studies"
    slug = "case-studies"


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Case study {n}")
    slug = factory.Sequence(lambda n: f"case-study-{n}")
    summary = "A state team halved unsafe sleep in its birthing hospitals."
    challenge = "<p>Unsafe sleep was common.</p>"
    what_they_did = "<p>They modeled safe sleep.</p>"
    differently = "<p>Posters alone did nothing.</p>"


class StartHerePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StartHerePage

    title = "Start here"
    slug = "start"


class KeyInsightFactory(DjangoModelFactory):
    class Meta:
        model = KeyInsight

    title = factory.Sequence(lambda n: f"Insight {n}")
    text = "Small tests on one unit beat big launches."
