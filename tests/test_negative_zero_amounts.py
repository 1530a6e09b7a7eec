"""A zero amount is written without a sign on every document: a credit note negates its invoice, and the negation of
a 0.00 of tax at 0 % is ``Decimal("-0.00")``, which Babel and ``str`` write "-€0.00" / "-0.00".

The world: tests/billing_world.py, a company d1 of the hoster (EUR, English). Its invoices are read back as a
person and a machine do: the PDF with pdfplumber, the Factur-X CII XML by parsing it.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

import pdfplumber

from app.documents import wording
from app.documents.wording import Wording
from app.money import format_money, to_text
from app.services import documents, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
CII = {"ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}


def _mixed_rates_credit_note(db) -> tuple[str, str]:
    """A manual invoice of d1 with a line at 20 % and one at 0 %, issued on 10 March 2026 and credited on
    12 March: (invoice number, credit note number)."""
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 1))
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "d1", "EUR", [
            invoices.ManualLine({"en": "Migration"}, D(1), D("100.00"), D(20)),
            invoices.ManualLine({"en": "Training voucher"}, D(1), D("50.00"), D(0))], date(2026, 3, 10))
        draft_id = draft.id
    with unit_of_work(db) as s:
        inv = invoices.issue(s, draft_id, date(2026, 3, 10))
        number = inv.number
    with unit_of_work(db) as s:
        note = invoices.credit(s, number, date(2026, 3, 12))
        return number, note.number


def _pdf_text(db, ref: str) -> str:
    with unit_of_work(db) as s:
        data = documents.render_invoice(s, ref).data
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(page.extract_text() for page in doc.pages)


def _xml(db, ref: str) -> ElementTree.Element:
    with unit_of_work(db) as s:
        return ElementTree.fromstring(documents.invoice_xml(s, ref)[1])


def test_a_credit_note_of_mixed_rates_writes_its_zero_tax_without_a_sign(db):
    number, note = _mixed_rates_credit_note(db)
    # The documents' formatting cache takes -0.00 and 0.00 for one key (they are equal): emptied, so that the
    # credit note's -0.00 is formatted first, as in a process that had not written a 0.00 before.
    wording._money.cache_clear()
    # The credit note negates its invoice: -100.00 and -50.00; tax -20.00 at 20 % and 0.00 at 0 % (not -0.00);
    # total -170.00.
    text = _pdf_text(db, note)
    assert "VAT 20% on -€100.00 -€20.00" in text
    assert "VAT 0% on -€50.00 €0.00" in text
    assert "Total credited -€170.00" in text
    assert "-€0.00" not in text
    # The invoice: 100.00 at 20 % = 20.00 of tax; 50.00 at 0 % = 0.00; 150.00 + 20.00 = 170.00.
    text = _pdf_text(db, number)
    assert "VAT 0% on €50.00 €0.00" in text
    assert "Total €170.00" in text


def test_the_credit_notes_cii_writes_no_negative_zero(db):
    _, note = _mixed_rates_credit_note(db)
    root = _xml(db, note)
    # Per rate: 0 % has a tax of 0.00, written "0.00" whatever the sign of the basis.
    taxes = {t.findtext("ram:RateApplicablePercent", namespaces=CII): t.findtext("ram:CalculatedAmount",
                                                                                namespaces=CII)
             for t in root.iter(f"{{{CII['ram']}}}ApplicableTradeTax")
             if t.find("ram:CalculatedAmount", CII) is not None}
    assert taxes["0"] == "0.00"
    assert not [e.tag for e in root.iter() if (e.text or "").strip() in ("-0", "-0.00")]


def test_the_formatters_write_a_zero_without_a_sign():
    # Decimal("-0.00") is the negation of 0.00 (0.00 x -1): it is zero, written as zero.
    assert to_text(-D("0.00"), "EUR") == "0.00"
    assert to_text(-D("0"), "JPY") == "0"
    assert to_text(-D("0.000"), "KWD") == "0.000"
    # Below half a cent it is written 0.00 as well: -0.004 EUR rounds to 0.00.
    assert to_text(D("-0.004"), "EUR") == "0.00"
    assert format_money(-D("0.00"), "EUR") == "€0.00"
    # A cent keeps its sign.
    assert to_text(D("-0.01"), "EUR") == "-0.01"
    assert format_money(D("-0.01"), "EUR") == "-€0.01"
    de = Wording("de_DE", "EUR")
    # Babel writes German money 0,00 € with a no-break space before the sign; the cache keys -0 and 0 as one.
    assert de.money(D("0.00")) == de.money(-D("0.00")) == "0,00\xa0€"
    assert de.money(-D("0.00")) == "0,00\xa0€"
    assert de.price(-D("0.00")) == "0,00\xa0€"
    assert de.number(-D("0")) == "0"
