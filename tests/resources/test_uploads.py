"""Upload checks for the resource library, on real files built here in memory."""

import copy
import pickle
import zipfile
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.test import override_settings
from openpyxl import Workbook
from PIL import Image
from pypdf import PdfWriter
from pypdf.errors import DependencyError

from resources import uploads
from resources.uploads import CheckedUpload, UploadRejected, check_upload

MAX = 10 * 1024 * 1024
OOXML = "application/vnd.openxmlformats-officedocument"
RELS = "application/vnd.openxmlformats-package.relationships+xml"
MAIN_TYPES = {
    "word/document.xml": f"{OOXML}.wordprocessingml.document.main+xml",
    "ppt/presentation.xml": f"{OOXML}.presentationml.presentation.main+xml",
    "xl/workbook.xml": f"{OOXML}.spreadsheetml.sheet.main+xml",
}
DOCM_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"


# Builders -------------------------------------------------------------------


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    # The browser's content type is deliberately wrong: only the bytes count.
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def _refusal(name: str, data: bytes, *, max_bytes: int = MAX) -> UploadRejected:
    with pytest.raises(UploadRejected) as caught:
        check_upload(_upload(name, data), max_bytes=max_bytes)
    return caught.value


def _pdf(password: str | None = None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(password)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _content_types(main_part: str, main_type: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="{RELS}"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{main_part}" ContentType="{main_type}"/>'
        "</Types>"
    )


def _ooxml(
    main_part: str = "word/document.xml",
    *,
    main_type: str | None = None,
    extra: dict[str, bytes] | None = None,
    content_types: bool = True,
) -> bytes:
    """A minimal Office package: content types, the package relationships and
    the main part, plus whatever `extra` parts a test needs."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if content_types:
            types = _content_types(main_part, main_type or MAIN_TYPES[main_part])
            archive.writestr("[Content_Types].xml", types)
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="' + main_part + '" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>",
        )
        archive.writestr(main_part, '<?xml version="1.0" encoding="UTF-8"?><root/>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def _xlsx() -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "Safe sleep audits"
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def _image(fmt: str, size: tuple[int, int] = (16, 12), mode: str = "RGB") -> bytes:
    out = BytesIO()
    Image.new(mode, size, color=0 if mode == "1" else (30, 120, 140)).save(out, format=fmt)
    return out.getvalue()


def _mp4(major: bytes = b"isom", *compatible: bytes) -> bytes:
    brands = major + b"\x00\x00\x02\x00" + b"".join(compatible or (b"isom", b"mp41"))
    ftyp = (8 + len(brands)).to_bytes(4, "big") + b"ftyp" + brands
    return ftyp + b"\x00\x00\x00\x08free" + b"\x00\x00\x00\x08mdat"


def _element(element_id: bytes, payload: bytes) -> bytes:
    return element_id + bytes([0x80 | len(payload)]) + payload


def _ebml(doctype: bytes = b"webm") -> bytes:
    header = b"".join(
        [
            _element(b"\x42\x86", b"\x01"),  # EBMLVersion
            _element(b"\x42\xf7", b"\x01"),  # EBMLReadVersion
            _element(b"\x42\xf2", b"\x04"),  # EBMLMaxIDLength
            _element(b"\x42\xf3", b"\x08"),  # EBMLMaxSizeLength
            _element(b"\x42\x82", doctype),  # DocType
            _element(b"\x42\x87", b"\x04"),  # DocTypeVersion
            _element(b"\x42\x85", b"\x02"),  # DocTypeReadVersion
        ]
    )
    segment = b"\x18\x53\x80\x67\x01\xff\xff\xff\xff\xff\xff\xff"  # Segment, unknown size
    return _element(b"\x1a\x45\xdf\xa3", header) + segment


def _ole(*streams: str, padding: int = 0) -> bytes:
    """An OLE container's magic and a directory naming `streams`, which is all the
    check looks at; `padding` pushes the directory back, as a big file would."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") for name in streams)
    header = uploads._OLE_MAGIC.ljust(512, b"\x00")
    return header + b"\x00" * padding + directory.ljust(512, b"\x00")


def _zero_bomb() -> bytes:
    """A .docx holding 50 MB of zeros, written a megabyte at a time so the test
    never holds more than that (the archive itself is about 50 KB)."""
    out = BytesIO(_ooxml())
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/image1.bin", "w") as member,
    ):
        block = bytes(1024 * 1024)
        for _ in range(50):
            member.write(block)
    return out.getvalue()


