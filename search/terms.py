"""The words "did you mean" may offer, and the respelling itself.

Words come only from documents everyone may open, so a suggestion never
hints at a private thread or a team-only file. The list is rebuilt with the
index and grows as public documents are stored. Each word knows how many
public documents hold it, and whether it is one of the collaborative's own
words (in a public title or a topic's name): a respelling prefers those, and
the editors' synonyms, over the rest of the words ("saef" is "safe", not
"save").

The query is respelled word by word: a word that the collaborative knows,
or that many documents hold, is kept; only a word that finds nothing or
little is changed, each by its own best respelling."""

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from taggit.models import Tag

from search.models import SearchTerm
from search.query import ParsedQuery, synonym_groups, words_typed

# Words in Latin letters, accented ones too ("sueño", "lactancia").
_LETTER = "a-zà-öø-ÿ"
_WORD = re.compile(rf"[{_LETTER}][{_LETTER}0-9'-]{{2,29}}")
_LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúüñ"
# Trigram similarity for a candidate further than one edit away ("cervicle"
# and "cervical" are two); one edit away, candidates are looked up exactly.
MIN_SIMILARITY = 0.3
FUZZY_CANDIDATES = 20
# A word held by this many public documents is kept as typed even when a
# better known word is one letter away ("save" is a word of its own).
ENOUGH_DOCUMENTS = 3
# How much an edit weighs against being one of the collaborative's words,
# or making with the word beside it a phrase the editors named a synonym.
OWN_WORD_BONUS = 0.5
PHRASE_BONUS = 0.5


def words_in(*texts: str) -> set[str]:
    return {
        w.strip("'-")
        for text in texts
        for w in _WORD.findall(text.lower())
        if len(w.strip("'-")) >= 3
    }


def _topic_names(facets: Iterable[str]) -> list[str]:
    slugs = {key[len("topic=") :] for key in facets if key.startswith("topic=")}
    if not slugs:
        return []
    return list(Tag.objects.filter(slug__in=slugs).values_list("name", flat=True))


def refresh() -> None:
    """Rebuild the word list from every public document."""
    from search.models import SearchDocument

    SearchTerm.objects.all().delete()
    public = SearchDocument.objects.filter(access__contains=" public ")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO search_searchterm (word, documents, collaborative)
                SELECT word, ndoc, false FROM ts_stat($$
                    SELECT to_tsvector('simple', title || ' ' || left(text, 20000))
                    FROM search_searchdocument WHERE access LIKE '%% public %%'
                $$) WHERE word ~ %s
                """,
                [rf"^[{_LETTER}][{_LETTER}0-9'-]{{2,29}}$"],
            )
            cursor.execute(
                """
                UPDATE search_searchterm SET collaborative = true WHERE word IN (
                    SELECT word FROM ts_stat($$
                        SELECT to_tsvector('simple', title) FROM search_searchdocument
                        WHERE access LIKE '%% public %%' AND title <> ''
                    $$))
                """
            )
            cursor.execute(
                "SELECT DISTINCT k FROM search_searchdocument,"
                " unnest(string_to_array(btrim(facets), ' ')) AS k"
                " WHERE access LIKE '%% public %%' AND k LIKE 'topic=%%'"
            )
            filed = [row[0] for row in cursor.fetchall()]
        _mark_own(words_in(*_topic_names(filed)))
        return
    counts: dict[str, int] = {}
    own: set[str] = set()
    topics: set[str] = set()
    for title, text, facets in public.values_list("title", "text", "facets").iterator():
        for word in words_in(title, text[:20000]):
            counts[word] = counts.get(word, 0) + 1
        own |= words_in(title)
        topics.update(facets.split())
    SearchTerm.objects.bulk_create(
        [SearchTerm(word=w, documents=n, collaborative=w in own) for w, n in counts.items()],
        batch_size=1000,
    )
    _mark_own(words_in(*_topic_names(topics)))


def _mark_own(words: set[str]) -> None:
    """These words are the collaborative's own (added when new)."""
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=w, documents=1, collaborative=True) for w in words],
            update_conflicts=True,
            unique_fields=["word"],
            update_fields=["collaborative"],
        )


def learn(texts: Iterable[str], titles: Iterable[str], facets: Iterable[str]) -> None:
    """Add the words of newly stored public documents: those of their
    `texts`, and, as the collaborative's own, those of their `titles` and of
    the topics their `facets` name."""
    own = words_in(*titles, *_topic_names(facets))
    words = words_in(*texts) - own
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=w, documents=1) for w in words], ignore_conflicts=True
        )
    _mark_own(own)


