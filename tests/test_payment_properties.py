"""A property over random sequences of invoices, credit notes, payments, allocations, credit applied, refunds
and reversals (hypothesis), on both databases: the balance is always the ledger's sum and equals invoices -
credit notes - payments + refunds + reversals as the test itself counted them; no invoice is ever allocated
beyond its total; each invoice's status agrees with its allocations; the open amounts less the credit are the
balance, and aging's buckets add up to the open amounts less the credit netted into them."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import ProrataError
from app.models import Company, Invoice
from app.models.payments import Allocation, LedgerEntry, Payment
from app.payments import aging, allocation, payments, refunds, reversals
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import build

D = Decimal
cents = st.integers(min_value=1, max_value=20000).map(lambda c: D(c).scaleb(-2))
ops = st.lists(st.one_of(
    st.tuples(st.just("invoice"), cents),
    st.tuples(st.just("credit"), st.integers(0, 50)),
    st.tuples(st.just("pay"), cents, st.booleans()),
    st.tuples(st.just("allocate"), st.integers(0, 50), st.integers(0, 50),
              st.integers(min_value=1, max_value=3000).map(lambda c: D(c).scaleb(-2))),
    st.tuples(st.just("apply"), st.integers(0, 50)),
    st.tuples(st.just("refund"), st.integers(0, 50), cents),
    st.tuples(st.just("reverse"), st.integers(0, 50))), min_size=1, max_size=14)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=ops)
def test_balances_statuses_and_aging_agree_with_the_ledger(fresh_db, steps):
    engine = fresh_db()
    build(engine)
    with unit_of_work(engine) as s:
        s.add(Company(code="c1", name="C1", currency="EUR", language="en_GB", signup=date(2026, 1, 1)))
    expected = D(0)  # invoices - credit notes - payments + refunds + reversals, counted here
    day = date(2026, 1, 1)
    for step in steps:
        day += timedelta(days=3)
        kind = step[0]
        try:
            with unit_of_work(engine) as s:
                issued = list(s.scalars(select(Invoice).where(Invoice.kind == "invoice", Invoice.number.is_not(None))
                                        .order_by(Invoice.id)))
                pays = list(s.scalars(select(Payment).order_by(Payment.id)))
                if kind == "invoice":
                    inv = invoices.create_manual(s, "c1", "EUR", [invoices.ManualLine({"en": "x"}, D(1), step[1])],
                                                 issue_date=day)
                    invoices.issue(s, inv.id, day)
                    change = step[1]
                elif kind == "credit" and issued:
                    inv = issued[step[1] % len(issued)]
                    note = invoices.credit(s, inv.id, day)
                    change = note.total
                elif kind == "pay":
                    payments.record(s, "c1", step[1], "EUR", "bank_transfer", day, "T", auto_allocate=step[2])
                    change = -step[1]
                elif kind == "allocate" and pays and issued:
                    p, inv = pays[step[1] % len(pays)], issued[step[2] % len(issued)]
                    payments.allocate(s, p.id, [(inv.number, format(step[3], "f"))], day)
                    change = D(0)
                elif kind == "apply":
                    payments.apply_credit(s, "c1", "EUR", day=day)
                    change = D(0)
                elif kind == "refund" and pays:
                    p = pays[step[1] % len(pays)]
                    refunds.refund(s, p.id, step[2], day, "R")
                    change = step[2]
                elif kind == "reverse" and pays:
                    p = pays[step[1] % len(pays)]
                    reversals.reverse(s, p.id, day, "returned")
                    change = p.amount  # the whole payment never came; what was refunded of it did go out
                else:
                    continue
            expected += change
            event(f"{kind} done")  # --hypothesis-show-statistics
        except ProrataError:
            event(f"{kind} refused")  # in words (over-allocation, no credit, reversed already...): nothing written
        check(engine, expected, day)


def check(engine, expected: Decimal, day: date) -> None:
    with unit_of_work(engine) as s:
        balance = s.scalar(select(func.sum(LedgerEntry.amount))) or D(0)
        assert balance == expected
        a = Allocation.__table__.c
        settled = dict(s.execute(select(a.invoice_id, func.sum(a.amount)).group_by(a.invoice_id)).all())
        open_total = D(0)
        for inv in s.scalars(select(Invoice).where(Invoice.kind == "invoice", Invoice.number.is_not(None))):
            got = settled.get(inv.id, D(0))
            assert D(0) <= got <= inv.total, (inv.number, got, inv.total)
            if inv.status == "void":
                assert got == inv.total  # its credit note settles what payments no longer do
            else:
                assert inv.status == allocation.status_for(inv.total, got), (inv.number, inv.status, got)
                open_total += inv.total - got
        for p in s.scalars(select(Payment)):
            assert allocation.payments_left(s, [p.id])[p.id] >= 0
        account_ids = [1] if s.scalar(select(func.count()).select_from(LedgerEntry)) else []
        credit = sum((allocation.credit(s, k) for k in account_ids), D(0))
        # What was refunded of a payment that then bounced went out and never came in: owed, on no invoice.
        e, p = LedgerEntry.__table__.c, Payment.__table__.c
        refunded_of_reversed = s.scalar(select(func.sum(e.amount)).join_from(LedgerEntry.__table__, Payment.__table__,
                                                                            p.id == e.payment_id)
                                        .where(e.kind == "refund", p.status == "reversed")) or D(0)
        assert open_total - credit + refunded_of_reversed == balance
        rows = aging.aging(s, day + timedelta(days=400))
        # Aging shows what is owed after credit: the credit is netted into the open invoices (one account
        # here) as far as they go; only what is left of it is shown beside them, never negative, and the
        # refunds of reversed payments as owed outside invoices (app/payments/position.py).
        netted = min(credit, open_total)
        assert sum((r.open for r in rows), D(0)) == open_total - netted
        assert sum((r.credit for r in rows), D(0)) == credit - netted
        assert sum((r.outside for r in rows), D(0)) == refunded_of_reversed
        assert sum((r.balance for r in rows), D(0)) == balance
