"""Fixtures shared by the whole suite.

Tests marked `redis` or `postgres` need that real service: they are skipped
where it is missing, and fail instead when CI=true, so CI can never pass
without having exercised them."""

import os

import pytest
import pytest_asyncio
from django.conf import settings
from django.db import connection

from community.factories import (
    LearningNetworkFactory,
    MembershipFactory,
    TeamFactory,
    UserFactory,
)
from community.models import Membership

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

# The browser suite runs as a pytest invocation of its own (see its conftest).
collect_ignore = [] if os.environ.get("BROWSER_SUITE") else ["browser"]


def _missing(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI must run this test against the real service)")
    pytest.skip(reason)


def pytest_runtest_setup(item):
    if item.get_closest_marker("redis") and not os.environ.get("REDIS_URL"):
        _missing("REDIS_URL is not set")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing kept: standings and fragments are keyed
    by row ids, which SQLite hands out again after a rollback."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_first():
    """A request under /es/ leaves Spanish active in the thread that served
    it; each test starts (and the next one is left) in English."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def reference_data(request):
    """Put back what the data migrations loaded when a transactional test
    (websockets, live server) has flushed the database before this test."""
    names = set(request.fixturenames)
    if request.node.get_closest_marker("django_db"):
        request.getfixturevalue("_django_db_helper")  # what the marker sets up
    elif names & {"transactional_db", "live_server"}:
        request.getfixturevalue("transactional_db")
    elif "db" in names:
        request.getfixturevalue("db")
    else:
        return
    from django.contrib.auth.models import Group

    from community import reference_data as data
    from community.models import Jurisdiction
    from kernel.roles import sync_role_permissions

    if not Jurisdiction.objects.exists():
        data.load_jurisdictions(Jurisdiction)
        data.create_role_groups(Group)
        sync_role_permissions()


@pytest_asyncio.fixture
async def async_db_cleanup(monkeypatch):
    """End every socket the test opened, then close the connections Django
    opened in sync_to_async's worker thread (awaited in the test's own loop,
    so it runs in that same thread), or PostgreSQL cannot drop the test
    database at the end.

    A socket the server closed still has its consumer running until the
    client answers the close. Left so, the consumer is cut off when the
    test's loop closes, possibly mid-query in the worker thread, and the next
    test's flush can wait on its transaction for ever."""
    from channels.testing import WebsocketCommunicator

    opened: list[WebsocketCommunicator] = []
    start = WebsocketCommunicator.__init__

    def record(socket: WebsocketCommunicator, *args, **kwargs) -> None:
        start(socket, *args, **kwargs)
        opened.append(socket)

    monkeypatch.setattr(WebsocketCommunicator, "__init__", record)
    yield
    from asgiref.sync import sync_to_async
    from django.db import connections

    for socket in opened:
        if not socket.future.done():
            await socket.disconnect()
    await sync_to_async(connections.close_all, thread_sensitive=True)()


@pytest.fixture
def require_postgres(db):
    if connection.vendor != "postgresql":
        _missing("DATABASE_URL does not point at PostgreSQL")


@pytest.fixture
def home_page(db):
    from community.home import ensure_home_page

    return ensure_home_page()


@pytest.fixture
def network(db):
    return LearningNetworkFactory(slug="safe-sleep", name="Safe Sleep (SIDS/SUID)")


@pytest.fixture
def team(network):
    return TeamFactory(name="Ohio State Team", slug="ohio", networks=[network])


@pytest.fixture
def lead(team):
    return MembershipFactory(
        team=team, role=Membership.Role.LEAD, user=UserFactory(username="lead")
    ).user


@pytest.fixture
def member(team):
    return MembershipFactory(team=team, user=UserFactory(username="teammate")).user


@pytest.fixture
def outsider(db):
    return UserFactory(username="outsider")
