"""Small, valid PDFs written without a library."""


def simple_pdf(title: str, lines: list[str], *, more_pages: list[list[str]] = ()) -> bytes:
    """A real PDF with a title and up to 12 lines of text (Helvetica) on its
    first page, and up to 12 lines on each further page, for demo files and
    for tests that need a PDF with known words on known pages."""

    def escape(text: str) -> str:
        text = text.encode("latin-1", "replace").decode("latin-1")
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def content(heading: str, page_lines: list[str]) -> bytes:
        stream = ["BT /F1 26 Tf 60 500 Td (" + escape(heading[:60]) + ") Tj ET"] if heading else []
        for number, line in enumerate(page_lines[:12]):
            stream.append(f"BT /F1 14 Tf 60 {450 - number * 26} Td ({escape(line[:90])}) Tj ET")
        body = "\n".join(stream).encode("latin-1")
        return b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"

    pages = [(title, lines), *(("", page) for page in more_pages)]
    # Objects: 1 catalogue, 2 page tree, 3 font, then each page and its content.
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for n, (heading, page_lines) in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * n)
        )
        objects.append(content(heading, page_lines))
    return assemble_pdf(objects)


def assemble_pdf(objects: list[bytes]) -> bytes:
    """A PDF file from its numbered objects (1 is the catalogue), with the
    cross-reference table readers need to find them."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
