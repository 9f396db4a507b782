"""Nothing of the interface stays English in Spanish: every template's words
are marked for translation, and the Spanish catalogue holds every marked
string, translated, none fuzzy, compiled as committed."""

import gettext
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType

TEMPLATES = settings.BASE_DIR / "templates"
CATALOGUE = settings.BASE_DIR / "locale" / "es" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")
# Attributes people read or hear; the others (class, href, data-…) are code.
READ_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "aria-description"}
# Blocks whose text is code, not words: the page's CSS class.
CODE_BLOCKS = {"body_class"}
# Stands in for a tag's output: never a letter, never markup.
HOLE = "\u2063"
LETTER = re.compile(r"[A-Za-z]")


def _marked_out(source: str) -> str:
    """The template with what is translated, commented or computed replaced
    by HOLE, so only literal text remains to check."""
    out, inside, skip = [], 0, None
    for token in Lexer(source).tokenize():
        content = token.contents.split()
        if token.token_type == TokenType.BLOCK and content:
            tag = content[0]
            if tag in ("blocktranslate", "blocktrans"):
                inside += 1
            elif tag in ("endblocktranslate", "endblocktrans"):
                inside -= 1
            elif tag == "comment":
                skip = "endcomment"
            elif tag == skip:
                skip = None
            elif tag == "block" and len(content) > 1 and content[1] in CODE_BLOCKS:
                skip = "endblock"
        if token.token_type == TokenType.TEXT and not inside and skip is None:
            out.append(token.contents)
        else:
            out.append(HOLE)
    return "".join(out)


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._code = 0  # inside <script> or <style>

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._code += 1
        read = set(READ_ATTRIBUTES)
        if tag == "input" and ("type", "submit") in attrs:
            read.add("value")
        if tag == "meta" and ("name", "description") in attrs:
            read.add("content")  # what search engines show of the page
        for name, value in attrs:
            if value and name in read:
                self._check(f"{name}=", value)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._code -= 1

    def handle_data(self, data):
        if not self._code:
            self._check("", data)

    def handle_comment(self, data):
        self._check("<!-- -->", data)  # sent to every browser: use {# #}

    def _check(self, where: str, text: str) -> None:
        if LETTER.search(text.replace(HOLE, " ")):
            self.found.append(f"{where}{text.strip()[:60]!r}")


def unmarked_words(path: Path) -> list[str]:
    text = _marked_out(path.read_text())
    if path.suffix == ".txt":  # emails: all of it is words
        return [repr(line.strip()[:60]) for line in text.splitlines() if LETTER.search(line)]
    words = _Words()
    words.feed(text)
    words.close()
    return words.found


def test_every_template_string_is_marked_for_translation():
    unmarked = {
        str(path.relative_to(TEMPLATES)): found
        for path in sorted(TEMPLATES.rglob("*"))
        if path.suffix in (".html", ".txt") and (found := unmarked_words(path))
    }
    assert not unmarked, f"Words outside {{% translate %}}: {unmarked}"


def test_the_check_finds_words_left_unmarked(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '{% load i18n %}<h1>{% translate "Teams" %}</h1>{# a note #}'
        '<a class="x" href="{% url "team_list" %}" title="All teams">{{ n }}</a>'
        "{% blocktranslate %}{{ n }} teams{% endblocktranslate %}<p>Left out · 3</p>"
    )
    assert unmarked_words(page) == ["title='All teams'", "'Left out · 3'"]


def _gettext_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"GNU gettext's {name} is not installed (apt-get install gettext)")
    return tool


def _count(tool_output: str) -> int:
    return len(re.findall(r'^msgid "', tool_output, re.M)) - 1  # less the header


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_spanish_catalogue_is_translated_and_not_fuzzy(domain):
    po = CATALOGUE / f"{domain}.po"
    attrib = _gettext_tool("msgattrib")
    for flag in ("--untranslated", "--only-fuzzy"):
        left = subprocess.run([attrib, flag, str(po)], capture_output=True, text=True, check=True)
        assert _count(left.stdout) <= 0, f"{po.name} {flag}:\n{left.stdout[:2000]}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_committed_mo_is_the_po_compiled(domain, tmp_path):
    compiled = tmp_path / f"{domain}.mo"
    checks = subprocess.run(
        [_gettext_tool("msgfmt"), "--check", "-o", str(compiled), str(CATALOGUE / f"{domain}.po")],
        capture_output=True,
        text=True,
    )
    assert checks.returncode == 0, checks.stderr
    with compiled.open("rb") as fresh, (CATALOGUE / f"{domain}.mo").open("rb") as committed:
        expected = gettext.GNUTranslations(fresh)._catalog
        assert gettext.GNUTranslations(committed)._catalog == expected


def test_the_catalogue_holds_every_marked_string(tmp_path):
    """`make messages` on a copy of the sources changes no msgid: nothing
    marked is missing from the catalogue, nothing in it is stale."""
    _gettext_tool("xgettext")
    copy = tmp_path / "site"
    ignore = shutil.ignore_patterns(
        ".venv",
        "node_modules",
        ".git",
        "media",
        "static_collected",
        "opensearch-node",
        "screenshots",
        "*.sqlite3",
        "__pycache__",
        "tests",
    )
    shutil.copytree(settings.BASE_DIR, copy, ignore=ignore)
    subprocess.run(
        ["make", "-s", "messages", f"BIN={settings.BASE_DIR / '.venv' / 'bin'}"],
        cwd=copy,
        capture_output=True,
        check=True,
    )
    for domain in DOMAINS:
        before = _msgids(CATALOGUE / f"{domain}.po")
        after = _msgids(copy / "locale" / "es" / "LC_MESSAGES" / f"{domain}.po")
        assert after == before, f"{domain}: missing {after - before}, stale {before - after}"


def _msgids(po: Path) -> set[str]:
    entries = re.findall(
        r'^(?:msgctxt (".*"(?:\n".*")*)\n)?msgid (".*"(?:\n".*")*)', po.read_text(), re.M
    )

    def text(quoted: str) -> str:
        return "".join(re.findall(r'"(.*)"', quoted))

    return {f"{text(context)}\x04{text(msgid)}" for context, msgid in entries} - {"\x04"}
