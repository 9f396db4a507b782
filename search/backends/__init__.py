"""Which backend serves search: a cluster when SEARCH_URL is set, otherwise
the database the site runs on."""

from functools import cache

from django.conf import settings
from django.db import connection

from search.backends.base import SearchBackend


@cache
def _cluster():
    from search.backends.elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend.from_settings()


def get_backend() -> SearchBackend:
    if settings.SEARCH_URL:
        return _cluster()
    if connection.vendor == "postgresql":
        from search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from search.backends.database import DatabaseBackend

    return DatabaseBackend()
