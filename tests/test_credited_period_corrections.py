"""A late change into days whose invoice was credited is not corrected again (both databases).

The rule (app/billing/corrections.py): the days a credited invoice billed were settled by hand, by its credit
note (and, after ``invoices modify``, by the copy the clerk edited): a change recorded late and dated into them
is not corrected on the next invoice for the customer, and the run says so. The reseller's cost follows the
usage all the same (H8): the credit note keeps it (the hoster provided those days), and the cost of the days the
change ends is given back (on the credit note when the bill has nothing else to invoice). The days of invoices
that still stand are corrected as before.

The world (tests/billing_world.py): acme sells SharePoint sites at 12.00 a month (19 % tax) and pays the hoster
8.00 a site (the hoster's 20 %); the hoster sells archiving at 20.00 a month directly. The companies sign up on
15 January 2026 and are billed on the 15th, in advance.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice, InvoiceLine
from app.services import billing_view, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build, set_minimum

D = Decimal
JAN15, FEB15, MAR1, MAR15, APR1 = (date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 15),
                                   date(2026, 4, 1))


def _invoice_of(db, company_id, boundary):
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == company_id, Invoice.period_start == boundary,
                                                  Invoice.credits_id.is_(None))
                         .order_by(Invoice.id).limit(1)).one()


def _corrections(db, company_id):
    """(start, end, quantity, amount) of the company's correction lines, on any invoice."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(InvoiceLine.start, InvoiceLine.end, InvoiceLine.quantity, InvoiceLine.amount)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.company_id == company_id, InvoiceLine.kind == "correction")
            .order_by(InvoiceLine.start, Invoice.id))]


def _charged(db, company_id):
    """What the company's documents charge in all (their lines summed, credit notes included), and the
    reseller's accruals for it summed by kind."""
    with unit_of_work(db) as s:
        lines = sum(s.scalars(select(InvoiceLine.amount).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                              .where(Invoice.company_id == company_id)), D(0))
        acc: dict = defaultdict(Decimal)
        for kind, amount in s.execute(select(Accrual.kind, Accrual.amount).where(Accrual.company_id == company_id)):
            acc[kind] += amount
        return lines, dict(acc)


def _reasons(report, code):
    return [o.reason for o in report.outcomes if o.code == code and o.reason]


