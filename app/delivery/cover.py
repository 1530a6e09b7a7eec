"""The cover sheet of a print batch: what is in it, so the person at the printer can check the pile.

It names the batch (its id is what `prorata post confirm` takes), the day, how many invoices and pages, and
lists each invoice in print order with its customer, postcode, country and first page. It is padded to an
even number of pages, so that on a duplex printer the first invoice starts on a sheet of its own.
Pure function of its rows: no session, any thread.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape


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
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from app.documents.fonts import faces

    regular, bold = faces("DejaVu Sans")
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12)
    title = ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20)

    def story() -> list:
        out: list = [
            Paragraph("Print batch", title),
            Paragraph(escape(f"{len(rows)} invoice(s) on {total_pages} page(s), made on {day.isoformat()}"), base),
            Paragraph(escape(f"Batch {batch}: once it printed correctly, `prorata post confirm {batch}` marks "
                             "these invoices posted."), base),
            Spacer(1, 6 * mm)]
        data = [["#", "Invoice", "Customer", "Postcode", "Country", "Page", "Pages"]]
        for n, r in enumerate(rows, start=1):
            data.append([str(n), r.number, Paragraph(escape(r.customer), base), r.postcode, r.country,
                         str(r.first_page), str(r.pages)])
        table = LongTable(data, colWidths=[8 * mm, 32 * mm, None, 20 * mm, 18 * mm, 12 * mm, 13 * mm],
                          repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), regular, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F0F3F6")])]))
        return out + [table]

    def build(extra: list) -> bytes:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=page_size, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm, title=f"Print batch {batch}",
                                creator="Prorata", invariant=1)
        doc.build(story() + extra)
        return buf.getvalue()

    data = build([])
    if _pages(data) % 2:  # a blank back, so the first invoice starts on its own sheet
        data = build([PageBreak(), Spacer(1, 1)])
    return data


def cover_pages(batch: str, day: date, rows: list[CoverRow], page_size: tuple[float, float]) -> int:
    """How many pages the cover of ``rows`` takes (even)."""
    return _pages(cover_pdf(batch, day, rows, 0, page_size))


def _pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()
