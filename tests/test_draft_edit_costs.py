"""A draft's billed line edited (its quantity changed, or the line written out again as text): its amount is
still the share of its period it bills, and the reseller's cost for it stays what the hoster provided (a draft
edit never changes a cost; in the margin mode the margin changes by what the line bills more or less), on both
databases.

The world (tests/billing_world.py): acme (reseller_bills, 19 %) sells Exchange Basic at 6.00 a user a month
and pays the hoster 3.50 (its wholesale override). Its company c1 signs up on 2026-01-01, billed on the 1st.
Every expected amount is worked by hand below, rounded once, half-up, to the cent.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select, update

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Accrual, Company, Invoice, InvoiceLine
from app.services import billing_view, documents, invoices
from app.services.invoices import ManualLine
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
JAN1, JAN20, FEB1, MAR1 = date(2026, 1, 1), date(2026, 1, 20), date(2026, 2, 1), date(2026, 3, 1)
CII = {"ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}


def _world(db, mode="reseller_bills", term="monthly", events=None):
    w = build(db, acme_mode=mode)
    add_company(db, w, "c1", reseller="acme", signup=JAN1, billing_day=1, events=events or [
        (JAN1, "subscribe", {"plan": "exchange-basic"}),
        (JAN1, "assign", {"plan": "exchange-basic", "user": "a@c1.example"}),
        (JAN20, "assign", {"plan": "exchange-basic", "user": "b@c1.example"})])
    if term != "monthly":
        with unit_of_work(db) as s:
            s.execute(update(Company).where(Company.id == w.companies["c1"]).values(term=term))
    return w


def _draft(db, w, start):
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["c1"],
                                                  Invoice.period_start == start)).one()


def _lines(db, inv_id):
    with unit_of_work(db) as s:
        return [(ln.kind, ln.quantity, ln.unit_price, ln.start, ln.end, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == inv_id).order_by(InvoiceLine.position))]


def _totals(db, inv_id):
    with unit_of_work(db) as s:
        inv = s.get(Invoice, inv_id)
        return inv.subtotal, inv.tax, inv.total


def _cost(db, inv_id, start, kind="cost"):
    """What the draft's lines of ``start`` accrue to acme, net (in the margin mode, an edit of a line whose margin
    a settlement took already reverses it and adds the new one)."""
    with unit_of_work(db) as s:
        return sum((a.amount for a in s.scalars(select(Accrual).where(
            Accrual.invoice_id == inv_id, Accrual.start == start, Accrual.kind == kind))), D(0))


def _edit_line(db, inv_id, start, quantity):
    """As the window saves a billed line whose quantity a person changed: same kind, plan and period, no
    amount."""
    with unit_of_work(db) as s:
        lines = [replace(ln, quantity=D(quantity), amount=None) if ln.start == start else ln
                 for ln in billing_view.draft_lines(s, inv_id)]
        invoices.edit_draft(s, inv_id, lines)


def _typed(text, quantity, unit, rate="19"):
    """A line written out as text, as ``invoices edit`` reads it from JSON (no plan, no period)."""
    return ManualLine(description={"en": text}, quantity=D(quantity), unit_price=D(unit), tax_rate=D(rate))


# -- finding 3: a proration line's quantity changed ------------------------------------------------------------

def test_a_prorations_quantity_changed_bills_its_share_and_every_view_agrees(db):
    """Feb 1 bills 2 users for February (2 x 6.00 = 12.00) and b's 12 days of January (Jan 20 to Feb 1 of 31
    days): 1 x 6.00 x 12/31 = 72/31 = 2.3226 -> 2.32. Set to 2 users: 2 x 6.00 x 12/31 = 144/31 = 4.6452 ->
    4.65 (not 2 x 6.00 = 12.00). Subtotal 12.00 + 4.65 = 16.65, tax 19 % = 3.1635 -> 3.16, total 19.81.
    acme's cost: 1 x 3.50 x 12/31 = 42/31 = 1.3548 -> 1.35, before the edit and after it (the hoster provided
    one user for those 12 days whatever the draft says)."""
    w = _world(db)
    run_billing(db, FEB1)
    feb = _draft(db, w, FEB1)
    assert _lines(db, feb)[1] == ("proration", D(1), D("6.00"), JAN20, FEB1, D("2.32"))
    assert _cost(db, feb, JAN20) == D("1.35")
    with unit_of_work(db) as s:  # what the window reads to show an edited line's amount before it is saved
        assert [ln.share for ln in billing_view.draft_lines(s, feb)] == [1, Fraction(12, 31)]
    _edit_line(db, feb, JAN20, "2")
    assert _lines(db, feb) == [("recurring", D(2), D("6.00"), FEB1, MAR1, D("12.00")),
                               ("proration", D(2), D("6.00"), JAN20, FEB1, D("4.65"))]
    assert _totals(db, feb) == (D("16.65"), D("3.16"), D("19.81"))
    assert _cost(db, feb, JAN20) == D("1.35")
    assert _cost(db, feb, FEB1) == D("7.00")  # the February line, untouched: 2 x 3.50
    with unit_of_work(db) as s:
        # The explanation: 2 x 6.00 x 12/31 -> 4.65, no rounding difference beyond the cent (its cost:
        # test_the_explanation_of_an_edited_proration_gives_the_cost_kept).
        ex = explain_invoice(s, feb).lines[1]
        assert (ex.days, ex.period_days, ex.rounded, ex.amount) == (12, 31, D("4.65"), D("4.65"))
        assert not [p for p in ex.words if p.id == "rounding" and abs(p.params["difference"].decimal) >= D("0.005")]
        invoices.issue(s, feb, FEB1)
    with unit_of_work(db) as s:
        inv = s.get(Invoice, feb)
        a = documents.content_of(s, inv).lines[1].arithmetic  # the PDF's "2 users x 6.00 x 12/31 days = 4.65"
        assert (a.quantity, a.unit_price, a.days, a.period_days, a.amount) == (D(2), D("6.00"), 12, 31, D("4.65"))
        root = ET.fromstring(documents.invoice_xml(s, feb)[1])
    item = root.findall(".//ram:IncludedSupplyChainTradeLineItem", CII)[1]
    # The e-invoice: 2 x 12 = 24 days at 6.00 per 31 days: 24 x 6.00 / 31 = 4.645 -> 4.65.
    assert D(item.find(".//ram:BilledQuantity", CII).text) == D(24)
    assert D(item.find(".//ram:NetPriceProductTradePrice/ram:BasisQuantity", CII).text) == D(31)
    assert D(item.find(".//ram:LineTotalAmount", CII).text) == D("4.65")


def test_a_correction_lines_quantity_changed_bills_its_share(db):
    """c's arrival on Jan 25 is recorded after Feb 1 was billed: Mar 1 corrects January by 1 x 6.00 x 7/31
    (Jan 25 to Feb 1) = 42/31 = 1.3548 -> 1.35 and February by 1 x 6.00 = 6.00. The January correction set to
    2: 2 x 6.00 x 7/31 = 84/31 = 2.7097 -> 2.71. acme's cost for it: 1 x 3.50 x 7/31 = 24.5/31 = 0.7903 -> 0.79,
    and still 0.79 after the edit (c was there, one user, for those 7 days). March: 3 x 6.00 = 18.00; subtotal
    18.00 + 2.71 + 6.00 = 26.71, tax 19 % = 5.0749 -> 5.07, total 31.78."""
    w = _world(db)
    run_billing(db, FEB1)
    jan25 = date(2026, 1, 25)
    add_events(db, w, "c1", [(jan25, "assign", {"plan": "exchange-basic", "user": "c@c1.example"})])
    run_billing(db, MAR1)
    mar = _draft(db, w, MAR1)
    assert ("correction", D(1), D("6.00"), jan25, FEB1, D("1.35")) in _lines(db, mar)
    assert _cost(db, mar, jan25) == D("0.79")
    _edit_line(db, mar, jan25, "2")
    assert _lines(db, mar) == [("recurring", D(3), D("6.00"), MAR1, date(2026, 4, 1), D("18.00")),
                               ("correction", D(2), D("6.00"), jan25, FEB1, D("2.71")),
                               ("correction", D(1), D("6.00"), FEB1, MAR1, D("6.00"))]
    assert _totals(db, mar) == (D("26.71"), D("5.07"), D("31.78"))
    assert _cost(db, mar, jan25) == D("0.79")
    with unit_of_work(db) as s:
        ex = explain_invoice(s, mar).lines[1]
        assert (ex.days, ex.period_days, ex.rounded) == (7, 31, D("2.71"))


def test_a_yearly_terms_lines_changed_bill_the_terms_price_and_share(db):
    """A yearly term from 2026-01-01: 365 days, at 12 x 6.00 = 72.00 a user (acme's cost 12 x 3.50 = 42.00).
    b arrives on 2026-11-13: 49 days to 2027-01-01 (18 in November, 31 in December). The 2027 invoice bills
    2 x 72.00 = 144.00 and 1 x 72.00 x 49/365 = 3528/365 = 9.6658 -> 9.67 (cost 42.00 x 49/365 = 5.6384 ->
    5.64; the year's cost 2 x 42.00 = 84.00). Edited: the year to 3 users, 3 x 72.00 = 216.00; the proration
    to 2, 2 x 72.00 x 49/365 = 7056/365 = 19.3315 -> 19.33. Subtotal 216.00 + 19.33 = 235.33, tax 19 % =
    44.7127 -> 44.71, total 280.04. acme's costs stay what the hoster provided: 84.00 and 5.64."""
    nov13, jan27 = date(2026, 11, 13), date(2027, 1, 1)
    w = _world(db, term="yearly", events=[
        (JAN1, "subscribe", {"plan": "exchange-basic"}),
        (JAN1, "assign", {"plan": "exchange-basic", "user": "a@c1.example"}),
        (nov13, "assign", {"plan": "exchange-basic", "user": "b@c1.example"})])
    run_billing(db, jan27)
    inv = _draft(db, w, jan27)
    assert _lines(db, inv) == [("recurring", D(2), D("72.00"), jan27, date(2028, 1, 1), D("144.00")),
                               ("proration", D(1), D("72.00"), nov13, jan27, D("9.67"))]
    assert (_cost(db, inv, jan27), _cost(db, inv, nov13)) == (D("84.00"), D("5.64"))
    _edit_line(db, inv, jan27, "3")
    _edit_line(db, inv, nov13, "2")
    assert _lines(db, inv) == [("recurring", D(3), D("72.00"), jan27, date(2028, 1, 1), D("216.00")),
                               ("proration", D(2), D("72.00"), nov13, jan27, D("19.33"))]
    assert _totals(db, inv) == (D("235.33"), D("44.71"), D("280.04"))
    assert (_cost(db, inv, jan27), _cost(db, inv, nov13)) == (D("84.00"), D("5.64"))
    with unit_of_work(db) as s:
        lines = explain_invoice(s, inv).lines
        assert [(x.days, x.period_days, x.rounded) for x in lines] == [(1, 1, D("216.00")), (49, 365, D("19.33"))]


def test_the_margin_follows_what_a_proration_bills_and_its_cost_stays_in_the_margin_mode(db):
    """The hoster collects for acme: acme earns the price less its cost. b's January share (2.32 - 1.35 = 0.97)
    set to 2 users bills 4.65; the cost stays 1.35 (one user provided): 4.65 - 1.35 = 3.30, i.e. 0.97 + what
    the line bills more, 4.65 - 2.32 = 2.33: 0.97 + 2.33 = 3.30."""
    w = _world(db, mode="hoster_bills_hoster_processor")
    run_billing(db, FEB1)
    feb = _draft(db, w, FEB1)
    assert _cost(db, feb, JAN20, "margin") == D("0.97")
    _edit_line(db, feb, JAN20, "2")
    assert _cost(db, feb, JAN20, "margin") == D("3.30")


def test_the_explanation_of_an_edited_proration_gives_the_cost_kept(db):
    """The margin mode, b's January share set to 2 users (as above): the window's explanation of the line should
    say what acme is charged and earns: cost 1 x 3.50 x 12/31 = 42/31 = 1.3548 -> 1.35 (one user provided),
    margin 4.65 - 1.35 = 3.30, as the accruals say."""
    w = _world(db, mode="hoster_bills_hoster_processor")
    run_billing(db, FEB1)
    feb = _draft(db, w, FEB1)
    _edit_line(db, feb, JAN20, "2")
    assert _cost(db, feb, JAN20, "margin") == D("3.30")
    with unit_of_work(db) as s:
        ex = explain_invoice(s, feb).lines[1]
        assert (ex.amount, ex.cost_amount, ex.margin) == (D("4.65"), D("1.35"), D("3.30"))


def test_a_retyped_line_is_refused_like_any_typed_line_and_the_draft_stays_as_it_was(db):
    """A retyped line is checked as a person's line: 1.5 users x 6.00 x 12/31 is rounded as billed (a share),
    but a quantity of 0 is refused, and the refused edit writes nothing: the lines and acme's 1.35 stay."""
    w = _world(db)
    run_billing(db, FEB1)
    feb = _draft(db, w, FEB1)
    before = _lines(db, feb)
    with pytest.raises(ProrataError) as err, unit_of_work(db) as s:
        month = billing_view.draft_lines(s, feb)[0]
        invoices.edit_draft(s, feb, [month, _typed("Exchange Basic", "0", "6.00")])
    assert [p.id for p in err.value.problems] == ["zero_quantity"]
    assert _lines(db, feb) == before
    assert _cost(db, feb, JAN20) == D("1.35")
    with unit_of_work(db) as s:  # 1.5 x 6.00 x 12/31 = 108/31 = 3.4839 -> 3.48; the cost stays 1 x 3.50 x
        month = billing_view.draft_lines(s, feb)[0]  # 12/31 = 1.35 (one user provided)
        invoices.edit_draft(s, feb, [month, _typed("Exchange Basic", "1.5", "6.00")])
    assert _lines(db, feb)[1] == ("proration", D("1.5"), D("6.00"), JAN20, FEB1, D("3.48"))
    assert _cost(db, feb, JAN20) == D("1.35")


# -- finding 4: a billed line written out again --------------------------------------------------------------

def test_a_billed_line_written_out_again_keeps_its_cost(db):
    """January: 1 x 6.00 (Jan 1 to Feb 1), acme's cost 3.50. Written out again, "Exchange Basic 1 x 6.00": the
    same line, the same cost. Written with 2 users: 2 x 6.00 = 12.00, the cost stays 1 x 3.50 = 3.50 (one user
    provided). A free text line ("Migration", 1 x 80.00) beside it accrues nothing."""
    w = _world(db)
    run_billing(db, JAN1)
    jan = _draft(db, w, JAN1)
    with unit_of_work(db) as s:
        invoices.edit_draft(s, jan, [_typed("Exchange Basic", "1", "6.00")])
    assert _lines(db, jan) == [("recurring", D(1), D("6.00"), JAN1, FEB1, D("6.00"))]
    assert _cost(db, jan, JAN1) == D("3.50")
    with unit_of_work(db) as s:
        invoices.edit_draft(s, jan, [_typed("Exchange Basic", "2", "6.00"), _typed("Migration", "1", "80.00")])
    assert _lines(db, jan) == [("recurring", D(2), D("6.00"), JAN1, FEB1, D("12.00")),
                               ("manual", D(1), D("80.00"), None, None, D("80.00"))]
    assert _cost(db, jan, JAN1) == D("3.50")
    with unit_of_work(db) as s:
        assert s.scalar(select(Accrual.id).where(Accrual.invoice_id == jan, Accrual.start.is_(None))) is None
    with unit_of_work(db) as s:  # the plan's line left out, only free text: the hoster still provided it, so
        invoices.edit_draft(s, jan, [_typed("Migration", "1", "80.00")])  # its cost stays, 1 x 3.50 = 3.50
    assert _cost(db, jan, JAN1) == D("3.50")


def test_a_proration_written_out_again_beside_the_kept_line_bills_its_share_and_keeps_its_cost(db):
    """Feb 1: the month kept (2 x 6.00 = 12.00, cost 2 x 3.50 = 7.00), b's January written out as "Exchange
    Basic 2 x 6.00": the line left with that description is the proration: 2 x 6.00 x 12/31 -> 4.65 (as
    above); its cost stays 1 x 3.50 x 12/31 = 42/31 = 1.3548 -> 1.35. Both written out: the one with the same
    quantity and price (2 x 6.00) is the month, kept at 12.00."""
    w = _world(db)
    run_billing(db, FEB1)
    feb = _draft(db, w, FEB1)
    with unit_of_work(db) as s:
        month = billing_view.draft_lines(s, feb)[0]
        invoices.edit_draft(s, feb, [month, _typed("Exchange Basic", "2", "6.00")])
    assert _lines(db, feb) == [("recurring", D(2), D("6.00"), FEB1, MAR1, D("12.00")),
                               ("proration", D(2), D("6.00"), JAN20, FEB1, D("4.65"))]
    assert (_cost(db, feb, FEB1), _cost(db, feb, JAN20)) == (D("7.00"), D("1.35"))
    with unit_of_work(db) as s:
        invoices.edit_draft(s, feb, [_typed("Exchange Basic", "2", "6.00"), _typed("Exchange Basic", "1", "6.00")])
    # The proration back to 1 user: 1 x 6.00 x 12/31 -> 2.32; the cost still 1.35.
    assert _lines(db, feb) == [("recurring", D(2), D("6.00"), FEB1, MAR1, D("12.00")),
                               ("proration", D(1), D("6.00"), JAN20, FEB1, D("2.32"))]
    assert (_cost(db, feb, FEB1), _cost(db, feb, JAN20)) == (D("7.00"), D("1.35"))


def test_a_modified_invoices_copy_written_out_again_leaves_the_cost_on_the_invoice(db):
    """January issued (1 x 6.00, cost 3.50, which acme's Jan 1 invoice settles), then modified on Jan 10: the
    credit note keeps the cost, the copy accrues none, and its line written out again changes nothing: c1
    accrues 3.50 for January in all. acme's Feb 1 invoice bills February only: 2 users x 3.50 = 7.00 and b's
    Jan 20 to Feb 1, 1 x 3.50 x 12/31 = 1.3548 -> 1.35: 8.35, + 20 % = 1.67, 10.02."""
    w = _world(db)
    run_billing(db, JAN1, issue=True)
    jan = _draft(db, w, JAN1)
    with unit_of_work(db) as s:
        copy = invoices.modify(s, jan, today=date(2026, 1, 10))[1].id
    with unit_of_work(db) as s:
        invoices.edit_draft(s, copy, [_typed("Exchange Basic", "1", "6.00")])
    with unit_of_work(db) as s:
        accrued = sum(a.amount for a in s.scalars(select(Accrual).where(Accrual.company_id == w.companies["c1"])))
    assert accrued == D("3.50")
    run_billing(db, FEB1)
    with unit_of_work(db) as s:
        assert [(i.subtotal, i.tax, i.total) for i in s.scalars(select(Invoice).where(
            Invoice.customer_reseller_id == w.resellers["acme"], Invoice.issue_date == FEB1))] == [
            (D("8.35"), D("1.67"), D("10.02"))]
