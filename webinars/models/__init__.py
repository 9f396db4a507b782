from .moments import MomentCitation
from .pages import (
    WebinarIndexPage,
    WebinarPage,
    WebinarResource,
    WebinarSeriesPage,
    WebinarTag,
)
from .people import Person
from .recordings import (
    CalendarKey,
    Chapter,
    Registration,
    TranscriptSegment,
    WebinarEngagement,
)

__all__ = [
    "CalendarKey",
    "Chapter",
    "MomentCitation",
    "Person",
    "Registration",
    "TranscriptSegment",
    "WebinarEngagement",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarResource",
    "WebinarSeriesPage",
    "WebinarTag",
]
