"""An issued invoice's PDF asks for what is left to pay once the account's credit was applied to it at issue
(app/payments/ledger.py ``_apply_credit_on_issue``; app/services/applied_credit.py reads it back): "Credit
applied" lines below the total, the amount due, the payment instruction and the GiroCode for that amount, and
the Factur-X XML's TotalPrepaidAmount / DuePayableAmount (BR-CO-16: due = grand total - prepaid). Read back
from the PDF with pdfplumber, the XML from its attachment; SQLite and PostgreSQL; every figure by hand.

The world of tests/billing_world.py (the hoster charges 20 % VAT): company c1 (EUR, en_GB, no mandate) gets a
manual invoice dated 15 February 2026 of one line of 100.00 at 20 %: 100.00 + 20.00 = 120.00, due 14 days
later, on 1 March 2026. Before it is issued, c1 paid 30.00 (or 150.00) on 10 February with no invoice open:
credit, applied to the invoice as it is issued. A billing run's invoice, stored by the batch
(app/services/document_store.py), the same way. Then a few documents made up here (no database): the wording in
German, a credit note (unchanged), the designer's sample.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree as ET

import facturx
import pdfplumber
import pytest
import segno
from sqlalchemy import select

from app.billing.run import run_billing
from app.documents import cii
from app.documents import template as templates
from app.documents.content import Applied, Content, Line, Party
from app.documents.render import render
from app.documents.sample import sample_content
from app.models import Invoice
from app.payments import payments
from app.services import document_store, documents, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
FEB10, FEB15, MAR3 = date(2026, 2, 10), date(2026, 2, 15), date(2026, 3, 3)
IBAN = "DE89 3704 0044 0532 0130 00"
NS = {"rsm": cii.NS["rsm"], "ram": cii.NS["ram"]}
SETTLE = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
SUMS = f"{SETTLE}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"


def _template() -> templates.Template:
    return templates.check({"name": "Northwind", "einvoice": "en16931",
                            "blocks": {"payment": {"iban": IBAN, "bic": "COBADEFFXXX"}}})


@pytest.fixture
def world(db):
    w = build(db)
    add_company(db, w, "c1")
    with unit_of_work(db) as s:  # the hoster's default template: e-invoicing on, a bank account, the QR code
        documents.save_template(s, "hoster", _template())
    return w


def _issue(db, credit: str | None) -> tuple[int, str]:
    """c1's 120.00 invoice, issued after ``credit`` was received (None: nothing); (id, number)."""
    with unit_of_work(db) as s:
        if credit is not None:
            done = payments.record(s, "c1", credit, "EUR", "bank_transfer", FEB10, "TX-CREDIT")
            assert done.allocations == []  # nothing open: all of it is credit
        draft = invoices.create_manual(s, "c1", "EUR", [invoices.ManualLine({"en": "Migration"}, D(1),
                                                                            D("100.00"), tax_rate=D(20))],
                                       issue_date=FEB15)
        inv = invoices.issue(s, draft.id, FEB15)
        assert inv.total == D("120.00")
        return inv.id, inv.number


def _stored(db, invoice_id: int) -> bytes:
    """The PDF kept at issue (rendered and stored the first time it is asked for)."""
    with unit_of_work(db) as s:
        got = documents.render_invoice(s, invoice_id)
        assert got.stored
        return got.data


def _rendered_now(db, invoice_id: int) -> bytes:
    """The same invoice rendered again now with the same template (not the stored copy)."""
    with unit_of_work(db) as s:
        return documents.render_invoice(s, invoice_id, template=_template()).data