def _with_member_encrypted(data: bytes) -> bytes:
    """Set the "encrypted" flag on the first central-directory entry: zipfile
    cannot write password-protected archives itself."""
    patched = bytearray(data)
    entry = patched.index(b"PK\x01\x02")
    patched[entry + 8] |= 0x1
    return bytes(patched)


# Accepted files -------------------------------------------------------------


ACCEPTED = [
    ("report.pdf", _pdf, "pdf", "application/pdf", "pdf"),
    ("guide.docx", _ooxml, "docx", f"{OOXML}.wordprocessingml.document", "docx"),
    (
        "slides.pptx",
        lambda: _ooxml("ppt/presentation.xml"),
        "pptx",
        f"{OOXML}.presentationml.presentation",
        "pptx",
    ),
    ("audit.xlsx", _xlsx, "xlsx", f"{OOXML}.spreadsheetml.sheet", "xlsx"),
    ("chart.png", lambda: _image("PNG"), "image", "image/png", "png"),
    ("photo.jpg", lambda: _image("JPEG"), "image", "image/jpeg", "jpg"),
    ("photo.JPEG", lambda: _image("JPEG"), "image", "image/jpeg", "jpg"),
    ("banner.gif", lambda: _image("GIF"), "image", "image/gif", "gif"),
    ("poster.webp", lambda: _image("WEBP"), "image", "image/webp", "webp"),
    ("huddle.mp4", _mp4, "video", "video/mp4", "mp4"),
    ("huddle.mp4", lambda: _mp4(b"mp42", b"mp42", b"isom"), "video", "video/mp4", "mp4"),
    ("huddle.m4v", lambda: _mp4(b"M4V ", b"M4V ", b"mp42"), "video", "video/mp4", "mp4"),
    ("huddle.mp4", lambda: _mp4(b"XYZW", b"iso6"), "video", "video/mp4", "mp4"),
    ("webinar.webm", _ebml, "video", "video/webm", "webm"),
    ("REPORT.PDF", _pdf, "pdf", "application/pdf", "pdf"),
]


@pytest.mark.parametrize(("name", "build", "kind", "mime_type", "extension"), ACCEPTED)
def test_accepted_files_are_described_by_their_content(name, build, kind, mime_type, extension):
    data = build()
    assert check_upload(_upload(name, data), max_bytes=MAX) == CheckedUpload(
        kind=kind, mime_type=mime_type, extension=extension, size=len(data)
    )


def test_the_upload_is_rewound_and_left_open_after_a_check():
    upload = _upload("chart.png", _image("PNG"))
    upload.read(5)
    check_upload(upload, max_bytes=MAX)
    assert upload.tell() == 0 and upload.read(4) == b"\x89PNG"


def test_the_upload_is_rewound_after_a_refusal_too():
    upload = _upload("minutes.doc", _ole("Root Entry", "WordDocument"))
    with pytest.raises(UploadRejected):
        check_upload(upload, max_bytes=MAX)
    assert upload.tell() == 0


def test_a_file_exactly_at_the_limit_is_accepted():
    data = _pdf()
    assert check_upload(_upload("report.pdf", data), max_bytes=len(data)).size == len(data)


def test_upload_rejected_is_a_validation_error_that_survives_copying():
    error = _refusal("report.pdf", b"")
    assert isinstance(error, ValidationError)
    assert error.code in uploads.CODES
    for clone in (copy.deepcopy(error), pickle.loads(pickle.dumps(error))):
        assert (clone.code, clone.message) == (error.code, error.message)


# Size -----------------------------------------------------------------------


def test_an_empty_file_is_refused():
    error = _refusal("report.pdf", b"")
    assert error.code == "empty"
    assert "“report.pdf” is empty" in error.message


def test_a_file_over_the_limit_gives_both_sizes():
    error = _refusal("report.pdf", _pdf() + b"\n" * 2000, max_bytes=1024)
    assert error.code == "too_large"
    assert "at most 1.0\xa0KB" in error.message
    assert "“report.pdf” is 2." in error.message


# Unknown types --------------------------------------------------------------


