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
from django.db.models import BigIntegerField, CharField, Exists, F, Lookup, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat, Substr

from search.documents import source_for
from search.models import SearchDocument

MAX_WORDS = 8
MAX_LENGTH = 200


def matching(model: type, words: str) -> Exists:
    """Whether the object's documents hold every word: a condition on
    `model`'s rows (`queryset.filter(matching(Model, words))`). Correlated on
    the document's owner, so a listing ordered by date stops at its first
    page of matches instead of reading every match first."""
    owner = Concat(Value(_prefix(model)), Cast(OuterRef("pk"), CharField()))
    return Exists(SearchDocument.objects.filter(owner=owner).filter(_words(words)))


class InArray(Lookup):
    """`column = ANY(ids)`, the ids given as one comma-separated string
    (PostgreSQL): a common word matches more ids than a statement may have
    parameters; a string is quoted once where a list is written out number
    by number; and the planner scans the rows once with a hashed lookup,
    where `IN (SELECT unnest(...))` made it fetch each row by its index."""

    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(string_to_array(%s, ',')::bigint[])", [*lhs_params, self.rhs]


def matched_once(model: type, words: str) -> Q:
    """The same condition with its matches read once, as a list of ids: for
    a listing that counts many facets over the same words, each count then
    joins a list of numbers instead of matching the documents again. (On
    SQLite, which holds one team's library, the condition itself.)"""
    if connection.vendor != "postgresql":
        return Q(matching(model, words))
    prefix = _prefix(model)
    object_id = Cast(Substr("owner", len(prefix) + 1), BigIntegerField())
    ids = list(
        SearchDocument.objects.filter(owner__startswith=prefix)
        .filter(_words(words))
        .values_list(object_id, flat=True)
    )
    return Q(InArray(F("pk"), ",".join(map(str, ids))))


def _prefix(model: type) -> str:
    """ "resource:": how the keys of `model`'s documents begin."""
    source = source_for(model)
    if source is None:
        raise LookupError(f"{model.__name__} has no search documents")
    return f"{source.prefix}:"


def _words(words: str) -> Q:
    words = words.strip()[:MAX_LENGTH]
    if connection.vendor == "postgresql":
        return Q(search_vector=SearchQuery(words, search_type="websearch", config="english"))
    every = Q()
    for word in words.split()[:MAX_WORDS]:
        every &= Q(title__icontains=word) | Q(text__icontains=word) | Q(file_text__icontains=word)
    return every
