"""What a person typed, understood once for every backend.

A query is a list of clauses that must all match. A clause is one word or
"quoted phrase", or a group of alternatives when the editors' synonyms know
it (SIDS → sids | safe sleep | sudden unexpected infant death | suid) or
a word spelled two ways (haemorrhage → haemorrhage | hemorrhage). A clause
starting with "-" excludes. Backends translate clauses into their own
language (tsquery, Elasticsearch bool queries, or word matching)."""

import re
from dataclasses import dataclass, field

from django.core.cache import cache

MAX_CHARS = 200
MAX_CLAUSES = 8
SYNONYMS_CACHE_KEY = "search:synonyms"

_TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')
_WORD_CHARS = re.compile(r"[^\w\s'-]+")


@dataclass(frozen=True)
class Clause:
    alternatives: tuple[str, ...]  # each a word or a phrase, lower case
    excluded: bool = False
    quoted: bool = False

    @property
    def words(self) -> list[str]:
        return self.alternatives[0].split()


@dataclass
class ParsedQuery:
    text: str
    clauses: list[Clause] = field(default_factory=list)

    @property
    def required(self) -> list[Clause]:
        return [c for c in self.clauses if not c.excluded]

    @property
    def excluded(self) -> list[Clause]:
        return [c for c in self.clauses if c.excluded]

    def __bool__(self) -> bool:
        return bool(self.required)


def _clean(text: str) -> str:
    return " ".join(_WORD_CHARS.sub(" ", text.lower()).split()).strip("-' ")


def _tokens(text: str) -> list[tuple[str, bool, bool]]:
    """(text, excluded, quoted) for each word or quoted phrase."""
    found = []
    for match in _TOKEN.finditer(text):
        if match.group(2) is not None:
            found.append((_clean(match.group(2)), bool(match.group(1)), True))
        else:
            found.append((_clean(match.group(4)), bool(match.group(3)), False))
    return [token for token in found if token[0]]


# The same words in American and British spelling, (American, British): the
# site writes American, members and documents from elsewhere may not, and
# the stemmer does not join them ("hemorrhag" is not "haemorrhag").
SPELLINGS = (
    ("hemorrhage", "haemorrhage"),
    ("hemorrhages", "haemorrhages"),
    ("hemorrhagic", "haemorrhagic"),
    ("pediatric", "paediatric"),
    ("pediatrics", "paediatrics"),
    ("pediatrician", "paediatrician"),
    ("pediatricians", "paediatricians"),
    ("anesthesia", "anaesthesia"),
    ("anesthetic", "anaesthetic"),
    ("labor", "labour"),
    ("center", "centre"),
    ("centers", "centres"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("organization", "organisation"),
    ("organizations", "organisations"),
    ("organizer", "organiser"),
    ("organizers", "organisers"),
    ("cesarean", "caesarean"),
    ("cesareans", "caesareans"),
    ("counseling", "counselling"),
    ("fetal", "foetal"),
    ("estrogen", "oestrogen"),
    ("edema", "oedema"),
    ("anemia", "anaemia"),
    ("gynecology", "gynaecology"),
)
_OTHER_SPELLING = dict(SPELLINGS) | {british: american for american, british in SPELLINGS}


def other_spelling(text: str) -> str:
    """`text` with each word of SPELLINGS in its other spelling, the rest
    (quotes, a leading "-") as typed."""
    return re.sub(r"[^\W\d_]+", lambda word: _OTHER_SPELLING.get(word[0].lower(), word[0]), text)


def with_spellings(groups: list[list[str]]) -> list[list[str]]:
    """`groups` with each alternative also in its other spelling ("postpartum
    haemorrhage" beside "postpartum hemorrhage"), then a group of the two
    spellings of each word no group holds: either spelling finds both, on
    a site whose editors keep no synonyms too."""
    spelled = []
    for group in groups:
        both = list(group)
        for alternative in group:
            other = other_spelling(alternative)
            if other not in both:
                both.append(other)
        spelled.append(both)
    held = {alternative for group in spelled for alternative in group}
    return spelled + [list(pair) for pair in SPELLINGS if pair[0] not in held]


def synonym_groups() -> list[list[str]]:
    """The editors' synonym groups, cached until one changes, with both
    spellings of the words in SPELLINGS."""
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        from search.models import Synonym

        groups = with_spellings([s.alternatives for s in Synonym.objects.all()])
        cache.set(SYNONYMS_CACHE_KEY, groups, 3600)
    return groups


def _longest_synonym(words: list[str], start: int, groups) -> tuple[int, list[str]] | None:
    best = None
    for group in groups:
        for alternative in group:
            size = len(alternative.split())
            if (
                size > (best[0] if best else 0)
                and words[start : start + size] == alternative.split()
            ):
                best = (size, group)
    return best


def _expand(tokens, groups) -> list[Clause]:
    clauses = []
    position = 0
    words = [text for text, excluded, quoted in tokens]
    while position < len(tokens):
        text, excluded, quoted = tokens[position]
        match = None if quoted or excluded else _longest_synonym(words, position, groups)
        if match is None and quoted:
            match = next(((1, g) for g in groups if text in g), None)
        if match:
            size, group = match
            # The words typed come first: snippets and "did you mean" use them.
            typed = " ".join(words[position : position + size])
            alternatives = (typed, *[a for a in group if a != typed])
            clauses.append(Clause(alternatives, excluded, quoted))
            position += size
            continue
        clauses.append(Clause((text,), excluded, quoted or " " in text))
        position += 1
    return clauses


def printable(text: str, limit: int = MAX_CHARS) -> str:
    """What was typed, without control characters (PostgreSQL refuses NUL),
    on one line, bounded."""
    text = "".join(ch if ch.isprintable() else " " for ch in (text or "")[: limit * 4])
    return " ".join(text.split())[:limit]


def parse(text: str, *, synonyms: bool = True) -> ParsedQuery:
    text = printable(text)
    tokens = _tokens(text)
    groups = synonym_groups() if synonyms else []
    return ParsedQuery(text, _expand(tokens, groups)[:MAX_CLAUSES])


def synonyms_completing(prefix: str, groups: list[list[str]] | None = None) -> list[str]:
    """What a synonym typed in part stands for, for the titles offered while
    typing: the other alternatives of each group one of whose alternatives
    `prefix` begins ("sdo" → "social determinants of health", "social
    determinants"; "lar" → "long-acting reversible contraception", ...), the
    group closest to complete first."""
    typed = _clean(prefix)
    if len(typed) < 2:
        return []
    started = []
    for group in synonym_groups() if groups is None else groups:
        begun = [a for a in group if a.startswith(typed)]
        if begun:
            started.append((min(len(a) for a in begun), group, begun))
    started.sort(key=lambda found: found[0])
    others: list[str] = []
    for _, group, begun in started:
        others.extend(a for a in group if a not in begun and a not in others)
    return others


def words_typed(query: ParsedQuery) -> list[str]:
    """The single words the person typed (for "did you mean")."""
    return [
        c.alternatives[0] for c in query.required if not c.quoted and " " not in c.alternatives[0]
    ]
