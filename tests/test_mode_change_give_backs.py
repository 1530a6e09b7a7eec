"""A give-back of days billed before a reseller changed its billing mode, on the invoice made after it: its
accrual is of the new mode's kind, and the money comes out even for everyone; SQLite and PostgreSQL.

Who collects a company's document follows the mode it was issued in (app/payments/processors/routing.py): the
document that gives the days back is made after the change, so the new mode's collector pays the customer back.
Its accrual (app/billing/company_bill.py ``_accruals``) squares that collector with the other party:

- reseller_bills -> margin mode: acme collected the days and paid their cost; the hoster now refunds the
  customer, so acme owes it what acme kept of them (its margin, given back on the statement);
- margin mode -> reseller_bills: the hoster collected the days and owed acme the margin; acme now refunds the
  customer, so the hoster returns what it kept of them (their cost, credited on its invoice to acme).
A give-back accrued in the old kind instead would square only a document that bills nothing else (its accruals
all of the old kind, it would be routed to the old collector). Beside new days (the downgrade, last test) one
collector collects the document (a margin among its accruals routes it to the hoster), and the give-back would be
paid twice: the customer refunded by the hoster and acme credited its cost, 6.00 out of the hoster's pocket there.

The world (tests/billing_world.py): acme (VAT 21 %, settled on the 15th) sells bc one Exchange Basic user at 6.00 a
month and pays the hoster 3.50 for it (its wholesale override; the hoster's VAT 20 %): bc is billed on the 1st,
Feb 1 for [Feb 1, Mar 1): 6.00 + 21 % (1.26) = 7.26; acme's cost 3.50, or its margin 6.00 - 3.50 = 2.50. acme's
Feb 15 settlement takes that accrual in the first mode: the hoster's invoice 3.50 + 20 % (0.70) = 4.20, or a
statement of 2.50 + the VAT the hoster collected, 1.26 = 3.76. Then acme changes its mode, and bc cancels on
Feb 15, half of February (14 of 28 days) given back: -6.00 x 14/28 = -3.00, tax -0.63, -3.63 for bc; the cost of
those days 3.50 x 14/28 = 1.75, the margin 3.00 - 1.75 = 1.25.

- Recorded in time, on bc's Mar 1 document (nothing billed for March): -3.63; acme's accrual -1.75 of cost or
  -1.25 of margin; settled on Mar 15: the hoster's credit note to acme -1.75 + 20 % (-0.35) = -2.10, or a
  statement of -1.25 and the VAT the hoster refunded (-0.63): -1.88.
- Recorded late (after the Mar 1 run billed March: 6.00 + 1.26 = 7.26 in the new mode, accruing 3.50 or 2.50, settled
  on Mar 15 as 4.20 or 3.76), corrected on Apr 1 by whoever collected each day (app/billing/company_bill.py
  ``_by_collector``): March -6.00 + 21 % (-1.26) = -7.26 by the new mode's collector, its accrual -3.50 of cost
  or -2.50 of margin; the half February -3.00 + 21 % (-0.63) = -3.63 by the old one's, its accrual of the old
  kind, -1.25 of margin or -1.75 of cost. On Apr 15 each kind is settled: margin -> reseller_bills, the hoster's
  credit note -3.50 + 20 % (-0.70) = -4.20 and a statement of -1.25 and the VAT -0.63 = -1.88; reseller_bills ->
  margin, the credit note -1.75 + 20 % (-0.35) = -2.10 and a statement of -2.50 and the VAT -1.26 = -3.76.

Net of VAT (each party hands the VAT it invoices to the state, and reclaims what it pays), in time:
- reseller_bills -> margin: acme took 6.00 and paid 3.50, then owes the statement's 1.25: 6.00 - 3.50 - 1.25 =
  1.25 = its margin on the half month it sold. The hoster: 3.50 - 3.00 (refunded to bc) + 1.25 = 1.75 = its cost of
  the half month. bc: 6.00 - 3.00 = 3.00.
- margin -> reseller_bills: the hoster took 6.00 and paid acme 2.50, then credits it 1.75: 6.00 - 2.50 - 1.75 =
  1.75. acme: 2.50 - 3.00 (refunded to bc) + 1.75 = 1.25. bc: 3.00.
Late, over February and March, worked out the same way (March billed 6.00 by the new collector, then given back
whole with its accrual; the half February given back by the old collector, with the accrual of the old kind):
each party ends at its half February, acme 1.25, the hoster 1.75, bc 3.00 (``_net``).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice, Reseller
from app.payments.processors.routing import collector_of_invoice
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
MARGIN, COSTS = "hoster_bills_hoster_processor", "reseller_bills"
FEB1, FEB15, MAR1, MAR15, APR1, APR15 = (date(2026, 2, 1), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 15),
                                         date(2026, 4, 1), date(2026, 4, 15))
CANCEL = [(FEB15, "cancel", {"plan": "exchange-basic"})]


def _scene(db, before):
    w = build(db, acme_mode=before, acme_tax="21")
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).billing_day = 15
    bc = add_company(db, w, "bc", reseller="acme", signup=FEB1, events=[
        (FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})])
    run_billing(db, FEB15, issue=True)  # bc's Feb 1 invoice, acme's Feb 15 settlement
    return w, bc


def _set_mode(db, mode):
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": mode})


def _company_docs(db, bc) -> list[tuple]:
    """bc's documents: (date, total, [(accrual kind, amount)])."""
    with unit_of_work(db) as s:
        out = []
        for i in s.scalars(select(Invoice).where(Invoice.company_id == bc).order_by(Invoice.issue_date, Invoice.id)):
            acc = sorted(map(tuple, s.execute(select(Accrual.kind, Accrual.amount)
                                              .where(Accrual.invoice_id == i.id, Accrual.line_kind != "vat"))))
            out.append((i.issue_date, i.total, acc))
        return out


