"""The cover sheet of a print batch: what is in it, so the person at the printer can check the pile.

It names the batch (its id is what `prorata post confirm` takes), the day, how many invoices and pages, and
lists each invoice in print order with its customer, postcode, country and first page. It is padded to an
even number of pages, so that on a duplex printer the first invoice starts on a sheet of its own.
Pure function of its rows: no session, any thread.

Each row is one line of plain text (a long customer name is shortened to its column) with a fixed height: a
batch of 10,000 invoices lists them on some 200 pages, and a table of rows of known height splits across
pages without measuring every row again at each page.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape


ROW = 13  # points: a row's height


@dataclass(frozen=True)
class CoverRow:
    number: str
    customer: str  # name and code
    postcode: str
    country: str
    first_page: int  # in the batch, cover included
    pages: int


def cover_pdf(batch: str, day: date, rows: list[CoverRow], total_pages: int, page_size: tuple[float, float]) -> bytes:
    """The cover sheet as PDF pages of ``page_size`` (the first invoice's), an even number of them."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus.flowables import PageBreakIfNotEmpty

    from app.documents.fonts import faces, family_for

    regular, bold = faces(family_for("DejaVu Sans", "en", (r.customer for r in rows)))
    widths = [8 * mm, 32 * mm, None, 20 * mm, 18 * mm, 12 * mm, 13 * mm]
    customer_width = page_size[0] - 40 * mm - sum(w for w in widths if w) - 6  # the cell's padding

    def fitted(text: str) -> str:
        if stringWidth(text, regular, 9) <= customer_width:
            return text
        while text and stringWidth(text + "…", regular, 9) > customer_width:
            text = text[:-1]
        return text + "…"

    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12)
    title = ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20)

    def story() -> list:
        out: list = [
            Paragraph("Print batch", title),
            Paragraph(escape(f"{len(rows)} invoice(s) on {total_pages} page(s), made on {day.isoformat()}"), base),
            Paragraph(escape(f"Batch {batch}: once it printed correctly, `prorata post confirm {batch}` marks "
                             "these invoices posted."), base),
            Spacer(1, 6 * mm)]
        head = ["#", "Invoice", "Customer", "Postcode", "Country", "Page", "Pages"]
        body = [[str(n), r.number, fitted(r.customer), r.postcode, r.country, str(r.first_page), str(r.pages)]
                for n, r in enumerate(rows, start=1)]
        style = TableStyle([
            ("FONT", (0, 0), (-1, -1), regular, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F0F3F6")])])
        # A table per page, each with its head: splitting one long table re-copies all the rows left at
        # every page. The first page has the title above its rows.
        start, tables = 0, []
        for size in _table_rows(len(body), page_size):
            part = [head] + body[start:start + size]
            table = LongTable(part, colWidths=widths, rowHeights=[ROW] * len(part), repeatRows=1)
            table.setStyle(style)
            tables += [PageBreakIfNotEmpty(), table] if tables else [table]
            start += size
        return out + tables

    def build(extra: list) -> bytes:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=page_size, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm, title=f"Print batch {batch}",
                                creator="Prorata", invariant=1)
        doc.build(story() + extra)
        return buf.getvalue()

    odd = len(_table_rows(len(rows), page_size)) % 2
    data = build([PageBreak(), Spacer(1, 1)] if odd else [])  # a blank back: the first invoice on its own sheet
    if _pages(data) % 2:  # the rows did not fall as counted (they always should): pad it all the same
        data = build([PageBreak(), Spacer(1, 1)] if not odd else [])
    return data


def _table_rows(count: int, page_size: tuple[float, float]) -> list[int]:
    """How many rows each page's table holds: the first page's fewer, under the title."""
    from reportlab.lib.units import mm

    frame = page_size[1] - 40 * mm - 12  # the frame, less its padding
    per_page = int(frame // ROW) - 2  # and the head, and a row to spare
    first = max(int((frame - 100) // ROW) - 2, 1)  # the title and the two lines under it: some 75 points
    out = [min(first, count)]
    count -= out[0]
    while count > 0:
        out.append(min(per_page, count))
        count -= out[-1]
    return out


def cover_pages(batch: str, day: date, rows: list[CoverRow], page_size: tuple[float, float]) -> int:
    """How many pages the cover of ``rows`` takes (even)."""
    pages = len(_table_rows(len(rows), page_size))
    return pages + pages % 2


def _pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()