def _words(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def _sums(pdf: bytes) -> dict[str, str]:
    _, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
    (el,) = ET.fromstring(xml).findall(SUMS, NS)
    return {child.tag.rsplit("}", 1)[1]: child.text for child in el}


def _means(pdf: bytes) -> list[str]:
    _, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
    return [e.text for e in ET.fromstring(xml).findall(
        f"{SETTLE}/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode", NS)]


def _qr_modules(pdf: bytes) -> set[tuple[int, int]]:
    """The dark modules (row, column) of the QR code drawn on the first page, read from its filled black
    rectangles (one per run of dark modules in a row; nothing else is drawn so), its top-left module (0, 0)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        rects = [r for r in doc.pages[0].rects if r.get("non_stroking_color") in ((0,), (0, 0, 0), [0], 0)]
    if not rects:
        return set()
    cell = min(r["height"] for r in rects)
    x0, top0 = min(r["x0"] for r in rects), min(r["top"] for r in rects)
    out = set()
    for r in rects:
        row, col = round((r["top"] - top0) / cell), round((r["x0"] - x0) / cell)
        out.update((row, col + k) for k in range(round(r["width"] / cell)))
    return out


def _modules_of(data: str) -> set[tuple[int, int]]:
    """The dark modules of the EPC QR code of ``data``, as girocode.py makes it (level M)."""
    qr = segno.make(data, error="m", micro=False, boost_error=False, encoding="utf-8")
    return {(r, c) for r, bits in enumerate(qr.matrix) for c, bit in enumerate(bits) if bit}


def _epc(amount: str, number: str) -> str:
    # EPC069-12: BCD, version 002, UTF-8 (1), SCT, BIC, name, IBAN, amount, purpose, reference, text.
    return f"BCD\n002\n1\nSCT\nCOBADEFFXXX\nNorthwind Hosting\nDE89370400440532013000\nEUR{amount}\n\n\n{number}"


# ---------------------------------------------------------------- part covered by credit

def test_credit_applied_on_issue_is_shown_and_the_rest_is_asked_for(db, world):
    invoice_id, number = _issue(db, "30.00")
    pdf = _stored(db, invoice_id)
    words = _words(pdf)
    # 100.00 + 20 % = 120.00; 30.00 of credit applied: 120.00 - 30.00 = 90.00 due, by 15 Feb + 14 days = 1 Mar.
    assert "Total €120.00" in words
    assert "Credit applied from your payment of 10 Feb 2026 -€30.00" in words
    assert "Amount due €90.00" in words
    assert f"Please pay €90.00 by 1 Mar 2026, quoting {number}." in words
    assert "Please pay €120.00" not in words
    # The XML says the same: 30.00 prepaid, 90.00 due (120.00 - 30.00 = 90.00), paid by transfer.
    got = _sums(pdf)
    assert (got["GrandTotalAmount"], got["TotalPrepaidAmount"], got["DuePayableAmount"]) == ("120.00", "30.00",
                                                                                             "90.00")
    assert _means(pdf) == ["58"]
    # The GiroCode asks for 90.00 too.
    assert _qr_modules(pdf) == _modules_of(_epc("90.00", number))
    assert _qr_modules(pdf) != _modules_of(_epc("120.00", number))


def test_what_is_paid_after_the_issue_leaves_the_document_as_issued(db, world):
    invoice_id, number = _issue(db, "30.00")
    stored = _stored(db, invoice_id)
    with unit_of_work(db) as s:
        # 20.00 paid on 3 March (after the issue), and 10.00 recorded now but dated 12 February, before the issue:
        # neither was applied when the invoice was issued.
        late = payments.record(s, "c1", "20.00", "EUR", "bank_transfer", MAR3, "TX-LATE", allocate_to=[number])
        back = payments.record(s, "c1", "10.00", "EUR", "bank_transfer", date(2026, 2, 12), "TX-BACK",
                               allocate_to=[number])
        assert [a.amount for a in late.allocations + back.allocations] == [D("20.00"), D("10.00")]
    again = _rendered_now(db, invoice_id)
    assert _stored(db, invoice_id) == stored  # the stored copy is kept
    for pdf in (stored, again):  # rendered again, it says what it said at issue: 120.00 - 30.00 = 90.00
        words = _words(pdf)
        assert "Amount due €90.00" in words and f"Please pay €90.00 by 1 Mar 2026, quoting {number}." in words
        assert "-€20.00" not in words and "-€10.00" not in words
        got = _sums(pdf)
        assert (got["TotalPrepaidAmount"], got["DuePayableAmount"]) == ("30.00", "90.00")
        assert _qr_modules(pdf) == _modules_of(_epc("90.00", number))


def test_a_billing_runs_invoice_stored_by_the_batch_shows_the_credit_applied(db, world):
    # c1 on archiving from 15 January: each month 20.00 + 20 % = 24.00. It pays 30.00 on 20 January for its
    # first invoice: 30.00 - 24.00 = 6.00 stays credit, applied when the run issues the February invoice.
    add_events(db, world, "c1", [(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 1, 15), issue=True)
    with unit_of_work(db) as s:
        first, = s.scalars(select(Invoice.number).where(Invoice.company_id == world.companies["c1"]))
        payments.record(s, "c1", "30.00", "EUR", "bank_transfer", date(2026, 1, 20), "TX-JAN", allocate_to=[first])
    run_billing(db, FEB15, issue=True)
    with unit_of_work(db) as s:
        second = s.scalars(select(Invoice).where(Invoice.company_id == world.companies["c1"],
                                                 Invoice.issue_date == FEB15)).one()
        invoice_id, number = second.id, second.number
        assert second.total == D("24.00")
    assert document_store.store_pdfs(db, [invoice_id], workers=0).stored == [invoice_id]
    pdf = _stored(db, invoice_id)
    words = _words(pdf)
    # 24.00 - 6.00 = 18.00 due, by 15 February + 14 days = 1 March.
    assert "Total €24.00" in words and "Credit applied from your payment of 20 Jan 2026 -€6.00" in words
    assert "Amount due €18.00" in words and f"Please pay €18.00 by 1 Mar 2026, quoting {number}." in words
    got = _sums(pdf)
    assert (got["GrandTotalAmount"], got["TotalPrepaidAmount"], got["DuePayableAmount"]) == ("24.00", "6.00",
                                                                                             "18.00")
    assert _qr_modules(pdf) == _modules_of(_epc("18.00", number))


# ---------------------------------------------------------------- covered in full

def test_an_invoice_covered_in_full_says_nothing_is_due(db, world):
    invoice_id, number = _issue(db, "150.00")
    pdf = _stored(db, invoice_id)
    words = _words(pdf)
    # 150.00 of credit pays all of the 120.00 (30.00 stays credit): 120.00 - 120.00 = 0.00 due.
    assert "Total €120.00" in words
    assert "Credit applied from your payment of 10 Feb 2026 -€120.00" in words
    assert "Amount due €0.00" in words
    assert "Nothing is due: the credit applied settles this invoice in full." in words
    assert "Please pay" not in words
    # No bank details nor GiroCode: nothing to transfer.
    assert "Scan to pay" not in words and "IBAN" not in words and _qr_modules(pdf) == set()
    got = _sums(pdf)
    assert (got["GrandTotalAmount"], got["TotalPrepaidAmount"], got["DuePayableAmount"]) == ("120.00", "120.00",
                                                                                             "0.00")
    assert _means(pdf) == []


# ---------------------------------------------------------------- no credit

def test_an_invoice_without_credit_is_unchanged(db, world):
    invoice_id, number = _issue(db, None)
    pdf = _stored(db, invoice_id)
    words = _words(pdf)
    # Nothing applied: the total, 120.00, is asked for, and no "Credit applied" or "Amount due" line.
    assert f"Total €120.00 Payment Please pay €120.00 by 1 Mar 2026, quoting {number}." in words
    assert "Credit applied" not in words and "Amount due" not in words
    got = _sums(pdf)
    assert "TotalPrepaidAmount" not in got
    assert (got["GrandTotalAmount"], got["DuePayableAmount"]) == ("120.00", "120.00")
    assert _means(pdf) == ["58"]
    assert _qr_modules(pdf) == _modules_of(_epc("120.00", number))


# ---------------------------------------------------------------- wording (no database)

def _content(applied: tuple, kind: str = "invoice", language: str = "en_GB") -> Content:
    """A 100.00 + 20 % = 120.00 document made up here (120.00 negated for a credit note)."""
    sign = D(-1) if kind == "credit_note" else D(1)
    return Content(kind=kind, currency="EUR", language=language, issuer=Party("Northwind Hosting"),
                   customer=Party("C1"), number="INV-2026-00009", issue_date=FEB15,
                   lines=[Line(1, "manual", "Migration", D(1), sign * D("100.00"), D(20), sign * D("100.00"))],
                   subtotal=sign * D("100.00"), tax=sign * D("20.00"), total=sign * D("120.00"), status="issued",
                   applied=applied)


def test_credit_from_a_credit_note_and_from_two_sources_in_german():
    applied = (Applied(D("25.00"), day=FEB10), Applied(D("5.50"), credit_note="GS-2026-00002"))
    words = _words(render(_content(applied, language="de_DE"), _template()))
    # 120.00 - 25.00 - 5.50 = 89.50.
    assert "Guthaben aus Ihrer Zahlung vom 10.02.2026 verrechnet -25,00 €" in words
    assert "Guthaben aus Gutschrift GS-2026-00002 verrechnet -5,50 €" in words
    assert "Zu zahlender Betrag 89,50 €" in words
    assert "Bitte überweisen Sie 89,50 € bis zum 01.03.2026" in words


def test_a_credit_note_is_unchanged():
    words = _words(render(_content((), kind="credit_note"), _template()))
    assert "Amount due" not in words and "Credit applied" not in words
    assert "We will refund €120.00 to you or set it against your next invoice." in words


def test_the_designers_sample_still_renders():
    words = _words(render(sample_content(), templates.builtin()))
    # The sample: 78.00 + 36.00 + 5.81 + 3.77 + 150.00 = 273.58, 19 % = 51.98, 325.56; no credit.
    assert "Total €325.56" in words and "Amount due" not in words
