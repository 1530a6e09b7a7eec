"""The print batch's cover sheet (app/delivery/cover.py) for a large batch: as many pages as counted before it
is made (the invoices' page numbers on it depend on that), an even number, each page one table under its own
head, every invoice listed once; a Japanese customer's name is written in a Japanese font."""
from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, letter

from app.delivery.cover import CoverRow, cover_pages, cover_pdf


@pytest.mark.parametrize("size", [A4, letter])
@pytest.mark.parametrize("count", [1, 120, 700])
def test_a_cover_has_the_pages_it_was_counted_to_have(size, count):
    rows = [CoverRow(f"INV-2026-{n:05d}", f"Customer {n} with a name far too long for its column, GmbH & Co. KG "
                     f"(c{n})", f"{10000 + n}", "DE", 3 + 2 * n, 1) for n in range(count)]
    pages = cover_pages("b1", date(2026, 11, 1), rows, size)
    pdf = cover_pdf("b1", date(2026, 11, 1), rows, 2 * count + pages, size)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        texts = [p.extract_text() or "" for p in doc.pages]
    assert len(texts) == pages and pages % 2 == 0
    listed = [line.split()[1] for t in texts for line in t.splitlines() if line.split()[1:2]
              and line.split()[1].startswith("INV-")]
    assert listed == [r.number for r in rows]
    with_rows = [t for t in texts if "INV-" in t]
    assert all(t.count("# Invoice Customer Postcode Country Page Pages") == 1 for t in with_rows)
    assert "…" in texts[0]  # the long names are shortened to their column


def test_a_japanese_customer_on_the_cover():
    rows = [CoverRow("INV-1", "株式会社ブライトウォーター (tokyo)", "100-0001", "JP", 3, 1)]
    pdf = cover_pdf("b1", date(2026, 11, 1), rows, 4, A4)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert "株式会社ブライトウォーター (tokyo)" in doc.pages[0].extract_text()
        assert {c["fontname"].split("+")[-1] for c in doc.pages[0].chars} == {"IPAexGothic"}
