"""Credited days, the two remaining paths (both databases): a give-back deferred under a minimum charge before the
invoice that billed its days was credited is not carried onto a later invoice; and a late change's top-up
correction is worked out without the give-backs it leaves out, so that in time and late bill the same.

The rule (app/billing/corrections.py; app/billing/company_bill.py ``_unsettled``, ``_corrections``, ``_carried``):
once a clerk credits an invoice, its credit note gave back the days it billed; a later change that would give
them back again (of the same plan or extra) is left out, with a note to the clerk; what a change adds is charged.
The reseller's cost follows the usage all the same (H8): the credit note keeps it, and the cost of the days a
change ends is given back (in the margin mode the margin rises by as much).

The world (tests/billing_world.py): the hoster sells Archiving at 20.00 EUR a month and Exchange Basic at 6.50 a
user a month directly, tax 20 %; acme sells SharePoint sites at 12.00 a month (tax 19 %) and pays the hoster 8.00
a site (the reseller_bills mode: its cost) or owes it 12.00 - 8.00 = 4.00 a site (the margin mode).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice, InvoiceLine, Status
from app.services import billing_schedule
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build, set_minimum
from tests.test_credited_days_in_time import TEMPLATE, _credit, _outcomes

D = Decimal
JAN10, FEB10, FEB20, MAR10, APR10, MAY10 = (date(2026, 1, 10), date(2026, 2, 10), date(2026, 2, 20),
                                           date(2026, 3, 10), date(2026, 4, 10), date(2026, 5, 10))
JAN15, FEB15, MAR1, MAR15, APR15 = date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 15), \
    date(2026, 4, 15)
ARCHIVING = [(JAN10, "subscribe", {"plan": "archiving"})]
MAILBOXES = [(JAN10, "subscribe", {"plan": "exchange-basic"}),
             (JAN10, "assign", {"plan": "exchange-basic", "user": "ann@x.example"}),
             (JAN10, "assign", {"plan": "exchange-basic", "user": "bob@x.example"})]
SITES = [(JAN15, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})]
WAITING = (Status.DEFERRED.value, Status.CARRIED.value)


def _charged(db, company_id):
    """What the company's documents charge (lines summed, credit notes included, deferred invoices not: their
    lines are on the invoice that took them), and the reseller's accruals but the VAT passed on, summed by kind:
    those a run writes on a credit note included (a bill with nothing to invoice gives back the cost of credited
    days there), while a credit note itself accrues no cost (it keeps it)."""
    with unit_of_work(db) as s:
        lines = sum(s.scalars(select(InvoiceLine.amount).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                              .where(Invoice.company_id == company_id, Invoice.status.not_in(WAITING))), D(0))
        acc: dict = defaultdict(Decimal)
        for kind, amount in s.execute(select(Accrual.kind, Accrual.amount)
                                      .where(Accrual.company_id == company_id, Accrual.line_kind != "vat")):
            acc[kind] += amount
        return lines, dict(acc)


def _invoice(db, company_id, boundary):
    """(status, subtotal, total, [(kind, start, amount) of its lines]) of the company's invoice of ``boundary``."""
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id, Invoice.period_start == boundary,
                                              Invoice.credits_id.is_(None)).order_by(Invoice.id).limit(1)).one()
        lines = [tuple(r) for r in s.execute(select(InvoiceLine.kind, InvoiceLine.start, InvoiceLine.amount)
                                            .where(InvoiceLine.invoice_id == inv.id)
                                            .order_by(InvoiceLine.position))]
        return inv.status, inv.subtotal, inv.total, lines


