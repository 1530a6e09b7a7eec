"""A manual invoice carries the tax note a billing run's invoice for the same customer carries (both databases).

``app.billing.tax.customer_rate`` gives a customer's rate and note: reverse charge and exempt are 0 % with
their note, standard has none. A run writes the note on the company's invoice (and on a reseller's wholesale
invoice); a manual invoice (``invoices.create_manual``) for that customer must say the same, on its document
too. The hoster sells archiving at 20.00 EUR; companies sign up on 15 January 2026 and are billed on the 15th.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Invoice, Reseller
from app.services import documents, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
JAN15, FEB1 = date(2026, 1, 15), date(2026, 2, 1)
REVERSE_CHARGE = ("Reverse charge: VAT is to be accounted for by the recipient (Article 196 of Council "
                  "Directive 2006/112/EC).")
EXEMPT = "No VAT is charged: this supply is exempt from VAT."


def _text(db, invoice_id: int) -> str:
    with unit_of_work(db) as s:
        pdf = documents.render_invoice(s, invoice_id, language="en_GB").data
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join(page.extract_text().split()) for page in doc.pages)


def _setup(db, customer: str, amount: str = "150.00") -> tuple[int, str | None, Decimal]:
    """A manual draft for ``customer`` with one line of ``amount`` at the customer's own rate."""
    with unit_of_work(db) as s:
        rate = invoices.customer_tax_rate(s, customer)
        inv = invoices.create_manual(s, customer, "EUR", [invoices.ManualLine({"en": "Setup"}, D(1), D(amount),
                                                                              tax_rate=rate)])
        return inv.id, inv.tax_note, inv.tax


@pytest.mark.parametrize("treatment, note, words, tax", [
    ("reverse_charge", "reverse_charge", REVERSE_CHARGE, D("0.00")),
    ("exempt", "exempt", EXEMPT, D("0.00")),
    ("standard", None, None, D("30.00"))])  # the hoster's 20 % of 150.00
def test_a_manual_invoice_says_what_the_runs_invoice_for_the_company_says(db, treatment, note, words, tax):
    w = build(db)
    c = add_company(db, w, "c1", tax_treatment=treatment, events=[(JAN15, "subscribe", {"plan": "archiving"})])
    run_billing(db, JAN15)
    with unit_of_work(db) as s:
        run_id, run_note = s.execute(select(Invoice.id, Invoice.tax_note).where(Invoice.company_id == c)).one()
    assert run_note == note
    manual_id, manual_note, manual_tax = _setup(db, "c1")
    assert (manual_note, manual_tax) == (note, tax)
    run_text, manual_text = _text(db, run_id), _text(db, manual_id)
    if words is None:
        assert "Reverse charge" not in manual_text and "exempt from VAT" not in manual_text
    else:
        assert words in run_text and words in manual_text


def test_a_manual_invoice_for_a_reverse_charge_reseller_carries_the_note_of_its_wholesale_invoice(db):
    w = build(db)
    with unit_of_work(db) as s:
        acme = s.get(Reseller, w.resellers["acme"])
        acme.tax_treatment, acme.tax_id = "reverse_charge", "FR47528391046"  # without it, no wholesale invoice
    add_company(db, w, "a1", reseller="acme", events=[(JAN15, "subscribe", {"plan": "sharepoint-sites",
                                                                           "quantity": 1})])
    run_billing(db, FEB1)  # acme's billing day: the hoster's wholesale invoice to acme
    with unit_of_work(db) as s:
        [wholesale] = s.scalars(select(Invoice.tax_note).where(Invoice.customer_reseller_id == w.resellers["acme"],
                                                               Invoice.kind == "wholesale")).all()
    assert wholesale == "reverse_charge"
    manual_id, manual_note, manual_tax = _setup(db, "acme")
    assert (manual_note, manual_tax) == ("reverse_charge", D("0.00"))
    assert REVERSE_CHARGE in _text(db, manual_id)


def test_the_note_stays_when_the_draft_is_edited_and_when_it_is_issued(db):
    w = build(db)
    add_company(db, w, "c1", tax_treatment="reverse_charge", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    manual_id, _, _ = _setup(db, "c1")
    with unit_of_work(db) as s:
        invoices.edit_draft(s, manual_id, [invoices.ManualLine({"en": "Setup"}, D(2), D("75.00"))])
        inv = invoices.issue(s, manual_id, date(2026, 1, 20))
        assert (inv.tax_note, inv.subtotal, inv.tax, inv.total) == ("reverse_charge", D("150.00"), D("0.00"),
                                                                    D("150.00"))
