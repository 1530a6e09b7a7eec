"""A change recorded in time that gives back days whose invoice was credited is not prorated on the next invoice
(both databases); what a change adds is charged.

The rule (app/billing/corrections.py, app/billing/company_bill.py ``_unsettled``): the days a credited invoice
billed were settled by hand by its credit note. A change recorded late is not corrected for them
(tests/test_credited_period_corrections.py); a change recorded in time, before the run of the next boundary, is
not prorated for them either: the proration line that gives them back is left out of the customer's bill, and
the run says so in the same words. A proration that charges (an upgrade) stands: the credited invoice never
billed what the change adds. So a change bills the same whether it was recorded in time or late.

The reseller's side (H8): what the hoster provided is owed whatever the reseller's documents say. The credit note
keeps the reseller's cost (in the margin mode its margin for those days becomes minus the cost); only usage
changes it: the cost of the days a change ends is given back all the same (cost mode: a negative cost; margin
mode: the margin rises by that cost), on the credit note that credited those days when the bill has nothing
else to invoice (``_provided``, ``_homed``).

The world (tests/billing_world.py): the hoster sells Archiving at 20.00 EUR (2,500 JPY) a month and Exchange Basic
at 6.50 a user a month directly, tax 20 %; acme sells SharePoint sites at 12.00 a month (tax 19 %) and pays the
hoster 8.00 a site.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice, InvoiceLine
from app.services import invoices, moves
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build, set_minimum
from tests.test_credited_period_corrections import _charged

D = Decimal
JAN10, FEB10, FEB20, MAR10, MAR20, APR10 = (date(2026, 1, 10), date(2026, 2, 10), date(2026, 2, 20),
                                           date(2026, 3, 10), date(2026, 3, 20), date(2026, 4, 10))
JAN15, FEB15, MAR1, MAR15, APR15 = (date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 15),
                                    date(2026, 4, 15))
ARCHIVING = [(JAN10, "subscribe", {"plan": "archiving"})]
SITES = [(JAN15, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})]
ANN = [(JAN10, "subscribe", {"plan": "exchange-basic"}),  # Ann's Exchange mailbox from 10 January
       (JAN10, "assign", {"plan": "exchange-basic", "user": "ann@d1.example"})]
TEMPLATE = ("a change dated {date}, recorded after its period was billed, is not corrected for {start} to {end}: "
            "invoice {invoice} billed those days and was credited since, so its credit note (or the invoice that "
            "replaced it) settled them; bill or credit by hand what the change makes due")


def _invoice_of(db, company_id, boundary):
    with unit_of_work(db) as s:
        return s.execute(select(Invoice.id, Invoice.number).where(
            Invoice.company_id == company_id, Invoice.period_start == boundary, Invoice.credits_id.is_(None))
            .order_by(Invoice.id).limit(1)).one()


def _credit(db, company_id, boundary, day):
    """The clerk credits the company's invoice of ``boundary`` in full on ``day``; its number."""
    iid, number = _invoice_of(db, company_id, boundary)
    with unit_of_work(db) as s:
        invoices.credit(s, iid, day)
    return number