def edits(word: str) -> set[str]:
    """Every string one edit from `word`: a letter dropped, two swapped, one
    changed or one added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    added = {a + c + b for a, b in splits for c in _LETTERS}
    return (dropped | swapped | changed | added) - {word}


def distance(a: str, b: str) -> int:
    """Edits from `a` to `b`, a swap of two letters counting one."""
    before, row = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x != y))
            if before is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, before[j - 2] + 1)
            current.append(best)
        before, row = row, current
    return row[-1]


@dataclass(frozen=True)
class Known:
    documents: int
    own: bool  # one of the collaborative's words


def _looked_up(words: Iterable[str]) -> dict[str, Known]:
    rows = SearchTerm.objects.filter(word__in=list(words))
    return {
        w: Known(n, own) for w, n, own in rows.values_list("word", "documents", "collaborative")
    }


def _similar(word: str) -> dict[str, Known]:
    """Stored words that look like `word` (trigrams on PostgreSQL)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, documents, collaborative FROM search_searchterm"
                " WHERE word %% %s AND similarity(word, %s) >= %s"
                " ORDER BY similarity(word, %s) DESC, documents DESC LIMIT %s",
                [word, word, MIN_SIMILARITY, word, FUZZY_CANDIDATES],
            )
            return {w: Known(n, own) for w, n, own in cursor.fetchall()}
    words = list(SearchTerm.objects.values_list("word", flat=True)[:50000])
    return _looked_up(difflib.get_close_matches(word, words, n=FUZZY_CANDIDATES, cutoff=0.6))


def _synonym_words(groups: list[list[str]]) -> set[str]:
    return {word for group in groups for alternative in group for word in alternative.split()}


def _phrases(groups: list[list[str]]) -> set[tuple[str, str]]:
    """The pairs of words that stand together in a synonym ("safe sleep")."""
    pairs: set[tuple[str, str]] = set()
    for group in groups:
        for alternative in group:
            words = alternative.split()
            pairs.update(zip(words, words[1:], strict=False))
    return pairs


def _best(word: str, before: str, after: str, groups: list[list[str]]) -> str | None:
    """The closest word the collaborative or its documents know, the
    collaborative's own and those making a synonym's phrase with a neighbour
    first; None when nothing is near enough."""
    own_words, phrases = _synonym_words(groups), _phrases(groups)
    found = _looked_up(edits(word)) | _similar(word)
    for candidate in own_words:
        if abs(len(candidate) - len(word)) <= 2:
            found.setdefault(candidate, Known(0, True))
    furthest = 1 if len(word) <= 4 else 2

    def cost(candidate: str) -> tuple[float, int, str]:
        known = found[candidate]
        own = known.own or candidate in own_words
        paired = (before, candidate) in phrases or (candidate, after) in phrases
        weight = distance(word, candidate) - OWN_WORD_BONUS * own - PHRASE_BONUS * paired
        return weight, -known.documents, candidate

    near = [c for c in found if c != word and distance(word, c) <= furthest]
    return min(near, key=cost) if near else None


def respelled(query: ParsedQuery) -> str | None:
    """The query with each word that finds nothing or little replaced by
    its best respelling, the others kept; None when nothing changed."""
    typed = words_typed(query)
    groups = synonym_groups()
    known = _looked_up(typed)
    own_words = _synonym_words(groups)
    text, changed = query.text, False
    for i, word in enumerate(typed):
        if not word.isalpha() or len(word) < 3 or word in own_words:
            continue
        held = known.get(word)
        if held and (held.own or held.documents >= ENOUGH_DOCUMENTS):
            continue
        before = typed[i - 1] if i else ""
        after = typed[i + 1] if i + 1 < len(typed) else ""
        better = _best(word, before, after, groups)
        if better is None or (held and not _better_known(better, held)):
            continue
        text = re.sub(rf"(?i)\b{re.escape(word)}\b", better, text, count=1)
        changed = True
    return text if changed else None


def _better_known(candidate: str, held: Known) -> bool:
    """Whether a rare word that exists is worth changing into `candidate`:
    only for one of the collaborative's words, or one far more common."""
    other = _looked_up([candidate]).get(candidate, Known(0, True))
    return other.own or other.documents >= 5 * max(held.documents, 1)
