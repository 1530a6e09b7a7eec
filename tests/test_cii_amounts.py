"""The amounts of the Factur-X XML (app/documents/cii.py) read back from the PDF that carries it: what is due is
what the PDF asks for, and every amount has the currency's digits. SQLite and PostgreSQL; figures by hand.

Due (BT-115) and paid (BT-113): an invoice collected by direct debit announces the debit the next run would make,
what is open of it (app/payments/sepa/notices.py); the XML says the same, the rest as paid, so that
GrandTotalAmount - TotalPrepaidAmount = DuePayableAmount (BR-CO-16). An invoice paid by transfer asks for its
total in the PDF (it shows no payments), and so does the XML. The world is tests/test_sepa_debit.py's: d1 has
INV1 (2026-01-31) and INV2 (2026-02-28), each 20.00 + 20 % VAT = 24.00 EUR, under mandate M-D1-001; d2 has
INV3 and INV4 and no mandate.

Digits: KWD has three (Babel/ISO 4217), JPY none; the XML writes each amount with exactly those, as the PDF
does. (The EN 16931 schematron's BR-DEC rules allow two decimals: a KWD invoice passes the schema checked here,
not those rules; see cii.py.)
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree as ET

import facturx
import pdfplumber
import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.documents import cii
from app.documents import template
from app.models import Invoice, Price
from app.payments import payments
from app.services import invoices
from app.services.documents import render_invoice
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests import test_sepa_debit
from tests.test_sepa_debit import INV1, INV2

D = Decimal
INV3 = "INV-2026-00003"
world = test_sepa_debit.world  # the fixture: d1 with its mandate, d2 without
NS = {"rsm": cii.NS["rsm"], "ram": cii.NS["ram"]}
SETTLE = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
SUMS = f"{SETTLE}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
LINE_SUMS = ("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/"
             "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")


def einvoicing(profile: str = "en16931") -> template.Template:
    return template.check({"name": "e-invoice", "einvoice": profile,
                           "blocks": {"payment": {"iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX"}}})


def rendered(db, ref, profile: str = "en16931") -> tuple[str, bytes]:
    """The PDF's words and the XML it carries (checked against the profile's schema on the way out)."""
    with unit_of_work(db) as s:
        data = render_invoice(s, ref, template=einvoicing(profile)).data
    _, xml = facturx.get_xml_from_pdf(data, check_xsd=True)
    assert xml, "the PDF carries no Factur-X XML"
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    return words, xml


def sums(xml: bytes) -> dict[str, str]:
    """The header monetary summation, element name -> text."""
    (el,) = ET.fromstring(xml).findall(SUMS, NS)
    return {child.tag.rsplit("}", 1)[1]: child.text for child in el}


def texts(xml: bytes, path: str) -> list[str]:
    return [e.text for e in ET.fromstring(xml).findall(path, NS)]


# ---------------------------------------------------------------- due and paid

@pytest.mark.parametrize("profile", ["basic", "en16931"])
def test_a_part_payment_after_the_issue_leaves_the_announced_debit_as_issued(db, world, profile):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "10.00", "EUR", "bank_transfer", date(2026, 3, 18), "TX-10", allocate_to=[INV2])
    words, xml = rendered(db, INV2, profile)
    # INV2 was issued with nothing applied: its document asks for what was due at issue, 24.00, in its totals,
    # its debit notice and its XML, whenever it is made (app/services/documents.py ``mandates_at_issue``); the
    # 10.00 paid on 18 March, after the issue, is not on it.
    assert "We will collect €24.00 by SEPA direct debit on or after 14 Mar 2026 under mandate M-D1-001." in words
    got = sums(xml)
    assert (got["GrandTotalAmount"], got["DuePayableAmount"]) == ("24.00", "24.00")
    assert list(got) == ["LineTotalAmount", "TaxBasisTotalAmount", "TaxTotalAmount", "GrandTotalAmount",
                         "DuePayableAmount"]  # the schema's order; nothing prepaid at issue
    # The invoice itself is as issued: 20.00 + 4.00 VAT.
    assert (got["TaxBasisTotalAmount"], got["TaxTotalAmount"]) == ("20.00", "4.00")


def test_credit_applied_after_the_issue_leaves_the_document_as_issued(db, world):
    with unit_of_work(db) as s:  # 5.50 received unallocated, then applied to INV1 as credit, after its issue
        payments.record(s, "d1", "5.50", "EUR", "bank_transfer", date(2026, 3, 18), "TX-5", auto_allocate=False)
        payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=date(2026, 3, 18))
    words, xml = rendered(db, INV1)
    # INV1 as issued: 24.00 due, nothing applied at issue (the credit applied at issue and what is prepaid are
    # tests/test_pdf_amount_due.py's).
    assert "We will collect €24.00 by SEPA direct debit" in words
    got = sums(xml)
    assert "TotalPrepaidAmount" not in got
    assert (got["GrandTotalAmount"], got["DuePayableAmount"]) == ("24.00", "24.00")


def test_nothing_paid_is_the_total_due_and_no_paid_amount(db, world):
    words, xml = rendered(db, INV1)
    assert "We will collect €24.00 by SEPA direct debit on or after 14 Feb 2026 under mandate M-D1-001." in words
    got = sums(xml)
    assert "TotalPrepaidAmount" not in got
    assert (got["GrandTotalAmount"], got["DuePayableAmount"]) == ("24.00", "24.00")


def test_an_invoice_paid_by_transfer_asks_for_its_total_in_the_pdf_and_the_xml(db, world):
    with unit_of_work(db) as s:  # d2 has no mandate: its PDF asks for the total, payments or not
        payments.record(s, "d2", "10.00", "EUR", "bank_transfer", date(2026, 3, 18), "TX-D2", allocate_to=[INV3])
    words, xml = rendered(db, INV3)
    assert "Please pay €24.00 by 14 Feb 2026, quoting INV-2026-00003." in words
    got = sums(xml)
    assert "TotalPrepaidAmount" not in got
    assert (got["GrandTotalAmount"], got["DuePayableAmount"]) == ("24.00", "24.00")


# ---------------------------------------------------------------- the currency's digits

def currency_world(db, currency: str, price: str) -> str:
    """k1 on archiving in ``currency`` from 31 January (the hoster's 20 % VAT), billed and issued up to
    15 March; the number of its first invoice, [31 Jan, 28 Feb)."""
    w = build(db)
    with unit_of_work(db) as s:
        if not s.scalars(select(Price).where(Price.plan_id == w.plans["archiving"], Price.currency == currency,
                                             Price.layer == "retail")).first():
            s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["archiving"], currency=currency,
                        amount=D(price)))
    add_company(db, w, "k1", currency=currency, signup=date(2026, 1, 31),
                events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    with unit_of_work(db) as s:
        first = s.scalars(select(Invoice).where(Invoice.company_id == w.companies["k1"])
                          .order_by(Invoice.period_start)).first()
        assert (first.currency, first.period_start, first.period_end) == (currency, date(2026, 1, 31),
                                                                         date(2026, 2, 28))
        return first.number


# By hand: KWD 12.346 a month, 20 % = 2.4692 -> 2.469, total 14.815 (three digits each);
# JPY 2500, 20 % = 500, total 3000 (none). Then the PDF's way (en_GB) of writing the net and the total.
DIGITS = [("KWD", "12.346", "2.469", "14.815", "12.346", "14.815"),
          ("JPY", "2500", "500", "3000", "2,500", "3,000")]


@pytest.mark.parametrize("currency, net, tax, total, shown_net, shown_total", DIGITS)
def test_amounts_have_the_currencys_digits(db, currency, net, tax, total, shown_net, shown_total):
    number = currency_world(db, currency, net)
    words, xml = rendered(db, number)
    assert shown_total in words and shown_net in words
    got = sums(xml)
    assert (got["LineTotalAmount"], got["TaxBasisTotalAmount"], got["TaxTotalAmount"], got["GrandTotalAmount"],
            got["DuePayableAmount"]) == (net, net, tax, total, total)
    assert texts(xml, LINE_SUMS) == [net]
    assert texts(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:BasisAmount") == [net]
    assert texts(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:CalculatedAmount") == [tax]
    assert texts(xml, f"{SETTLE}/ram:InvoiceCurrencyCode") == [currency]


def test_a_part_paid_kwd_invoice_and_its_credit_note(db):
    number = currency_world(db, "KWD", "12.346")
    with unit_of_work(db) as s:
        payments.record(s, "k1", "5.000", "KWD", "bank_transfer", date(2026, 3, 18), "TX-K", allocate_to=[number])
    words, xml = rendered(db, number)
    # Paid by transfer (direct debit is EUR only): the PDF asks for the total, 14.815, and so does the XML.
    assert "14.815" in words and "9.815" not in words
    got = sums(xml)
    assert "TotalPrepaidAmount" not in got and (got["GrandTotalAmount"], got["DuePayableAmount"]) == ("14.815",
                                                                                                    "14.815")
    # Its credit note: type 381, positive amounts with three digits, naming the invoice.
    with unit_of_work(db) as s:
        note = invoices.credit(s, number, date(2026, 3, 20)).id
    _, xml = rendered(db, note)
    assert texts(xml, "rsm:ExchangedDocument/ram:TypeCode") == ["381"]
    got = sums(xml)
    assert (got["TaxBasisTotalAmount"], got["TaxTotalAmount"], got["GrandTotalAmount"], got["DuePayableAmount"]) \
        == ("12.346", "2.469", "14.815", "14.815")
    assert texts(xml, f"{SETTLE}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == [number]
