"""The payment console's "overdue" column is what is owed after credit, as aging nets it
(app/payments/console.py ``_figures``, app/payments/aging.py), SQLite and PostgreSQL.

The world: the hoster bills d1, d2 and d3 (EUR, signup Jan 31) 20.00 + 20 % = 24.00 a month. The January
invoices are issued under 59-day terms (due Jan 31 + 59 = Mar 31), the February ones under 0-day terms (due
Feb 28). So on Mar 15 each customer's older invoice is still current and only the newer one is overdue: the
credit, spent oldest first, goes to the current invoice before it reaches the overdue one (overdue less credit
would be wrong). d1 has 30.00 of credit, d2 none, d3 50.00 (payments kept as credit, received Mar 10).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.billing.run import run_billing
from app.payments import aging, console, terms
from app.payments.console import AccountFilters
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
MAR15, APR15 = date(2026, 3, 15), date(2026, 4, 15)


@pytest.fixture
def world(db):
    w = build(db)
    for code in ("d1", "d2", "d3"):
        add_company(db, w, code, signup=date(2026, 1, 31),
                    events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        terms.set_days(s, "hoster", 59)
    run_billing(db, date(2026, 2, 1), issue=True)  # the Jan 31 invoices, due Mar 31
    with unit_of_work(db) as s:
        terms.set_days(s, "hoster", 0)
    run_billing(db, date(2026, 3, 1), issue=True)  # the Feb 28 invoices, due Feb 28
    with unit_of_work(db) as s:
        ids = {r.customer: r.id for r in console.account_page(s, AccountFilters(as_of=MAR15))}
        for code, amount in (("d1", "30.00"), ("d3", "50.00")):
            console.record_payment(s, ids[code], "cash", D(amount), date(2026, 3, 10), f"r-{code}", by_hand=[])
    return ids


def rows(db, as_of: date, **kw) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    with unit_of_work(db) as s:
        return [(r.customer, r.balance, r.credit, r.overdue)
                for r in console.account_page(s, AccountFilters(as_of=as_of, **kw))]


def aging_overdue(db, customer: str, as_of: date) -> Decimal:
    """Aging's overdue for the customer: every bucket but "current"."""
    with unit_of_work(db) as s:
        (row,) = aging.aging(s, as_of, customer=customer)
        return sum((v for k, v in row.buckets.items() if k != "current"), D(0))


def test_overdue_is_what_is_owed_after_credit_oldest_first(db, world):
    # Mar 15. Each has Jan 24.00 (current, due Mar 31) and Feb 24.00 (overdue since Feb 28) open: 48.00.
    # d1: credit 30.00 -> Jan 24.00 settled, Feb 24.00 - 6.00 = 18.00 overdue; balance 48 - 30 = 18.00.
    #     (overdue less credit would say max(0, 24 - 30) = 0.00: wrong, the credit goes to Jan first.)
    # d2: no credit -> Feb 24.00 overdue; balance 48.00.
    # d3: credit 50.00 -> Jan 24.00 and Feb 24.00 settled, 2.00 beyond: overdue 0.00; balance 48 - 50 = -2.00.
    # The credit column stays what it was: open 48.00 less receivable (d1 18, d2 48, d3 -2) = 30, 0, 50.
    expected = [("d1", D("18.00"), D("30.00"), D("18.00")), ("d2", D("48.00"), D("0.00"), D("24.00")),
                ("d3", D("-2.00"), D("50.00"), D("0.00"))]
    assert rows(db, MAR15) == expected
    # Sorted by overdue in the database: 0.00 (d3), 18.00 (d1), 24.00 (d2); descending the other way round.
    assert [r[0] for r in rows(db, MAR15, sort="overdue")] == ["d3", "d1", "d2"]
    assert [r[0] for r in rows(db, MAR15, sort="overdue", descending=True)] == ["d2", "d1", "d3"]
    assert [r[0] for r in rows(db, MAR15, sort="overdue", limit=1, offset=1)] == ["d1"]
    # The same figures as aging's on the same data.
    assert [aging_overdue(db, c, MAR15) for c in ("d1", "d2", "d3")] == [D("18.00"), D("24.00"), D("0.00")]


def test_overdue_when_every_invoice_is_due(db, world):
    # Apr 15: Jan (due Mar 31) is overdue too. d1 48.00 - 30.00 = 18.00; d2 48.00; d3 48.00 - 50.00 -> 0.00.
    assert [(c, o) for c, _, _, o in rows(db, APR15)] == [("d1", D("18.00")), ("d2", D("48.00")),
                                                          ("d3", D("0.00"))]
    assert [aging_overdue(db, c, APR15) for c in ("d1", "d2", "d3")] == [D("18.00"), D("48.00"), D("0.00")]


def test_one_account_view_shows_the_same_overdue(db, world):
    # account_view reads one account through the same query (``only``): d1 18.00 on Mar 15.
    with unit_of_work(db) as s:
        view = console.account_view(s, world["d1"], MAR15)
    assert (view.row.overdue, view.row.credit) == (D("18.00"), D("30.00"))
