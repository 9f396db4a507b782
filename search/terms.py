"""The words "did you mean" may offer, and the respelling itself.

Words come only from documents everyone may open, so a suggestion never
hints at a private thread or a team-only file. The list is rebuilt with the
index and grows as public documents are stored."""

import difflib
import re

from django.db import connection

from search.models import SearchTerm
from search.query import ParsedQuery, words_typed

_WORD = re.compile(r"[a-z][a-z0-9'-]{2,29}")
MIN_SIMILARITY = 0.4


def words_in(*texts: str) -> set[str]:
    return {
        w.strip("'-")
        for text in texts
        for w in _WORD.findall(text.lower())
        if len(w.strip("'-")) >= 3
    }


def refresh() -> None:
    """Rebuild the word list from every public document."""
    SearchTerm.objects.all().delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO search_searchterm (word, documents)
                SELECT word, ndoc FROM ts_stat($$
                    SELECT to_tsvector('simple', title || ' ' || left(text, 20000))
                    FROM search_searchdocument WHERE access LIKE '%% public %%'
                $$) WHERE word ~ '^[a-z][a-z0-9''-]{2,29}$'
                """
            )
        return
    from search.models import SearchDocument

    counts: dict[str, int] = {}
    public = SearchDocument.objects.filter(access__contains=" public ")
    for title, text in public.values_list("title", "text").iterator():
        for word in words_in(title, text[:20000]):
            counts[word] = counts.get(word, 0) + 1
    SearchTerm.objects.bulk_create(
        [SearchTerm(word=w, documents=n) for w, n in counts.items()], batch_size=1000
    )


def learn(*texts: str) -> None:
    """Add the words of a newly stored public document."""
    words = words_in(*texts)
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=w, documents=1) for w in words], ignore_conflicts=True
        )


def _closest(word: str) -> str | None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM search_searchterm WHERE word %% %s AND similarity(word, %s) >= %s"
                " ORDER BY similarity(word, %s) DESC, documents DESC LIMIT 1",
                [word, word, MIN_SIMILARITY, word],
            )
            row = cursor.fetchone()
        return row[0] if row else None
    words = list(SearchTerm.objects.values_list("word", flat=True)[:50000])
    found = difflib.get_close_matches(word, words, n=1, cutoff=0.75)
    return found[0] if found else None


def respelled(query: ParsedQuery) -> str | None:
    """The query with each unknown word replaced by the closest known one,
    or None when every word is known or nothing close exists."""
    typed = words_typed(query)
    known = set(SearchTerm.objects.filter(word__in=typed).values_list("word", flat=True))
    text, changed = query.text, False
    for word in typed:
        if word in known or not word.isalpha():
            continue
        if (better := _closest(word)) and better != word:
            text = re.sub(rf"(?i)\b{re.escape(word)}\b", better, text, count=1)
            changed = True
    return text if changed else None
