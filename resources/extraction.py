"""Text inside uploaded files (PDF, Word, PowerPoint, Excel), so search can find
a phrase that appears only inside a document.

`extract_text` never raises for bad input: a corrupt, truncated or
password-protected file comes back with empty text and a short, human-readable
`error`. The one exception to "error means no text" is a PDF whose pages are
readable except for a few: the readable pages are kept, the unreadable ones
are empty, and `error` names the first one that failed.

Whitespace is normalised (runs of spaces and tabs inside a line become one
space, at most one blank line in a row), NUL characters are dropped and the
Latin ligatures PDFs like to use (ﬁ, ﬂ...) are spelled out. Pages, slides and
sheets are separated by a form feed ("\\f"), which never appears inside one.

DOCX and PPTX are read as plain OOXML (zipfile + ElementTree, streamed with
iterparse so a long document is not held as a tree); XLSX through openpyxl in
read-only mode; PDF through pypdf. Before any of that an Office package is
unpacked once by `resources.uploads.check_package`, which makes sure every part
is no bigger than it declares (zipfile never reads past that) and holds no DTD;
XML is parsed with defusedxml all the same (no DTD, no entities, nothing
external), as openpyxl does when defusedxml is installed.
"""

import datetime as dt
import io
import posixpath
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import unquote
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as SafeET
import openpyxl
from defusedxml import DefusedXmlException
from pypdf import PdfReader

MAX_CHARS = 2_000_000  # stop collecting after this many characters; not reported as an error
MAX_PART_BYTES = 100 * 1024 * 1024  # an OOXML part larger than this (uncompressed) is refused

EMPTY = "The file is empty."
PDF_PASSWORD = "The PDF is password-protected."
OFFICE_LOCKED = "The file is password-protected or in an old Office format (.doc, .ppt, .xls)."
UNREADABLE = "The file could not be read: {reason}"
UNSAFE_XML = "it contains XML declarations (a DTD) that Office never writes."
SOME_PAGES_UNREADABLE = "Some pages could not be read (page {page}: {reason})."

PAGE_BREAK = "\f"

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: encrypted OOXML and .doc/.ppt/.xls

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_SLIDE = re.compile(r"ppt/slides/slide(\d+)\.xml")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but a newline (tabs, \f, \v, NBSP...)
_BLANK_LINES = re.compile(r"\n{3,}")
_TRANSLATE = {
    0: None,  # NUL
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
}


@dataclass
class ExtractedText:
    text: str  # all text; pages (PDF), slides (PPTX) or sheets (XLSX) separated by "\f"
    pages: list[str]  # per page / slide / sheet; DOCX: one entry
    error: str = ""  # empty when fine; else a short human-readable reason


class _Unreadable(Exception):
    """A reason, already fit to show, why the file cannot be read."""


def extract_text(data: bytes | BinaryIO, kind: str) -> ExtractedText:
    """kind is one of "pdf", "docx", "pptx", "xlsx"; any other kind returns empty text, no error.
    Never raises for bad input: returns ExtractedText(text="", pages=[], error="...").

    A file object is read from its start, whatever its current position."""
    kind = kind.strip().lower().lstrip(".") if isinstance(kind, str) else ""
    reader = _READERS.get(kind)
    if reader is None:
        return ExtractedText(text="", pages=[])
    try:
        stream = _seekable(data)
        head = stream.read(len(_CFB_MAGIC))
        stream.seek(0)
        if not head:
            return _failed(EMPTY)
        if kind != "pdf" and head == _CFB_MAGIC:
            return _failed(OFFICE_LOCKED)
        if kind != "pdf":
            _check_package(stream)
        return reader(stream, _Pages())
    except DefusedXmlException:
        return _failed(UNREADABLE.format(reason=UNSAFE_XML))
    except Exception as exc:  # a bad upload must never crash the caller
        return _failed(UNREADABLE.format(reason=_reason(exc)))


def page_of(extracted: ExtractedText, phrase: str) -> int | None:
    """1-based page/slide/sheet number where the phrase first occurs (case-insensitive,
    whitespace-normalised), or None."""
    needle = _searchable(phrase or "")
    if not needle:
        return None
    pages = extracted.pages
    if not pages and extracted.text:
        pages = extracted.text.split(PAGE_BREAK)
    for number, page in enumerate(pages, start=1):
        if needle in _searchable(page):
            return number
    return None


# Plumbing -------------------------------------------------------------------


def _failed(error: str) -> ExtractedText:
    return ExtractedText(text="", pages=[], error=error)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, _Unreadable):
        return str(exc)
    message = " ".join(str(exc).split())[:100]
    name = type(exc).__name__
    return f"{name}: {message}" if message else name


