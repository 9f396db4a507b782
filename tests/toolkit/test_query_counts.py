"""Listing pages cost the same number of queries however many items they
show: each page is measured, more content is added, and it is measured
again."""

import pytest

from tests.queries import queries_for
from toolkit.factories import CaseStudyPageFactory, ChangeIdeaPageFactory, DriverFactory

pytestmark = pytest.mark.django_db


def _more_toolkit(toolkit, n: int) -> None:
    secondary = DriverFactory(
        strategy_area=toolkit.safe_sleep, parent=toolkit.drivers["p2"], title="More"
    )
    for _ in range(n):
        ChangeIdeaPageFactory(parent=toolkit.safe_sleep, driver=secondary)
        CaseStudyPageFactory(parent=toolkit.studies_index)


@pytest.mark.parametrize(
    "url",
    [
        lambda t: t.safe_sleep.url,
        lambda t: t.index.url + "change-ideas/",
        lambda t: t.studies_index.url,
    ],
    ids=["strategy area", "change ideas", "case studies"],
)
def test_toolkit_pages(client, toolkit, url, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0  # the page's own reading, not a kept page
    before = queries_for(client, url(toolkit))
    _more_toolkit(toolkit, 6)
    assert queries_for(client, url(toolkit)) == before
