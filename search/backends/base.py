"""The one interface every search backend offers, and the shapes that cross
it. The search page and API only ever see these."""

from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Protocol

from django.conf import settings

from search.query import ParsedQuery

FACETS = ("type", "network", "jurisdiction", "region", "year", "topic", "language")
# Highlight markers, turned into <mark> only after the text around them has
# been escaped: two private-use characters, taken out of every stored text
# (search.indexing). Not control characters: OpenSearch's highlighter trims
# characters below U+0021 from a fragment's ends, and the marker with them.
START, STOP = "\ue000", "\ue001"
WITHOUT_MARKERS = {ord(START): None, ord(STOP): None}


@dataclass
class SearchRequest:
    query: ParsedQuery
    access: list[str]  # the viewer's access keys (search.access.viewer_keys)
    filters: dict[str, str] = field(default_factory=dict)  # facet name -> value
    page: int = 1
    per_page: int = 20
    # The reader's language: its documents rank a little higher (search.languages).
    language: str = ""
    # Chosen facets whose counts the caller already holds (search.results):
    # a backend may leave them out of the counts it returns.
    known: frozenset[str] = frozenset()

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    context: str = ""
    date: datetime | None = None
    snippet: str = ""  # safe HTML: escaped text with <mark> around matches
    in_file: bool = False  # the words were found inside the attached file
    file_page: int | None = None  # and on this page of it (PDF, slide or sheet)


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]]  # facet name -> value -> count, other filters kept
    # Answered by the database because the cluster was away (the page says so).
    from_database: bool = False
    # More than `total` match: the count stopped at the cap (SEARCH_COUNT_CAP).
    more: bool = False
    # Facets whose counts are each at least the number given (counted over
    # the first matches only, up to the cap).
    at_least: frozenset[str] = frozenset()


class SearchBackend(Protocol):
    def search(self, request: SearchRequest) -> SearchResults: ...

    def count(self, request: SearchRequest) -> int:
        """How many documents the request finds, up to the count cap, and
        nothing else: no page, no facets (enough to tell whether "did you
        mean" finds more)."""

    def autocomplete(self, prefix: str, access: list[str], limit: int = 8) -> list[Hit]: ...

    def suggest(self, query: ParsedQuery) -> str | None:
        """A better-spelled query ("did you mean"), or None."""

    def index(self, keys: list[str]) -> None:
        """Copy these stored documents to the backend's own index, if it has one."""

    def remove(self, keys: list[str]) -> None: ...

    def rebuild(self) -> int: ...


class StoredDocumentsBackend:
    """A backend that searches the stored documents themselves: there is no
    index of its own to feed, and "did you mean" reads the stored word list."""

    def suggest(self, query: ParsedQuery) -> str | None:
        from search import terms

        return terms.respelled(query)

    def index(self, keys: list[str]) -> None:
        """The stored documents are this backend's index."""

    def remove(self, keys: list[str]) -> None:
        """Nothing beyond the stored documents to remove."""


def marked(fragment: str) -> str:
    """A highlighted fragment as safe HTML."""
    return escape(fragment).replace(START, "<mark>").replace(STOP, "</mark>")


def count_cap() -> int:
    """How many matches a search counts exactly (then "10,000+")."""
    return settings.SEARCH_COUNT_CAP


def facet_key(name: str, value: object) -> str:
    return f"{name}={value}"


def split_key(key: str) -> tuple[str, str]:
    name, _, value = key.partition("=")
    return name, value


def cluster_nodes() -> list[str]:
    """SEARCH_URL's addresses: one, or several nodes comma-separated, which
    the client takes in turn and passes over while one is down."""
    return [url.strip() for url in settings.SEARCH_URL.split(",") if url.strip()]
