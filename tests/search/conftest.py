"""A small collaborative whose every private thing carries a word nobody
else uses, so a search for that word shows exactly who may find it."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from community.factories import MembershipFactory, TeamFactory, UserFactory
from community.models import Jurisdiction
from forums import services as forum_services
from kernel.roles import SiteRole
from resources.factories import ResourceFactory
from resources.models import Visibility
from search import indexing
from search.backends.elasticsearch import ElasticsearchBackend
from toolkit.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory


@pytest.fixture
def people(team, member, network):
    missouri = TeamFactory(
        name="Missouri State Team",
        slug="missouri",
        jurisdiction=Jurisdiction.objects.get(postal_code="MO"),
        networks=[network],
    )
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    return SimpleNamespace(
        ohio=member,
        missouri=MembershipFactory(team=missouri, user=UserFactory(username="mo.member")).user,
        editor=editor,
        newcomer=UserFactory(username="newcomer"),
        admin=UserFactory(username="admin", is_superuser=True, is_staff=True),
        ohio_team=team,
        missouri_team=missouri,
    )


@pytest.fixture
def private_things(people, network, home_page):
    """One of each thing search must keep to its readers, each named by a
    word that appears nowhere else."""
    ohio = people.ohio_team
    things = SimpleNamespace()
    things.public = ResourceFactory(title="Zebra crossing guide", networks=[network])
    things.members = ResourceFactory(title="Quokka members guide", visibility=Visibility.MEMBERS)
    things.team_only = ResourceFactory(
        title="Marmot team checklist", visibility=Visibility.TEAM, team=ohio
    )
    things.draft = ResourceFactory(title="Narwhal draft protocol", live=False)
    things.withdrawn = ResourceFactory(title="Okapi withdrawn leaflet", withdrawn=True)
    forum_services.ensure_standard_spaces()
    space = forum_services.team_space(ohio)
    things.message = forum_services.start_thread(
        people.ohio, space, "Pangolin plans for the county", "Our pangolin plan, privately."
    )
    hidden = forum_services.start_thread(people.ohio, space, "Axolotl notes", "Axolotl text.")
    hidden.thread.hidden = True
    hidden.thread.save()
    gone, _ = forum_services.post_message(
        people.ohio, things.message.thread, "Wombat remark, soon deleted.", rate_limited=False
    )
    forum_services.delete_message(people.ohio, gone)
    index = CaseStudyIndexPageFactory(parent=home_page)
    things.case_study = CaseStudyPageFactory(parent=index, title="Ibex case study")
    things.unpublished = CaseStudyPageFactory(parent=index, title="Jackal case study", live=False)
    indexing.rebuild()
    return things


@pytest.fixture(scope="session")
def opensearch():
    """A one-node OpenSearch 2.19 cluster for the session (tests/search/cluster.py).
    Without Java and Maven the live tests are skipped, loudly; in CI they fail."""
    from tests.conftest import _missing
    from tests.search import cluster

    if reason := cluster.java_missing():
        _missing(f"No OpenSearch cluster: {reason}")
    with cluster.running_cluster(1) as running:
        yield running


@contextmanager
def searching_on(url: str) -> Iterator[ElasticsearchBackend]:
    """The site's search served by the cluster at `url` (or several nodes'
    addresses, comma-separated, as SEARCH_URL takes them; an index of its own,
    filled from the stored documents), as SEARCH_URL and SEARCH_BACKEND would
    set it; dropped afterwards."""
    from search import backends

    prefix = f"test_{uuid.uuid4().hex[:10]}_"
    wagtail = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": url.split(","),
            "INDEX_PREFIX": f"{prefix}admin_",
        }
    }
    with override_settings(
        SEARCH_URL=url, SEARCH_INDEX_PREFIX=prefix, WAGTAILSEARCH_BACKENDS=wagtail
    ):
        backends._cluster.cache_clear()
        backend = backends.get_backend()
        assert isinstance(backend, ElasticsearchBackend)
        backend.rebuild()
        try:
            yield backend
        finally:  # the site's index and Wagtail's admin ones
            backend.client.indices.delete(index=f"{prefix}*")
            backends._cluster.cache_clear()