def test_a_give_back_deferred_before_the_credit_is_not_carried(db):
    # A 30.00 minimum with the defer policy. Archiving and two mailboxes from 10 January: 20.00 + 2 x 6.50 = 33.00
    # a month, over the minimum. Archiving cancelled on 20 February, recorded before the 10 March run. k1's
    # 10 February invoice is credited on 12 March, after its 10 March bill was deferred; k0's (the control) on
    # 15 February, before.
    w = build(db)
    set_minimum(db, "hoster", "EUR", "30.00", "defer")
    k1 = add_company(db, w, "k1", signup=JAN10, events=ARCHIVING + MAILBOXES)
    k0 = add_company(db, w, "k0", signup=JAN10, events=ARCHIVING + MAILBOXES)
    run_billing(db, FEB10, issue=True)
    _credit(db, k0, FEB10, date(2026, 2, 15))
    for code in ("k1", "k0"):
        add_events(db, w, code, [(FEB20, "cancel", {"plan": "archiving"})])
    run_billing(db, MAR10, issue=True)
    number = _credit(db, k1, FEB10, date(2026, 3, 12))
    report = run_billing(db, MAY10, issue=True)

    # k1's 10 March bill: -20.00 x 18/28 = -12.857... -> -12.86 for 20 February - 10 March, and 13.00 in advance:
    # 0.14, under 30.00: deferred. It keeps its lines and its totals (0.14 + 20 % = 0.028 -> 0.03: 0.17).
    status, subtotal, total, lines = _invoice(db, k1, MAR10)
    assert status == "carried" and subtotal == D("0.14") == sum(a for *_, a in lines) and total == D("0.17")
    assert [a for k, _, a in lines if k == "proration"] == [D("-12.86")]
    # 10 April: 13.00 and the 10 March bill's 13.00 (its -12.86 left out: 10 February's credit note gave those
    # days back): 26.00, under 30.00, deferred again. 10 May: 13.00 + 13.00 + 13.00 = 39.00, invoiced: + 7.80 tax.
    for c in (k1, k0):
        status, subtotal, total, lines = _invoice(db, c, MAY10)
        assert (status, subtotal, total) == ("issued", D("39.00"), D("46.80"))
        assert sum(a for *_, a in lines) == D("39.00") and [k for k, *_ in lines if k == "proration"] == []
    # 33.00 + 33.00 - 33.00 (credit note) + 39.00 = 72.00, for both.
    assert _charged(db, k1) == _charged(db, k0) == (D("72.00"), {})
    # The run says so where the days are left out: on the invoice that took them (10 April's deferred invoice
    # totals its own line alone: 13.00 + 2.60).
    reason = TEMPLATE.format(date="2026-02-20", start="2026-02-20", end="2026-03-09", invoice=number)
    assert [(b, o, t, r) for b, o, _, t, r in _outcomes(report, "k1")] == [
        (APR10, "deferred", "15.60", None), (MAY10, "billed", "46.80", reason)]