def _lines(db, company_id, kind):
    """(start, end, quantity, amount) of the company's lines of ``kind``, on any invoice but credit notes of
    credited ones."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(InvoiceLine.start, InvoiceLine.end, InvoiceLine.quantity, InvoiceLine.amount)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.company_id == company_id, InvoiceLine.kind == kind, Invoice.credits_id.is_(None))
            .order_by(InvoiceLine.start, Invoice.id))]


def _outcomes(report, code):
    return [(o.boundary, o.outcome, o.currency, o.total, o.reason) for o in report.outcomes if o.code == code]


def test_a_cancellation_into_a_credited_month_is_not_given_back_again(db):
    # The review's case: 10 February's advance, 20.00 (+ 20 % = 24.00) for 10 February - 10 March, credited in
    # full on 15 February; a cancellation dated 20 February recorded before the 10 March run. k0, the control,
    # is the same company without the credit.
    w = build(db)
    k1 = add_company(db, w, "k1", signup=JAN10, events=ARCHIVING)
    k0 = add_company(db, w, "k0", signup=JAN10, events=ARCHIVING)
    run_billing(db, FEB10, issue=True)  # 10 January and 10 February: 20.00 each
    number = _credit(db, k1, FEB10, date(2026, 2, 15))
    add_events(db, w, "k1", [(FEB20, "cancel", {"plan": "archiving"})])
    add_events(db, w, "k0", [(FEB20, "cancel", {"plan": "archiving"})])
    report = run_billing(db, MAR10, issue=True)

    # The control gives back 18 of 28 days: -20.00 x 18/28 = -12.857... -> -12.86.
    assert _lines(db, k0, "proration") == [(FEB20, MAR10, D(-1), D("-12.86"))]
    # k1: nothing (its credit note gave back the 20.00 already); no advance either: nothing to bill on 10 March.
    assert _lines(db, k1, "proration") == []
    # 20.00 (January) + 20.00 (February) - 20.00 (its credit note) = 20.00.
    assert _charged(db, k1) == (D("20.00"), {})
    # The run says why, in the late path's words: the change's date, its days (20 February to 9 March, the day
    # before 10 March) and the credited invoice.
    reason = TEMPLATE.format(date="2026-02-20", start="2026-02-20", end="2026-03-09", invoice=number)
    assert _outcomes(report, "k1") == [(MAR10, "nothing", "EUR", "0.00", reason)]
    assert [n for n in report.as_json()["notes"] if n["company"] == "k1"] == [
        {"company": "k1", "boundary": "2026-03-10", "currency": "EUR", "total": "0.00", "kind": None,
         "reason": reason}]
    assert [o.reason for o in report.outcomes if o.code == "k0"] == [None]


def test_only_the_credited_invoices_days_are_settled(db):
    # Archiving and Ann's mailbox from 10 January: 20.00 + 6.50 = 26.50 a month. The 10 February invoice is
    # credited; Archiving is cancelled on 20 February and Ann's mailbox on 20 March, each recorded before the run
    # that bills it (one run billing 10 March and 10 April).
    w = build(db)
    d1 = add_company(db, w, "d1", signup=JAN10, events=ARCHIVING + ANN)
    run_billing(db, FEB10, issue=True)
    number = _credit(db, d1, FEB10, date(2026, 2, 15))
    add_events(db, w, "d1", [(FEB20, "cancel", {"plan": "archiving"}),
                             (MAR20, "unassign", {"plan": "exchange-basic", "user": "ann@d1.example"})])
    report = run_billing(db, APR10, issue=True)

    # 20 February - 10 March, billed by the credited invoice: not given back (not -20.00 x 18/28 = -12.86).
    # 20 March - 10 April, billed by 10 March's invoice, which stands: -6.50 x 21/31 = -4.403... -> -4.40.
    assert _lines(db, d1, "proration") == [(MAR20, APR10, D(-1), D("-4.40"))]
    # 10 March: Ann's mailbox, 6.50 (+ 1.30 = 7.80); 10 April: -4.40 (- 0.88 = -5.28).
    assert [(b, o, t) for b, o, _, t, _ in _outcomes(report, "d1")] == [(MAR10, "billed", "7.80"),
                                                                         (APR10, "billed", "-5.28")]
    # 26.50 + 26.50 - 26.50 + 6.50 - 4.40 = 28.60.
    assert _charged(db, d1) == (D("28.60"), {})
    # The note is on 10 March's bill alone.
    assert [r for *_, r in _outcomes(report, "d1")] == [
        TEMPLATE.format(date="2026-02-20", start="2026-02-20", end="2026-03-09", invoice=number), None]


def test_an_upgrade_into_a_credited_month_is_charged(db):
    # acme's c1 and c0 (the control): 2 sites from 15 January; c1's 15 February invoice (2 x 12.00) credited;
    # a third site from 1 March, recorded before the 15 March run.
    w = build(db)
    c1 = add_company(db, w, "c1", reseller="acme", signup=JAN15, events=SITES)
    c0 = add_company(db, w, "c0", reseller="acme", signup=JAN15, events=SITES)
    run_billing(db, FEB15, issue=True)
    _credit(db, c1, FEB15, date(2026, 2, 20))
    for code in ("c1", "c0"):
        add_events(db, w, code, [(MAR1, "quantity", {"plan": "sharepoint-sites", "quantity": 3})])
    report = run_billing(db, MAR15, issue=True)

    # Both: +1 x 12.00 x 14/28 = +6.00 for 1-15 March (the credited invoice billed two sites, never the third),
    # then 3 x 12.00 = 36.00 in advance.
    for c in (c0, c1):
        assert _lines(db, c, "proration") == [(MAR1, MAR15, D(1), D("6.00"))]
        assert _lines(db, c, "recurring")[-1] == (MAR15, APR15, D(3), D("36.00"))
    # c1: 24.00 + 24.00 - 24.00 + 6.00 + 36.00 = 66.00; acme's cost 16.00 + 16.00 (the credit note keeps it: the
    # two sites were provided) + 1 x 8.00 x 14/28 (4.00) + 3 x 8.00 (24.00) = 60.00. Nothing is left to the clerk.
    assert _charged(db, c1) == (D("66.00"), {"cost": D("60.00")})
    assert [r for *_, r in _outcomes(report, "c1")] == [None]


@pytest.mark.parametrize("mode, kind, total, given_back", [
    # acme pays the hoster 2 x 8.00 a month: 16.00 (January) + 16.00 (February, kept by the credit note)
    # - 8.00 (1-15 March given back: -2 x 8.00 x 14/28) = 24.00, the cost of 15 January - 1 March.
    ("reseller_bills", "cost", D("24.00"), D("-8.00")),
    # The hoster owes acme 2 x (12.00 - 8.00) = 8.00 a month and passes on the VAT it collected in acme's name,
    # 19 % of 24.00 = 4.56. January 8.00 + 4.56; February 8.00 + 4.56; the credit note: each line's amount as
    # margin, -24.00, and its VAT -4.56 (the margin for February is 8.00 - 24.00 = -16.00, minus its cost); the
    # cancellation: the margin rises by the cost of 1-15 March no longer provided, +8.00 (the give-back's margin
    # -12.00 - (-8.00) = -4.00, less the customer's -12.00 left out). 8.00 + 4.56 + 8.00 + 4.56 - 24.00 - 4.56
    # + 8.00 = 4.56: what the customer paid net (24.00) less the cost (24.00), and the VAT (4.56).
    ("hoster_bills_hoster_processor", "margin", D("4.56"), D("8.00")),
])
def test_the_resellers_cost_of_the_credited_days_no_longer_provided_is_given_back(db, mode, kind, total,
                                                                                    given_back):
    # acme's c1: 2 sites from 15 January; 15 February's invoice credited; cancelled on 1 March, recorded in time.
    w = build(db, acme_mode=mode)
    c1 = add_company(db, w, "c1", reseller="acme", signup=JAN15, events=SITES)
    run_billing(db, FEB15, issue=True)
    _credit(db, c1, FEB15, date(2026, 2, 20))
    add_events(db, w, "c1", [(MAR1, "cancel", {"plan": "sharepoint-sites"})])
    report = run_billing(db, MAR15, issue=True)

    # The customer: not -2 x 12.00 x 14/28 = -12.00: the credit note gave the month back already.
    assert _lines(db, c1, "proration") == []
    # 24.00 + 24.00 - 24.00 = 24.00.
    assert _charged(db, c1) == (D("24.00"), {kind: total})
    assert [(b, o) for b, o, *_ in _outcomes(report, "c1")] == [(MAR15, "nothing")]
    # The bill has nothing to invoice: the reseller's accrual of 1-15 March (cost -2 x 8.00 x 14/28 = -8.00, or
    # the margin risen by as much) is the one dated 15 March, on the credit note that credited those days.
    with unit_of_work(db) as s:
        note = s.scalar(select(Invoice.id).where(Invoice.company_id == c1, Invoice.credits_id.is_not(None)))
        assert [tuple(r) for r in s.execute(
            select(Accrual.invoice_id, Accrual.kind, Accrual.start, Accrual.end, Accrual.amount)
            .where(Accrual.company_id == c1, Accrual.boundary == MAR15))] == [(note, kind, MAR1, MAR15, given_back)]


def test_a_charged_proration_into_a_credited_month_weighs_in_the_top_up(db):
    # A 40.00 top-up minimum; Archiving and Ann's mailbox, 26.50 a month, topped up by 13.50. Bob's mailbox from
    # 20 February, recorded in time; the 10 February invoice credited.
    w = build(db)
    set_minimum(db, "hoster", "EUR", "40.00", "top_up")
    d1 = add_company(db, w, "d1", signup=JAN10, events=ARCHIVING + ANN)
    run_billing(db, FEB10, issue=True)
    _credit(db, d1, FEB10, date(2026, 2, 15))
    add_events(db, w, "d1", [(FEB20, "assign", {"plan": "exchange-basic", "user": "bob@d1.example"})])
    run_billing(db, MAR10, issue=True)

    # 10 March: 20.00 + 2 x 6.50 = 33.00 in advance and Bob's 18 days, +6.50 x 18/28 = +4.18 (the credited
    # invoice never billed his mailbox), 37.18, topped up by 40.00 - 37.18 = 2.82.
    assert _lines(db, d1, "proration") == [(FEB20, MAR10, D(1), D("4.18"))]
    assert _lines(db, d1, "minimum")[-1] == (MAR10, APR10, D(1), D("2.82"))
    # (26.50 + 13.50) x 2 - 40.00 + 37.18 + 2.82 = 80.00.
    assert _charged(db, d1) == (D("80.00"), {})


def test_a_user_added_and_removed_in_a_credited_month_is_charged_for_his_days_only(db):
    # Ann's mailbox and Archiving from 10 January; the 10 February invoice (20.00 + 6.50) credited; Bob's mailbox
    # from 20 February to 1 March, both recorded in time. His removal gives back days the credited invoice never
    # billed (it billed Ann's): it stands. Ann's removal on 5 March gives back hers: left out.
    w = build(db)
    d1 = add_company(db, w, "d1", signup=JAN10, events=ARCHIVING + ANN)
    run_billing(db, FEB10, issue=True)
    number = _credit(db, d1, FEB10, date(2026, 2, 15))
    mar1 = date(2026, 3, 1)
    add_events(db, w, "d1", [(FEB20, "assign", {"plan": "exchange-basic", "user": "bob@d1.example"}),
                             (mar1, "unassign", {"plan": "exchange-basic", "user": "bob@d1.example"}),
                             (date(2026, 3, 5), "unassign", {"plan": "exchange-basic", "user": "ann@d1.example"})])
    report = run_billing(db, MAR10, issue=True)

    # Bob: +6.50 x 18/28 = +4.18 from 20 February, -6.50 x 9/28 = -2.09 from 1 March: 9 days, 2.09 net. Ann's
    # -6.50 x 5/28 = -1.16 from 5 March is left out, and the run says so.
    assert _lines(db, d1, "proration") == [(FEB20, MAR10, D(1), D("4.18")), (mar1, MAR10, D(-1), D("-2.09"))]
    assert [r for *_, r in _outcomes(report, "d1")] == [
        TEMPLATE.format(date="2026-03-05", start="2026-03-05", end="2026-03-09", invoice=number)]
    # 26.50 + 26.50 - 26.50 + 4.18 - 2.09 + 20.00 (Archiving from 10 March; no mailbox left) = 48.59.
    assert _charged(db, d1) == (D("48.59"), {})


def test_after_a_currency_change_the_old_currencys_credited_days_are_not_given_back(db):
    # The review's case with JPY from 10 March: the give-back of 20 February - 10 March would be -12.86 EUR on an
    # invoice in EUR of its own (``_past``); the 10 February invoice credited, there is none, and the run says so.
    w = build(db)
    k1 = add_company(db, w, "k1", signup=JAN10, events=ARCHIVING)
    run_billing(db, FEB10, issue=True)
    number = _credit(db, k1, FEB10, date(2026, 2, 15))
    add_events(db, w, "k1", [(FEB20, "cancel", {"plan": "archiving"}), (MAR10, "currency", {"currency": "JPY"})])
    report = run_billing(db, MAR10, issue=True)

    assert _lines(db, k1, "proration") == []
    reason = TEMPLATE.format(date="2026-02-20", start="2026-02-20", end="2026-03-09", invoice=number)
    # Nothing in JPY (nothing runs from 10 March), nothing in EUR: the note on the bill of the boundary.
    assert _outcomes(report, "k1") == [(MAR10, "nothing", "JPY", "0", reason)]
    assert _charged(db, k1) == (D("20.00"), {})  # 20.00 + 20.00 - 20.00


# (change on 1 March, credited?, what c1's documents charge in all, acme's cost in all), both recorded in time
# and late. 2 sites from 15 January at 12.00 (cost 8.00); the run of 15 February, the credit (or not), the run
# of 15 March, and that of 15 April. The credit note keeps acme's cost (the sites were provided); the change
# gives back the cost of the days it ends, credited or not: acme's cost is the same credited or not.
SAME = [
    # Credited, cancelled: 24 + 24 - 24 = 24.00; cost 16 + 16 - 8 (1-15 March no longer provided: -2 x 8.00 x
    # 14/28, on the credit note: nothing else to bill) = 24.00. Late: + 24 (15 March) - 24 (its correction; the
    # -12.00 of 1-15 March left out: the credited invoice's days) = 24.00; cost 16 + 16 + 16 - 16 - 8 = 24.00.
    ("cancel", {"plan": "sharepoint-sites"}, True, D("24.00"), D("24.00")),
    # Credited, a third site, charged (the credited invoice billed two): 24 + 24 - 24 + 6 (1 x 12.00 x 14/28)
    # + 36 + 36 = 102.00, cost 16 + 16 + 4 (1 x 8.00 x 14/28) + 24 + 24 = 84.00. Late: 24 + 24 - 24 + 24
    # + (36 + 12 + 6) = 102.00, cost 16 + 16 + 16 + (24 + 8 + 4) = 84.00.
    ("quantity", {"plan": "sharepoint-sites", "quantity": 3}, True, D("102.00"), D("84.00")),
    # Credited, one site: 24 + 24 - 24 + 12 + 12 = 48.00 (the -6.00 for 1-15 March left out); cost 16 + 16 - 4
    # (-1 x 8.00 x 14/28, given back all the same) + 8 + 8 = 44.00. Late: 24 + 24 - 24 + 24 + (12 - 12) = 48.00;
    # cost 16 + 16 + 16 + (8 - 8 - 4) = 44.00.
    ("quantity", {"plan": "sharepoint-sites", "quantity": 1}, True, D("48.00"), D("44.00")),
    # Not credited, cancelled: 24 + 24 - 12.00 (-2 x 12.00 x 14/28) = 36.00, cost 16 + 16 - 8 = 24.00. Late:
    # 24 + 24 + 24 - (12 + 24) = 36.00.
    ("cancel", {"plan": "sharepoint-sites"}, False, D("36.00"), D("24.00")),
]


@pytest.mark.parametrize("typ, fields, credited, charged, cost", SAME)
def test_in_time_and_late_recording_bill_the_same(db, typ, fields, credited, charged, cost):
    w = build(db)
    t1 = add_company(db, w, "t1", reseller="acme", signup=JAN15, events=SITES)  # the change recorded in time
    l1 = add_company(db, w, "l1", reseller="acme", signup=JAN15, events=SITES)  # the same, recorded late
    run_billing(db, FEB15, issue=True)
    if credited:
        for c in (t1, l1):
            _credit(db, c, FEB15, date(2026, 2, 20))
    add_events(db, w, "t1", [(MAR1, typ, fields)])
    run_billing(db, MAR15, issue=True)
    add_events(db, w, "l1", [(MAR1, typ, fields)])  # dated before 15 March, billed: late
    report = run_billing(db, APR15, issue=True)

    assert _charged(db, t1) == _charged(db, l1) == (charged, {"cost": cost})
    # Credited, the late recording leaves the 14 days of 1-15 March it would give back to the clerk with a note,
    # and charges a third site's; not credited, it corrects them (-2 x 12.00 x 14/28 = -12.00).
    assert [r for r in _lines(db, l1, "correction") if r[0] == MAR1] == (
        [(MAR1, MAR15, D(1), D("6.00"))] if fields.get("quantity") == 3
        else [] if credited else [(MAR1, MAR15, D(-2), D("-12.00"))])
    # The note where days are given back (a cancellation, one site less) into the credited invoice's.
    assert bool([o for o in report.outcomes if o.code == "l1" and o.reason]) == (credited and typ == "cancel"
                                                                                  or fields.get("quantity") == 1)


def test_a_seller_left_does_not_give_back_its_credited_days_and_says_so_on_the_main_bill(db):
    # acme's m1: Ann's Exchange mailbox from 15 January at acme's 6.00 (cost 3.50); acme's 15 February invoice
    # credited; m1 moves to the hoster (6.50 a user) on 1 March, recorded before the 15 March run.
    w = build(db)
    m1 = add_company(db, w, "m1", reseller="acme", signup=JAN15, events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@m1.example"})])
    run_billing(db, FEB15, issue=True)
    number = _credit(db, m1, FEB15, date(2026, 2, 20))
    with unit_of_work(db) as s:
        moves.move_company(s, "m1", "hoster", MAR1)
    report = run_billing(db, MAR15, issue=True)

    with unit_of_work(db) as s:
        rows = s.execute(select(Invoice.issuer_key, InvoiceLine.kind, InvoiceLine.start, InvoiceLine.amount)
                         .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                         .where(Invoice.company_id == m1, Invoice.period_start == MAR15)
                         .order_by(Invoice.id, InvoiceLine.position)).all()
    # The hoster: 6.50 x 14/28 = 3.25 for 1-15 March (days nobody billed it) and 6.50 from 15 March. acme, the
    # seller left: not -6.00 x 14/28 = -3.00 (its credited invoice billed those days): no invoice at all.
    assert [tuple(r) for r in rows] == [("hoster", "recurring", MAR15, D("6.50")),
                                        ("hoster", "proration", MAR1, D("3.25"))]
    # acme's bill, with nothing to bill, leaves its note on the hoster's: 9.75 + 20 % = 11.70.
    assert _outcomes(report, "m1") == [(MAR15, "billed", "EUR", "11.70", TEMPLATE.format(
        date="2026-03-01", start="2026-03-01", end="2026-03-14", invoice=number))]
    # 6.00 + 6.00 - 6.00 + 3.25 + 6.50 = 15.75. acme's cost: 3.50 + 3.50 (the credit note keeps it: Ann's mailbox
    # was provided) - 1.75 (1-15 March, no longer acme's to pay: -3.50 x 14/28, the hoster bills m1 for them;
    # on acme's credit note, its bill having nothing to invoice) = 5.25.
    assert _charged(db, m1) == (D("15.75"), {"cost": D("5.25")})
