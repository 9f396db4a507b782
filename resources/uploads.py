"""Checks on files members upload to the resource library.

Every file is judged by what it contains, never by its name alone: a name is
only a claim, and other members will open what we store. We first work out
what the file really is (for Office files that includes whether the package
is safe to unpack), then whether its name agrees, then whether its content is
usable. Anything we refuse gets a message a member can act on, and nothing is
stored, because the caller only saves files this module has described.
"""

import os
import struct
import warnings
import zipfile
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import DependencyError

CODES = frozenset(
    {
        "too_large",
        "unknown_type",
        "mismatch",
        "encrypted",
        "macros",
        "bomb",
        "unsafe",
        "corrupt",
        "empty",
    }
)

# Enough for every signature we look for; the EBML and ftyp headers are tiny.
HEAD_BYTES = 64 * 1024

# Office packages may expand this much in total, relative to the upload limit...
ZIP_MAX_EXPANSION = 20
# ...and no single part may compress better than this. Real documents stay far
# below it; a part of repeated zeros (the classic bomb) goes over 1000.
ZIP_MAX_RATIO = 200
# A small part cannot hurt anyone however well it compresses (an XML part full
# of spaces can exceed the ratio), so the ratio only applies above this size.
ZIP_RATIO_FLOOR = 1024 * 1024
# [Content_Types].xml is a few kilobytes; a huge one is not an Office file.
CONTENT_TYPES_MAX_BYTES = 1024 * 1024
# A large presentation has a few thousand parts. Python holds an object for
# each entry of the archive's directory, so its size is checked before it is read.
ZIP_MAX_MEMBERS = 10_000
ZIP_MAX_DIRECTORY_BYTES = 2 * 1024 * 1024
# Parts are unpacked this much at a time, to be measured, never kept.
INFLATE_CHUNK = 256 * 1024

ACCEPTED = _(
    "You can upload PDF files; Word (.docx), PowerPoint (.pptx) and Excel (.xlsx) "
    "documents; PNG, JPEG, GIF and WebP images; and MP4 and WebM videos."
)


class UploadRejected(ValidationError):
    """A refused upload. A ValidationError, so a form field can let it through and
    the form shows its message; `code` is one of CODES, for callers and tests."""


@dataclass(frozen=True)
class CheckedUpload:
    """What an accepted upload turned out to be: store it under `extension`, serve it
    as `mime_type`, whatever the member's browser claimed."""

    kind: str
    mime_type: str
    extension: str
    size: int


@dataclass(frozen=True)
class _Format:
    kind: str
    mime_type: str
    extension: str
    label: StrOrPromise  # with its article, for sentences: "an Excel spreadsheet"
    aliases: frozenset[str]
    pillow: str = ""  # Pillow's format name, for images only


def _format(
    kind: str, mime: str, label: StrOrPromise, *extensions: str, pillow: str = ""
) -> _Format:
    return _Format(kind, mime, extensions[0], label, frozenset(extensions), pillow)


_OOXML = "application/vnd.openxmlformats-officedocument"
# Translators: the labels below complete "it isn't …" / "it is …" about an uploaded file.
PDF = _format("pdf", "application/pdf", _("a PDF file"), "pdf")
DOCX = _format("docx", f"{_OOXML}.wordprocessingml.document", _("a Word document"), "docx")
PPTX = _format("pptx", f"{_OOXML}.presentationml.presentation", _("a PowerPoint file"), "pptx")
XLSX = _format("xlsx", f"{_OOXML}.spreadsheetml.sheet", _("an Excel spreadsheet"), "xlsx")
PNG = _format("image", "image/png", _("a PNG image"), "png", pillow="PNG")
JPEG = _format(
    "image", "image/jpeg", _("a JPEG image"), "jpg", "jpeg", "jpe", "jfif", pillow="JPEG"
)
GIF = _format("image", "image/gif", _("a GIF image"), "gif", pillow="GIF")
WEBP = _format("image", "image/webp", _("a WebP image"), "webp", pillow="WEBP")
MP4 = _format("video", "video/mp4", _("an MP4 video"), "mp4", "m4v")
WEBM = _format("video", "video/webm", _("a WebM video"), "webm")
FORMATS = (PDF, DOCX, PPTX, XLSX, PNG, JPEG, GIF, WEBP, MP4, WEBM)

