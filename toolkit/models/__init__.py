from .pages import (
    CaseStudyIndexPage,
    CaseStudyPage,
    ChangeIdeaPage,
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
    "Driver",
    "EvidenceLevel",
    "KeyInsight",
    "NewcomerProgress",
    "StartHerePage",
    "StrategyAreaPage",
    "ToolkitIndexPage",
    "Video",
]
