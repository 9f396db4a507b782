"""/webinars/: upcoming first, then the archive; filters with counts."""

from datetime import datetime, timedelta

import pytest
from django.http import QueryDict
from django.utils import timezone

from webinars.factories import PersonFactory, WebinarPageFactory, WebinarSeriesPageFactory
from webinars.filters import webinar_listing

pytestmark = pytest.mark.django_db


@pytest.fixture
def more(archive):
    other_series = WebinarSeriesPageFactory(parent=archive.index, slug="equity-sessions")
    old = WebinarPageFactory(
        parent=other_series,
        slug="old-talk",
        title="An older talk",
        starts_at=datetime(2024, 5, 1, 15, 0, tzinfo=timezone.get_current_timezone()),
    )
    old.presenters.set([PersonFactory(slug="marcus-reyes", name="Marcus Reyes")])
    old.topics.add("equity")
    old.save_revision().publish()
    soon = WebinarPageFactory(
        parent=other_series,
        slug="soon",
        title="Very soon",
        starts_at=timezone.now() + timedelta(days=1),
    )
    return {"old": old, "soon": soon}


def _slugs(listing) -> tuple[list[str], list[str]]:
    return [w.slug for w in listing["upcoming"]], [w.slug for w in listing["archive"]]


def test_upcoming_first_soonest_first_then_the_archive_newest_first(archive, more):
    upcoming, past = _slugs(webinar_listing(archive.index, QueryDict("")))
    assert upcoming == ["soon", "next-steps"]
    assert past == ["safe-sleep-equity", "old-talk"]


@pytest.mark.parametrize(
    "query, expected_upcoming, expected_past",
    [
        ("series=equity-sessions", ["soon"], ["old-talk"]),
        ("network=safe-sleep", ["next-steps"], ["safe-sleep-equity"]),
        ("presenter=marcus-reyes", [], ["old-talk"]),
        ("topic=equity", [], ["safe-sleep-equity", "old-talk"]),
        ("year=2024", [], ["old-talk"]),
        ("topic=equity&series=expert-series", [], ["safe-sleep-equity"]),
    ],
)
def test_filters_return_exactly_the_matching_webinars(
    archive, more, query, expected_upcoming, expected_past
):
    assert _slugs(webinar_listing(archive.index, QueryDict(query))) == (
        expected_upcoming,
        expected_past,
    )


@pytest.mark.parametrize("base", ["", "topic=equity", "series=expert-series"])
def test_every_count_is_what_choosing_it_gives(archive, more, base):
    listing = webinar_listing(archive.index, QueryDict(base))
    for name, facet in listing["facets"].items():
        for choice in facet.choices:
            query = QueryDict(base, mutable=True)
            query[name] = choice.value
            assert webinar_listing(archive.index, query)["result_count"] == choice.count, (
                name,
                choice,
            )


def test_the_page_works_without_javascript(client, archive, more):
    page = client.get(archive.index.url, {"year": "2024"}).content.decode()
    assert "An older talk" in page and "Safe sleep and equity" not in page
    assert '<select id="f-year" name="year">' in page


def test_a_presenter_page_lists_their_webinars(client, archive, more):
    page = client.get(archive.presenter.get_absolute_url()).content.decode()
    assert archive.presenter.get_absolute_url() == "/webinars/presenters/helen-osei/"
    assert "Safe sleep and equity" in page and "Next steps in safe sleep" in page
    assert "An older talk" not in page
