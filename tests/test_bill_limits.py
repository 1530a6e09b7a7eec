"""A bill too large to store fails its company, in words; the run bills the others (both databases)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Invoice, Price
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

JAN10 = date(2026, 1, 10)


def test_a_line_beyond_twelve_digits_fails_its_company_and_the_run_goes_on(db):
    w = build(db)
    with unit_of_work(db) as s:  # the largest price and quantity each accepted where entered
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["sharepoint-sites"], currency="EUR",
                    amount=Decimal("99999999.99")))
    big = add_company(db, w, "big", signup=JAN10,
                      events=[(JAN10, "subscribe", {"plan": "sharepoint-sites", "quantity": 999_999_999})])
    small = add_company(db, w, "small", signup=JAN10,
                        events=[(JAN10, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    report = run_billing(db, JAN10, issue=True)
    # 999,999,999 x 99,999,999.99 = 99,999,999,990,000,000 - 99,999,999.99 = 99,999,999,890,000,000.01:
    # 17 digits, beyond any column (NUMERIC(19,4)).
    [failed] = report.of("failed")
    assert failed.code == "big"
    assert "99999999890000000.01 EUR is too large" in failed.reason
    assert [o.code for o in report.of("billed")] == ["small"]
    with unit_of_work(db) as s:
        totals = {cid: total for cid, total in s.execute(select(Invoice.company_id, Invoice.total))}
    # small: 2 x 99,999,999.99 = 199,999,999.98, tax 20 % = 39,999,999.996 -> 40,000,000.00; big: nothing.
    assert totals == {small: Decimal("239999999.98")}
    assert big not in totals
