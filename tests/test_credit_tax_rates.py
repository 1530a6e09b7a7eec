"""A line that gives back (or corrects) days already invoiced carries the tax rate of the invoice that billed
them; new charges carry today's rate (app/billing/company_bill.py, app/billing/billed_rates.py). An invoice so
carries several rates: its tax is worked out per rate, each rounded once, and its PDF and Factur-X XML show a
breakdown per rate (both databases).

The world is tests/billing_world.py's: the hoster's own Archiving at 20.00 EUR a month (per plan) and Exchange
Basic at 6.50 EUR a user a month, the hoster's tax 20 %. Companies bill on the 15th: 15 February to 15 March
2026 is 28 days.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree as ET

import facturx
import pdfplumber
from sqlalchemy import select, update

from app.billing.run import run_billing
from app.documents import cii
from app.models import Company, Hoster, Invoice, InvoiceLine
from app.services import documents
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
ARCHIVING = [(date(2026, 1, 15), "subscribe", {"plan": "archiving"})]
MAILBOX = [(date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
           (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@t1.example"})]


def _invoice(engine, company_id, boundary):
    """(kind, subtotal, tax, total, tax note, [(kind, start, end, amount, tax rate)]) of the company's invoice of
    ``boundary``."""
    with unit_of_work(engine) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id,
                                              Invoice.period_start == boundary)).one()
        lines = [(ln.kind, ln.start, ln.end, ln.amount, ln.tax_rate) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
        return inv.kind, inv.subtotal, inv.tax, inv.total, inv.tax_note, lines


def _set(engine, *, hoster_rate=None, company=None, treatment=None):
    with unit_of_work(engine) as s:
        if hoster_rate is not None:
            s.execute(update(Hoster).values(tax_rate=D(hoster_rate)))
        if company is not None:
            s.execute(update(Company).where(Company.id == company).values(tax_treatment=treatment))


def test_a_late_cancellation_after_the_company_turned_exempt_gives_back_the_tax_it_paid(db):
    # The review's case: 15 February's advance 20.00 + 20 % = 24.00, issued; the company is exempt from then on;
    # a cancellation dated 15 February is recorded after it.
    w = build(db)
    t1 = add_company(db, w, "t1", events=ARCHIVING)
    run_billing(db, date(2026, 2, 15), issue=True)
    _set(db, company=t1, treatment="exempt")
    add_events(db, w, "t1", [(date(2026, 2, 15), "cancel", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    # The month billed in advance comes back with the 20 % it was billed at: -20.00 x 20 % = -4.00, -24.00.
    # No line at the exempt rate: the credit note says nothing of the exemption.
    assert _invoice(db, t1, date(2026, 3, 15)) == (
        "credit_note", D("-20.00"), D("-4.00"), D("-24.00"), None,
        [("correction", date(2026, 2, 15), date(2026, 3, 15), D("-20.00"), D("20"))])


def test_an_exempt_companys_invoice_gives_back_taxed_days_beside_its_untaxed_charges(db):
    # As above, with a mailbox kept: the 15 March invoice charges its advance exempt and gives back Archiving's
    # month at 20 %. Tax per rate, each rounded once: 0 % of 6.50 = 0.00; 20 % of -20.00 = -4.00.
    w = build(db)
    t1 = add_company(db, w, "t1", events=ARCHIVING + MAILBOX)
    run_billing(db, date(2026, 2, 15), issue=True)
    _set(db, company=t1, treatment="exempt")
    add_events(db, w, "t1", [(date(2026, 2, 15), "cancel", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    kind, subtotal, tax, total, note, lines = _invoice(db, t1, date(2026, 3, 15))
    assert lines == [("recurring", date(2026, 3, 15), date(2026, 4, 15), D("6.50"), D("0")),
                     ("correction", date(2026, 2, 15), date(2026, 3, 15), D("-20.00"), D("20"))]
    # 6.50 - 20.00 = -13.50; tax 0.00 - 4.00 = -4.00; total -17.50: a credit note, exempt for its own charges.
    assert (kind, subtotal, tax, total, note) == ("credit_note", D("-13.50"), D("-4.00"), D("-17.50"), "exempt")

    with unit_of_work(db) as s:
        inv_id = s.scalars(select(Invoice.id).where(Invoice.company_id == t1,
                                                    Invoice.period_start == date(2026, 3, 15))).one()
        pdf = documents.render_invoice(s, inv_id).data
        _, xml = documents.invoice_xml(s, inv_id)
    # The PDF read back: a tax row per rate.
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert [ln for ln in text.splitlines() if ln.startswith("VAT ")] == [
        "VAT 0% on €6.50 €0.00", "VAT 20% on -€20.00 -€4.00"], text
    assert "Subtotal -€13.50" in text and "Total credited -€17.50" in text, text
    assert "2 Archiving -1 €20.00 20% -€20.00" in text, text  # the line's own rate in its VAT column
    # The XML: one ApplicableTradeTax per rate, exempt (E, 0 %) and standard (S, 20 %), positive on a credit note.
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    ns = {"rsm": cii.NS["rsm"], "ram": cii.NS["ram"]}
    settle = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
    groups = sorted((t.findtext("ram:CategoryCode", namespaces=ns), t.findtext("ram:RateApplicablePercent",
                                                                               namespaces=ns),
                     t.findtext("ram:BasisAmount", namespaces=ns), t.findtext("ram:CalculatedAmount", namespaces=ns))
                    for t in ET.fromstring(xml).findall(settle, ns))
    assert groups == [("E", "0", "-6.50", "0.00"), ("S", "20", "20.00", "4.00")]


def test_a_cancellation_after_a_rate_change_gives_back_days_at_the_rate_they_were_billed(db):
    # The review's second case: the hoster's rate goes from 20 % to 25 % after 15 February's invoice; Archiving
    # is cancelled on 1 March, recorded before the 15 March run. Kept: a mailbox, a new charge at 25 %.
    w = build(db)
    t1 = add_company(db, w, "t1", events=ARCHIVING + MAILBOX)
    run_billing(db, date(2026, 2, 15), issue=True)
    _set(db, hoster_rate="25")
    add_events(db, w, "t1", [(date(2026, 3, 1), "cancel", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    kind, subtotal, tax, total, note, lines = _invoice(db, t1, date(2026, 3, 15))
    # 1 to 15 March: 14 of 28 days, -20.00 x 14/28 = -10.00, billed on 15 February at 20 %.
    assert lines == [("recurring", date(2026, 3, 15), date(2026, 4, 15), D("6.50"), D("25")),
                     ("proration", date(2026, 3, 1), date(2026, 3, 15), D("-10.00"), D("20"))]
    # 25 % of 6.50 = 1.625 -> 1.63; 20 % of -10.00 = -2.00; tax -0.37; 6.50 - 10.00 = -3.50; total -3.87.
    assert (kind, subtotal, tax, total, note) == ("credit_note", D("-3.50"), D("-0.37"), D("-3.87"), None)


def test_the_review_case_alone_a_credit_note_at_the_old_rate(db):
    # Archiving alone, cancelled on 1 March: -10.00 + 20 % of it (-2.00) = -12.00, not -12.50 at 25 %.
    w = build(db)
    t1 = add_company(db, w, "t1", events=ARCHIVING)
    run_billing(db, date(2026, 2, 15), issue=True)
    _set(db, hoster_rate="25")
    add_events(db, w, "t1", [(date(2026, 3, 1), "cancel", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    assert _invoice(db, t1, date(2026, 3, 15))[:4] == ("credit_note", D("-10.00"), D("-2.00"), D("-12.00"))


def test_late_corrections_take_the_rate_of_each_invoice_they_correct(db):
    # 15 February billed at 20 %, then the rate is 25 % and 15 March is billed at it (20.00 + 5.00). A
    # cancellation dated 20 February is recorded after that: the 15 April invoice corrects both.
    w = build(db)
    t1 = add_company(db, w, "t1", events=ARCHIVING)
    run_billing(db, date(2026, 2, 15), issue=True)
    _set(db, hoster_rate="25")
    run_billing(db, date(2026, 3, 15), issue=True)
    assert _invoice(db, t1, date(2026, 3, 15))[:4] == ("invoice", D("20.00"), D("5.00"), D("25.00"))
    add_events(db, w, "t1", [(date(2026, 2, 20), "cancel", {"plan": "archiving"})])
    run_billing(db, date(2026, 4, 15), issue=True)
    kind, subtotal, tax, total, note, lines = _invoice(db, t1, date(2026, 4, 15))
    assert lines == [
        # 20 February to 15 March: 23 of 28 days of the advance billed on 15 February (at 20 %), given back on
        # the 15 March invoice's prorations: -20.00 x 23/28 = -16.428... -> -16.43
        ("correction", date(2026, 2, 20), date(2026, 3, 15), D("-16.43"), D("20")),
        # 15 March's advance, billed at 25 %
        ("correction", date(2026, 3, 15), date(2026, 4, 15), D("-20.00"), D("25"))]
    # 20 % of -16.43 = -3.286 -> -3.29; 25 % of -20.00 = -5.00; tax -8.29; subtotal -36.43; total -44.72.
    assert (kind, subtotal, tax, total) == ("credit_note", D("-36.43"), D("-8.29"), D("-44.72"))


def test_without_a_rate_change_nothing_changes(db):
    # The same cancellation on 1 March at an unchanged 20 %: -10.00, tax -2.00, and every line at 20 %.
    w = build(db)
    t1 = add_company(db, w, "t1", events=ARCHIVING + MAILBOX)
    run_billing(db, date(2026, 2, 15), issue=True)
    add_events(db, w, "t1", [(date(2026, 3, 1), "cancel", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    kind, subtotal, tax, total, note, lines = _invoice(db, t1, date(2026, 3, 15))
    assert {ln[4] for ln in lines} == {D("20")}
    # 6.50 - 10.00 = -3.50; 20 % = -0.70; -4.20
    assert (kind, subtotal, tax, total) == ("credit_note", D("-3.50"), D("-0.70"), D("-4.20"))