# OPC part names are case-insensitive, so these are compared in lower case.
_MAIN_PARTS = {"word/document.xml": DOCX, "ppt/presentation.xml": PPTX, "xl/workbook.xml": XLSX}
_MACRO_PARTS = ("vbaproject.bin", "vbadata.xml")

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office saves a password-protected .docx/.xlsx/.pptx as an OLE container
# holding this stream next to the encrypted package.
_OLE_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


def _brands(text: str) -> frozenset[bytes]:
    """ftyp brands are four characters; "_" stands for the spaces some end in."""
    return frozenset(brand.replace("_", " ").encode() for brand in text.split())


_MP4_BRANDS = _brands(
    "isom iso2 iso3 iso4 iso5 iso6 iso7 iso8 iso9 mp41 mp42 mp71 avc1 av01 "
    "M4V_ M4VH M4VP dash msdh msix MSNV XAVC mmp4 f4v_"
)
# These share the ISO box layout and sometimes list an MP4 brand as
# compatible, but they are still pictures or QuickTime films.
_NOT_MP4_BRANDS = _brands("qt__ heic heix heim heis hevc hevx mif1 msf1 avif avis crx_")

# Only used to tell a member what an unaccepted file looks like.
_LOOKS_LIKE = (
    # Translators: this and the descriptions below complete "“report.pdf” looks like …".
    (b"MZ", _("a Windows program")),
    (b"\x7fELF", _("a Linux program")),
    (b"\xcf\xfa\xed\xfe", _("a Mac program")),
    (b"\xfe\xed\xfa\xcf", _("a Mac program")),
    (b"\xca\xfe\xba\xbe", _("a program")),
    (b"#!", _("a script")),
    (b"PK", _("a ZIP archive")),
    (b"Rar!", _("a RAR archive")),
    (b"7z\xbc\xaf", _("a 7-Zip archive")),
    (b"{\\rtf", _("an RTF document")),
)
_WEB_PAGE_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<svg")


def check_upload(upload: UploadedFile, *, max_bytes: int) -> CheckedUpload:
    """Raise UploadRejected with a clear message, or describe the file.

    The upload is rewound either way, so the caller can save it (or show the
    form again) without caring how far we read."""
    try:
        return _check(upload, max_bytes)
    finally:
        upload.seek(0)


def _check(upload: UploadedFile, max_bytes: int) -> CheckedUpload:
    name = os.path.basename(upload.name or "")
    size = _measure(upload)
    _check_size(name, size, max_bytes)
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    found = _identify(upload, name, head, max_bytes)
    _check_extension(name, found)
    if found is PDF:
        _check_pdf(upload, name)
    elif found.pillow:
        _check_image(upload, name, found)
    return CheckedUpload(found.kind, found.mime_type, found.extension, size)


def _measure(upload: UploadedFile) -> int:
    """The bytes actually there: `upload.size` may be missing on a hand-built upload.
    It can also be larger: the upload handler stops writing a file to disk once it
    is over every limit, and keeps its true size there."""
    upload.seek(0, os.SEEK_END)
    return max(upload.tell(), getattr(upload, "size", 0) or 0)


def _called(name: str) -> str:
    """How messages refer to the file: by the name the member knows it by."""
    if name:
        return f"“{name}”"
    # Translators: how an upload's messages name a file whose name is unknown (their subject).
    return pgettext("an uploaded file, as a sentence's subject", "This file")


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lstrip(".").strip().lower()


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise UploadRejected(
            # Translators: %(file)s is the file's name in quotes, or “This file”.
            gettext("%(file)s is empty (0 bytes). Check you chose the right file and try again.")
            % {"file": _called(name)},
            code="empty",
        )
    if size > max_bytes:
        raise UploadRejected(
            gettext(
                # Translators: %(file)s is the file's name in quotes, or “This file”.
                "%(file)s is %(size)s, but files in the library can be at most %(limit)s. "
                "Try saving a smaller copy."
            )
            % {
                "file": _called(name),
                "size": filesizeformat(size),
                "limit": filesizeformat(max_bytes),
            },
            code="too_large",
        )


