"""Wagtail's admin search on the same OpenSearch cluster as the site search
(SEARCH_BACKEND=opensearch2): `update_index` fills both, and an editor's
search of pages answers from the cluster."""

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from tests.search.conftest import searching_on
from toolkit.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from toolkit.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def test_update_index_fills_wagtails_admin_index_on_the_cluster(opensearch, home_page):
    index = CaseStudyIndexPageFactory(parent=home_page)
    CaseStudyPageFactory(parent=index, title="Ibex county story")
    CaseStudyPageFactory(parent=index, title="Jackal county story")
    with searching_on(opensearch.url) as site:
        call_command("update_index", verbosity=0)
        admin = get_search_backend()
        assert type(admin).__module__.endswith("opensearch2")
        found = admin.search("ibex", CaseStudyPage)
        assert [page.title for page in found] == ["Ibex county story"]
        # The same command renewed the site's own index on the cluster.
        site.client.indices.refresh(index=site.alias)
        assert site.client.count(index=site.alias)["count"] >= 2
