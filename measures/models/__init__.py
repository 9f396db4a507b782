from .data import Annotation, Entry, EntryChange, ReviewComment, StratumValue, TrackedMeasure
from .dictionary import (
    DataType,
    Dimension,
    Direction,
    Frequency,
    Measure,
    MeasureKind,
    RuleSet,
    StratumCategory,
)

__all__ = [
    "Annotation",
    "DataType",
    "Dimension",
    "Direction",
    "Entry",
    "EntryChange",
    "Frequency",
    "Measure",
    "MeasureKind",
    "ReviewComment",
    "RuleSet",
    "StratumCategory",
    "StratumValue",
    "TrackedMeasure",
]