def _to_acme(db) -> list[tuple]:
    """The hoster's documents to acme: (date, kind, subtotal, tax, total)."""
    with unit_of_work(db) as s:
        return [(i.issue_date, i.kind, i.subtotal, i.tax, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.customer_reseller_id.is_not(None))
            .order_by(Invoice.issue_date, Invoice.kind))]


def _collector(db, bc, day, acme_id) -> str:
    with unit_of_work(db) as s:
        key = collector_of_invoice(s, s.scalar(select(Invoice).where(Invoice.company_id == bc,
                                                                    Invoice.issue_date == day)))
    return "acme" if key == f"reseller:{acme_id}" else key


def _net(flows: list[tuple[str, str, Decimal]]) -> dict[str, Decimal]:
    """Who ends with what, net of VAT: (payer, payee, amount) of each net amount that changed hands."""
    out = {"bc": D(0), "acme": D(0), "hoster": D(0)}
    for payer, payee, amount in flows:
        out[payer] -= amount
        out[payee] += amount
    return out


FIRST = {COSTS: (D("3.50"), (FEB15, "wholesale", D("3.50"), D("0.70"), D("4.20"))),
         MARGIN: (D("2.50"), (FEB15, "statement", D("3.76"), D("0.00"), D("3.76")))}


@pytest.mark.parametrize("before, after", [(COSTS, MARGIN), (MARGIN, COSTS)])
def test_a_cancellation_in_time_gives_back_the_old_days_in_the_new_mode_and_the_money_comes_out_even(
        db, before, after):
    w, bc = _scene(db, before)
    first_kind, (first_accrual, first_settlement) = ("cost" if before == COSTS else "margin"), FIRST[before]
    _set_mode(db, after)
    add_events(db, w, "bc", CANCEL)
    run_billing(db, MAR15, issue=True)  # bc's Mar 1 document, acme's Mar 15 settlement
    new_kind = "margin" if after == MARGIN else "cost"
    give_back = D("-1.25") if after == MARGIN else D("-1.75")
    assert _company_docs(db, bc) == [(FEB1, D("7.26"), [(first_kind, first_accrual)]),
                                     (MAR1, D("-3.63"), [(new_kind, give_back)])]
    acme = w.resellers["acme"]
    new_collector = "hoster" if after == MARGIN else "acme"
    assert _collector(db, bc, MAR1, acme) == new_collector  # who pays bc back: the new mode's collector
    second = ((MAR15, "statement", D("-1.88"), D("0.00"), D("-1.88")) if after == MARGIN
              else (MAR15, "credit_note", D("-1.75"), D("-0.35"), D("-2.10")))
    assert _to_acme(db) == [first_settlement, second]
    # Net of VAT, the flows those documents make: bc pays the first collector 6.00 and is paid back 3.00 by the
    # new one; the settlements move the accruals (a cost from acme to the hoster, a margin the other way).
    if before == COSTS:
        flows = [("bc", "acme", D("6.00")), ("acme", "hoster", D("3.50")), ("hoster", "bc", D("3.00")),
                 ("acme", "hoster", D("1.25"))]
    else:
        flows = [("bc", "hoster", D("6.00")), ("hoster", "acme", D("2.50")), ("acme", "bc", D("3.00")),
                 ("hoster", "acme", D("1.75"))]
    assert _net(flows) == {"bc": D("-3.00"), "acme": D("1.25"), "hoster": D("1.75")}


