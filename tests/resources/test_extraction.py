"""Text extraction from uploaded files. Every file here is built by the test itself:
a hand-written PDF, OOXML zips with minimal parts, a workbook saved by openpyxl."""

import io
import zipfile

import openpyxl
import pytest
from pypdf import PageObject, PdfReader, PdfWriter

from kernel.pdf import assemble_pdf
from resources import extraction
from resources.extraction import ExtractedText, extract_text, page_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
NOTES_SLIDE = f"{R}/notesSlide"
SLIDE = f"{R}/slide"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# Builders -------------------------------------------------------------------


def make_pdf(pages: list[list[str]]) -> bytes:
    """A real PDF: one Helvetica text line per string, one page per list, with a
    correct xref table."""

    def literal(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, lines in enumerate(pages):
        shown = " T* ".join(f"({literal(line)}) Tj" for line in lines)
        content = f"BT /F1 14 Tf 16 TL 60 700 Td {shown} ET".encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    return assemble_pdf(objects)


TWO_PAGES = [
    ["Safe Sleep Collaborative", "Quarterly   report"],
    ["Crib audits found", "blankets in 12 of 40 cribs"],
]


def encrypted(pdf: bytes, user_password: str = "secret") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return out.getvalue()


def relationships(*rels: tuple[str, str, str]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    return f'{XML}<Relationships xmlns="{RELS}">{items}</Relationships>'


def w_p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r>{run}</w:r>" for run in runs) + "</w:p>"


DOCX_BODY = "".join(
    [
        w_p(
            "<w:t>Safe</w:t>",
            '<w:t xml:space="preserve">   sleep  </w:t>',
            "<w:t>saves lives</w:t>",
        ),
        "<w:p/>",
        "<w:p/>",
        w_p("<w:t>Back</w:t><w:tab/><w:t>to sleep</w:t><w:br/><w:t>on the back</w:t>"),
        w_p("<w:delText>deleted words</w:delText>"),
        "<w:tbl><w:tr>",
        "<w:tc>" + w_p("<w:t>Crib audit checklist</w:t>") + "</w:tc>",
        "<w:tc>" + w_p("<w:t>Second cell</w:t>") + "</w:tc>",
        "</w:tr></w:tbl>",
        w_p(
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
            + w_p("<w:t>Text box words</w:t>")
            + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
            + w_p("<w:t>Text box words</w:t>")
            + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>"
        ),
        "<w:sectPr/>",
    ]
)

DOCX_TEXT = (
    "Safe sleep saves lives\n\nBack to sleep\non the back\n\n"
    "Crib audit checklist\nSecond cell\nText box words"
)


def make_docx(body: str = DOCX_BODY) -> bytes:
    document = (
        f'{XML}<w:document xmlns:w="{W}" xmlns:mc="{MC}"><w:body>{body}</w:body></w:document>'
    )
    return make_zip(
        {
            "[Content_Types].xml": f"{XML}<Types/>",
            "_rels/.rels": relationships(("rId1", f"{R}/officeDocument", "word/document.xml")),
            "word/document.xml": document,
        }
    )


def shape(placeholder: str, *paragraphs: str) -> str:
    body = "".join(f"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>" for p in paragraphs)
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="{placeholder}"/><p:cNvSpPr/>'
        f'<p:nvPr><p:ph type="{placeholder}"/></p:nvPr></p:nvSpPr><p:spPr/>'
        f"<p:txBody><a:bodyPr/>{body}</p:txBody></p:sp>"
    )


def slide_xml(*shapes: str, root: str = "sld") -> str:
    return (
        f'{XML}<p:{root} xmlns:a="{A}" xmlns:p="{P}" xmlns:r="{R}">'
        f"<p:cSld><p:spTree>{''.join(shapes)}</p:spTree></p:cSld></p:{root}>"
    )


PPTX_SLIDES = {
    "ppt/slides/slide1.xml": slide_xml(shape("title", "Welcome   to the webinar")),
    "ppt/slides/slide2.xml": slide_xml(
        shape("title", "Driver diagram"),
        shape("body", "Primary drivers", "Secondary drivers"),
    ),
    "ppt/slides/slide10.xml": slide_xml(
        "<p:sp><p:txBody><a:p><a:r><a:t>Thank</a:t></a:r><a:br/>"
        "<a:r><a:t>you all</a:t></a:r></a:p></p:txBody></p:sp>"
    ),
    "ppt/slides/_rels/slide2.xml.rels": relationships(
        ("rId1", NOTES_SLIDE, "../notesSlides/notesSlide1.xml")
    ),
    "ppt/notesSlides/notesSlide1.xml": slide_xml(
        shape("sldImg"),
        shape("body", "Speaker notes: mention the crib audits"),
        shape("sldNum", "2"),
        root="notes",
    ),
}


def make_pptx(parts: dict[str, str] = PPTX_SLIDES) -> bytes:
    return make_zip({"[Content_Types].xml": f"{XML}<Types/>", **parts})


def make_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    outcomes = workbook.active
    outcomes.title = "Outcomes"
    outcomes.append(["Measure", "Value", None, "Note"])
    outcomes.append(["Safe sleep   audits\n(monthly)", 42, None, 3.5])
    outcomes.append([None, None, None])
    outcomes.append([True, 40.0])
    notes = workbook.create_sheet("Notes")
    notes.append(["Crib audit", "done"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


BUILDERS = {
    "pdf": lambda: make_pdf(TWO_PAGES),
    "docx": make_docx,
    "pptx": make_pptx,
    "xlsx": make_xlsx,
}


# PDF ------------------------------------------------------------------------


def test_the_hand_written_pdf_is_valid():
    reader = PdfReader(io.BytesIO(make_pdf(TWO_PAGES)), strict=True)
    assert len(reader.pages) == 2


def test_pdf_text_comes_page_by_page():
    result = extract_text(make_pdf(TWO_PAGES), "pdf")

    assert result.error == ""
    assert len(result.pages) == 2
    assert result.text == "\f".join(result.pages)
    assert "Safe Sleep Collaborative" in result.pages[0]
    assert "Quarterly report" in result.pages[0]  # the run of spaces is one space now
    assert "blankets in 12 of 40 cribs" in result.pages[1]
    assert "\f" not in result.pages[0] + result.pages[1]


def test_page_of_finds_a_phrase_that_is_only_on_page_two():
    result = extract_text(make_pdf(TWO_PAGES), "pdf")

    assert page_of(result, "blankets in 12") == 2
    assert page_of(result, "CRIB   AUDITS\nfound") == 2  # case and whitespace do not matter
    assert page_of(result, "found blankets") == 2  # across a line break within the page
    assert page_of(result, "safe sleep") == 1
    assert page_of(result, "report crib") is None  # not across pages
    assert page_of(result, "infant car seats") is None


def test_a_pdf_can_be_given_as_a_file_object_whatever_its_position():
    upload = io.BytesIO(make_pdf(TWO_PAGES))
    upload.read()  # at the end, as after saving it

    assert page_of(extract_text(upload, "pdf"), "blankets") == 2


def test_a_stream_that_cannot_seek_is_read_too():
    class Pipe(io.BytesIO):
        def seekable(self):
            return False

    assert page_of(extract_text(Pipe(make_pdf(TWO_PAGES)), "pdf"), "blankets") == 2


@pytest.mark.parametrize("user_password", ["secret", ""])
def test_an_encrypted_pdf_records_an_error_and_is_not_decrypted(user_password):
    result = extract_text(encrypted(make_pdf(TWO_PAGES), user_password), "pdf")

    assert result == ExtractedText(text="", pages=[], error="The PDF is password-protected.")


def test_a_page_that_fails_keeps_the_other_pages(monkeypatch):
    original = PageObject.extract_text
    calls = []

    def flaky(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 1:
            raise KeyError("/Font")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", flaky)
    result = extract_text(make_pdf(TWO_PAGES), "pdf")

    assert result.pages[0] == ""
    assert page_of(result, "blankets") == 2
    assert result.error == "Some pages could not be read (page 1: KeyError: '/Font')."


def test_a_long_exception_message_is_cut_short(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("x" * 500)

    monkeypatch.setattr(extraction, "PdfReader", broken)

    result = extract_text(make_pdf(TWO_PAGES), "pdf")

    assert result.error == "The file could not be read: ValueError: " + "x" * 100


# DOCX -----------------------------------------------------------------------


def test_docx_paragraphs_tables_and_breaks():
    result = extract_text(make_docx(), "docx")

    assert result.error == ""
    assert result.text == DOCX_TEXT
    assert result.pages == [DOCX_TEXT]
    assert "deleted words" not in result.text
    assert result.text.count("Text box words") == 1  # mc:Fallback repeats mc:Choice
    assert page_of(result, "crib audit CHECKLIST") == 1


def test_a_docx_without_a_document_part_is_an_error():
    result = extract_text(make_zip({"word/styles.xml": f"{XML}<styles/>"}), "docx")

    assert result.text == ""
    assert result.error == (
        "The file could not be read: it is not a Word document (word/document.xml is missing)."
    )


def test_an_oversized_part_is_refused(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PART_BYTES", 100)

    result = extract_text(make_docx(), "docx")

    assert result.text == ""
    assert result.error == "The file could not be read: word/document.xml is too large."


# PPTX -----------------------------------------------------------------------


def test_pptx_slides_come_in_numeric_order_with_their_notes():
    result = extract_text(make_pptx(), "pptx")

    assert result.error == ""
    assert result.pages == [
        "Welcome to the webinar",
        "Driver diagram\nPrimary drivers\nSecondary drivers\n\n"
        "Speaker notes: mention the crib audits",  # not the notes' slide number
        "Thank\nyou all",
    ]
    assert result.text == "\f".join(result.pages)
    assert page_of(result, "thank you all") == 3  # slide10.xml comes after slide2.xml
    assert page_of(result, "crib audits") == 2


def test_pptx_slides_follow_the_presentation_order_when_it_is_given():
    parts = {
        **PPTX_SLIDES,
        "ppt/presentation.xml": (
            f'{XML}<p:presentation xmlns:p="{P}" xmlns:r="{R}"><p:sldIdLst>'
            '<p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId2"/>'
            '<p:sldId id="258" r:id="rId9"/>'  # points nowhere: ignored
            "</p:sldIdLst></p:presentation>"
        ),
        "ppt/_rels/presentation.xml.rels": relationships(
            ("rId2", SLIDE, "slides/slide1.xml"), ("rId3", SLIDE, "slides/slide10.xml")
        ),
    }

    result = extract_text(make_pptx(parts), "pptx")

    assert result.error == ""
    assert result.pages == ["Thank\nyou all", "Welcome to the webinar"]  # slide2 is not shown


def test_a_presentation_without_slides_is_empty_but_fine():
    parts = {"ppt/presentation.xml": f'{XML}<p:presentation xmlns:p="{P}"/>'}

    assert extract_text(make_pptx(parts), "pptx") == ExtractedText(text="", pages=[])


def test_a_word_file_given_as_pptx_is_an_error():
    result = extract_text(make_docx(), "pptx")

    assert result.text == ""
    assert "not a PowerPoint presentation" in result.error


# XLSX -----------------------------------------------------------------------


def test_xlsx_sheets_are_pages_of_tab_separated_rows():
    result = extract_text(make_xlsx(), "xlsx")

    assert result.error == ""
    assert result.pages == [
        "Measure\tValue\tNote\nSafe sleep audits (monthly)\t42\t3.5\nTrue\t40",
        "Crib audit\tdone",
    ]
    assert result.text == "\f".join(result.pages)
    assert page_of(result, "crib audit") == 2
    assert page_of(result, "safe sleep audits") == 1


# Bad input ------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_corrupt_bytes_record_an_error(kind):
    result = extract_text(b"this is not a real file at all\x00\xff" * 20, kind)

    assert result.text == ""
    assert result.pages == []
    assert result.error.startswith("The file could not be read: ")
    assert len(result.error) < 200


@pytest.mark.parametrize("kind", ["docx", "pptx", "xlsx"])
def test_a_truncated_office_file_records_an_error(kind):
    data = BUILDERS[kind]()

    result = extract_text(data[: len(data) // 2], kind)

    assert result.text == ""
    assert result.error.startswith("The file could not be read: ")


def test_a_truncated_pdf_never_raises():
    data = make_pdf(TWO_PAGES)

    result = extract_text(data[: len(data) // 2], "pdf")

    assert result.text == ""
    assert result.error.startswith("The file could not be read: ")


def test_broken_xml_inside_a_good_zip_records_an_error():
    data = make_zip({"word/document.xml": f'{XML}<w:document xmlns:w="{W}"><w:body>'})

    result = extract_text(data, "docx")

    assert result.text == ""
    assert result.error.startswith("The file could not be read: ParseError: ")


def test_a_word_file_given_as_xlsx_is_an_error():
    result = extract_text(make_docx(), "xlsx")

    assert result.text == ""
    assert result.error.startswith("The file could not be read: ")


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_an_empty_file_records_an_error(kind):
    assert extract_text(b"", kind) == ExtractedText(text="", pages=[], error="The file is empty.")


@pytest.mark.parametrize("kind", ["docx", "pptx", "xlsx"])
def test_an_ole_file_is_password_protected_or_old_format(kind):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504

    result = extract_text(data, kind)

    assert result.text == ""
    assert "password-protected or in an old Office format" in result.error


def test_a_closed_file_records_an_error():
    upload = io.BytesIO(make_pdf(TWO_PAGES))
    upload.close()

    assert extract_text(upload, "pdf").error.startswith("The file could not be read: ")


@pytest.mark.parametrize("kind", ["txt", "doc", "", "mp4"])
def test_an_unknown_kind_is_empty_without_error(kind):
    assert extract_text(make_pdf(TWO_PAGES), kind) == ExtractedText(text="", pages=[])


def test_the_kind_is_not_case_sensitive():
    assert page_of(extract_text(make_pdf(TWO_PAGES), " .PDF"), "blankets") == 2


# The cap --------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_text_stops_at_max_chars_without_an_error(kind, monkeypatch):
    data = BUILDERS[kind]()
    full = extract_text(data, kind)
    monkeypatch.setattr(extraction, "MAX_CHARS", 12)

    capped = extract_text(data, kind)

    assert capped.error == ""
    assert len(capped.text) == 12
    assert full.text.startswith(capped.text)
    assert capped.text == "\f".join(capped.pages)


def test_pages_after_the_cap_are_not_read(monkeypatch):
    original = PageObject.extract_text
    calls = []

    def counted(self, *args, **kwargs):
        calls.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", counted)
    data = make_pdf(TWO_PAGES * 3)
    first_page = extract_text(data, "pdf").pages[0]
    calls.clear()
    monkeypatch.setattr(extraction, "MAX_CHARS", len(first_page) + 5)

    capped = extract_text(data, "pdf")

    assert len(calls) == 2
    assert capped.pages[0] == first_page
    assert len(capped.text) == len(first_page) + 5


def test_a_cap_of_nothing_gives_nothing(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_CHARS", 0)

    assert extract_text(make_docx(), "docx") == ExtractedText(text="", pages=[])


# Cleaning and page_of -------------------------------------------------------


def test_clean_drops_nul_and_normalises_whitespace():
    raw = "  Safe\x00 sleep\t\t saves \u00a0lives \r\n\n\n\n\ufb01rst  line\x0cnext "

    assert extraction._clean(raw) == "Safe sleep saves lives\n\nfirst line next"


def test_page_of_edge_cases():
    result = ExtractedText(text="One\fTwo words\fthree", pages=["One", "Two words", "three"])

    assert page_of(result, "") is None
    assert page_of(result, "   ") is None
    assert page_of(result, "two  WORDS") == 2
    assert page_of(result, "THREE") == 3
    assert page_of(ExtractedText(text="", pages=[], error="broken"), "one") is None
    assert page_of(ExtractedText(text="a\fb c", pages=[]), "B C") == 2
    assert page_of(ExtractedText(text="", pages=["ﬁnd it"]), "FIND it") == 1