def _plain_zip() -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "phrase"),
    [
        ("setup.exe", b"MZ\x90\x00" + bytes(200), "looks like a Windows program"),
        ("tool", b"\x7fELF\x02\x01\x01" + bytes(100), "looks like a Linux program"),
        ("run.sh", b"#!/bin/sh\nrm -rf ~\n", "looks like a script"),
        ("page.html", b"<!DOCTYPE html><html><script>alert(1)</script>", "a web page"),
        ("archive.zip", _plain_zip(), "looks like a ZIP archive"),
        ("notes.txt", b"Plain words about safe sleep.", "isn't a kind of file"),
        ("feed.xml", b'<?xml version="1.0"?><rss/>', "looks like an XML file"),
        ("film.mkv", _ebml(b"matroska"), "isn't a kind of file"),
        ("clip.mov", _mp4(b"qt  ", b"qt  "), "isn't a kind of file"),
        ("photo.heic", _mp4(b"heic", b"mif1", b"heic", b"iso8"), "isn't a kind of file"),
    ],
)
def test_unaccepted_types_are_refused_with_the_list_of_what_is_accepted(name, data, phrase):
    error = _refusal(name, data)
    assert error.code == "unknown_type"
    assert phrase in error.message
    assert "You can upload PDF files" in error.message


@pytest.mark.parametrize("name", ["minutes.doc", "budget.xls", "slides.ppt", "minutes.docx"])
def test_legacy_office_files_are_asked_to_be_saved_in_the_new_format(name):
    error = _refusal(name, _ole("Root Entry", "WordDocument", "\x05SummaryInformation"))
    assert error.code == "unknown_type"
    assert "old Microsoft Office format" in error.message
    assert "save it as .docx, .xlsx or .pptx" in error.message


@pytest.mark.parametrize(
    "data",
    [
        _ooxml(extra={"xl/workbook.xml": b"<workbook/>"}),  # both Word and Excel: neither
        _ooxml(content_types=False),
    ],
)
def test_packages_that_are_not_one_office_format_are_refused(data):
    error = _refusal("bundle.zip", data)
    assert error.code == "unknown_type"
    assert "looks like a ZIP archive" in error.message


def test_a_package_without_a_main_part_is_refused():
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", _content_types("word/document.xml", "x"))
    assert _refusal("guide.docx", out.getvalue()).code == "mismatch"


@pytest.mark.parametrize(
    ("name", "build", "kind"),
    [
        ("report.pdf", _pdf, "pdf"),
        ("guide.docx", _ooxml, "docx"),
        ("a.png", lambda: _image("PNG"), "image"),
    ],
)
def test_uploads_spooled_to_disk_are_checked_the_same_way(name, build, kind):
    data = build()
    upload = TemporaryUploadedFile(name, "application/octet-stream", len(data), None)
    try:
        upload.write(data)
        upload.seek(0)
        assert check_upload(upload, max_bytes=MAX).kind == kind
        assert upload.read() == data
    finally:
        upload.close()


# Name and content disagree --------------------------------------------------


def test_a_png_named_pdf_is_a_mismatch_naming_both():
    error = _refusal("report.pdf", _image("PNG"))
    assert error.code == "mismatch"
    assert "ends in .pdf, but it is a PNG image" in error.message
    assert "rename it to end in .png" in error.message


def test_an_executable_renamed_pdf_is_a_mismatch():
    error = _refusal("report.pdf", b"MZ\x90\x00\x03" + bytes(300))
    assert error.code == "mismatch"
    assert "isn't a PDF file: it looks like a Windows program" in error.message


@pytest.mark.parametrize(
    ("name", "data", "phrase"),
    [
        ("audit.xlsx", _ooxml(), "ends in .xlsx, but it is a Word document"),
        ("huddle.webm", _mp4(), "ends in .webm, but it is an MP4 video"),
        ("photo.png", b"<html><body>hi</body></html>", "isn't a PNG image: it looks like a web"),
        ("guide.docx", _plain_zip(), "isn't a Word document: it looks like a ZIP archive"),
        ("report", _pdf(), "has no extension, but it is a PDF file"),
    ],
)
def test_names_must_agree_with_content(name, data, phrase):
    error = _refusal(name, data)
    assert error.code == "mismatch"
    assert phrase in error.message


