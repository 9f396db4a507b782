"""An app's own keyword box over the stored search documents (the library's
"Keywords" filter): the words of an object are kept once, in its search
documents, and both the site search and the app's listing read them.

On PostgreSQL the documents' stored vectors (title A, text B, file text D,
GIN-indexed; search.indexing) are matched with `websearch_to_tsquery` in
each document's language (Spanish stems for a Spanish resource), so
stemming ("bassinets" finds "bassinet") and quoted phrases work as in the
site search. The embedded SQLite default matches each word with
`icontains` over the same three fields (and, in a Spanish document, with or
without accents)."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import (
    BooleanField,
    CharField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    TextField,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Concat

from search import languages
from search.backends.base import count_cap, facet_key, split_key
from search.documents import source_for
from search.models import SearchDocument
from search.query import other_spelling

MAX_WORDS = 8
MAX_LENGTH = 200


# Whether both languages stem the words alike, in each spelling given (`_by_language`).
ALIKE = (
    "SELECT bool_and(websearch_to_tsquery(%s::regconfig, typed)"
    " = websearch_to_tsquery(%s::regconfig, typed)) FROM unnest(%s::text[]) AS typed"
)

# Up to this many matches, the matching ids are listed in the condition.
FEW_MATCHES = 500


def matching(model: type, words: str) -> Q:
    """Whether the object's documents hold every word: a condition on
    `model`'s rows (`queryset.filter(matching(Model, words))`).

    For a word with many matches, correlated on the document's owner, so a
    listing ordered by date stops at its first page of matches instead of
    reading every match first. For a rare word that walk would read almost
    every row before it found one (the planner cannot tell how rare a word
    is), so on PostgreSQL the matches are first read from the index, up to
    `FEW_MATCHES`, and when there are no more the rows are those ids."""
    prefix = _prefix(model)
    documents = SearchDocument.objects.filter(owner__startswith=prefix).filter(_words(words))
    if connection.vendor == "postgresql":
        few = list(documents.values_list("owner", flat=True)[: FEW_MATCHES + 1])
        if len(few) <= FEW_MATCHES:
            return Q(pk__in=sorted(int(owner[len(prefix) :]) for owner in few))
    owner = Concat(Value(prefix), Cast(OuterRef("pk"), CharField()))
    return Q(Exists(documents.filter(owner=owner)))


FACET_KEYS = "string_to_array(btrim(facets), ' ')"
"""A document's facet keys as an array: the expression their index holds."""


@dataclass
class Counted:
    """What `counted` finds: each facet's values with their counts (other
    filters kept), and how many documents pass every filter."""

    facets: dict[str, dict[str, int]]
    total: int
    # The words matched more than the cap: counting stopped there, so the
    # total and each count are at least what they say (shown "n+").
    more: bool = False


def counted(
    model: type, words: str, access: list[str], chosen: dict[str, str], holding: Sequence[str] = ()
) -> Counted | None:
    """The facets of `model`'s documents that hold the words (any, when
    `words` is blank) and open to one of the `access` keys, all counted in
    one statement: each value on
    the matches that pass every chosen filter (facet name -> value) but its
    own facet's, as the site search counts them, and the total that pass
    them all. Rather than one count per facet, each scanning the app's rows
    for the matches, this reads the matches once with the keys their
    documents hold. None except on PostgreSQL (the embedded default holds
    one team's library: the caller counts there as it would without
    documents). Only documents `holding` every one of those keys are read, if
    any are given: each value then counts the documents that also hold it.

    With words, the matches are read up to the count cap (SEARCH_COUNT_CAP)
    and one more, as the site search reads them: past it, `more` says the
    numbers are each at least what they say; a number without it is exact."""
    if connection.vendor != "postgresql":
        return None
    names = list(chosen)
    keys = [facet_key(name, value) for name, value in chosen.items()]
    matches = _matches(model, words, access, keys, list(holding))
    cap = count_cap() if words.strip() else None
    if cap is not None:
        matches = matches[: cap + 1]
    sql, params = _counts_sql(matches, chosen)
    found = Counted({}, 0)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for key, read, every, *but in cursor.fetchall():
            name, value = split_key(key)
            # A chosen facet's values are counted without its own filter.
            n = but[names.index(name)] if name in chosen else every
            if key == "":
                found.total = n
                found.more = cap is not None and read > cap
            elif n:
                found.facets.setdefault(name, {})[value] = n
    if found.more:
        found.total = min(found.total, cap or found.total)
    return found


def _matches(
    model: type, words: str, access: list[str], chosen: list[str], holding: list[str]
) -> QuerySet:
    """The facet keys (an array) of each of `model`'s documents that hold
    the words, open to one of the `access` keys and hold every key of
    `holding`. Access is matched as text, " key " in the padded keys (as
    search.access.can_find does): unlike an array overlap, PostgreSQL
    estimates it from the column's statistics, so the counts are grouped in
    memory by hash instead of sorted on disk. A document counted anywhere
    passes every chosen filter but one at most, so it holds all the chosen
    keys but one: the facet keys' index finds those first (one of two keys,
    two of three...). The words are matched in branches (`_by_language`)."""
    opened = [f"% {_escaped(key)} %" for key in access]
    documents = SearchDocument.objects.filter(owner__startswith=_prefix(model))
    if len(chosen) > 1:
        documents = documents.filter(_holding_all_but_one(chosen))
    if holding:
        documents = documents.filter(_holding(holding))
    documents = documents.filter(RawSQL("access LIKE ANY(%s::text[])", [opened], BooleanField()))
    keys = RawSQL(FACET_KEYS, [], ArrayField(TextField()))
    if not words.strip():
        return documents.values_list(keys)
    first, *rest = [documents.filter(held).values_list(keys) for held in _by_language(words)]
    return first.union(*rest, all=True) if rest else first


