"""Search documents, and the registry of the models search indexes.

Search names no content model. The app that owns a model declares how it
becomes search documents, in its own `search_documents.py`, and registers it
from its `AppConfig.ready()`, much as a Wagtail model declares its
`search_fields`:

    documents.register(Source("resources.Resource", resource_documents, "resource"))

A builder returns the documents for one object (none when nobody should find
it: a draft, a withdrawn resource, a hidden thread). The same builders serve
single updates (signals, wired when a source registers) and full rebuilds, so
the two can never disagree.

The builders' public API: `Doc`, `Source`, `register`, and the helpers
`facet_key`, `_plain`, `_places`, `_page_language` and `_public_page`; the kinds of hit are
`search.models.Kind`."""

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Model
from django.utils.html import strip_tags
from wagtail.models import Page

from kernel.fragments import version_of
from search.backends.base import facet_key

__all__ = [
    "Doc",
    "Source",
    "facet_key",
    "facet_names",
    "register",
    "register_facet_names",
    "source_for",
    "sources",
]


@dataclass
class Doc:
    key: str
    kind: str
    title: str  # searched and weighted most; empty when the heading would mislead
    url: str
    access: list[str]
    facets: list[str] = field(default_factory=list)
    text: str = ""
    file_text: str = ""
    file_name: str = ""
    context: str = ""
    heading: str = ""  # the hit's link text; the title when empty
    date: datetime | None = None
    boost: float = 1.0
    language: str = "en"  # its words' language: a resource's, a page's locale's

    def __post_init__(self) -> None:
        self.heading = self.heading or self.title


_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def _plain(*parts: str) -> str:
    """Text without markup; a closing paragraph or item becomes a line break,
    or "days.</p><p>The" would be read as one word."""
    return "\n".join(strip_tags(_BLOCK_END.sub("\n", part)) for part in parts if part)


def _places(jurisdictions: Iterable, networks: Iterable) -> list[str]:
    keys = []
    for jurisdiction in jurisdictions:
        keys += [
            facet_key("jurisdiction", jurisdiction.slug),
            facet_key("region", jurisdiction.hhs_region),
        ]
    keys += [facet_key("network", network.slug) for network in networks]
    return sorted(set(keys))


def _page_language(page: Page) -> str:
    """A page's language, from its locale (load `locale` with the page)."""
    return page.locale.language_code


def _public_page(page: Page) -> bool:
    """A live page with no view restriction: one document for everyone."""
    return page.live and not page.get_view_restrictions().exists()


# --- the registry -----------------------------------------------------------


@dataclass
class Source:
    """A model search indexes: how to build its documents, and how to list
    every object for a rebuild (with what to load alongside)."""

    model: str  # "app_label.ModelName"
    build: Callable[[object], list[Doc]]
    prefix: str  # key prefix of its documents; a page source uses "page"
    related: tuple[str, ...] = ()
    prefetch: tuple[str, ...] = ()
    annotate: Callable[[], dict] | None = None  # values the builder would otherwise query
    # False: the owning app renews the documents from its own service on
    # every save (the library's `text_changed`), so search wires no post_save.
    watch_saves: bool = True
    # False: a new object's documents are built by its app after the commit,
    # off the writer's path (a discussion message's, in `forums.record_post`).
    # A change to an existing object is still renewed at its commit, so what
    # it hides (a message deleted or hidden) is hidden at once.
    index_creations: bool = True
    # True: the pairs of facet keys its documents hold are tallied as they
    # change (search.tallies), for listings that count without words.
    tallied: bool = False

    def model_class(self):
        from django.apps import apps

        return apps.get_model(self.model)

    def queryset(self):
        """Its objects with what the builder reads loaded alongside."""
        queryset = self.model_class().objects.select_related(*self.related)
        if self.annotate:
            queryset = queryset.annotate(**self.annotate())
        return queryset.prefetch_related(*self.prefetch)

    def everything(self) -> Iterator:
        return self.queryset().iterator(chunk_size=500)

    def owner_of(self, pk: int) -> str:
        return f"{self.prefix}:{pk}"


_sources: dict[str, Source] = {}


def register(source: Source) -> None:
    """Index `source.model` from now on: its saves, publications and
    deletions renew its documents, and rebuilds include it. Registering a
    model again replaces its source."""
    from search import signals

    _sources[source.model] = source
    signals.watch(source)


def sources() -> list[Source]:
    """The registered sources, in the order they registered (their apps'
    order in INSTALLED_APPS)."""
    return list(_sources.values())


def source_for(model) -> Source | None:
    return _sources.get(f"{model._meta.app_label}.{model.__name__}")


# The names of facet values owned by another app (a network's or a state's
# slug -> its name), registered by that app with the model they are read
# from; the filters show them.
FacetNames = Callable[[list[str]], dict[str, str]]
_facet_names: dict[str, FacetNames] = {}
NAMES_VERSION_KEY = "search-facet-names-version"


def register_facet_names(facet: str, names: FacetNames, model: "type[Model]") -> None:
    """`names` reads `model`'s rows: any save or delete of one moves the
    kept names on (`kept_facet_names`)."""
    from search import signals

    _facet_names[facet] = names
    signals.version_moves_with(NAMES_VERSION_KEY, model)


def facet_names(facet: str, values: Iterable[str]) -> dict[str, str]:
    """Each value's name, one query at most; a value nobody named is its own name."""
    values = list(values)
    reader = _facet_names.get(facet)
    return reader(values) if reader and values else {value: value for value in values}


def kept_facet_names(wanted: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """The names of these values of each facet (facet -> values), kept until
    a named row changes: a search page otherwise asks one query per facet.
    Read afresh while the cache is away."""
    version = version_of(NAMES_VERSION_KEY)
    if version is None:
        return {facet: facet_names(facet, values) for facet, values in wanted.items()}
    keys = {_names_key(version, facet, values): facet for facet, values in wanted.items()}
    found = cache.get_many(list(keys))
    missing = {
        key: facet_names(facet, wanted[facet]) for key, facet in keys.items() if key not in found
    }
    if missing:
        cache.set_many(missing, settings.SEARCH_FACET_CACHE_SECONDS)
    found |= missing
    return {facet: found[key] for key, facet in keys.items()}


def _names_key(version: int, facet: str, values: list[str]) -> str:
    digest = hashlib.sha256(repr(sorted(values)).encode()).hexdigest()[:32]
    return f"search-names:{version}:{facet}:{digest}"
