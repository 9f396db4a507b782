"""An app's own keyword box over the stored search documents (the library's
"Keywords" filter): the words of an object are kept once, in its search
documents, and both the site search and the app's listing read them.

On PostgreSQL the documents' stored vectors (title A, text B, file text D,
GIN-indexed; search.indexing) are matched with `websearch_to_tsquery`, so
stemming ("bassinets" finds "bassinet") and quoted phrases work as in the
site search. The embedded SQLite default matches each word with
`icontains` over the same three fields."""

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat

from search.documents import source_for
from search.models import SearchDocument

MAX_WORDS = 8
MAX_LENGTH = 200


def matching(model: type, words: str) -> Exists:
    """Whether the object's documents hold every word: a condition on
    `model`'s rows (`queryset.filter(matching(Model, words))`). Correlated on
    the document's owner, so a listing ordered by date stops at its first
    page of matches instead of reading every match first."""
    source = source_for(model)
    if source is None:
        raise LookupError(f"{model.__name__} has no search documents")
    owner = Concat(Value(f"{source.prefix}:"), Cast(OuterRef("pk"), CharField()))
    return Exists(SearchDocument.objects.filter(owner=owner).filter(_words(words)))


def _words(words: str) -> Q:
    words = words.strip()[:MAX_LENGTH]
    if connection.vendor == "postgresql":
        return Q(search_vector=SearchQuery(words, search_type="websearch", config="english"))
    every = Q()
    for word in words.split()[:MAX_WORDS]:
        every &= Q(title__icontains=word) | Q(text__icontains=word) | Q(file_text__icontains=word)
    return every