# What the file is -----------------------------------------------------------


def _identify(upload: UploadedFile, name: str, head: bytes, max_bytes: int) -> _Format:
    """The format the bytes say this is, or UploadRejected."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _identify_office(upload, name, max_bytes)
    if head.startswith(_OLE_MAGIC):
        _refuse_ole(upload, name)
    found = _identify_media(head)
    if found is None:
        raise _unrecognised(name, head)
    return found


def _identify_media(head: bytes) -> _Format | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if _is_mp4(head):
        return MP4
    if _ebml_doctype(head) == b"webm":
        return WEBM
    return None


def _unrecognised(name: str, head: bytes) -> UploadRejected:
    """A file we do not accept. If its name claims a format we do accept, the name
    is what misleads, so say that: "report.pdf isn't a PDF" beats a list of types."""
    looks = _looks_like(head)
    claimed = next((f for f in FORMATS if _extension(name) in f.aliases), None)
    if claimed is not None:
        named = {"file": _called(name), "extension": _extension(name), "label": claimed.label}
        if looks:
            message = gettext(
                # Translators: %(file)s is the file's name in quotes, or “This file”.
                "%(file)s ends in .%(extension)s, but it isn't %(label)s: it looks like "
                "%(looks)s. Check you chose the right file."
            ) % {**named, "looks": looks}
        else:
            message = (
                gettext(
                    # Translators: %(file)s is the file's name in quotes, or “This file”.
                    "%(file)s ends in .%(extension)s, but it isn't %(label)s. "
                    "Check you chose the right file."
                )
                % named
            )
        return UploadRejected(message, code="mismatch")
    if looks:
        # Translators: %(file)s is the file's name in quotes, or “This file”.
        opening = gettext("%(file)s looks like %(looks)s, which the library doesn't accept.") % {
            "file": _called(name),
            "looks": looks,
        }
    else:
        # Translators: %(file)s is the file's name in quotes, or “This file”.
        opening = gettext("%(file)s isn't a kind of file the library accepts.") % {
            "file": _called(name)
        }
    return UploadRejected(f"{opening} {ACCEPTED}", code="unknown_type")


def _looks_like(head: bytes) -> StrOrPromise:
    for magic, description in _LOOKS_LIKE:
        if head.startswith(magic):
            return description
    text = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(_WEB_PAGE_STARTS):
        return gettext("a web page")
    return gettext("an XML file") if text.startswith(b"<?xml") else ""


def _is_mp4(head: bytes) -> bool:
    """An ISO media file whose `ftyp` box names an MP4 brand, as major brand or
    as one it is compatible with (some cameras use a brand of their own)."""
    if len(head) < 16 or head[4:8] != b"ftyp":
        return False
    box_end = min(int.from_bytes(head[:4], "big"), len(head))
    major = head[8:12]
    compatible = {head[i : i + 4] for i in range(16, box_end - 3, 4)}
    if major in _NOT_MP4_BRANDS:
        return False
    return major in _MP4_BRANDS or bool(compatible & _MP4_BRANDS)


def _read_vint(data: bytes, pos: int, *, keep_marker: bool) -> tuple[int, int] | None:
    """One EBML variable-length integer at `pos`: (value, next position). IDs keep
    their length marker bit, sizes do not."""
    if pos >= len(data) or data[pos] == 0:
        return None
    length = 9 - data[pos].bit_length()
    if pos + length > len(data):
        return None
    value = data[pos] if keep_marker else data[pos] & (0xFF >> length)
    for byte in data[pos + 1 : pos + length]:
        value = value << 8 | byte
    return value, pos + length


def _ebml_doctype(head: bytes) -> bytes | None:
    """The DocType of an EBML header ("webm", "matroska"), which is how WebM
    differs from Matroska files that share its first four bytes."""
    header = _read_vint(head, 0, keep_marker=True)
    if header is None or header[0] != 0x1A45DFA3:
        return None
    size = _read_vint(head, header[1], keep_marker=False)
    if size is None:
        return None
    pos, end = size[1], min(size[1] + size[0], len(head))
    while pos < end:
        element = _read_vint(head, pos, keep_marker=True)
        length = _read_vint(head, element[1], keep_marker=False) if element else None
        if element is None or length is None:
            return None
        start, pos = length[1], length[1] + length[0]
        if element[0] == 0x4282:
            return head[start:pos].rstrip(b"\x00")
    return None


def _refuse_ole(upload: UploadedFile, name: str) -> None:
    """Office's old binary formats can carry macros we cannot inspect, and Office
    also wraps password-protected new-style files in the same container."""
    if _contains(upload, _OLE_ENCRYPTION_STREAM):
        raise _encrypted(name)
    raise UploadRejected(
        gettext(
            # Translators: %(file)s is the file's name in quotes, or “This file”.
            "%(file)s is in an old Microsoft Office format (.doc, .xls or .ppt). "
            "Those files can hide macros we can't check, so the library doesn't accept them. "
            "Open it in Office, save it as .docx, .xlsx or .pptx, and upload that copy."
        )
        % {"file": _called(name)},
        code="unknown_type",
    )


def _contains(upload: UploadedFile, needle: bytes, chunk_size: int = 1024 * 1024) -> bool:
    """Whether `needle` occurs anywhere in the file. The whole file, not just its
    head: the container's directory can sit after a large encrypted stream. Its
    size is already within the upload limit, and it is read a chunk at a time."""
    upload.seek(0)
    overlap = b""
    while chunk := upload.read(chunk_size):
        if needle in overlap + chunk:
            return True
        overlap = chunk[-(len(needle) - 1) :]
    return False


def _encrypted(name: str) -> UploadRejected:
    return UploadRejected(
        gettext(
            # Translators: %(file)s is the file's name in quotes, or “This file”.
            "%(file)s is protected with a password, so we can't check what's inside "
            "and other members couldn't open it. Remove the password, save it again, "
            "and upload the new copy."
        )
        % {"file": _called(name)},
        code="encrypted",
    )


def _corrupt(name: str, label: StrOrPromise) -> UploadRejected:
    return UploadRejected(
        gettext(
            # Translators: %(file)s is the file's name in quotes, or “This file”.
            "%(file)s seems to be damaged: we couldn't open it as %(label)s. "
            "Try saving or exporting it again, then upload the new copy."
        )
        % {"file": _called(name), "label": label},
        code="corrupt",
    )


# Office packages ------------------------------------------------------------


def _identify_office(upload: UploadedFile, name: str, max_bytes: int) -> _Format:
    """Which Office format a ZIP holds, refusing broken, booby-trapped,
    password-protected or macro-carrying packages on the way."""
    try:
        with _checked_package(upload, name, max_bytes) as (archive, members):
            content_types = _read_content_types(archive, members, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        # zipfile reports a damaged archive through all of these.
        raise _corrupt(name, gettext("an Office document")) from None
    if content_types is None:
        raise _unrecognised(name, b"PK")
    _refuse_macros(name, members, content_types)
    names = {member.filename.lower() for member in members}
    found = {fmt for part, fmt in _MAIN_PARTS.items() if part in names}
    if len(found) != 1:
        raise _unrecognised(name, b"PK")
    return found.pop()


def check_package(file, *, max_bytes: int, name: str = "") -> None:
    """Raise UploadRejected unless the ZIP package `file` unpacks to exactly what
    it declares, within the budget `max_bytes` sets, with no DTD in any part:
    what must hold before zipfile, openpyxl or an XML parser reads it."""
    try:
        with _checked_package(file, name, max_bytes):
            pass
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        raise _corrupt(name, gettext("an Office document")) from None
    finally:
        file.seek(0)


class _checked_package:  # noqa: N801  (used as a context manager, like open())
    """The archive and its entries, once every part has been unpacked and found to
    be what the directory says: the same size, the same checksum, no DTD."""

    def __init__(self, file, name: str, max_bytes: int) -> None:
        self.file, self.name, self.max_bytes = file, name, max_bytes

    def __enter__(self) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
        _refuse_big_directory(self.file, self.name)
        self.file.seek(0)
        self.archive = zipfile.ZipFile(self.file)
        try:
            members = self.archive.infolist()
            if len(members) > ZIP_MAX_MEMBERS:
                raise _bomb(self.name)
            _refuse_bomb(self.name, members, self.max_bytes)
            if any(member.flag_bits & 0x1 for member in members):
                raise _encrypted(self.name)
            _unpack_all(self.file, self.name, members)
        except BaseException:
            self.archive.close()
            raise
        return self.archive, members

    def __exit__(self, *exc_info) -> None:
        self.archive.close()


def _bomb(name: str) -> UploadRejected:
    return UploadRejected(
        gettext(
            # Translators: %(file)s is the file's name in quotes, or “This file”.
            "%(file)s would expand to far more data than its size suggests, "
            "a trick used to overwhelm servers, so the library can't accept it. "
            "If it's a genuine document, try saving it again from Office."
        )
        % {"file": _called(name)},
        code="bomb",
    )


def _refuse_bomb(name: str, members: list[zipfile.ZipInfo], max_bytes: int) -> None:
    """Judged from the sizes the archive declares, before anything is unpacked
    (`_unpack_all` then makes sure the declared sizes are the true ones)."""
    total = sum(member.file_size for member in members)
    too_dense = any(
        member.file_size > ZIP_RATIO_FLOOR
        and member.file_size > ZIP_MAX_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if total > ZIP_MAX_EXPANSION * max_bytes or too_dense:
        raise _bomb(name)


_EOCD = struct.Struct("<4s4H2LH")  # end of central directory record
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def _refuse_big_directory(file, name: str) -> None:
    """zipfile builds an object for every directory entry, whatever the count
    says, so a directory of a million tiny entries costs memory before any
    other check: its size is read from the end record (or the Zip64 one) first."""
    file.seek(0, os.SEEK_END)
    size = file.tell()
    tail_size = min(size, _EOCD.size + 0xFFFF + _ZIP64_LOCATOR.size)
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + _EOCD.size > len(tail):
        raise zipfile.BadZipFile("no end of central directory")
    *_, count, directory_size, _offset, _comment = _EOCD.unpack_from(tail, at)
    locator = at - _ZIP64_LOCATOR.size
    if locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        _sig, _disk, record_offset, _disks = _ZIP64_LOCATOR.unpack_from(tail, locator)
        file.seek(record_offset)
        record = file.read(_ZIP64_EOCD.size)
        if len(record) < _ZIP64_EOCD.size or record[:4] != b"PK\x06\x06":
            raise zipfile.BadZipFile("bad Zip64 end record")
        *_, count, directory_size, _offset = _ZIP64_EOCD.unpack(record)
    if count > ZIP_MAX_MEMBERS or directory_size > ZIP_MAX_DIRECTORY_BYTES:
        raise _bomb(name)


# Office never writes a document type declaration; with one, an XML parser can be
# asked to expand entities a billion times or read files off the server. Parts are
# UTF-8 or UTF-16 (ECMA-376 part 2), so these are the three ways it can be spelled.
_DTD_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
# Pages of HTML a document embeds as they are ("altChunk"): never parsed as XML.
_HTML_PARTS = (".htm", ".html")


def _unpack_all(file, name: str, members: list[zipfile.ZipInfo]) -> None:
    """Unpack every part from its raw bytes, counting what really comes out.

    zipfile stops at the size the directory declares (and a checksum of that
    prefix fools its check), so a part can claim 1 KB and hold 300 MB: here a
    part may produce at most one byte more than it declares before we stop and
    refuse. Parts may not share bytes either (the overlapping-entries bomb)."""
    file.seek(0, os.SEEK_END)
    size = file.tell()
    end_of_previous = 0
    for member in sorted(members, key=lambda m: m.header_offset):
        if member.header_offset < end_of_previous:
            raise _bomb(name)  # two entries pointing at the same bytes
        start = _data_start(file, member, size)
        end_of_previous = start + member.compress_size
        if end_of_previous > size:
            raise zipfile.BadZipFile("a part runs past the end of the file")
        scan = not member.filename.lower().endswith(_HTML_PARTS)
        file.seek(start)
        crc = _unpack(file, name, member, scan)
        if crc != member.CRC:
            raise zipfile.BadZipFile("checksum mismatch")


def _data_start(file, member: zipfile.ZipInfo, size: int) -> int:
    if member.header_offset + _LOCAL_HEADER.size > size:
        raise zipfile.BadZipFile("a part's header is missing")
    file.seek(member.header_offset)
    header = _LOCAL_HEADER.unpack(file.read(_LOCAL_HEADER.size))
    if header[0] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local header")
    name_length, extra_length = header[-2:]
    return member.header_offset + _LOCAL_HEADER.size + name_length + extra_length


def _unpack(file, name: str, member: zipfile.ZipInfo, scan: bool) -> int:
    """The CRC-32 of the part's true content; UploadRejected if it is longer than
    declared or holds a DTD. The file is positioned at the part's data."""
    if member.compress_type == zipfile.ZIP_STORED:
        if member.compress_size != member.file_size:
            raise zipfile.BadZipFile("a stored part's sizes disagree")
        inflate = None
    elif member.compress_type == zipfile.ZIP_DEFLATED:
        inflate = zlib.decompressobj(-15)
    else:
        # Office only deflates or stores; others would need a decoder we don't run.
        raise NotImplementedError("unsupported compression method")
    declared, produced, crc, carry = member.file_size, 0, 0, b""

    def take(data: bytes) -> None:
        nonlocal produced, crc, carry
        produced += len(data)
        if produced > declared:
            raise _bomb(name)
        crc = zlib.crc32(data, crc)
        if scan:
            window = carry + data
            if any(marker in window for marker in _DTD_MARKERS):
                raise _doctype(name)
            carry = window[-17:]

    left = member.compress_size
    while left:
        chunk = file.read(min(INFLATE_CHUNK, left))
        if not chunk:
            raise zipfile.BadZipFile("a part is cut short")
        left -= len(chunk)
        if inflate is None:
            take(chunk)
            continue
        while chunk and not inflate.eof:
            # Never more than one byte past the declared size, so a lie is
            # caught after `declared + 1` bytes, not after the whole bomb.
            take(inflate.decompress(chunk, declared + 1 - produced))
            chunk = inflate.unconsumed_tail
        if inflate.eof:
            break
    if inflate is not None:
        while not inflate.eof and (more := inflate.decompress(b"", declared + 1 - produced)):
            take(more)
        if not inflate.eof:
            raise zipfile.BadZipFile("a part's data ends early")
    if produced != declared:
        raise zipfile.BadZipFile("a part is shorter than declared")
    return crc


