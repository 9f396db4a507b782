"""Hostile uploads, made here in code: each a (file name, bytes) pair and the
words a member is told when it is refused. Used by test_hostile_uploads.py to
send every one of them through every way a file gets into the site.

Sizes are kept small where the size is not the point; `OVERSIZED` and
`JUST_TOO_LARGE` are measured against the small limits the tests set
(`LIMIT`), so no test sends tens of megabytes."""

import functools
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO

from PIL import Image

from kernel.pdf import assemble_pdf, simple_pdf
from resources import uploads

LIMIT = 2 * 1024 * 1024  # RESOURCE_ and AVATAR_MAX_UPLOAD_BYTES while these files are sent
OOXML = "application/vnd.openxmlformats-officedocument"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

BOMB = "would expand to far more data"
DAMAGED = "seems to be damaged"
UNSAFE = "document type declaration"
NOT_AN_IMAGE = "not an image we can read"


@dataclass(frozen=True)
class Hostile:
    name: str
    build: object  # () -> bytes, cached
    message: str  # what the library's checks say
    avatar_message: str = NOT_AN_IMAGE  # what the profile form says
    too_large_to_send: bool = False  # refused from its Content-Length (413)

    def data(self) -> bytes:
        return self.build()


def _docx(document: bytes, *, extra: dict[str, bytes] | None = None, method=None) -> bytes:
    """A Word package: content types, relationships and `document` as word/document.xml."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            f'ContentType="{OOXML}.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>",
        )
        archive.writestr("word/document.xml", document, compress_type=method)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def _document(text: str = "Safe sleep audit", *, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()


@functools.cache
def lying_docx(real_size: int = 300 * 1024 * 1024, claimed: int = 1024) -> bytes:
    """word/document.xml really inflates to `real_size` bytes, but the archive
    says it holds `claimed` bytes, with the checksum of that many: zipfile
    reads `claimed` bytes, finds the checksum right and never sees the rest."""
    start = _document()[:-20]  # an open document, padded with spaces
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        template = zipfile.ZipFile(BytesIO(_docx(b"<x/>")))
        for info in template.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, template.read(info))
        with archive.open("word/document.xml", "w", force_zip64=False) as part:
            part.write(start)
            block = b" " * (1024 * 1024)
            left = real_size - len(start)
            while left > 0:
                part.write(block[: min(left, len(block))])
                left -= len(block)
    prefix = (start + b" " * claimed)[:claimed]
    return _patch_sizes(out.getvalue(), "word/document.xml", claimed, zlib.crc32(prefix))


def _patch_sizes(data: bytes, name: str, size: int, crc: int) -> bytes:
    """Rewrite a member's declared size and CRC in its local header and in the
    central directory, leaving its compressed bytes alone."""
    patched = bytearray(data)
    info = zipfile.ZipFile(BytesIO(data)).getinfo(name)
    local = info.header_offset
    struct.pack_into("<L", patched, local + 14, crc)
    struct.pack_into("<L", patched, local + 22, size)
    entry = patched.index(b"PK\x01\x02")
    while True:
        name_length = struct.unpack_from("<H", patched, entry + 28)[0]
        if patched[entry + 46 : entry + 46 + name_length] == name.encode():
            break
        entry = patched.index(b"PK\x01\x02", entry + 4)
    struct.pack_into("<L", patched, entry + 16, crc)
    struct.pack_into("<L", patched, entry + 24, size)
    return bytes(patched)


@functools.cache
def honest_bomb() -> bytes:
    """60 MB of zeros in one part, and the archive says so."""
    out = BytesIO(_docx(_document()))
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/image1.bin", "w") as member,
    ):
        block = bytes(1024 * 1024)
        for _ in range(60):
            member.write(block)
    return out.getvalue()


@functools.cache
def too_many_parts() -> bytes:
    """More parts than any Office file has, each tiny."""
    parts = {f"word/media/p{n}.xml": b"" for n in range(uploads.ZIP_MAX_MEMBERS + 1)}
    return _docx(_document(), extra=parts)


@functools.cache
def unsupported_method() -> bytes:
    """The main part compressed with bzip2, which Office never uses."""
    return _docx(_document(), method=zipfile.ZIP_BZIP2)


LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


@functools.cache
def billion_laughs() -> bytes:
    return _docx(_document("&lol9;", prolog=LAUGHS))


@functools.cache
def billion_laughs_utf16() -> bytes:
    xml = _document("&lol9;", prolog=LAUGHS).decode().replace("UTF-8", "UTF-16")
    return _docx(xml.encode("utf-16"))


@functools.cache
def external_entity() -> bytes:
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return _docx(_document("&xxe;", prolog=prolog))


@functools.cache
def pdf() -> bytes:
    return simple_pdf("Safe sleep audit", ["Crib audit: 41 of 50"])


@functools.cache
def truncated_pdf() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    whole = assemble_pdf(objects)
    return whole[: len(whole) // 2]


def encrypted_office() -> bytes:
    """An OLE container naming an EncryptionInfo stream: how Office saves a
    password-protected .docx."""
    directory = "EncryptionInfo".encode("utf-16-le").ljust(64, b"\x00")
    return uploads._OLE_MAGIC.ljust(512, b"\x00") + directory.ljust(512, b"\x00")


def _noise(size: int) -> bytes:
    return random.Random(7).randbytes(size)


@functools.cache
def oversized() -> bytes:
    """Larger than any request that may carry files of LIMIT bytes (three
    attachments to a message included): refused from its length alone."""
    return pdf() + _noise(5 * LIMIT)


@functools.cache
def just_too_large() -> bytes:
    """A little over the limit, so the request fits and the file check refuses it."""
    return pdf() + _noise(LIMIT + 1024)


@functools.cache
def pixel_bomb() -> bytes:
    """20,000 x 20,000 one-bit pixels: a few kilobytes, 400 megapixels decoded."""
    out = BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, format="PNG")
    return out.getvalue()


def html_as_pdf() -> bytes:
    return b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def svg_as_png() -> bytes:
    return (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
        b"<script>alert(document.cookie)</script></svg>"
    )


CORPUS = {
    "lying docx": Hostile("guide.docx", lying_docx, BOMB),
    "honest bomb": Hostile("guide.docx", honest_bomb, BOMB),
    "too many parts": Hostile("guide.docx", too_many_parts, BOMB),
    "unsupported compression": Hostile("guide.docx", unsupported_method, DAMAGED),
    "billion laughs": Hostile("guide.docx", billion_laughs, UNSAFE),
    "billion laughs in UTF-16": Hostile("guide.docx", billion_laughs_utf16, UNSAFE),
    "external entity": Hostile("guide.docx", external_entity, UNSAFE),
    "wrong extension": Hostile("audit.docx", pdf, "but it is a PDF file"),
    "truncated pdf": Hostile("audit.pdf", truncated_pdf, DAMAGED),
    "encrypted office file": Hostile("budget.docx", encrypted_office, "protected with a password"),
    "oversized": Hostile(
        "audit.pdf",
        oversized,
        "more than this form accepts",
        avatar_message="more than this form accepts",
        too_large_to_send=True,
    ),
    "just too large": Hostile(
        "audit.pdf", just_too_large, "at most 2.0", avatar_message="avatars can be at most"
    ),
    "pixel bomb": Hostile(
        "chart.png", pixel_bomb, "too large in pixels", avatar_message="too large in pixels"
    ),
    "html named pdf": Hostile("report.pdf", html_as_pdf, "it looks like a web page"),
    "svg with script named png": Hostile(
        "me.png", svg_as_png, "a PNG image: it looks like an XML file"
    ),
    "empty file": Hostile(
        "empty.pdf",
        lambda: b"",
        "The submitted file is empty",
        avatar_message="The submitted file is empty",
    ),
}
