"""Search served by an OpenSearch 2 cluster: the Elasticsearch backend's
index, documents and request bodies (they stay within what both accept),
sent through opensearch-py, whose calls are spelt the older way (`body=`).

The Elasticsearch client refuses to talk to OpenSearch (its product check),
so this backend differs from its parent only in the calls it makes."""

from typing import Any

from django.conf import settings
from elasticsearch.dsl import Search
from opensearchpy import NotFoundError, OpenSearch, exceptions
from opensearchpy.helpers import bulk

from search.backends.base import cluster_nodes
from search.backends.elasticsearch import ALREADY_EXISTS, ElasticsearchBackend, index_settings


class OpenSearchBackend(ElasticsearchBackend):
    @classmethod
    def from_settings(cls) -> "OpenSearchBackend":
        timeout = getattr(settings, "SEARCH_TIMEOUT", 5)
        client = OpenSearch(cluster_nodes(), timeout=timeout, retry_on_timeout=True, max_retries=2)
        return cls(client, getattr(settings, "SEARCH_INDEX_PREFIX", "collaboratory_"), timeout)

    def unavailable(self, error: Exception) -> bool:
        if isinstance(error, exceptions.ConnectionError):  # refused, reset or timed out
            return True
        return isinstance(error, exceptions.TransportError) and error.status_code == 503

    def _run(self, search: Search) -> dict[str, Any]:
        return self.client.search(index=self.alias, body=search.to_dict())

    def _bulk(self, actions: Any, **options: Any) -> tuple[int, Any]:
        return bulk(self.client, actions, **options)

    def _create(self, name: str, aliases: dict[str, Any] | None = None) -> None:
        body = index_settings() | ({"aliases": aliases} if aliases else {})
        try:
            self.client.indices.create(index=name, body=body)
        except exceptions.RequestError as error:
            # The client retries a create that timed out; a busy cluster may
            # have made the index the first time. Its name is ours alone.
            if error.error != ALREADY_EXISTS:
                raise

    def _aliased(self) -> list[str]:
        try:
            return list(self.client.indices.get_alias(name=self.alias))
        except NotFoundError:
            return []

    def _update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self.client.indices.update_aliases(body={"actions": actions})
