"""How hard a text is to read, as a school grade: for editors writing for
families, who aim at grade 8 or below.

Pure functions, no database: the text is given as strings (plain or HTML;
tags are ignored, and a block element such as a paragraph, a list item or a
heading ends a sentence even without a full stop).

- English: the Flesch–Kincaid grade level,
  0.39 × (words per sentence) + 11.8 × (syllables per word) − 15.59.
- Spanish: Fernández-Huerta's readability ("lecturabilidad"),
  L = 206.84 − 0.60 × P − 1.02 × F, where P is the syllables per 100 words
  and F the average sentence length in words, i.e. words per sentence.
  Fernández Huerta (1959) described F as "sentences per 100 words"; taken
  literally, that makes a text with shorter sentences score *harder*, the
  opposite of Flesch's formula it adapts (Gwillim Law, "Error in the
  Fernández Huerta readability formula", 2011). The corrected reading, words
  per sentence, is the one tools use (legible.es, textstat) and the one here:
  shorter sentences and shorter words raise L. L maps to a school grade
  with Fernández Huerta's table (`FERNANDEZ_HUERTA_BANDS`): 90 or more grade 4,
  80 to 90 grade 5, 70 to 80 grade 6, 60 to 70 grades 7–8, 50 to 60 some high
  school, 30 to 50 high school or college prep, below 30 university. The
  target, grade 8 or below, is L of 60 or more.

Counting rules, the same everywhere the grade is shown:
- a word is a run of letters (apostrophes and hyphens inside it allowed:
  "don't" and "sleep-related" are one word each); a number is a word too,
  read as one syllable a digit, at most four ("2028", "twenty twenty-eight");
- a sentence ends at ".", "!", "?" or "…" followed by a space and a word that
  does not start in lower case, or at the end of a block or a line; not after
  a known abbreviation ("Dr.", "e.g.", "EE. UU.");
- syllables: English by vowel groups with the usual silent and split vowels,
  and a list of common exceptions; Spanish by vowel nuclei: adjacent vowels
  share one syllable (a diphthong or triphthong: "ciudad", "guion") unless
  both are open (a, e, o) or one is an accented í or ú (a hiatus: "país",
  "día", "leer").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from django.utils.formats import number_format
from django.utils.translation import pgettext

Language = Literal["en", "es"]

# The target: grade 8 or below, in both languages.
TARGET_GRADE = 8.0
# Fernández-Huerta's score for grade 8 or below.
TARGET_FERNANDEZ_HUERTA = 60.0


def language_of(code: str | None) -> Language:
    """The formula's language for a language code ("es", "es-mx" → "es");
    English for any other."""
    return "es" if (code or "").lower().split("-")[0].split("_")[0] == "es" else "en"


# --- Text out of HTML --------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_HIDDEN_TAGS = frozenset({"script", "style", "template"})


class _TextOfHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def plain_text(markup: str) -> str:
    """The text of `markup` without its tags (entities decoded); each block
    element (paragraph, list item, heading, line break) on a line of its own."""
    if "<" not in markup and "&" not in markup:
        return markup
    parser = _TextOfHTML()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


# --- Sentences and words -----------------------------------------------------

# Abbreviations after which a full stop does not end a sentence (lower case,
# without their last full stop).
ABBREVIATIONS = frozenset(
    {
        # English
        "mr", "mrs", "ms", "dr", "jr", "sr", "st", "vs", "e.g", "i.e", "u.s", "a.m", "p.m",
        "approx", "dept", "fig", "inc", "ph.d",
        # Spanish
        "sra", "srta", "dra", "ud", "uds", "ee", "ee.uu", "p", "ej", "p.ej", "núm", "pág",
        "aprox", "lic", "ing", "av", "dto", "tel",
    }
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_OPENS_SENTENCE = re.compile(r"[\"'“‘«¿¡(\[]*[^\W_]")
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*(?:%|[^\W\d_]+)?|[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)


def _ends_sentence(line: str, end: re.Match[str]) -> bool:
    after = line[end.end() :].lstrip()
    if not after:
        return True
    opener = _OPENS_SENTENCE.match(after)
    if opener is None or opener.group()[-1].islower():
        return False  # "e.g. the", "…, etc. and", "¿Qué? no sé": one sentence.
    if end.group() == ".":
        before = line[: end.start()].split()
        last = before[-1].lower().lstrip("\"'“‘«¿¡([") if before else ""
        if last in ABBREVIATIONS:
            return False
    return True


def sentences(text: str) -> list[str]:
    """The sentences of a plain text (see `plain_text` for HTML), each with at
    least one word."""
    found: list[str] = []
    for line in text.splitlines():
        start = 0
        for end in _SENTENCE_END.finditer(line):
            if _ends_sentence(line, end):
                found.append(line[start : end.end()])
                start = end.end()
        found.append(line[start:])
    return [sentence.strip() for sentence in found if words(sentence)]


def words(text: str) -> list[str]:
    """The words of a plain text: runs of letters (with apostrophes and
    hyphens inside) and numbers."""
    return _TOKEN.findall(text)


# --- Syllables ---------------------------------------------------------------


def _number_syllables(token: str) -> int:
    digits = sum(char.isdigit() for char in token)
    return max(1, min(4, digits)) + (2 if token.endswith("%") else 0)


# English words the rules below get wrong (common words, and the field's own).
EN_EXCEPTIONS: dict[str, int] = {
    "abalone": 4, "acne": 2, "ago": 2, "anemone": 4, "any": 2, "anyone": 3, "apostrophe": 4,
    "area": 3, "behavior": 3, "behaviour": 3, "being": 2, "business": 2, "businesses": 3,
    "catastrophe": 4, "cesarean": 4, "choir": 2, "colonel": 2, "coyote": 3, "create": 2,
    "created": 3, "creating": 3, "creation": 3, "creative": 3, "creature": 2, "diabetes": 4,
    "element": 3, "era": 2, "evening": 2, "every": 2, "everyone": 3, "everything": 3,
    "facade": 2, "family": 3, "forever": 3, "giant": 2, "hyperbole": 4, "idea": 3, "ideal": 3,
    "karate": 3, "maybe": 2, "naive": 2, "people": 2, "poem": 2, "poet": 2, "poetry": 3,
    "preeclampsia": 5, "queue": 1, "quiet": 2, "recipe": 3, "resume": 3, "sesame": 3,
    "several": 3, "simile": 3, "someone": 2, "something": 2, "sometimes": 2, "somewhere": 2,
    "table": 2, "theater": 3, "therefore": 2, "toward": 2, "towards": 2, "unique": 2, "via": 2,
    "wednesday": 2, "whereas": 2, "yesterday": 3,
}  # fmt: skip

_EN_VOWELS = "aeiouy"
# Vowel pairs said as two syllables, each adding one to the vowel groups.
_EN_SPLIT = [
    re.compile(pattern)
    for pattern in (
        r"(?<![cgtsx])(?<!ll)i[ao](?<!nio)",  # media, radio, period (not -tion, -cial, union)
        r"xia",  # hypoxia
        r"[ctsx]iat(?!ive)",  # association, appreciate (not initiative)
        r"(?<![cgtsxq])iu",  # medium, premium
        r"[aeiouy]ings?$",  # going, seeing, studying
        r"(?<![gq])ua",  # actual, usual, evaluate (not quality, language)
        r"(?<![gq])ue[nlt]",  # fluent, cruel, influence, duet
        r"(?<![aeioucg])eo|^geo",  # video, neonatal, geography (not people, surgeon)
        r"[aeiouy][^aeiouy]+ea$",  # area, apnea (not tea, sea)
        r"ie[rt]",  # earlier, easier, society, diet
        r"(?<![aeioucts])ien(?!d)|scien",  # client, experience, science (not patient, friend)
        r"eum",  # museum
        r"[ai]sms?$",  # racism, spasm
        r"^coo[prd]",  # cooperate, coordinate
        r"^re(?:act|ass|app|adj|adm|inf|ins|int|inv|ori|open|ee|eval|educ|unit)",  # react
        r"^reali[tsz]",  # reality, realize
        r"^pre(?:e|o[pc])",  # preexisting, preoperative
        r"^deact",
        r"[^aeiouy]n't$",  # didn't, isn't, couldn't (not don't, can't)
    )
]
# Vowel groups counted above that are silent, each taking one off.
_EN_SILENT = [
    re.compile(pattern)
    for pattern in (
        # jumped, used, called (said after t and d: wanted, needed; and as
        # -led after a consonant: handled)
        r"(?:[^aeiouytdl]|[aeiouyl]l)ed$",
        # makes, notes, miles, clothes (said after s, x, z, ch, sh, ce, ge:
        # places, boxes, churches, pages; and as -les after a consonant: tables)
        r"(?:[^aeiouyscxzghl]|[aeiouyl]l|[^cs]h)es$",
        # safely, statement, enforcement, statewide: a silent e before a
        # suffix or a second word (not after -l after a consonant: settlement)
        r"[aeiouy](?:[^aeiouy]*[^aeiouyl]|l)e(?:ly|ty|ments?|ful|fully|less|ness|"
        r"lines?|times?|some|where|wide|work|book|ball|style|wise|side)$",
        r"^(?:some|every)[^aeiouy]",  # somebody, everyday
        r".ques?$",  # technique, plaque
        r"(?:[aeiou]|n)gues?$",  # league, dialogue, tongue (not argue)
    )
]


def syllables_en(word: str) -> int:
    """The syllables of an English word, by a heuristic: vowel groups, less
    silent vowels (a final e, most -ed and -es endings), plus vowel pairs said
    apart ("media", "going", "fluent"), with a list of common exceptions
    ("create", "people"). Right for most common words; a grade averages out
    the rest."""
    if word.isupper() and word.isalpha() and len(word) <= 6 and not set(word) & set("AEIOUY"):
        # Said letter by letter: CDC, PC, MD (W is three syllables).
        return sum(3 if letter == "W" else 1 for letter in word)
    word = word.lower().replace("’", "'")
    if any(char.isdigit() for char in word):
        return _number_syllables(word)
    if "-" in word:
        return sum(syllables_en(part) for part in word.split("-") if part)
    letters = "".join(char for char in unicodedata.normalize("NFKD", word) if char.isalpha())
    if not letters:
        return 0
    if letters in EN_EXCEPTIONS:
        return EN_EXCEPTIONS[letters]
    if letters.endswith("s") and letters[:-1] in EN_EXCEPTIONS:  # ideas, elements
        return EN_EXCEPTIONS[letters[:-1]]
    if len(letters) <= 3:
        return 1
    # y is a consonant at the start and between vowels (year, player, beyond).
    marked = "".join(
        "j"
        if char == "y"
        and (
            i == 0
            or (letters[i - 1] in "aeiou" and i + 1 < len(letters) and letters[i + 1] in "aeiou")
        )
        else char
        for i, char in enumerate(letters)
    )
    count = len(re.findall(r"[aeiouy]+", marked))
    spoken = marked[:-2] + "n't" if word.endswith("n't") else marked
    count += sum(1 for rule in _EN_SPLIT if rule.search(spoken))
    count -= sum(1 for rule in _EN_SILENT if rule.search(marked))
    # A final e is silent (make, house), but not in -le after a consonant
    # (table, little), nor after a vowel (free, queue).
    if (
        marked.endswith("e")
        and marked[-2] not in _EN_VOWELS
        and not re.search(r"[^aeiouy]le$", marked)
    ):
        count -= 1
    return max(1, count)


_ES_OPEN = set("aeoáéó")  # a, e, o: two together are two syllables (le-er, ca-os)
_ES_STRESSED_CLOSED = set("íú")  # í, ú beside an open vowel: two syllables (pa-ís, dí-a)
_ES_CLOSED = set("iuü")  # i, u: one syllable with a vowel beside them (ciu-dad, guion)
_ES_VOWELS = _ES_OPEN | _ES_STRESSED_CLOSED | _ES_CLOSED | {"y"}


def _es_hiatus(first: str, second: str) -> bool:
    strong = _ES_OPEN | _ES_STRESSED_CLOSED
    if first in strong and second in strong:
        return True
    # The same closed vowel twice is two syllables: chi-i-ta.
    return first == second and first in _ES_CLOSED


def syllables_es(word: str) -> int:
    """The syllables of a Spanish word, by its vowel nuclei: each run of
    vowels is one syllable, plus one for each hiatus inside it (two open
    vowels, or an accented í/ú beside another vowel: "le-er", "pa-ís"); a
    diphthong or triphthong is one ("ciu-dad", "buey"). "guion" is one
    syllable (a triphthong, as the RAE's 2010 spelling, without accent, has
    it); the h does not join vowels ("a-ho-ra"); y is a vowel at the end of
    a word or before a consonant ("hoy", "muy", "y")."""
    word = unicodedata.normalize("NFC", word.lower())
    if any(char.isdigit() for char in word):
        return _number_syllables(word)
    if "-" in word:
        return sum(syllables_es(part) for part in word.split("-") if part)
    letters = [char for char in word if char.isalpha()]
    if not letters:
        return 0
    vowels = [
        char in _ES_VOWELS
        and not (char == "y" and i + 1 < len(letters) and letters[i + 1] in _ES_VOWELS)
        for i, char in enumerate(letters)
    ]
    count = 0
    for i, is_vowel in enumerate(vowels):
        if not is_vowel:
            continue
        if i == 0 or not vowels[i - 1] or _es_hiatus(letters[i - 1], letters[i]):
            count += 1
    return max(1, count)


def count_syllables(word: str, language: str) -> int:
    """The syllables of `word` in `language` ("en" or "es"; any other is
    counted as English)."""
    return syllables_es(word) if language_of(language) == "es" else syllables_en(word)


# --- The formulas ------------------------------------------------------------


@dataclass(frozen=True)
class TextCounts:
    """What the formulas need: words, sentences and syllables."""

    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0


def _texts(texts: str | Iterable[str]) -> Iterator[str]:
    if isinstance(texts, str):
        yield texts
    else:
        yield from texts


def count(texts: str | Iterable[str], language: str) -> TextCounts:
    """The words, sentences and syllables of one text or several (each a
    field of a page: one that ends without a full stop, such as a title,
    still ends its sentence). HTML tags are ignored."""
    total_words = total_sentences = total_syllables = 0
    for text in _texts(texts):
        for sentence in sentences(plain_text(text)):
            found = words(sentence)
            total_sentences += 1
            total_words += len(found)
            total_syllables += sum(count_syllables(word, language) for word in found)
    return TextCounts(total_words, total_sentences, total_syllables)


def flesch_kincaid_grade(counts: TextCounts) -> float:
    """The Flesch–Kincaid grade level of English text (0 for no words)."""
    if not counts.words:
        return 0.0
    return 0.39 * counts.words_per_sentence + 11.8 * counts.syllables_per_word - 15.59


def fernandez_huerta(counts: TextCounts) -> float:
    """Fernández-Huerta's readability L of Spanish text: 206.84 − 0.60 × P −
    1.02 × F, P the syllables per 100 words, F the words per sentence (see the
    module's notes); higher is easier. 0 for no words."""
    if not counts.words:
        return 0.0
    syllables_per_100_words = 100 * counts.syllables_per_word
    return 206.84 - 0.60 * syllables_per_100_words - 1.02 * counts.words_per_sentence


@dataclass(frozen=True)
class Band:
    """A row of Fernández-Huerta's table: scores from `lowest` up read as
    `grade` (a U.S. school grade; past the table's grade 8 an approximate
    equivalent: 10 for some high school, 12 for high school or college prep,
    13 for university)."""

    lowest: float
    grade: float
    key: str


FERNANDEZ_HUERTA_BANDS = (
    Band(90, 4, "grade-4"),
    Band(80, 5, "grade-5"),
    Band(70, 6, "grade-6"),
    Band(60, 8, "grades-7-8"),
    Band(50, 10, "some-high-school"),
    Band(30, 12, "high-school"),
    Band(float("-inf"), 13, "university"),
)


def fernandez_huerta_band(score: float) -> Band:
    """The row of Fernández-Huerta's table that a score falls in (a score on
    a boundary belongs to the easier row: 60 is grades 7–8)."""
    return next(band for band in FERNANDEZ_HUERTA_BANDS if score >= band.lowest)


def _band_label(band: Band) -> str:
    labels = {
        # Translators: this and the next six: the rows of Fernández-Huerta's table,
        # shown as "Reading grade: …": the U.S. school grade a Spanish text suits.
        "grade-4": pgettext("reading grade", "grade 4"),
        "grade-5": pgettext("reading grade", "grade 5"),
        "grade-6": pgettext("reading grade", "grade 6"),
        "grades-7-8": pgettext("reading grade", "grades 7–8"),
        "some-high-school": pgettext("reading grade", "some high school"),
        "high-school": pgettext("reading grade", "high school or college prep"),
        "university": pgettext("reading grade", "university"),
    }
    return labels[band.key]


@dataclass(frozen=True)
class Readability:
    """How hard a text is to read.

    `score` is the formula's own number (the Flesch–Kincaid grade level for
    English, Fernández-Huerta's L for Spanish), rounded to one decimal;
    `grade` the U.S. school grade it stands for; `label` the grade in words
    ("grade 7.2", "grades 7–8"), in the active language; `meets_target`
    whether it is grade 8 or below. With no words there is no score, grade
    or verdict (None)."""

    language: Language
    counts: TextCounts
    score: float | None
    grade: float | None
    label: str
    meets_target: bool | None

    @property
    def formula(self) -> str:
        return "fernandez-huerta" if self.language == "es" else "flesch-kincaid"

    @property
    def graded(self) -> bool:
        return self.score is not None


def readability(texts: str | Iterable[str], language: str) -> Readability:
    """The readability of one text or several (a page's fields), by the
    formula of `language` ("es" → Fernández-Huerta, otherwise Flesch–Kincaid)."""
    lang = language_of(language)
    counts = count(texts, lang)
    if not counts.words:
        label = pgettext("reading grade", "not enough text")
        return Readability(lang, counts, None, None, label, None)
    if lang == "es":
        score = round(fernandez_huerta(counts), 1)
        band = fernandez_huerta_band(score)
        return Readability(
            lang, counts, score, band.grade, _band_label(band), score >= TARGET_FERNANDEZ_HUERTA
        )
    grade = round(flesch_kincaid_grade(counts), 1)
    if grade < 1:
        label = pgettext("reading grade", "grade 1 or below")
    else:
        # Translators: a U.S. school grade with one decimal, shown as "Reading grade: grade 7.2".
        label = pgettext("reading grade", "grade %(grade)s") % {
            "grade": number_format(grade, decimal_pos=1)
        }
    return Readability(lang, counts, grade, grade, label, grade <= TARGET_GRADE)
