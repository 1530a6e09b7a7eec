"""A correction that gives days back names the invoice that billed those days (app/billing/explain.py
``_correction``), on both databases: a period billed in advance on the invoice of its start, a change's
proration on the invoice at its period's end. The world: tests/billing_world.py (the hoster's Exchange Basic at
6.50 a user, Archiving at 20.00 a month); companies sign up on 15 January 2026 and are billed on the 15th.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.models import Invoice
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
JAN15, FEB15, MAR15, APR15 = date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15), date(2026, 4, 15)


def _labels(engine, company_id: int) -> dict[date, str]:
    with unit_of_work(engine) as s:
        return {i.period_start: invoices.label(i) for i in s.scalars(select(Invoice).where(
            Invoice.company_id == company_id))}


def _corrections(engine, company_id: int, boundary: date) -> list[tuple]:
    with unit_of_work(engine) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id,
                                              Invoice.period_start == boundary)).one()
        found = explain_invoice(s, inv.id)
    return [(ln.start, ln.end, ln.amount, ln.corrected_period.start, ln.corrected_invoice,
             next(p.params["invoice"] for p in ln.words if p.id == "correction"))
            for ln in found.lines if ln.kind == "correction"]


def test_a_late_cancel_gives_back_days_named_by_the_invoice_that_billed_them_in_advance(db):
    w = build(db)
    c = add_company(db, w, "l1", events=[(JAN15, "subscribe", {"plan": "exchange-basic"}),
                                         (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@l1.example"})])
    run_billing(db, MAR15)  # 15 January, 15 February, 15 March: each month in advance, 6.50
    add_events(db, w, "l1", [(date(2026, 3, 1), "cancel", {"plan": "exchange-basic"})])  # recorded late
    run_billing(db, APR15)
    billed = _labels(db, c)
    by_start = {ln[0]: ln for ln in _corrections(db, c, APR15)}
    assert sorted(ln[:2] for ln in by_start.values()) == [(date(2026, 3, 1), MAR15), (MAR15, APR15)]
    # 1-15 March: 14 of the 28 days of [15 Feb, 15 Mar), -6.50 x 14/28 = -3.25, billed in advance on the
    # invoice of 15 February (not the one of 15 March, which billed March to April).
    assert by_start[date(2026, 3, 1)][2:] == (D("-3.25"), FEB15, billed[FEB15], billed[FEB15])
    # [15 Mar, 15 Apr) in full, -6.50, billed in advance on the invoice of 15 March.
    assert by_start[MAR15][2:] == (D("-6.50"), MAR15, billed[MAR15], billed[MAR15])


def test_a_late_cancel_of_a_plan_taken_mid_period_names_the_invoice_of_its_proration(db):
    w = build(db)
    c = add_company(db, w, "l2", events=[(JAN15, "subscribe", {"plan": "exchange-basic"}),
                                         (date(2026, 2, 1), "subscribe", {"plan": "archiving"})])
    run_billing(db, FEB15)  # 15 February: Archiving 1-15 February, prorated, and [15 Feb, 15 Mar) in advance
    add_events(db, w, "l2", [(date(2026, 2, 5), "cancel", {"plan": "archiving"})])  # recorded late
    run_billing(db, MAR15)
    billed = _labels(db, c)
    by_start = {ln[0]: ln for ln in _corrections(db, c, MAR15)}
    # 5-15 February: 10 of the 31 days of [15 Jan, 15 Feb), -20.00 x 10/31 = -6.45, billed as a proration on the
    # invoice of 15 February (the one of 15 January never billed Archiving).
    assert by_start[date(2026, 2, 5)][2:] == (D("-6.45"), JAN15, billed[FEB15], billed[FEB15])
    # [15 Feb, 15 Mar) in full, -20.00, billed in advance on the invoice of 15 February.
    assert by_start[FEB15][2:] == (D("-20.00"), FEB15, billed[FEB15], billed[FEB15])