def _doctype(name: str) -> UploadRejected:
    return UploadRejected(
        gettext(
            # Translators: %(file)s is the file's name in quotes, or “This file”.
            "%(file)s contains XML instructions (a document type declaration) that "
            "Office never writes and that can be used to attack the server or other members' "
            "computers, so the library can't accept it. If it's a genuine document, open it "
            "in Office, save it again and upload the new copy."
        )
        % {"file": _called(name)},
        code="unsafe",
    )


def _read_content_types(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str
) -> bytes | None:
    """The package's [Content_Types].xml, which every Office file has and a plain
    ZIP does not. Read with a cap, and searched as bytes rather than parsed: we
    only look for a few fixed strings, and no XML parser sees untrusted input."""
    entry = next((m for m in members if m.filename.lower() == "[content_types].xml"), None)
    if entry is None:
        return None
    with archive.open(entry) as part:
        data = part.read(CONTENT_TYPES_MAX_BYTES + 1)
    if len(data) > CONTENT_TYPES_MAX_BYTES:
        raise _corrupt(name, gettext("an Office document"))
    return data


def _refuse_macros(name: str, members: list[zipfile.ZipInfo], content_types: bytes) -> None:
    """Macros run code on the computer of whoever opens the file. A .docm/.xlsm/.pptm
    declares them in its content types; the macro project part is checked too, so a
    macro file renamed .docx cannot slip through."""
    has_project = any(m.filename.lower().endswith(_MACRO_PARTS) for m in members)
    if has_project or b"macroenabled" in content_types.lower():
        raise UploadRejected(
            gettext(
                # Translators: %(file)s is the file's name in quotes, or “This file”.
                "%(file)s contains macros. Macros can run programs on other members' "
                "computers, so the library doesn't accept them. Save a copy as a regular "
                ".docx, .xlsx or .pptx file (without macros) and upload that."
            )
            % {"file": _called(name)},
            code="macros",
        )


