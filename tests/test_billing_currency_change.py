"""A company changes currency: extras are never relabelled with the new currency's code.

Prorata has no exchange rates and an extra's amount is in the company's
currency on the extra's date. So a recurring extra must be ended before the
currency changes and added again at its amount in the new currency; a bill
that would put an extra on an invoice in another currency is refused, naming
the extra, and the other boundaries are billed.

The world: a direct company on the 10th, Archiving (per plan) at 20.00 EUR or
2,500 JPY, the hoster's tax 20 %.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import BilledPeriod, Invoice, InvoiceLine
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
BACKUP = {"code": "backup", "amount": D("20.00"), "recurring": True, "description": {"en": "Backup"}}
START = [
    (date(2026, 1, 10), "subscribe", {"plan": "archiving"}),
    (date(2026, 1, 10), "extra", BACKUP),
]


def billed(engine, company_id):
    with unit_of_work(engine) as s:
        out = []
        for inv in s.scalars(select(Invoice).where(Invoice.company_id == company_id).order_by(Invoice.period_start)):
            lines = s.execute(select(InvoiceLine.kind, InvoiceLine.extra_code, InvoiceLine.amount)
                              .where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position)).all()
            out.append((inv.period_start, inv.currency, inv.subtotal, inv.tax, inv.total, [tuple(r) for r in lines]))
        return out


def test_a_recurring_extra_running_across_the_currency_change_fails_that_bill_naming_it(db):
    # The case: a 20.00 EUR recurring extra, and the company moved to JPY on Mar 10 without ending it.
    # Jan 10 and Feb 10: 20.00 + 20.00 = 40.00, tax 8.00, total 48.00 EUR. Mar 10 is refused: no 20 JPY.
    w = build(db)
    cid = add_company(db, w, "d1", signup=date(2026, 1, 10), events=START + [
        (date(2026, 3, 10), "currency", {"currency": "JPY"})])
    report = run_billing(db, date(2026, 3, 10))
    assert [(o.boundary, o.outcome, o.total) for o in report.outcomes] == [
        (date(2026, 1, 10), "billed", "48.00"), (date(2026, 2, 10), "billed", "48.00"),
        (date(2026, 3, 10), "failed", None)]
    assert report.of("failed")[0].reason == (
        "the currency cannot change to JPY on 2026-03-10 while the recurring extra 'backup' runs at 20.00 EUR: "
        "end the extra first, then add it again at its amount in JPY")
    assert [(p, cur, total) for p, cur, _, _, total, _ in billed(db, cid)] == [
        (date(2026, 1, 10), "EUR", D("48.00")), (date(2026, 2, 10), "EUR", D("48.00"))]
    with unit_of_work(db) as s:
        # Not marked billed: once the history is corrected, the next run bills Mar 10.
        assert s.scalars(select(BilledPeriod.boundary).where(BilledPeriod.company_id == cid)
                         .order_by(BilledPeriod.boundary)).all() == [date(2026, 1, 10), date(2026, 2, 10)]


def test_ended_and_added_again_in_the_new_currency_it_is_billed_at_its_new_amount(db):
    # The clerk ends the extra on the billing day, changes the currency, and adds it again at 3,200 JPY.
    # Mar 10 in JPY: archiving 2,500 + backup 3,200 = 5,700; tax 20 % = 1,140; total 6,840. No proration:
    # every change is dated on the boundary.
    w = build(db)
    cid = add_company(db, w, "d1", signup=date(2026, 1, 10), events=START + [
        (date(2026, 3, 10), "extra_end", {"code": "backup"}),
        (date(2026, 3, 10), "currency", {"currency": "JPY"}),
        (date(2026, 3, 10), "extra", dict(BACKUP, amount=D("3200")))])
    report = run_billing(db, date(2026, 3, 10))
    assert [(o.outcome, o.currency, o.total) for o in report.outcomes] == [
        ("billed", "EUR", "48.00"), ("billed", "EUR", "48.00"), ("billed", "JPY", "6840")]
    got = billed(db, cid)
    assert got[1] == (date(2026, 2, 10), "EUR", D("40.00"), D("8.00"), D("48.00"),
                      [("recurring", None, D("20.00")), ("recurring", "backup", D("20.00"))])
    assert got[2] == (date(2026, 3, 10), "JPY", D("5700"), D("1140"), D("6840"),
                      [("recurring", None, D("2500")), ("recurring", "backup", D("3200"))])


def test_a_one_off_extra_in_the_old_currency_is_not_billed_on_an_invoice_in_the_new_one(db):
    # A 50.00 EUR support call on Feb 20 would be billed on Mar 10, but the company is in JPY from Mar 1. The
    # period Feb 10 to Mar 10 was billed in EUR: Mar 10 bills its extras and prorations on an invoice in EUR
    # (app/billing/lines.py), the advance in JPY. EUR: 50.00 + 20 % = 60.00; JPY: 2,500 + 20 % = 3,000.
    w = build(db)
    cid = add_company(db, w, "d1", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"}),
        (date(2026, 2, 20), "extra", {"code": "support-call", "amount": D("50.00"), "recurring": False}),
        (date(2026, 3, 1), "currency", {"currency": "JPY"})])
    report = run_billing(db, date(2026, 3, 10))
    assert [(o.boundary, o.outcome, o.currency, o.total) for o in report.outcomes] == [
        (date(2026, 1, 10), "billed", "EUR", "24.00"), (date(2026, 2, 10), "billed", "EUR", "24.00"),
        (date(2026, 3, 10), "billed", "JPY", "3000"), (date(2026, 3, 10), "billed", "EUR", "60.00")]
    assert sorted((p, cur, total, lines) for p, cur, _, _, total, lines in billed(db, cid))[2:] == [
        (date(2026, 3, 10), "EUR", D("60.00"), [("extra", "support-call", D("50.00"))]),
        (date(2026, 3, 10), "JPY", D("3000"), [("recurring", None, D("2500"))])]
