from .pages import WebinarIndexPage, WebinarPage, WebinarSeriesPage, WebinarTag
from .people import Person
from .recordings import Chapter, Registration, TranscriptSegment, WebinarEngagement

__all__ = [
    "Chapter",
    "Person",
    "Registration",
    "TranscriptSegment",
    "WebinarEngagement",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarSeriesPage",
    "WebinarTag",
]
