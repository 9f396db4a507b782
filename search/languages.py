"""The languages search stems in. Each stored document is indexed, and a
query matched against it, in the document's own language: Spanish for
Spanish pages and resources, English for everything else (a resource in
another language too: its words are stemmed as English, the least harm)."""

import re

from django.utils.translation import gettext_lazy as _

ENGLISH, SPANISH = "en", "es"
INDEXED = (ENGLISH, SPANISH)
# A document in the reader's language ranks this much higher: enough to
# order two equal hits, not to lift a weak one over a strong one.
READERS_LANGUAGE_BOOST = 1.1
# The labels the language facet shows ("other": a resource's own choice).
NAMES = {ENGLISH: _("English"), SPANISH: _("Spanish"), "other": _("Other")}
# PostgreSQL's text-search configurations. The Spanish one is Spanish
# stemming after `unaccent` (migration 0007), so "sueno" finds "sueño";
# the English one is PostgreSQL's own, which never folded accents.
CONFIGS = {ENGLISH: "english", SPANISH: "collab_spanish"}


def indexed(code: str | None) -> str:
    """The language a document in `code` ("es", "es-mx", "en", "other", …)
    is stemmed in."""
    return SPANISH if (code or "").lower().split("-")[0] == SPANISH else ENGLISH


def config_sql(column: str) -> str:
    """The row's text-search configuration, from its language `column`."""
    return (
        f"(CASE {column} WHEN '{SPANISH}' THEN '{CONFIGS[SPANISH]}'"
        f" ELSE '{CONFIGS[ENGLISH]}' END)::regconfig"
    )


# Accents folded where the database cannot (SQLite): each letter that
# Spanish accents stands for itself with or without them.
_VARIANTS = {
    "a": "aáàâäã",
    "e": "eéèêë",
    "i": "iíìîï",
    "o": "oóòôöõ",
    "u": "uúùûü",
    "n": "nñ",
    "c": "cç",
}
_FOLDED = str.maketrans({v: k for k, vs in _VARIANTS.items() for v in vs[1:]})


def fold(text: str) -> str:
    """Lower case without accents: "Sueño" → "sueno"."""
    return text.lower().translate(_FOLDED)


def accent_pattern(text: str) -> str:
    """A regular expression for `text` with or without its accents
    ("sueno" and "sueño" both find either); case is the caller's flag."""
    return "".join(f"[{_VARIANTS[ch]}]" if ch in _VARIANTS else re.escape(ch) for ch in fold(text))
