from .pages import (
    CaseStudyIndexPage,
    CaseStudyMoment,
    CaseStudyPage,
    CaseStudyResource,
    ChangeIdeaMoment,
    ChangeIdeaPage,
    ChangeIdeaResource,
    StartHerePage,
    StrategyAreaPage,
    ToolkitIndexPage,
)
from .progress import NewcomerProgress
from .snippets import CareSetting, Driver, EvidenceLevel, KeyInsight, Video

__all__ = [
    "CareSetting",
    "CaseStudyIndexPage",
    "CaseStudyMoment",
    "CaseStudyPage",
    "CaseStudyResource",
    "ChangeIdeaMoment",
    "ChangeIdeaPage",
    "ChangeIdeaResource",
    "Driver",
    "EvidenceLevel",
    "KeyInsight",
    "NewcomerProgress",
    "StartHerePage",
    "StrategyAreaPage",
    "ToolkitIndexPage",
    "Video",
]
