"""Listing pages cost the same number of queries however many items they
show: each page is measured, more content is added, and it is measured
again."""

import pytest

from tests.queries import queries_for
from webinars.factories import PersonFactory, WebinarPageFactory

pytestmark = pytest.mark.django_db


def _more_webinars(archive, n: int) -> None:
    for _ in range(n):
        webinar = WebinarPageFactory(parent=archive.series)
        webinar.presenters.set([PersonFactory()])
        webinar.save_revision().publish()


@pytest.mark.parametrize(
    "url",
    [lambda a: a.index.url, lambda a: a.series.url, lambda a: a.presenter.get_absolute_url()],
    ids=["webinar archive", "series", "presenter"],
)
def test_webinar_pages(client, archive, url):
    before = queries_for(client, url(archive))
    _more_webinars(archive, 5)
    assert queries_for(client, url(archive)) == before
