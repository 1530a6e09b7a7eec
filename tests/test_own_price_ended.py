"""Ending a company's own price from a day is refused in words saying how, never ignored.

An own price is removed only from the day it began, which is refused once it was billed
(app/services/billed_prices.py). Asked to remove it from a later day, ``set_price`` used to return without a
word; now it refuses, saying to end the own price from that day (``price_removal.end_own_price``); setting
the own price from that day to the seller's price bills that price from then while the invoice before keeps
the own price.

The world (tests/billing_world.py): a direct company billed on the 10th, Archiving at the hoster's 20.00 EUR,
an own price of 15.00 EUR; hoster tax 20 %.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Invoice, Price
from app.services import price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal


def invoices(engine, cid):
    with unit_of_work(engine) as s:
        return [(i.period_start, i.subtotal, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.company_id == cid).order_by(Invoice.period_start))]


def prices(engine) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(Price))


def own(engine, amount, valid_from, company="d1"):
    with unit_of_work(engine) as s:
        return price_matrix.set_price(s, layer="company_override", plan="archiving", currency="EUR", amount=amount,
                                      valid_from=valid_from, company=company)


def test_ending_a_billed_own_price_from_a_later_day_is_refused_saying_how(db):
    w = build(db)
    cid = add_company(db, w, "d1", signup=date(2026, 1, 10), events=[(date(2026, 1, 10), "subscribe",
                                                                      {"plan": "archiving"})])
    own(db, "15.00", date(2026, 1, 10))
    assert [o.outcome for o in run_billing(db, date(2026, 1, 10)).outcomes] == ["billed"]
    count = prices(db)
    with pytest.raises(ProrataError) as err:
        own(db, None, date(2026, 2, 10))
    assert err.value.problems[0].message() == (
        "valid_from: the own price of d1 for plan archiving in EUR began on 2026-01-10 and is removed only from "
        "that day, not from 2026-02-10. To have d1 pay its seller's price from 2026-02-10, end its own price from "
        "2026-02-10 (\"End own price from…\", or 'prorata prices end')")
    assert prices(db) == count  # nothing written
    # Done as it says: the hoster's 20.00 from Feb 10. Jan 10 keeps 15.00 + 20 % = 18.00; Feb 10: 20.00 + 4.00.
    own(db, "20.00", date(2026, 2, 10))
    assert [o.outcome for o in run_billing(db, date(2026, 2, 10)).outcomes] == ["billed"]
    assert invoices(db, cid) == [(date(2026, 1, 10), D("15.00"), D("18.00")),
                                 (date(2026, 2, 10), D("20.00"), D("24.00"))]


def test_ending_an_own_price_a_company_does_not_have_is_refused(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 10), events=[(date(2026, 1, 10), "subscribe",
                                                                {"plan": "archiving"})])
    with pytest.raises(ProrataError) as err:
        own(db, None, date(2026, 2, 10))
    assert err.value.problems[0].message() == (
        "valid_from: d1 has no own price for plan archiving in EUR on 2026-02-10: there is none to end")


def test_an_own_price_not_billed_yet_is_still_removed_from_the_day_it_began(db):
    w = build(db)
    cid = add_company(db, w, "d1", signup=date(2026, 1, 10), events=[(date(2026, 1, 10), "subscribe",
                                                                      {"plan": "archiving"})])
    own(db, "15.00", date(2026, 2, 10))
    count = prices(db)
    own(db, None, date(2026, 2, 10))
    assert prices(db) == count - 1
    run_billing(db, date(2026, 2, 10))  # the hoster's 20.00 both months: 24.00 with tax
    assert invoices(db, cid) == [(date(2026, 1, 10), D("20.00"), D("24.00")),
                                 (date(2026, 2, 10), D("20.00"), D("24.00"))]
