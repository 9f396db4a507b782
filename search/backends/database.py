"""The embedded default on SQLite: word matching over the stored documents,
ranked and counted in Python.

It serves one state team's site on a laptop (hundreds or a few thousand
documents); anything larger runs on PostgreSQL or a cluster. English
endings are trimmed before matching ("bassinets" finds "bassinet"), and
phrases match as written; in a Spanish document, with or without accents
("sueno" finds "sueño"). Nothing is stemmed as Spanish here: a word finds
the words it begins ("lactancia" finds "lactancias", not "lactante")."""

import re
from collections import Counter
from dataclasses import replace

from django.db.models import Q

from search import languages
from search.backends.base import (
    FACETS,
    START,
    STOP,
    Hit,
    SearchRequest,
    SearchResults,
    StoredDocumentsBackend,
    marked,
    split_key,
)
from search.models import SearchDocument
from search.query import Clause

MAX_MATCHES = 5000
WINDOW = 110  # characters either side of the first match in a snippet
_ENDINGS = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s")
_FIELDS = ("title", "text", "file_text")
_WEIGHTS = {"title": 4.0, "text": 1.0, "file_text": 0.3}


def stem(word: str) -> str:
    """A crude English stem: enough to match plurals and -ing forms."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _patterns(clause: Clause) -> list[str]:
    return [
        " ".join(stem(w) for w in alt.split()) if " " not in alt else alt
        for alt in clause.alternatives
    ]


def _clause_q(clause: Clause) -> Q:
    """Any pattern in any field; in a Spanish row, with or without accents
    (SQLite's LIKE folds the case of ASCII letters only)."""
    matches = Q()
    for pattern in _patterns(clause):
        folded = languages.accent_pattern(pattern)
        accented = Q()
        for name in _FIELDS:
            matches |= Q(**{f"{name}__icontains": pattern})
            accented |= Q(**{f"{name}__iregex": folded})
        matches |= Q(language=languages.SPANISH) & accented
    return matches


def _keys_q(column: str, keys: list[str]) -> Q:
    found = Q()
    for key in keys:
        found |= Q(**{f"{column}__contains": f" {key} "})
    return found


def _regex(clause: Clause) -> re.Pattern:
    words = "|".join(languages.accent_pattern(p) for p in _patterns(clause))
    return re.compile(rf"\b(?:{words})\w*", re.IGNORECASE)


def _snippet(text: str, patterns: list[re.Pattern]) -> str:
    first = min((m.start() for p in patterns if (m := p.search(text))), default=0)
    start = max(0, first - WINDOW)
    if start:  # begin and end on whole words
        start = text.find(" ", start) + 1 or start
    end = first + WINDOW * 2
    end = text.rfind(" ", first, end) if len(text) > end else end
    fragment = text[start : end if end > first else None]
    for pattern in patterns:
        fragment = pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", fragment)
    return ("… " if start else "") + " ".join(fragment.split())


def _boost(row: dict, language: str) -> float:
    """The row's own weight, a little more in the reader's language."""
    readers = languages.READERS_LANGUAGE_BOOST if row["language"] == language else 1
    return row["boost"] * readers


class DatabaseBackend(StoredDocumentsBackend):
    """No service at all: the stored documents are the index."""

    def _matched(self, request: SearchRequest):
        rows = SearchDocument.objects.filter(_keys_q("access", request.access))
        for clause in request.query.required:
            rows = rows.filter(_clause_q(clause))
        for clause in request.query.excluded:
            rows = rows.exclude(_clause_q(clause))
        fields = ("id", "title", "text", "file_text", "facets", "boost", "date", "language")
        return rows.values(*fields)[:MAX_MATCHES]

    def search(self, request: SearchRequest) -> SearchResults:
        patterns = [_regex(c) for c in request.query.required]
        rows = list(self._matched(request))
        for row in rows:
            row["keys"] = set(row["facets"].split())
            row["score"] = _boost(row, request.language) * sum(
                _WEIGHTS[name] for p in patterns for name in _FIELDS if p.search(row[name])
            )
        wanted = {f"{n}={v}" for n, v in request.filters.items()}
        facets = {name: Counter() for name in FACETS}
        for row in rows:
            for key in row["keys"]:
                name, value = split_key(key)
                others = {w for w in wanted if not w.startswith(name + "=")}
                if name in facets and others <= row["keys"]:
                    facets[name][value] += 1
        kept = [row for row in rows if wanted <= row["keys"]]
        kept.sort(
            key=lambda r: (-r["score"], -(r["date"].timestamp() if r["date"] else 0), r["id"])
        )
        page = kept[request.offset : request.offset + request.per_page]
        return SearchResults(
            self._hits(page, patterns), len(kept), {n: dict(c) for n, c in facets.items()}
        )

    def count(self, request: SearchRequest) -> int:
        # The matching is done in Python here either way; a page of none
        # spares only the hits' snippets.
        return self.search(replace(request, per_page=0)).total

    def _hits(self, page: list[dict], patterns: list[re.Pattern]) -> list[Hit]:
        documents = SearchDocument.objects.in_bulk([row["id"] for row in page])
        hits = []
        for row in page:
            doc = documents[row["id"]]
            in_text = all(p.search(doc.title) or p.search(doc.text) for p in patterns)
            hit = Hit(doc.key, doc.kind, doc.heading, doc.url, doc.context, doc.date)
            hit.snippet = marked(_snippet(doc.text, patterns))
            if not in_text and doc.file_text:
                hit.in_file = True
                pages = doc.file_text.split("\f")
                number = next(
                    (n for n, text in enumerate(pages, 1) if all(p.search(text) for p in patterns)),
                    None,
                )
                hit.snippet = marked(
                    _snippet(pages[number - 1] if number else doc.file_text, patterns)
                )
                hit.file_page = number if number and len(pages) > 1 else None
            hits.append(hit)
        return hits

    def autocomplete(self, prefix: str, access: list[str], limit: int = 8) -> list[Hit]:
        prefix = " ".join(prefix.split())
        if len(prefix) < 2:
            return []
        rows = SearchDocument.objects.filter(_keys_q("access", access)).exclude(title="")
        rows = rows.filter(Q(title__istartswith=prefix) | Q(title__icontains=" " + prefix))
        hits, seen = [], set()
        for doc in rows.order_by("-boost", "title")[: limit * 3]:
            if doc.heading.lower() not in seen:
                seen.add(doc.heading.lower())
                hits.append(Hit(doc.key, doc.kind, doc.heading, doc.url, doc.context))
        return hits[:limit]

    def rebuild(self) -> int:
        return 0