# Macros ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "tracker.docm",
            _ooxml(main_type=DOCM_TYPE, extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}),
        ),
        ("tracker.docx", _ooxml(extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})),
        ("tracker.docx", _ooxml(main_type=DOCM_TYPE)),
        ("tracker.xlsx", _ooxml("xl/workbook.xml", extra={"xl/vbaData.xml": b"<vba/>"})),
    ],
)
def test_macro_enabled_office_files_are_refused(name, data):
    error = _refusal(name, data)
    assert error.code == "macros"
    assert "contains macros" in error.message


# Passwords ------------------------------------------------------------------


def test_a_password_protected_pdf_is_refused():
    error = _refusal("report.pdf", _pdf(password="secret"))
    assert error.code == "encrypted"
    assert "Remove the password" in error.message


def test_a_pdf_whose_encryption_pypdf_cannot_handle_counts_as_protected(monkeypatch):
    def unsupported(stream):
        raise DependencyError("cryptography is required for AES")

    monkeypatch.setattr(uploads, "PdfReader", unsupported)
    assert _refusal("report.pdf", _pdf()).code == "encrypted"


@pytest.mark.parametrize("padding", [0, 3 * 1024 * 1024])
def test_a_password_protected_office_file_is_refused(padding):
    data = _ole("Root Entry", "EncryptionInfo", "EncryptedPackage", padding=padding)
    error = _refusal("budget.xlsx", data)
    assert error.code == "encrypted"
    assert "protected with a password" in error.message


def test_a_zip_with_a_password_protected_member_is_refused():
    assert _refusal("guide.docx", _with_member_encrypted(_ooxml())).code == "encrypted"


# Damaged files --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "phrase"),
    [
        ("report.pdf", b"%PDF-1.7\n" + b"garbage " * 100, "open it as a PDF"),
        ("report.pdf", _pdf()[:200], "open it as a PDF"),
        ("guide.docx", b"PK\x03\x04" + b"not really a zip " * 50, "as an Office document"),
        ("guide.docx", _ooxml()[:150], "as an Office document"),
        ("chart.png", _image("PNG")[:40], "as a PNG image"),
        ("chart.png", b"\x89PNG\r\n\x1a\n" + b"junk" * 20, "as a PNG image"),
    ],
)
def test_damaged_files_are_refused(name, data, phrase):
    error = _refusal(name, data)
    assert error.code == "corrupt"
    assert "seems to be damaged" in error.message and phrase in error.message


def test_a_png_with_a_bad_checksum_is_refused():
    data = bytearray(_image("PNG"))
    data[data.index(b"IDAT") + 6] ^= 0xFF  # flip a byte of compressed pixels
    assert _refusal("chart.png", bytes(data)).code == "corrupt"


# Bombs ----------------------------------------------------------------------


def test_a_zip_bomb_inside_a_docx_is_refused():
    error = _refusal("guide.docx", _zero_bomb())
    assert error.code == "bomb"
    assert "expand to far more data" in error.message


def _with_parts(data: bytes, parts: dict[str, bytes]) -> bytes:
    out = BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    return out.getvalue()


def test_a_package_expanding_past_twenty_times_the_limit_is_refused():
    # Thirty 1 MB parts: each too small for the ratio rule, the total too big.
    parts = {f"word/media/part{i}.bin": bytes(1024 * 1024) for i in range(30)}
    data = _with_parts(_ooxml(), parts)
    assert len(data) < 100_000
    error = _refusal("guide.docx", data, max_bytes=1024 * 1024)
    assert error.code == "bomb"
    assert check_upload(_upload("guide.docx", data), max_bytes=2 * 1024 * 1024).kind == "docx"


def test_a_small_part_that_compresses_very_well_is_fine():
    data = _with_parts(_ooxml(), {"word/styles.xml": b" " * 200_000})
    assert check_upload(_upload("guide.docx", data), max_bytes=MAX).kind == "docx"


def test_a_decompression_bomb_png_is_refused():
    data = _image("PNG", size=(20_000, 20_000), mode="1")
    assert len(data) < 100_000
    error = _refusal("map.png", data)
    assert error.code == "bomb"
    assert "too large in pixels" in error.message


@override_settings(IMAGE_MAX_PIXELS=100)
def test_images_over_the_configured_pixel_limit_are_refused():
    error = _refusal("chart.png", _image("PNG", size=(20, 20)))
    assert error.code == "bomb"
    assert "(20 × 20 pixels)" in error.message
    assert "at most 0.0001 megapixels" in error.message