@pytest.mark.parametrize("mode, kind, accrued, on_april", [
    # acme pays the hoster 8.00 a site. c1: -4.00 (-1 x 8.00 x 14/28) + 16.00 (2 x 8.00), stored with the
    # deferred 15 March invoice, + 16.00 (15 April) = 28.00; the -4.00 stays: the hoster no longer provides the
    # third site from 1 March whatever the customer is given back. c0: 16.00 - 4.00 (the cost of its give-back
    # left out, given back all the same) + 16.00 = 28.00. Nothing on 15 April for 1-15 March.
    ("reseller_bills", "cost", D("28.00"), []),
    # The hoster owes acme 12.00 - 8.00 = 4.00 a site. c1: -2.00 (the give-back's margin, -6.00 - (-4.00)) + 8.00
    # (deferred) + 8.00 (15 April) + 6.00 (on 15 April: the customer's -6.00 left out, so the margin rises by
    # it: -2.00 + 6.00 = +4.00, the cost of the days no longer provided) = 20.00. c0: 8.00 + 4.00 (the give-back
    # left out: its margin -2.00 less the customer's -6.00) + 8.00 = 20.00.
    ("hoster_bills_hoster_processor", "margin", D("20.00"), [("proration", MAR1, D("6.00"))]),
])
def test_a_carried_give_back_left_out_keeps_the_cost_of_the_days_no_longer_provided(db, mode, kind, accrued,
                                                                                     on_april):
    # acme's 30.00 minimum with the defer policy. c1 and c0 (the control): 3 sites from 15 January, 36.00 a month;
    # two sites from 1 March, recorded before the 15 March run. c1's 15 February invoice is credited on
    # 20 March (after its 15 March bill was deferred), c0's on 20 February (before).
    w = build(db, acme_mode=mode)
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "30.00", "defer")
    three = [(JAN15, "subscribe", {"plan": "sharepoint-sites", "quantity": 3})]
    c1 = add_company(db, w, "c1", reseller="acme", signup=JAN15, events=three)
    c0 = add_company(db, w, "c0", reseller="acme", signup=JAN15, events=three)
    run_billing(db, FEB15, issue=True)
    _credit(db, c0, FEB15, date(2026, 2, 20))
    for code in ("c1", "c0"):
        add_events(db, w, code, [(MAR1, "quantity", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, MAR15, issue=True)
    _credit(db, c1, FEB15, date(2026, 3, 20))
    run_billing(db, APR15, issue=True)

    # c1 on 15 March: -1 x 12.00 x 14/28 = -6.00 and 2 x 12.00 = 24.00 in advance: 18.00, deferred; its accruals
    # for the -6.00 and the 24.00 (cost -4.00 and 16.00; margin -2.00 and 8.00). 15 April: 24.00 and the deferred
    # 24.00 (its -6.00 left out): 48.00, over the minimum, + 19 % = 9.12: 57.12.
    assert _invoice(db, c1, MAR15)[1] == D("18.00")
    for c in (c1, c0):
        status, subtotal, total, lines = _invoice(db, c, APR15)
        assert (status, subtotal, total) == ("issued", D("48.00"), D("57.12"))
        assert [k for k, *_ in lines if k == "proration"] == []
    # The accruals of the 15 March and 15 April invoices (the parameters): the same for c1 and c0, 2 sites for
    # two months and the third site's 1-15 March no longer provided (cost 32.00 - 4.00; margin 16.00 + 4.00).
    with unit_of_work(db) as s:
        for c in (c1, c0):
            ids = s.scalars(select(Invoice.id).where(Invoice.company_id == c,
                                                     Invoice.period_start.in_([MAR15, APR15]),
                                                     Invoice.credits_id.is_(None))).all()
            amounts = s.scalars(select(Accrual.amount).where(Accrual.invoice_id.in_(ids), Accrual.kind == kind,
                                                             Accrual.line_kind != "vat")).all()
            assert sum(amounts, D(0)) == accrued
    # c1's accrual for the give-back left out, on the 15 April invoice: none in the cost mode (the cost given
    # back stays); in the margin mode +6.00, the customer's part.
    with unit_of_work(db) as s:
        apr = s.scalar(select(Invoice.id).where(Invoice.company_id == c1, Invoice.period_start == APR15,
                                                Invoice.credits_id.is_(None)))
        assert [tuple(r) for r in s.execute(select(Accrual.line_kind, Accrual.start, Accrual.amount).where(
            Accrual.invoice_id == apr, Accrual.line_kind == "proration"))] == on_april


def test_a_late_cancellation_tops_up_as_one_in_time(db):
    # The brief's case: the hoster's 30.00 minimum with top-up; Archiving (20.00 a month) from 10 January,
    # topped up by 10.00; 10 February's invoice credited on 15 February; cancelled on 20 February, recorded in
    # time for k0, after the 10 March run for k1.
    w = build(db)
    set_minimum(db, "hoster", "EUR", "30.00", "top_up")
    k1 = add_company(db, w, "k1", signup=JAN10, events=ARCHIVING)
    k0 = add_company(db, w, "k0", signup=JAN10, events=ARCHIVING)
    run_billing(db, FEB10, issue=True)
    number = _credit(db, k1, FEB10, date(2026, 2, 15))
    _credit(db, k0, FEB10, date(2026, 2, 15))
    add_events(db, w, "k0", [(FEB20, "cancel", {"plan": "archiving"})])
    run_billing(db, MAR10, issue=True)
    add_events(db, w, "k1", [(FEB20, "cancel", {"plan": "archiving"})])
    report = run_billing(db, APR10, issue=True)

    # k1 on 10 April corrects 10 March's 20.00 + 10.00: -20.00 for 10 March - 10 April, and its top-up, weighed
    # without the -12.86 left out (as in time): 0.00 now (nothing charged) - 10.00 then = -10.00. -30.00 - 6.00
    # tax = -36.00.
    assert _invoice(db, k1, APR10)[1:] == (D("-30.00"), D("-36.00"), [
        ("correction", MAR10, D("-20.00")), ("minimum", MAR10, D("-10.00"))])
    # Both: 30.00 + 30.00 - 30.00 = 30.00 (k1: + 30.00 - 30.00); not 40.00 (the top-up left out with the -12.86).
    assert _charged(db, k1) == _charged(db, k0) == (D("30.00"), {})
    assert [(b, r) for b, *_, r in _outcomes(report, "k1")] == [(APR10, TEMPLATE.format(
        date="2026-02-20", start="2026-02-20", end="2026-03-09", invoice=number))]


# (change on 1 March, credited?, what c1's documents charge in all, acme's cost in all) under acme's 30.00
# minimum with top-up, recorded in time and late. 2 sites from 15 January at 12.00 (cost 8.00): 24.00 topped up by
# 6.00 to 30.00. The runs of 15 February, the credit (or not) on 20 February, of 15 March and of 15 April. The cost
# is all acme's accruals: the credit note keeps the cost (it accrues none), the change gives back the cost of the
# days it ends, credited or not (so the cost is the same credited or not), on the credit note when the bill has
# nothing else to invoice. A top-up costs nothing.
SAME = [
    # Credited, cancelled. In time: 30 + 30 - 30, nothing on 15 March (the -12.00 for 1-15 March left out) =
    # 30.00; cost 16 + 16 - 8 (-2 x 8.00 x 14/28, on the credit note) = 24.00. Late: + 30 (15 March) - 24
    # (correction) - 6 (top-up: 0 now - 6 then) = 30.00; cost 16 + 16 + 16 - 16 - 8 (1-15 March) = 24.00.
    ("cancel", {"plan": "sharepoint-sites"}, True, D("30.00"), D("24.00")),
    # Credited, a third site. In time: 30 + 30 - 30 + (6 + 36, no top-up) + 36 = 108.00; cost 16 + 16 + 4 + 24
    # + 24 = 84.00. Late: 30 + 30 - 30 + 30 + (36 + 6 + 12 - 6) = 108.00; cost 16 + 16 + 16 + 24 + (4 + 8) = 84.00.
    ("quantity", {"plan": "sharepoint-sites", "quantity": 3}, True, D("108.00"), D("84.00")),
    # Credited, one site. In time: 30 + 30 - 30 + (12 + 18: the -6.00 left out, the 12.00 topped up) + (12 + 18)
    # = 90.00; cost 16 + 16 + (8 - 4: -1 x 8.00 x 14/28 given back all the same) + 8 = 44.00. Late: 30 + 30 - 30
    # + 30 + (12 + 18) + (-12 correction, the -6.00 left out) + (top-up 18 now - 6 then = +12) = 90.00; cost 16
    # + 16 + 16 + 8 - 8 - 4 = 44.00.
    ("quantity", {"plan": "sharepoint-sites", "quantity": 1}, True, D("90.00"), D("44.00")),
    # Not credited, cancelled. In time: 30 + 30 - 12.00 (-2 x 12.00 x 14/28; no charge, no top-up) = 48.00; cost
    # 16 + 16 - 8 = 24.00. Late: 30 + 30 + 30 - 12 - 24 - 6 = 48.00; cost 16 + 16 + 16 - 8 - 16 = 24.00.
    ("cancel", {"plan": "sharepoint-sites"}, False, D("48.00"), D("24.00")),
    # Not credited, one site. In time: 30 + 30 + (-6 + 12 + 18) + (12 + 18) = 114.00; cost 16 + 16 - 4 + 8 + 8
    # = 44.00. Late: 30 + 30 + 30 + (12 + 18) - 6 - 12 + (18 - 6) = 114.00; cost 16 + 16 + 16 + 8 - 4 - 8 = 44.00.
    ("quantity", {"plan": "sharepoint-sites", "quantity": 1}, False, D("114.00"), D("44.00")),
]


@pytest.mark.parametrize("typ, fields, credited, charged, cost", SAME)
def test_in_time_and_late_recording_bill_the_same_under_a_top_up(db, typ, fields, credited, charged, cost):
    w = build(db)
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "30.00", "top_up")
    t1 = add_company(db, w, "t1", reseller="acme", signup=JAN15, events=SITES)  # the change recorded in time
    l1 = add_company(db, w, "l1", reseller="acme", signup=JAN15, events=SITES)  # the same, recorded late
    run_billing(db, FEB15, issue=True)
    if credited:
        for c in (t1, l1):
            _credit(db, c, FEB15, date(2026, 2, 20))
    add_events(db, w, "t1", [(MAR1, typ, fields)])
    run_billing(db, MAR15, issue=True)
    add_events(db, w, "l1", [(MAR1, typ, fields)])  # dated before 15 March, billed: late
    run_billing(db, APR15, issue=True)

    assert _charged(db, t1) == _charged(db, l1) == (charged, {"cost": cost})


def test_a_carried_give_back_of_units_added_meanwhile_is_cut_down_not_left_out(db):
    # acme's 30.00 minimum with the defer policy. c1 and c0 (the control): 2 sites (12.00, cost 8.00) and Ann's
    # mailbox (6.00, cost 3.50) from 15 January: 30.00 a month. A third site from 22 February, and one site left
    # from 1 March, recorded before the 15 March run. c1's 15 February invoice (2 sites) credited on 20 March,
    # after its 15 March bill was deferred; c0's on 20 February, before.
    w = build(db)
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "30.00", "defer")
    events = SITES + [(JAN15, "subscribe", {"plan": "exchange-basic"}),
                      (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@c.example"})]
    c1 = add_company(db, w, "c1", reseller="acme", signup=JAN15, events=events)
    c0 = add_company(db, w, "c0", reseller="acme", signup=JAN15, events=events)
    run_billing(db, FEB15, issue=True)
    _credit(db, c0, FEB15, date(2026, 2, 20))
    for code in ("c1", "c0"):
        add_events(db, w, code, [(date(2026, 2, 22), "quantity", {"plan": "sharepoint-sites", "quantity": 3}),
                                 (MAR1, "quantity", {"plan": "sharepoint-sites", "quantity": 1})])
    run_billing(db, MAR15, issue=True)
    _credit(db, c1, FEB15, date(2026, 3, 20))
    run_billing(db, APR15, issue=True)

    # c1 on 15 March: +1 x 12.00 x 21/28 = 9.00, -2 x 12.00 x 14/28 = -12.00, 12.00 + 6.00 in advance: 15.00,
    # deferred. 15 April: 18.00 and the deferred lines with the -12.00 cut down to the site added on 22 February
    # (the credited invoice never billed it): -1 x 12.00 x 14/28 = -6.00; 18.00 + 9.00 - 6.00 + 18.00 = 39.00,
    # + 19 % = 7.41: 46.41. c0 the same (its 15 March bill: 9.00 - 6.00 + 18.00 = 21.00, deferred).
    assert _invoice(db, c1, MAR15)[1] == D("15.00")
    for c in (c1, c0):
        status, subtotal, total, lines = _invoice(db, c, APR15)
        assert (status, subtotal, total) == ("issued", D("39.00"), D("46.41"))
        assert sorted(a for k, _, a in lines if k == "proration") == [D("-6.00"), D("9.00")]
    # acme's cost on the 15 March and 15 April invoices, which follows the usage whatever the customer is given
    # back: c1: 6.00 (+1 x 8.00 x 21/28) - 8.00 (-2 x 8.00 x 14/28) + 11.50 (8.00 + 3.50) stored with the deferred
    # invoice, 11.50 (15 April), nothing more for the -12.00 cut down (both sites' 1-15 March are no longer
    # provided) = 21.00; c0: 6.00 - 4.00 (the give-back kept) - 4.00 (the one left out, its cost given back all
    # the same) + 11.50 + 11.50 = 21.00.
    with unit_of_work(db) as s:
        for c in (c1, c0):
            ids = s.scalars(select(Invoice.id).where(Invoice.company_id == c,
                                                     Invoice.period_start.in_([MAR15, APR15]),
                                                     Invoice.credits_id.is_(None))).all()
            assert sum(s.scalars(select(Accrual.amount).where(Accrual.invoice_id.in_(ids))), D(0)) == D("21.00")


def test_a_carried_give_back_cut_down_after_a_billing_day_change_is_a_share_of_the_new_term(db):
    """A 30.00 minimum with the defer policy. d1 and d0 (the control): 10 mailboxes (6.50 a user) from 15 January;
    the billing day moves from 15 to 1 from 1 March, so the period from 15 March ends on 1 April: 17 days of the
    31-day term 1 March - 1 April. An 11th user from 20 March, the first 10 gone on 25 March, and a one-off
    extra of 20.00 on 25 March, all recorded before the runs. d1's 15 March invoice is credited on 2 April, after
    its 1 April bill was deferred; d0's on 20 March, before.

    15 March: 10 x 6.50 x 17/31 = 35.645... -> 35.65, invoiced. d1 on 1 April: 1 x 6.50 = 6.50 in advance,
    +1 x 6.50 x 12/31 = 2.516... -> 2.52, -10 x 6.50 x 7/31 = -14.677... -> -14.68, 20.00: 14.34, deferred.
    1 May: 6.50 and the deferred lines, the -10 cut down to the user added on 20 March (the credited invoice never
    billed him), a share of the term as the 1 April bill gave it: -1 x 6.50 x 7/31 = -1.467... -> -1.47 (not
    7/17 of the 17-day period: -2.676... -> -2.68); 6.50 + 6.50 + 2.52 - 1.47 + 20.00 = 34.05, + 20 % = 6.81:
    40.86. d0 the same: its 1 April bill is 6.50 + 2.52 - 1.47 + 20.00 = 27.55, deferred, then 27.55 + 6.50."""
    w = build(db)
    set_minimum(db, "hoster", "EUR", "30.00", "defer")
    events = [(JAN15, "subscribe", {"plan": "exchange-basic"})]
    events += [(JAN15, "assign", {"plan": "exchange-basic", "user": f"u{i}@d.example"}) for i in range(10)]
    events += [(date(2026, 3, 20), "assign", {"plan": "exchange-basic", "user": "u10@d.example"})]
    events += [(date(2026, 3, 25), "unassign", {"plan": "exchange-basic", "user": f"u{i}@d.example"})
               for i in range(10)]
    events += [(date(2026, 3, 25), "extra", {"code": "setup", "amount": D("20.00"), "recurring": False,
                                             "description": {"en": "Setup"}})]
    d1 = add_company(db, w, "d1", signup=JAN15, events=events)
    d0 = add_company(db, w, "d0", signup=JAN15, events=events)
    with unit_of_work(db) as s:
        for code in ("d1", "d0"):
            billing_schedule.change_billing_day(s, code, 1, on=MAR1)
    run_billing(db, MAR15, issue=True)
    _credit(db, d0, MAR15, date(2026, 3, 20))
    run_billing(db, date(2026, 4, 1), issue=True)
    _credit(db, d1, MAR15, date(2026, 4, 2))
    run_billing(db, date(2026, 5, 1), issue=True)

    assert _invoice(db, d1, MAR15)[1] == D("35.65")
    assert _invoice(db, d1, date(2026, 4, 1))[:2] == ("carried", D("14.34"))
    assert _invoice(db, d0, date(2026, 4, 1))[:2] == ("carried", D("27.55"))
    for c in (d1, d0):
        status, subtotal, total, lines = _invoice(db, c, date(2026, 5, 1))
        assert (status, subtotal, total) == ("issued", D("34.05"), D("40.86"))
        assert sorted(a for k, _, a in lines if k == "proration") == [D("-1.47"), D("2.52")]