@pytest.mark.parametrize("before, after", [(COSTS, MARGIN), (MARGIN, COSTS)])
def test_a_late_cancellation_corrects_the_old_days_in_the_new_mode_and_the_money_comes_out_even(db, before, after):
    w, bc = _scene(db, before)
    first_kind, (first_accrual, first_settlement) = ("cost" if before == COSTS else "margin"), FIRST[before]
    _set_mode(db, after)
    run_billing(db, MAR15, issue=True)  # bc's March, in the new mode; acme's Mar 15 settlement
    add_events(db, w, "bc", CANCEL)  # recorded late: February and March are billed
    run_billing(db, APR15, issue=True)  # bc's Apr 1 correction, acme's Apr 15 settlement
    new_kind = "margin" if after == MARGIN else "cost"
    # March's whole (2.50 or 3.50) given back by its collector; the half February (-1.25 of margin or -1.75 of
    # cost, the old kind) by February's.
    march, half_feb = (D("2.50"), D("-1.75")) if after == MARGIN else (D("3.50"), D("-1.25"))
    assert _company_docs(db, bc) == [(FEB1, D("7.26"), [(first_kind, first_accrual)]),
                                     (MAR1, D("7.26"), [(new_kind, march)]),
                                     (APR1, D("-7.26"), [(new_kind, -march)]),
                                     (APR1, D("-3.63"), [(first_kind, half_feb)])]
    acme = w.resellers["acme"]
    with unit_of_work(db) as s:
        notes = s.scalars(select(Invoice).where(Invoice.company_id == bc, Invoice.issue_date == APR1)
                          .order_by(Invoice.id)).all()
        who = ["acme" if k == f"reseller:{acme}" else k for k in (collector_of_invoice(s, n) for n in notes)]
    assert who == (["hoster", "acme"] if after == MARGIN else ["acme", "hoster"])
    if after == MARGIN:  # February's cost: -1.75 + 20 % (-0.35); March's margin -2.50 and its VAT -1.26
        later = [(MAR15, "statement", D("3.76"), D("0.00"), D("3.76")),
                 (APR15, "credit_note", D("-1.75"), D("-0.35"), D("-2.10")),
                 (APR15, "statement", D("-3.76"), D("0.00"), D("-3.76"))]
    else:  # March's cost: -3.50 + 20 % (-0.70); February's margin -1.25 and its VAT -0.63
        later = [(MAR15, "wholesale", D("3.50"), D("0.70"), D("4.20")),
                 (APR15, "credit_note", D("-3.50"), D("-0.70"), D("-4.20")),
                 (APR15, "statement", D("-1.88"), D("0.00"), D("-1.88"))]
    assert _to_acme(db) == [first_settlement] + later
    # Net of VAT: February as in time but given back by its own collector, March billed (6.00) and given back
    # whole (-6.00) by the new collector, each with its accrual given back.
    if before == COSTS:  # then the margin mode: the hoster collects March
        flows = [("bc", "acme", D("6.00")), ("acme", "hoster", D("3.50")), ("bc", "hoster", D("6.00")),
                 ("hoster", "acme", D("2.50")), ("hoster", "bc", D("6.00")), ("acme", "hoster", D("2.50")),
                 ("acme", "bc", D("3.00")), ("hoster", "acme", D("1.75"))]
    else:
        flows = [("bc", "hoster", D("6.00")), ("hoster", "acme", D("2.50")), ("bc", "acme", D("6.00")),
                 ("acme", "hoster", D("3.50")), ("acme", "bc", D("6.00")), ("hoster", "acme", D("3.50")),
                 ("hoster", "bc", D("3.00")), ("acme", "hoster", D("1.25"))]
    assert _net(flows) == {"bc": D("-3.00"), "acme": D("1.25"), "hoster": D("1.75")}


