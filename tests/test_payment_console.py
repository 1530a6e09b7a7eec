"""The payment console's queries and writes (app/payments/console.py) on SQLite and PostgreSQL.

The world: the hoster bills d1 (EUR, signup Jan 31) 20.00 + 20 % = 24.00 a month and j1 (JPY, signup Feb 1)
2,500 + 20 % = 3,000 a month. A run as of 2026-03-15 issues, in order: #1 INV-2026-00001 d1 Jan 31 24.00
(due Feb 14), #2 INV-2026-00002 j1 Feb 1 3000 (due Feb 15), #3 INV-2026-00003 d1 Feb 28 24.00 (due Mar 14),
#4 INV-2026-00004 j1 Mar 1 3000 (due Mar 15).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Invoice
from app.models.payments import Allocation, LedgerEntry, Payment
from app.payments import allocation, console, payments
from app.payments.console import AccountFilters
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
APR1 = date(2026, 4, 1)
INV1, INV3 = 1, 3  # d1's invoices


@pytest.fixture
def world(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    add_company(db, w, "j1", currency="JPY", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    with unit_of_work(db) as s:
        accounts = {r.customer: r.id for r in console.account_page(s, AccountFilters(as_of=APR1))}
    return accounts


def page(db, **kw) -> list[tuple]:
    with unit_of_work(db) as s:
        return [(r.customer, r.currency, r.balance, r.credit, r.overdue)
                for r in console.account_page(s, AccountFilters(as_of=APR1, **kw))]


def refused(db, work) -> list:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    return exc.value.problems


def written(db) -> tuple[int, int, int]:
    with unit_of_work(db) as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (Payment, LedgerEntry, Allocation))


def pay_by_hand(db, world):
    # 30.00 on Mar 20: 10.00 to INV1, 5.00 to INV3, 15.00 left as credit.
    with unit_of_work(db) as s:
        return console.record_payment(s, world["d1"], "bank_transfer", D("30.00"), date(2026, 3, 20), "TX-1",
                                      by_hand=[(INV1, D("10.00")), (INV3, D("5.00"))]).as_json()


def test_accounts_list_figures_filters_sorting_and_paging(db, world):
    # Nothing paid: d1 owes 48.00, j1 6000; as of Apr 1 every invoice is past due.
    assert page(db) == [("d1", "EUR", D("48.00"), D("0"), D("48.00")), ("j1", "JPY", D("6000"), D("0"), D("6000"))]
    pay_by_hand(db, world)
    # d1: balance 48 - 30 = 18.00; open 14.00 + 19.00 = 33.00, all overdue; credit 33 - 18 = 15.00. Overdue is
    # what is owed after the credit (as aging nets it, oldest first): 15.00 settles INV1's 14.00 and 1.00 of
    # INV3's 19.00, so 18.00 is overdue (tests/test_console_overdue_after_credit.py has more).
    assert page(db)[0] == ("d1", "EUR", D("18.00"), D("15.00"), D("18.00"))
    # As of Mar 10 INV3 (due Mar 14) is not overdue yet: only INV1's 14.00, which the credit of 15.00 covers.
    with unit_of_work(db) as s:
        (row,) = console.account_page(s, AccountFilters(as_of=date(2026, 3, 10), currency="EUR"))
        assert row.overdue == D("0.00")
    assert [r[0] for r in page(db, currency="JPY")] == ["j1"]
    assert [r[0] for r in page(db, text="D1")] == ["d1"]
    assert [r[0] for r in page(db, text="%")] == []  # a literal percent sign, not a wildcard
    assert [r[0] for r in page(db, issuer="hoster")] == ["d1", "j1"]
    assert page(db, issuer="acme") == []
    assert [r[0] for r in page(db, sort="credit", descending=True)] == ["d1", "j1"]
    assert [r[0] for r in page(db, sort="balance", descending=True)] == ["j1", "d1"]
    assert [r[0] for r in page(db, sort="customer", descending=True)] == ["j1", "d1"]
    assert [r[0] for r in page(db, limit=1, offset=1)] == ["j1"]
    with unit_of_work(db) as s:
        assert console.count_accounts(s, AccountFilters()) == 2
        assert console.count_accounts(s, AccountFilters(currency="EUR")) == 1
        assert console.currencies_in_use(s) == ["EUR", "JPY"]
    assert refused(db, lambda s: console.account_page(s, AccountFilters(sort="nonsense")))[0].id == "bad_sort"


def test_account_view_ledger_open_invoices_and_payments(db, world):
    pay_by_hand(db, world)
    with unit_of_work(db) as s:
        v = console.account_view(s, world["d1"], APR1)
        assert [(ln.kind, ln.amount, ln.balance, ln.document or ln.reference) for ln in v.lines] == [
            ("invoice", D("24.00"), D("24.00"), "INV-2026-00001"),
            ("invoice", D("24.00"), D("48.00"), "INV-2026-00003"), ("payment", D("-30.00"), D("18.00"), "TX-1")]
        assert [(o.number, o.due_date, o.open, o.status) for o in v.open_invoices] == [
            ("INV-2026-00001", date(2026, 2, 14), D("14.00"), "partially_paid"),
            ("INV-2026-00003", date(2026, 3, 14), D("19.00"), "partially_paid")]
        (p,) = v.payments.values()
        assert (p.amount, p.credit, p.refunded, p.status) == (D("30.00"), D("15.00"), D("0"), "received")
        assert (v.row.balance, v.credit, v.checks_on, v.checks_whose) == (D("18.00"), D("15.00"), True, "hoster")
        ip = console.invoice_payments(s, INV1)
        assert (ip.open, ip.payable, ip.account_id) == (D("14.00"), True, world["d1"])
        assert [(ln.source, ln.payment_id, ln.method, ln.reference, ln.amount) for ln in ip.lines] == [
            ("payment", 1, "bank_transfer", "TX-1", D("10.00"))]


def test_payment_by_hand_refusals_write_nothing(db, world):
    before = written(db)
    # 10.00 + 25.00 = 35.00 allocated of a 30.00 payment.
    problems = refused(db, lambda s: console.record_payment(
        s, world["d1"], "cash", D("30.00"), date(2026, 3, 20), "R1", by_hand=[(INV1, D("10.00")), (INV3, D("25.00"))]))
    assert [(p.id, p.where) for p in problems] == [("allocations_above_payment", "allocations")]
    # 25.00 on INV1, which has 24.00 open.
    problems = refused(db, lambda s: console.record_payment(
        s, world["d1"], "cash", D("30.00"), date(2026, 3, 20), "R1", by_hand=[(INV1, D("25.00"))]))
    assert problems[0].id == "over_allocation" and problems[0].params["open"] == "24.00"
    # j1's invoice is not on d1's account.
    assert refused(db, lambda s: console.record_payment(
        s, world["d1"], "cash", D("30.00"), date(2026, 3, 20), "R1", by_hand=[(2, D("1.00"))]))[0].id == "other_account"
    assert written(db) == before
    # An empty hand allocation keeps everything as credit: balance 48 - 30 = 18, credit 30.
    with unit_of_work(db) as s:
        console.record_payment(s, world["d1"], "cash", D("30.00"), date(2026, 3, 20), "R1", by_hand=[])
    assert page(db)[0][2:4] == (D("18.00"), D("30.00"))


def test_apply_credit_by_hand_and_refund_above_credit_at_the_amount(db, world):
    pay_by_hand(db, world)  # 15.00 of credit; INV1 14.00 open, INV3 19.00 open
    with unit_of_work(db) as s:
        assert [p.where for p in refused(db, lambda s: console.apply_credit(
            s, world["d1"], [(INV1, D("14.00")), (INV3, D("1.01"))], APR1))] == ["allocations"]
        done = console.apply_credit(s, world["d1"], [(INV1, D("14.00")), (INV3, D("1.00"))], APR1)
        assert [(a.invoice, a.amount, a.status_after) for a in done] == [
            ("INV-2026-00001", D("14.00"), "paid"), ("INV-2026-00003", D("1.00"), "partially_paid")]
    # Credit 0 now, balance still 18.00 (= INV3's 18.00 open).
    assert page(db)[0][2:5] == (D("18.00"), D("0"), D("18.00"))
    problems = refused(db, lambda s: console.refund(s, 1, D("0.01"), APR1, "RF-1"))
    assert [(p.id, p.where) for p in problems] == [("refund_above_credit", "amount")]
    with unit_of_work(db) as s:
        assert console.invoice_payments(s, INV1).payable is False  # paid
        assert allocation.credit(s, world["d1"]) == 0


def test_reverse_reopens_and_checks_switched_off_are_refused(db, world):
    pay_by_hand(db, world)
    with unit_of_work(db) as s:
        console.reverse(s, 1, APR1, "transfer recalled")
    # Back to 48.00 owed, nothing open paid.
    assert page(db)[0][2:5] == (D("48.00"), D("0"), D("48.00"))
    with unit_of_work(db) as s:
        from app.models import Hoster
        s.get(Hoster, 1).checks = False
    with unit_of_work(db) as s:
        assert console.account_view(s, world["d1"], APR1).checks_on is False
    problems = refused(db, lambda s: console.record_payment(s, world["d1"], "check", D("1.00"), APR1, "CHK 1"))
    assert [(p.id, p.where) for p in problems] == [("checks_off", "--method")]
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 1
        assert payments.find(s, 1).status == "reversed"
        assert s.get(Invoice, INV1).status == "issued"
