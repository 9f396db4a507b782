"""Sessions live in the database and are read through the cache
(kernel/sessions.py): signing out ends them at once, the database stays the
record, and the cache holds a copy for a bounded time."""

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kernel.cache import redis_client
from kernel.sessions import SessionStore

pytestmark = pytest.mark.django_db


def _session_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return sum('"django_session"' in query["sql"] for query in captured)


def test_a_signed_in_page_reads_its_session_from_the_cache(client, member):
    client.force_login(member)
    url = reverse("dashboard")
    client.get(url)
    assert _session_queries(client, url) == 0
    cache.delete(SessionStore(client.session.session_key).cache_key)  # evicted
    assert _session_queries(client, url) == 1  # read from its row, and kept again
    assert _session_queries(client, url) == 0


def test_the_database_stays_the_record(client, member):
    client.force_login(member)
    cache.clear()  # a cache restarted empty
    assert client.get(reverse("dashboard")).status_code == 200
    assert Session.objects.filter(session_key=client.session.session_key).exists()


def test_signing_out_ends_the_session_everywhere(client, member):
    client.force_login(member)
    cookie = client.cookies["sessionid"].value
    assert client.get(reverse("dashboard")).status_code == 200
    client.post(reverse("logout"))
    assert not Session.objects.filter(session_key=cookie).exists()
    assert SessionStore(cookie).load() == {}
    client.cookies["sessionid"] = cookie  # the old cookie, replayed
    assert client.get(reverse("dashboard")).status_code == 302


@pytest.mark.redis
def test_the_cached_copy_lasts_at_most_the_bound(client, member, settings):
    settings.SESSION_CACHE_SECONDS = 120
    client.force_login(member)
    store = SessionStore(client.session.session_key)
    store.load()
    redis = redis_client()
    assert 0 < redis.ttl(cache.make_key(store.cache_key)) <= 120
    assert store.get_expiry_age() > 120  # the session itself lasts longer