# Names and content ----------------------------------------------------------


def _check_extension(name: str, found: _Format) -> None:
    """Members open files by their name, so the name must say what the file is."""
    extension = _extension(name)
    if extension in found.aliases:
        return
    named = {
        "file": _called(name),
        "extension": extension,
        "label": found.label,
        "expected": found.extension,
    }
    if extension:
        message = (
            gettext(
                # Translators: %(file)s is the file's name in quotes, or “This file”.
                "%(file)s ends in .%(extension)s, but it is %(label)s. If that's right, "
                "rename it to end in .%(expected)s; if not, check you chose the right file."
            )
            % named
        )
    else:
        message = (
            gettext(
                # Translators: %(file)s is the file's name in quotes, or “This file”.
                "%(file)s has no extension, but it is %(label)s. "
                "Rename it to end in .%(expected)s and upload it again."
            )
            % named
        )
    raise UploadRejected(message, code="mismatch")


def _check_pdf(upload: UploadedFile, name: str) -> None:
    """A PDF others can open: not password-protected, and readable by pypdf."""
    upload.seek(0)
    try:
        reader = PdfReader(upload)
    except (DependencyError, NotImplementedError):
        # Opening only needs these for an encryption scheme pypdf cannot
        # handle here (AES without a crypto library, certificate security).
        raise _encrypted(name) from None
    except Exception:
        # pypdf raises many exception types on damaged input (its own, and
        # ValueError, KeyError, RecursionError...); any of them means unreadable.
        raise _corrupt(name, gettext("a PDF")) from None
    if reader.is_encrypted:
        raise _encrypted(name)
    try:
        len(reader.pages)  # the catalogue and page tree, which a viewer needs first
    except Exception:
        raise _corrupt(name, gettext("a PDF")) from None