def test_a_downgrade_after_the_change_bills_the_new_month_and_gives_back_the_old_days_on_one_document(db):
    """reseller_bills -> margin mode, bc with 2 SharePoint sites (acme's retail 12.00, the hoster's 8.00 a site)
    from Feb 1, down to 1 on Feb 15 (recorded in time). Feb 1: 2 x 12.00 = 24.00 + 21 % (5.04) = 29.04, acme's cost
    2 x 8.00 = 16.00. Mar 1, in the margin mode: 1 site of the half February given back, -12.00 x 14/28 = -6.00,
    and March's 1 site, 12.00: 6.00 + 21 % (1.26) = 7.26, collected by the hoster; acme's margins -6.00 - (-4.00)
    = -2.00 and 12.00 - 8.00 = 4.00. Both lines are on one document, which one collector collects: were the
    give-back a cost (-4.00 credited to acme) beside March's margin, the hoster would refund the 6.00 and credit
    the cost too. Net of VAT: bc pays acme 24.00 and the hoster 6.00 (30.00 = 1.5 site-months of February and
    1 of March at 12.00); acme pays the hoster 16.00 and is owed 2.00: 24.00 - 16.00 + 2.00 = 10.00 = its margin
    of 4.00 a site-month over 2.5; the hoster 16.00 + 6.00 - 2.00 = 20.00 = 8.00 x 2.5."""
    w = build(db, acme_mode=COSTS, acme_tax="21")
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).billing_day = 15
    bc = add_company(db, w, "bc", reseller="acme", signup=FEB1,
                     events=[(FEB1, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, FEB15, issue=True)
    _set_mode(db, MARGIN)
    add_events(db, w, "bc", [(FEB15, "quantity", {"plan": "sharepoint-sites", "quantity": 1})])
    run_billing(db, MAR15, issue=True)
    assert _company_docs(db, bc) == [(FEB1, D("29.04"), [("cost", D("16.00"))]),
                                     (MAR1, D("7.26"), [("margin", D("-2.00")), ("margin", D("4.00"))])]
    assert _collector(db, bc, MAR1, w.resellers["acme"]) == "hoster"
    # Feb 15: the hoster's invoice of the February cost, 16.00 + 20 % (3.20) = 19.20; Mar 15: the statement of
    # the margins, 2.00, and the VAT the hoster collected, 1.26: 3.26.
    assert _to_acme(db) == [(FEB15, "wholesale", D("16.00"), D("3.20"), D("19.20")),
                            (MAR15, "statement", D("3.26"), D("0.00"), D("3.26"))]
    flows = [("bc", "acme", D("24.00")), ("acme", "hoster", D("16.00")), ("bc", "hoster", D("6.00")),
             ("hoster", "acme", D("2.00"))]
    assert _net(flows) == {"bc": D("-30.00"), "acme": D("10.00"), "hoster": D("20.00")}
