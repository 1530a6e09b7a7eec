"""One rule for when an invoice is overdue (app/payments/terms.py ``due_on``), which the payment console's
overdue figure and open invoices, the aging view and a customer's statement all follow: overdue from the day
after it falls due; an invoice posted without a due date is due on receipt, on its issue date (the console
used to count it never overdue, aging over 90 days overdue from its first day). SQLite and PostgreSQL.

The world: the hoster bills d1 and d2 (EUR, signup Jan 31) 20.00 + 20 % = 24.00 for archiving, one invoice
each from the Feb 1 run, under 30-day terms. d1's is posted without a due date (as an entry that came without
terms is: ``_entry_of`` made to leave it out), d2's is due 30 days after its issue date.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Invoice
from app.models.payments import LedgerEntry
from app.payments import aging, console, ledger, statement, terms
from app.payments.console import AccountFilters
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal


@pytest.fixture
def world(db, monkeypatch):
    w = build(db)
    d1 = add_company(db, w, "d1", signup=date(2026, 1, 31),
                     events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    add_company(db, w, "d2", signup=date(2026, 1, 31),
                events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        terms.set_days(s, "hoster", 30)
    posted = ledger._entry_of

    def without_due_for_d1(doc, *args):
        kind, amount, due = posted(doc, *args)
        return kind, amount, None if doc.company_id == d1 else due
    monkeypatch.setattr(ledger, "_entry_of", without_due_for_d1)
    run_billing(db, date(2026, 2, 1), issue=True)
    monkeypatch.undo()
    with unit_of_work(db) as s:
        found = s.execute(select(Invoice.number, Invoice.issue_date, Invoice.total, LedgerEntry.due_date)
                          .join(LedgerEntry, LedgerEntry.document_id == Invoice.id)
                          .order_by(Invoice.company_id)).all()
    (n1, issued, t1, due1), (n2, issued2, t2, due2) = found
    # As the world says: 24.00 each, issued the same day; d1's without a due date, d2's 30 days on.
    assert (t1, t2, due1, issued2, due2) == (D("24.00"), D("24.00"), None, issued, issued + timedelta(days=30))
    return issued


def figures(db, as_of: date) -> dict[str, tuple[Decimal, dict[str, Decimal]]]:
    """customer -> (the console's overdue, aging's buckets other than zero)."""
    out = {}
    with unit_of_work(db) as s:
        for r in console.account_page(s, AccountFilters(as_of=as_of)):
            (row,) = aging.aging(s, as_of, customer=r.customer)
            out[r.customer] = (r.overdue, {k: v for k, v in row.buckets.items() if v})
    return out


def test_on_its_issue_date_nothing_is_overdue(db, world):
    # d1's is due on its issue date: not late yet; d2's is due in 30 days.
    assert figures(db, world) == {"d1": (D("0"), {"current": D("24.00")}),
                                  "d2": (D("0"), {"current": D("24.00")})}


def test_without_a_due_date_overdue_from_the_day_after_issue_in_both(db, world):
    # Ten days on: d1's is 10 days late (1-30) for both; d2's, due in 20 days more, is current for both.
    assert figures(db, world + timedelta(days=10)) == {"d1": (D("24.00"), {"1-30": D("24.00")}),
                                                       "d2": (D("0"), {"current": D("24.00")})}


def test_past_due_the_same_in_both(db, world):
    # 45 days on: d1's 45 days late (31-60); d2's 45 - 30 = 15 days late (1-30); both overdue in full.
    assert figures(db, world + timedelta(days=45)) == {"d1": (D("24.00"), {"31-60": D("24.00")}),
                                                       "d2": (D("24.00"), {"1-30": D("24.00")})}
    # On its due date d2's is not overdue yet, the day after it is.
    assert figures(db, world + timedelta(days=30))["d2"] == (D("0"), {"current": D("24.00")})
    assert figures(db, world + timedelta(days=31))["d2"] == (D("24.00"), {"1-30": D("24.00")})


def test_credit_is_netted_by_the_same_rule(db, world):
    # d1 pays 10.00 kept as credit: 24.00 - 10.00 = 14.00 owed, 10 days late, in both.
    day = world + timedelta(days=10)
    with unit_of_work(db) as s:
        (acc,) = [r.id for r in console.account_page(s, AccountFilters(as_of=day)) if r.customer == "d1"]
        console.record_payment(s, acc, "cash", D("10.00"), world, "r-1", by_hand=[])
    assert figures(db, day)["d1"] == (D("14.00"), {"1-30": D("14.00")})


def test_the_account_view_and_the_statement_show_the_same(db, world):
    day = world + timedelta(days=10)
    with unit_of_work(db) as s:
        pages = {r.customer: r.id for r in console.account_page(s, AccountFilters(as_of=day))}
        (inv1,) = console.account_view(s, pages["d1"], day).open_invoices
        (inv2,) = console.account_view(s, pages["d2"], day).open_invoices
        shown = statement.show(s, "d1", as_of=day)["accounts"][0]["open_invoices"][0]
    # d1's: due on its issue date, overdue; d2's: due 30 days on, not yet.
    assert (inv1.due_date, inv1.overdue(day)) == (world, True)
    assert (inv2.due_date, inv2.overdue(day)) == (world + timedelta(days=30), False)
    assert (shown["due_date"], shown["bucket"]) == (world.isoformat(), "1-30")
