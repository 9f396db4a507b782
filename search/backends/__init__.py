"""Which backend serves search: a cluster when SEARCH_URL is set (an
Elasticsearch or an OpenSearch one, as SEARCH_BACKEND says), otherwise the
database the site runs on."""

from functools import cache

from django.conf import settings
from django.db import connection

from search.backends.base import SearchBackend


@cache
def _cluster():
    """SEARCH_BACKEND names Wagtail's backend for the same cluster; an
    OpenSearch one (opensearch2) means an OpenSearch client here too."""
    if (
        settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
        .rpartition(".")[2]
        .startswith("opensearch")
    ):
        from search.backends.opensearch import OpenSearchBackend

        return OpenSearchBackend.from_settings()
    from search.backends.elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend.from_settings()


def get_backend() -> SearchBackend:
    if settings.SEARCH_URL:
        return _cluster()
    return database_backend()


def database_backend() -> SearchBackend:
    """The stored documents searched where they are: PostgreSQL's full text,
    or word matching on SQLite. Also what answers while a cluster is away."""
    if connection.vendor == "postgresql":
        from search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from search.backends.database import DatabaseBackend

    return DatabaseBackend()