def _seekable(data: bytes | BinaryIO) -> BinaryIO:
    if isinstance(data, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(data))
    if data.seekable():
        data.seek(0)
        return data
    return io.BytesIO(data.read())


def _check_package(stream: BinaryIO) -> None:
    """Refuse a package that unpacks to more than it declares (or holds a DTD)
    before zipfile, openpyxl or a parser reads a byte of it."""
    from django.conf import settings

    from resources.uploads import UploadRejected, check_package

    limit = getattr(settings, "RESOURCE_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
    try:
        check_package(stream, max_bytes=limit)
    except UploadRejected as error:
        raise _Unreadable(" ".join(error.messages)) from None


def _searchable(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _clean(text: str) -> str:
    """Drop NULs, spell out ligatures, collapse whitespace inside lines, keep at most
    one blank line in a row."""
    text = text.translate(_TRANSLATE).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip("\n")


def _inline(text: str) -> str:
    """One line: every whitespace run (newlines too) becomes one space."""
    return " ".join(text.translate(_TRANSLATE).split())


class _Pages:
    """Collects pages until MAX_CHARS characters ("\\f" separators included)."""

    def __init__(self) -> None:
        self.limit = MAX_CHARS  # read now, so a test can monkeypatch the module constant
        self.pages: list[str] = []
        self.size = 0
        self.full = False

    def room(self) -> int:
        """How many characters the next page may still hold."""
        return max(self.limit - self.size - (1 if self.pages else 0), 0)

    def add(self, text: str) -> bool:
        """Add a page, cut to fit; False once nothing more fits (stop reading)."""
        if self.full:
            return False
        separator = 1 if self.pages else 0
        room = self.limit - self.size - separator
        if room <= 0:
            self.full = True
            return False
        if len(text) >= room:
            text, self.full = text[:room], True
        self.pages.append(text)
        self.size += separator + len(text)
        return not self.full

    def result(self, error: str = "") -> ExtractedText:
        return ExtractedText(text=PAGE_BREAK.join(self.pages), pages=self.pages, error=error)


def _join_lines(lines: Iterable[str], limit: int) -> str:
    """Join cleaned paragraphs with newlines (at most one blank line in a row), and
    stop reading once the result is longer than limit."""
    kept: list[str] = []
    size = -1
    for line in lines:
        if not line and (not kept or not kept[-1]):
            continue
        kept.append(line)
        size += len(line) + 1
        if size > limit:
            break
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


# PDF ------------------------------------------------------------------------


def _pdf(stream: BinaryIO, pages: _Pages) -> ExtractedText:
    reader = PdfReader(stream, strict=False)
    if reader.is_encrypted:
        return _failed(PDF_PASSWORD)
    first_failure = None
    for number, page in enumerate(reader.pages, start=1):
        try:
            text = _clean(page.extract_text() or "")
        except Exception as exc:  # one broken page must not lose the others
            first_failure = first_failure or (number, _reason(exc))
            text = ""
        if not pages.add(text):
            break
    if first_failure:
        page, reason = first_failure
        return pages.result(SOME_PAGES_UNREADABLE.format(page=page, reason=reason))
    return pages.result()


# OOXML packages (DOCX, PPTX) ------------------------------------------------


class _Package:
    """A zip of XML parts; part names are matched case-insensitively, as OPC wants."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.names = {info.filename.lower(): info.filename for info in zf.infolist()}

    def find(self, name: str) -> str | None:
        return self.names.get(name.lower())

    def open(self, name: str) -> BinaryIO:
        info = self.zf.getinfo(name)
        if info.file_size > MAX_PART_BYTES:
            raise _Unreadable(f"{name} is too large.")
        return self.zf.open(info)

    def root(self, name: str) -> ET.Element:
        with self.open(name) as part:
            return SafeET.parse(part, forbid_dtd=True).getroot()

    def relationships(self, name: str) -> dict[str, tuple[str, str]]:
        """Id -> (type, resolved part name) of the part's internal relationships whose
        target exists."""
        folder, base = posixpath.split(name)
        rels = self.find(posixpath.join(folder, "_rels", f"{base}.rels"))
        if rels is None:
            return {}
        found = {}
        for rel in self.root(rels).iter(f"{_REL}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = unquote(rel.get("Target", ""))
            if target.startswith("/"):
                path = target.lstrip("/")
            else:
                path = posixpath.normpath(posixpath.join(folder, target))
            part = self.find(path)
            if part is not None:
                found[rel.get("Id", "")] = (rel.get("Type", ""), part)
        return found


def _events(part: BinaryIO) -> Iterator[tuple[str, ET.Element]]:
    """iterparse events, leaving out what is inside mc:Fallback (the same content as the
    mc:Choice before it, in an older form: reading both would say everything twice)."""
    fallback = 0
    for event, element in SafeET.iterparse(part, events=("start", "end"), forbid_dtd=True):
        if element.tag == _MC_FALLBACK:
            fallback += 1 if event == "start" else -1
        elif not fallback:
            yield event, element


def _docx(stream: BinaryIO, pages: _Pages) -> ExtractedText:
    with zipfile.ZipFile(stream) as zf:
        package = _Package(zf)
        document = package.find("word/document.xml")
        if document is None:
            raise _Unreadable("it is not a Word document (word/document.xml is missing).")
        limit = pages.room()
        with package.open(document) as part:
            pages.add(_join_lines(_docx_paragraphs(part), limit))
    return pages.result()


def _docx_paragraphs(part: BinaryIO) -> Iterator[str]:
    """Each w:p's text, in document order (table cells included; a paragraph nested in
    a text box comes before the paragraph that holds it)."""
    open_paragraphs: list[list[str]] = []
    for event, element in _events(part):
        tag = element.tag
        if event == "start":
            if tag == f"{_W}p":
                open_paragraphs.append([])
            continue
        if tag == f"{_W}p":
            yield _clean("".join(open_paragraphs.pop()))
            element.clear()
        elif not open_paragraphs:
            continue
        elif tag == f"{_W}t":
            open_paragraphs[-1].append(element.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            open_paragraphs[-1].append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            open_paragraphs[-1].append("\n")
        elif tag == f"{_W}noBreakHyphen":
            open_paragraphs[-1].append("-")


def _pptx(stream: BinaryIO, pages: _Pages) -> ExtractedText:
    with zipfile.ZipFile(stream) as zf:
        package = _Package(zf)
        for slide in _slides(package):
            limit = pages.room()
            with package.open(slide) as part:
                text = _join_lines(_drawing_paragraphs(part), limit)
            notes = [
                part
                for kind, part in package.relationships(slide).values()
                if kind.endswith("/notesSlide")
            ]
            if notes and len(text) < limit:
                with package.open(notes[0]) as part:
                    said = _join_lines(_drawing_paragraphs(part, notes=True), limit - len(text))
                text = "\n\n".join(t for t in (text, said) if t)
            if not pages.add(text):
                break
    return pages.result()


def _slides(package: _Package) -> list[str]:
    """Slide parts in the order the presentation shows them (p:sldIdLst), or, when that
    cannot be read, in the numeric order of their names: slide2.xml before slide10.xml."""
    presentation = package.find("ppt/presentation.xml")
    if presentation is not None:
        try:
            rels = package.relationships(presentation)
            ids = package.root(presentation).iter(f"{_P}sldId")
            shown = [rels[i][1] for i in (e.get(f"{_R}id") for e in ids) if i in rels]
        except ET.ParseError:
            shown = []
        if shown:
            return shown
    numbered = sorted(
        (int(match[1]), name)
        for lower, name in package.names.items()
        if (match := _SLIDE.fullmatch(lower))
    )
    if not numbered and presentation is None:
        raise _Unreadable("it is not a PowerPoint presentation (no slides).")
    return [name for _, name in numbered]


def _drawing_paragraphs(part: BinaryIO, notes: bool = False) -> Iterator[str]:
    """Each a:p's text in a slide; for a notes page, only the notes body's (not the slide
    image or the slide number)."""
    for event, element in _events(part):
        if event != "end":
            continue
        if not notes and element.tag == f"{_A}p":
            yield _drawing_text(element)
            element.clear()
        elif notes and element.tag == f"{_P}sp":
            placeholder = element.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph")
            if placeholder is not None and placeholder.get("type") == "body":
                yield from (_drawing_text(p) for p in element.iter(f"{_A}p"))
            element.clear()


def _drawing_text(paragraph: ET.Element) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{_A}t":
            parts.append(node.text or "")
        elif node.tag == f"{_A}br":
            parts.append("\n")
    return _clean("".join(parts))


# XLSX -----------------------------------------------------------------------


def _xlsx(stream: BinaryIO, pages: _Pages) -> ExtractedText:
    with zipfile.ZipFile(stream) as zf:
        for info in zf.infolist():
            if info.file_size > MAX_PART_BYTES:
                raise _Unreadable(f"{info.filename} is too large.")
    stream.seek(0)
    workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            limit = pages.room()
            rows: list[str] = []
            size = -1
            for row in sheet.iter_rows(values_only=True):
                cells = [text for text in map(_cell, row) if text]
                if cells:
                    rows.append("\t".join(cells))
                    size += len(rows[-1]) + 1
                    if size > limit:
                        break
            if not pages.add("\n".join(rows)):
                break
    finally:
        workbook.close()
    return pages.result()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    return _inline(str(value))


_READERS = {"pdf": _pdf, "docx": _docx, "pptx": _pptx, "xlsx": _xlsx}