def _by_language(words: str) -> list[Q]:
    """The words as conditions a GIN scan answers alone: one over every
    document when both languages stem them alike ("hemorrhage"), else one
    per language ("referral": English stems for every document not in
    Spanish, Spanish stems for the rest). The two OR-ed, as `_words`, make
    PostgreSQL test each match's stored vector again to tell which side it
    came from: for 10,000 matches most of the count's time. Read apart, as
    the site search reads them (search.backends.postgres)."""
    words = words.strip()[:MAX_LENGTH]
    english, spanish = _query(words, languages.ENGLISH), _query(words, languages.SPANISH)
    configs = [languages.CONFIGS[languages.ENGLISH], languages.CONFIGS[languages.SPANISH]]
    with connection.cursor() as cursor:
        cursor.execute(ALIKE, [*configs, sorted({words, other_spelling(words)})])
        alike = cursor.fetchone()[0]
    if alike:
        return [Q(search_vector=english)]
    return [
        ~Q(language=languages.SPANISH) & Q(search_vector=english),
        Q(language=languages.SPANISH, search_vector=spanish),
    ]


def _holding(keys: list[str]) -> Q:
    """Documents holding every one of the keys (the facet keys' index)."""
    return Q(RawSQL(f"{FACET_KEYS} @> %s::text[]", [keys], BooleanField()))


def _holding_all_but_one(keys: list[str]) -> Q:
    held = Q(pk__in=[])
    for left_out in range(len(keys)):
        held |= _holding(keys[:left_out] + keys[left_out + 1 :])
    return held


def _counts_sql(matches: QuerySet, chosen: dict[str, str]) -> tuple[str, list]:
    """Rows of (key, documents read, count with every filter, count without
    the first chosen filter, without the second...): each document's keys
    are unnested once and counted in every column its flags allow, so no
    key is tested against the filters. The empty key counts the documents.
    (Every document read holds all chosen keys but one at most, so passes
    one filter set at least: none is left out of what was read.)"""
    matched, matched_params = matches.query.sql_with_params()
    keys = f"SELECT unnest(f || ARRAY['']) AS k FROM ({matched}) AS m (f)"
    if not chosen:
        sql = f"SELECT k, count(*), count(*) FROM ({keys}) AS keys GROUP BY k"
        return sql, list(matched_params)
    every = [facet_key(n, v) for n, v in chosen.items()]
    flags = [every] + [[facet_key(m, v) for m, v in chosen.items() if m != n] for n in chosen]
    named = [f"in{i}" for i in range(len(flags))]
    # OFFSET 0 keeps each level a subquery: a document's keys are split
    # once and its flags computed once, not once for each of its keys; a
    # document that fails two filters counts nowhere and is not unnested.
    flagged = ", ".join(f"f @> %s::text[] AS {name}" for name in named)
    sql = (
        f"SELECT k, count(*), {', '.join(f'count(*) FILTER (WHERE {name})' for name in named)}"
        f" FROM (SELECT unnest(f || ARRAY['']) AS k, {', '.join(named)}"
        f" FROM (SELECT f, {flagged} FROM ({matched} OFFSET 0) AS m (f) OFFSET 0) AS flagged"
        f" WHERE {' OR '.join(named)}) AS keys GROUP BY k"
    )
    return sql, [*flags, *matched_params]


def _escaped(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(model: type) -> str:
    """ "resource:": how the keys of `model`'s documents begin."""
    source = source_for(model)
    if source is None:
        raise LookupError(f"{model.__name__} has no search documents")
    return f"{source.prefix}:"


def _anywhere(word: str, lookup: str) -> Q:
    found = Q()
    for name in ("title", "text", "file_text"):
        found |= Q(**{f"{name}__{lookup}": word})
    return found


def _query(words: str, language: str) -> SearchQuery:
    """The words, or the same in their other spelling (search.query.SPELLINGS:
    "haemorrhage" finds "hemorrhage"), as the site search matches them."""
    config = languages.CONFIGS[language]
    query = SearchQuery(words, search_type="websearch", config=config)
    if (other := other_spelling(words)) != words:
        query |= SearchQuery(other, search_type="websearch", config=config)
    return query


def _words(words: str) -> Q:
    words = words.strip()[:MAX_LENGTH]
    if connection.vendor == "postgresql":
        # Each document in its own language's stems, as the site search matches.
        return Q(language=languages.SPANISH, search_vector=_query(words, languages.SPANISH)) | (
            ~Q(language=languages.SPANISH) & Q(search_vector=_query(words, languages.ENGLISH))
        )
    every = Q()
    for word in words.split()[:MAX_WORDS]:
        spellings = {word, other_spelling(word)}
        found = Q(language=languages.SPANISH) & _anywhere(languages.accent_pattern(word), "iregex")
        for spelled in spellings:
            found |= _anywhere(spelled, "icontains")
        every &= found
    return every
