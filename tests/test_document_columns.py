"""The lines and totals tables never break a word: a German one-word tax head ("Umsatzsteuer") and a long tax
label stay whole, read back from the PDF with pdfplumber; and the column rule itself (app/documents/layout.py)."""
from __future__ import annotations

import io

import pdfplumber
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents import template as templates
from app.documents.layout import fit_columns
from app.documents.render import render
from app.documents.sample import sample_content

HELVETICA, BOLD = "Helvetica", "Helvetica-Bold"


def _words(pdf: bytes) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [w for page in doc.pages for w in page.extract_words(keep_blank_chars=False)]


def test_a_german_one_word_tax_head_stays_whole_in_the_lines_table():
    t = templates.check({"name": "DE", "blocks": {"totals": {"tax_label": {"de": "Umsatzsteuer"}}}})
    pdf = render(sample_content("de_DE"), t)
    words = [w["text"] for w in _words(pdf)]
    heads = [w for w in _words(pdf) if w["text"] == "Umsatzsteuer"]
    # The head of the lines table, and once more in the totals ("Umsatzsteuer 19 % auf ..."): never in pieces.
    assert len(heads) >= 2, words[:80]
    assert not any(x in ("Umsatz", "Umsatzs", "Umsatzst", "steuer", "euer", "uer") for x in words)
    head = min(heads, key=lambda w: w["top"])  # the table's head comes before the totals
    percent = next(w for w in _words(pdf) if w["text"] == "%" and w["top"] > head["top"] + 5)
    # The column's rates ("19 %") sit under its head, both right-aligned in the one column.
    assert abs(percent["x1"] - head["x1"]) < 1


def test_a_long_tax_label_is_one_line_in_the_totals():
    label = "Umsatzsteuergesetz"  # one word, as long as a label may be (20 characters)
    t = templates.check({"name": "DE", "blocks": {"totals": {"tax_label": {"de": label}}}})
    content = sample_content("de_DE")
    pdf = render(content, t)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        lines = [ln for page in doc.pages for ln in page.extract_text().splitlines()]
    # 19 % of the sample's 273,58 € is 51,98 € (worked in tests/test_documents.py for the English sample).
    totals = [ln for ln in lines if ln.startswith(label + " 19 % auf")]
    assert totals and totals[0].endswith("51,98 €"), lines[-25:]
    words = [w["text"] for w in _words(pdf)]
    assert "Umsatzsteuergesetz" in words and not any(w in ("Umsatzsteuer", "Umsatz", "gesetz") for w in words)


def test_columns_widen_to_their_longest_word_and_the_description_takes_the_rest():
    wanted = {"quantity": 15 * mm, "tax_rate": 14 * mm, "amount": 26 * mm}
    columns = ["description", "quantity", "tax_rate", "amount"]
    fit = fit_columns(columns, wanted, {"description": "Beschreibung", "quantity": "Menge", "tax_rate": "Umsatzsteuer",
                                        "amount": "Betrag"},
                      {"quantity": ["12"], "tax_rate": ["19 %"], "amount": ["78,00 €"]}, 170 * mm,
                      head_font=BOLD, head_size=8, cell_font=HELVETICA, cell_size=8.5)
    umsatzsteuer = stringWidth("Umsatzsteuer", BOLD, 8)  # about 50 pt: wider than 14 mm (39.7 pt) less padding
    assert umsatzsteuer + 8 > 14 * mm
    assert fit.head_size == 8
    assert fit.widths[1:] == [15 * mm, umsatzsteuer + 8, 26 * mm]
    assert abs(sum(fit.widths) - 170 * mm) < 1e-6


def test_heads_get_smaller_before_the_description_gets_too_narrow():
    wanted = {"a": 30 * mm, "b": 30 * mm}
    heads = {"description": "", "a": "Umsatzsteuerbetrag", "b": "Umsatzsteuerbetrag"}
    roomy = fit_columns(["description", "a", "b"], wanted, heads, {}, 200 * mm, head_font=BOLD, head_size=8,
                        cell_font=HELVETICA, cell_size=8.5, least_flexible=50 * mm)
    tight = fit_columns(["description", "a", "b"], wanted, heads, {}, 120 * mm, head_font=BOLD, head_size=12,
                        cell_font=HELVETICA, cell_size=8.5, least_flexible=50 * mm)
    assert roomy.head_size == 8
    assert tight.head_size < 12
    head = stringWidth("Umsatzsteuerbetrag", BOLD, tight.head_size) + 8
    assert tight.widths[1] >= head and tight.widths[0] >= 50 * mm - 1e-6

