"""A small archive: one index, one series, an upcoming webinar and a recorded
one with a real video file, WebVTT captions, slides and chapters."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from community.factories import LearningNetworkFactory, UserFactory
from webinars.factories import (
    PersonFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
    WebinarSeriesPageFactory,
    document,
)
from webinars.models import Chapter

CAPTIONS = """WEBVTT

00:00.000 --> 00:10.000
Welcome to the safe sleep webinar.

00:10.000 --> 12:34.000
First we look at the data.

12:34.000 --> 12:50.000
Here we talk about safe sleep disparities by race.

12:50.000 --> 20:00.000
Questions and close.
"""
VIDEO = bytes(range(256)) * 40  # 10,240 bytes stand in for a recording


@dataclass
class Archive:
    index: object
    series: object
    upcoming: object
    recorded: object
    presenter: object
    presenter_user: object


@pytest.fixture
def archive(home_page):
    index = WebinarIndexPageFactory(parent=home_page)
    series = WebinarSeriesPageFactory(parent=index, slug="expert-series", title="Expert series")
    presenter_user = UserFactory(username="helen")
    presenter = PersonFactory(slug="helen-osei", name="Helen Osei", user=presenter_user)
    network = LearningNetworkFactory(slug="safe-sleep", name="Safe Sleep")
    upcoming = WebinarPageFactory(
        parent=series,
        slug="next-steps",
        title="Next steps in safe sleep",
        starts_at=(timezone.now() + timedelta(days=10)).replace(second=0, microsecond=0),
    )
    recorded = WebinarPageFactory(
        parent=series,
        slug="safe-sleep-equity",
        title="Safe sleep and equity",
        starts_at=timezone.now() - timedelta(days=100),
        video_file=document("Recording", "recording.webm", VIDEO),
        captions=document("Captions", "captions.vtt", CAPTIONS.encode()),
        slides=document("Slides", "slides.pdf", b"%PDF-1.4 slides"),
    )
    for page in (upcoming, recorded):
        page.presenters.set([presenter])
        page.networks.set([network])
    upcoming.topics.add("safe sleep")
    recorded.topics.add("safe sleep", "equity")
    recorded.chapters = [Chapter(start=0, title="Welcome"), Chapter(start=754, title="Disparities")]
    for page in (upcoming, recorded):
        page.save_revision().publish()
    return Archive(index, series, upcoming, recorded, presenter, presenter_user)
