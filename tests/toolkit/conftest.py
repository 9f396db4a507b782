"""A small toolkit built with the factories: two strategy areas, a driver
diagram with two levels, published and draft change ideas, case studies."""

from dataclasses import dataclass

import pytest

from community.factories import LearningNetworkFactory, TeamFactory
from community.models import Jurisdiction
from toolkit.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ChangeIdeaPageFactory,
    DriverFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)
from toolkit.models import CareSetting, EvidenceLevel


@dataclass
class Toolkit:
    index: object
    safe_sleep: object
    smoking: object
    drivers: dict
    ideas: dict
    studies_index: object
    studies: dict


def _idea(parent, driver, slug, evidence, settings):
    page = ChangeIdeaPageFactory(
        parent=parent,
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        driver=driver,
        evidence_level=evidence,
    )
    page.care_settings.set(CareSetting.objects.filter(slug__in=settings))
    page.save_revision().publish()
    return page


@pytest.fixture
def toolkit(home_page):
    index = ToolkitIndexPageFactory(parent=home_page)
    safe_sleep = StrategyAreaPageFactory(
        parent=index,
        slug="safe-sleep",
        title="Safe sleep",
        network=LearningNetworkFactory(slug="safe-sleep", name="Safe Sleep"),
        aim="Cut sleep-related infant deaths by a fifth by 2028.",
    )
    smoking = StrategyAreaPageFactory(
        parent=index,
        slug="smoking-cessation",
        title="Smoking cessation",
        network=LearningNetworkFactory(slug="smoking-cessation", name="Smoking Cessation"),
    )
    p1 = DriverFactory(strategy_area=safe_sleep, title="Hospitals model safe sleep", sort_order=1)
    p2 = DriverFactory(strategy_area=safe_sleep, title="Families hear one message", sort_order=2)
    s1 = DriverFactory(strategy_area=safe_sleep, parent=p1, title="Nurses trained")
    s2 = DriverFactory(strategy_area=safe_sleep, parent=p1, title="Bassinets audited")
    s3 = DriverFactory(strategy_area=safe_sleep, parent=p2, title="Home visitors aligned")
    q1 = DriverFactory(strategy_area=smoking, title="Every pregnant smoker is asked")
    q2 = DriverFactory(strategy_area=smoking, parent=q1, title="Screening is routine")
    hospital, community, payer = "hospital", "community", "payer"
    ideas = {
        "nurse-training": _idea(
            safe_sleep, s1, "nurse-training", EvidenceLevel.EVIDENCE_BASED, [hospital]
        ),
        "crib-audits": _idea(safe_sleep, s2, "crib-audits", EvidenceLevel.PROMISING, [hospital]),
        "bedside-modelling": _idea(
            safe_sleep, s1, "bedside-modelling", EvidenceLevel.EMERGING, [hospital, community]
        ),
        "home-visit-script": _idea(
            safe_sleep, s3, "home-visit-script", EvidenceLevel.PROMISING, [community]
        ),
        "quitline-referral": _idea(
            smoking, q2, "quitline-referral", EvidenceLevel.EVIDENCE_BASED, [community, payer]
        ),
    }
    draft = ChangeIdeaPageFactory(parent=safe_sleep, slug="draft-idea", driver=s3, live=False)
    ideas["draft"] = draft
    studies_index = CaseStudyIndexPageFactory(parent=home_page)
    ohio = Jurisdiction.objects.get(postal_code="OH")
    studies = {
        "ohio-cribs": CaseStudyPageFactory(
            parent=studies_index,
            slug="ohio-cribs",
            title="Ohio audits its cribs",
            jurisdiction=ohio,
            team=TeamFactory(slug="ohio-team"),
        ),
        "national": CaseStudyPageFactory(
            parent=studies_index, slug="national", title="National results"
        ),
    }
    studies["ohio-cribs"].networks.set([safe_sleep.network])
    studies["ohio-cribs"].change_ideas.set([ideas["crib-audits"], ideas["nurse-training"]])
    studies["ohio-cribs"].save_revision().publish()
    studies["national"].networks.set([safe_sleep.network, smoking.network])
    studies["national"].change_ideas.set([ideas["quitline-referral"]])
    studies["national"].save_revision().publish()
    return Toolkit(
        index,
        safe_sleep,
        smoking,
        {"p1": p1, "p2": p2, "s1": s1, "s2": s2, "s3": s3, "q1": q1, "q2": q2},
        ideas,
        studies_index,
        studies,
    )