def _check_image(upload: UploadedFile, name: str, found: _Format) -> None:
    """Within the pixel limit and structurally sound, judged from the header and
    `verify()` without decoding a pixel: a huge image costs memory only when decoded."""
    limit = getattr(settings, "IMAGE_MAX_PIXELS", 40_000_000)
    upload.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            # `with` leaves our file open: Pillow only closes files it opened.
            with Image.open(upload, formats=[found.pillow]) as image:
                width, height = image.size
                if width * height > limit:
                    raise _too_many_pixels(name, limit, (width, height))
                image.verify()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(name, limit) from None
        except (UnidentifiedImageError, OSError, EOFError, SyntaxError, ValueError, IndexError):
            # Pillow's ways of saying the data is not a sound image.
            raise _corrupt(name, found.label) from None


def _grouped(number: int) -> str:
    """A whole number with the reader's thousands separator ("12,000" in English)."""
    return number_format(number, force_grouping=True)


def _too_many_pixels(
    name: str, limit: int, dimensions: tuple[int, int] | None = None
) -> UploadRejected:
    named = {"file": _called(name), "megapixels": f"{limit / 1_000_000:g}"}
    if dimensions:
        width, height = dimensions
        message = gettext(
            # Translators: %(file)s is the file's name in quotes, or “This file”.
            "%(file)s is too large in pixels to process safely (%(width)s × %(height)s "
            "pixels). Upload a picture of at most %(megapixels)s megapixels."
        ) % {**named, "width": _grouped(width), "height": _grouped(height)}
    else:
        message = (
            gettext(
                # Translators: %(file)s is the file's name in quotes, or “This file”.
                "%(file)s is too large in pixels to process safely. "
                "Upload a picture of at most %(megapixels)s megapixels."
            )
            % named
        )
    return UploadRejected(message, code="bomb")