def _acme_world(db):
    w = build(db)
    c = add_company(db, w, "c1", reseller="acme", signup=JAN15, events=[
        (JAN15, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, MAR1, issue=True)  # c1 on 15 January and 15 February: 2 x 12.00 = 24.00 each
    return w, c


def test_a_late_cancellation_into_a_credited_month_is_not_given_back_again(db):
    w, c = _acme_world(db)
    add_events(db, w, "c1", [(FEB15, "cancel", {"plan": "sharepoint-sites"})])  # recorded late
    with unit_of_work(db) as s:
        invoices.credit(s, _invoice_of(db, c, FEB15), date(2026, 2, 20))  # the clerk credits 15 February in full
    report = run_billing(db, APR1, issue=True)

    # Nothing corrects 15 February - 15 March: its invoice's credit note gave back the 24.00 already.
    assert _corrections(db, c) == []
    # 24.00 (January) + 24.00 (February) - 24.00 (its credit note) = 24.00: January alone, as cancelled on 15 Feb.
    # acme's cost: 16.00 + 16.00 (the credit note keeps it) - 16.00 (the cancellation's: 15 February - 15 March no
    # longer provided, -2 x 8.00, on the credit note: nothing else to bill) = 16.00: 2 x 8.00 for January alone.
    assert _charged(db, c) == (D("24.00"), {"cost": D("16.00")})
    with unit_of_work(db) as s:
        to_acme = [(i.kind, i.subtotal, i.tax, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.customer_reseller_id == w.resellers["acme"], Invoice.issue_date == APR1))]
    # The cost given back once: -16.00, + 20 % = -3.20, -19.20 (not twice: -38.40).
    assert to_acme == [("credit_note", D("-16.00"), D("-3.20"), D("-19.20"))]
    # The run says why in words, naming the credited invoice.
    [reason] = _reasons(report, "c1")
    assert "2026-02-15" in reason and "credited" in reason


def test_the_days_of_an_invoice_that_still_stands_are_corrected(db):
    """Cancelled on 1 March, recorded after 15 March was billed; 15 February's invoice credited: the days
    1-15 March it billed are not given back (its credit note did), the month from 15 March is."""
    w, c = _acme_world(db)
    run_billing(db, MAR15, issue=True)  # 15 March: 24.00
    add_events(db, w, "c1", [(MAR1, "cancel", {"plan": "sharepoint-sites"})])
    with unit_of_work(db) as s:
        invoices.credit(s, _invoice_of(db, c, FEB15), date(2026, 3, 20))
    run_billing(db, date(2026, 4, 15), issue=True)

    # Not -2 x 12.00 x 14/28 = -12.00 for 1-15 March (credited), only the month from 15 March: -2 x 12.00.
    assert _corrections(db, c) == [(MAR15, date(2026, 4, 15), D(-2), D("-24.00"))]
    # 24.00 + 24.00 - 24.00 + 24.00 - 24.00 = 24.00 (January). acme's cost follows the usage: 16.00 + 16.00 (kept
    # by the credit note) + 16.00 - 16.00 (the month from 15 March) - 8.00 (1-15 March no longer provided,
    # -2 x 8.00 x 14/28, given back though the customer's -12.00 is left out) = 24.00: 15 January - 1 March.
    assert _charged(db, c) == (D("24.00"), {"cost": D("24.00")})


def test_a_modified_invoice_whose_copy_reflects_the_change_is_not_corrected_again(db):
    w, c = _acme_world(db)
    add_events(db, w, "c1", [(FEB15, "quantity", {"plan": "sharepoint-sites", "quantity": 1})])  # recorded late
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, _invoice_of(db, c, FEB15), date(2026, 2, 20))
        copy = copy.id
    with unit_of_work(db) as s:  # the clerk writes 1 site on the copy: 12.00 + 19 % = 14.28
        lines = [replace(ln, quantity=D(1), amount=None) for ln in billing_view.draft_lines(s, copy)]
        invoices.edit_draft(s, copy, lines)
        invoices.issue(s, copy, date(2026, 2, 20))
        assert s.get(Invoice, copy).total == D("14.28")
    run_billing(db, APR1, issue=True)  # 15 March: 1 site

    assert _corrections(db, c) == []
    # 24.00 (Jan) + 24.00 - 24.00 + 12.00 (Feb: invoice, credit note, copy) + 12.00 (March, 1 site) = 48.00;
    # acme: 16.00 + 16.00 (the note keeps it, the copy accrues none) - 8.00 (the site no longer provided from
    # 15 February, given back by the late change) + 8.00 = 32.00 (2, 1 and 1 sites at 8.00).
    assert _charged(db, c) == (D("48.00"), {"cost": D("32.00")})


