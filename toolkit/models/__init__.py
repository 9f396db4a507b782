from .pages import (
    CaseStudyIndexPage,
    CaseStudyPage,
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
    "CaseStudyPage",
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
