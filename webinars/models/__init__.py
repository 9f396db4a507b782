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
    CaptionTrack,
    Chapter,
    Registration,
    TranscriptSegment,
    WebinarEngagement,
)

__all__ = [
    "CalendarKey",
    "CaptionTrack",
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