def test_a_direct_company_is_not_given_back_a_credited_month_twice(db):
    w = build(db)  # the hoster sells archiving at 20.00 a month, tax 20 %
    c = add_company(db, w, "d1", signup=JAN15, events=[(JAN15, "subscribe", {"plan": "archiving"})])
    run_billing(db, MAR1, issue=True)  # 15 January, 15 February: 20.00 each
    add_events(db, w, "d1", [(FEB15, "cancel", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        invoices.credit(s, _invoice_of(db, c, FEB15), date(2026, 2, 20))
    report = run_billing(db, APR1, issue=True)

    assert _corrections(db, c) == []
    assert _charged(db, c) == (D("20.00"), {})  # 20.00 + 20.00 - 20.00: January alone
    assert len(_reasons(report, "d1")) == 1


def test_without_a_credit_the_late_change_is_corrected_as_before(db):
    """The control: nothing credited, the late cancellation gives back the month from 15 February once."""
    w, c = _acme_world(db)
    add_events(db, w, "c1", [(FEB15, "cancel", {"plan": "sharepoint-sites"})])
    report = run_billing(db, APR1, issue=True)
    assert _corrections(db, c) == [(FEB15, MAR15, D(-2), D("-24.00"))]  # -2 x 12.00
    assert _charged(db, c) == (D("24.00"), {"cost": D("16.00")})  # 24 + 24 - 24; 16 + 16 - 16
    assert _reasons(report, "c1") == []


def test_a_credited_correction_invoice_settles_the_days_it_corrected(db):
    """A late extra site from 15 February, corrected (+12.00) on the 15 March invoice, which the clerk credits;
    then a late cancellation from 15 February: the month it corrected is not given back again."""
    w, c = _acme_world(db)
    add_events(db, w, "c1", [(FEB15, "quantity", {"plan": "sharepoint-sites", "quantity": 3})])
    run_billing(db, MAR15, issue=True)  # 15 March: 3 x 12.00 = 36.00, and +1 x 12.00 for 15 Feb - 15 Mar
    assert _corrections(db, c) == [(FEB15, MAR15, D(1), D("12.00"))]
    with unit_of_work(db) as s:
        invoices.credit(s, _invoice_of(db, c, MAR15), date(2026, 3, 20))  # 48.00 credited
    add_events(db, w, "c1", [(FEB15, "cancel", {"plan": "sharepoint-sites"})])
    run_billing(db, date(2026, 4, 15), issue=True)

    # Only the 12.00 correction (credited since) stays on record: nothing new for 15 Feb - 15 Mar (its days are
    # settled by hand) nor 15 March - 15 April (its invoice credited too).
    assert _corrections(db, c) == [(FEB15, MAR15, D(1), D("12.00")), (FEB15, MAR15, D(-1), D("-12.00"))]
    # 24.00 + 24.00 + (36.00 + 12.00) - (36.00 + 12.00) = 48.00: January and February as invoiced, nothing else.
    # acme's cost follows the usage: 16.00 + 16.00 + (24.00 + 8.00) (the credit note keeps them) - 3 x 8.00
    # (15 February - 15 March) - 3 x 8.00 (15 March - 15 April), neither provided after the cancellation, given
    # back though the customer is given nothing more = 16.00: January's 2 sites alone.
    assert _charged(db, c) == (D("48.00"), {"cost": D("16.00")})


def test_a_credited_months_top_up_is_not_corrected_either(db):
    """Under the hoster's 30.00 minimum (top_up), archiving at 20.00 is topped up by 10.00 a month; the
    15 February invoice (20.00 + 10.00) credited, a late cancellation from 15 February corrects neither the
    line nor the top-up."""
    w = build(db)
    set_minimum(db, "hoster", "EUR", "30.00", "top_up")
    c = add_company(db, w, "m1", signup=JAN15, events=[(JAN15, "subscribe", {"plan": "archiving"})])
    run_billing(db, MAR1, issue=True)  # 15 January, 15 February: 20.00 + 10.00 each
    add_events(db, w, "m1", [(FEB15, "cancel", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        invoices.credit(s, _invoice_of(db, c, FEB15), date(2026, 2, 20))
    run_billing(db, APR1, issue=True)

    assert _corrections(db, c) == []
    with unit_of_work(db) as s:
        minimum_lines = list(s.scalars(select(InvoiceLine.amount).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                                       .where(Invoice.company_id == c, InvoiceLine.kind == "minimum")))
    assert sorted(minimum_lines) == [D("-10.00"), D("10.00"), D("10.00")]  # January's, February's and its credit
    assert _charged(db, c) == (D("30.00"), {})  # 30.00 + 30.00 - 30.00: January alone
