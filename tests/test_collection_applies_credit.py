"""A collection takes only what the account owes once its credit is applied (app/payments/collection.py,
app/payments/allocation.py ``due_after_credit``), SQLite and PostgreSQL.

The world of tests/test_payment_collection.py: the hoster bills d1, d2 and d3 for archiving, 20.00 EUR + 20 %
= 24.00 a month; d1 gets INV-2026-00001 and -00002, d2 -00003 and -00004, d3 -00005 and -00006. d1 has a saved
Visa card with the test gateway, d2 a SEPA mandate, d3 nothing.

The trap: the customer's credit (a payment kept as credit, not allocated) must be taken off its invoices
before they are collected, not collected in full (the customer would pay twice). (What paid an invoice that is
then credited is applied at once to the account's other open invoices: tests/test_credit_note_frees_credit.py;
so here the credit is a payment kept as credit, and the invoice credited was not paid.)
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import AuditEntry, Invoice
from app.models.payments import Allocation, PaymentAccount
from app.payments import aging, allocation, charges, collection, collection_console, ledger, payments
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.test_payment_collection import N, statuses, world  # noqa: F401 (fixture)
from tests.test_bank_files import us_world  # noqa: F401 (fixture)
from tests.test_payment_processors import _fresh_gateway, ring  # noqa: F401 (fixtures)

D = Decimal
COLLECT = date(2099, 3, 25)


def credit_kept_then_credit(db, customer: str, amount: str, invoice: str) -> None:
    """``amount`` paid in cash on Mar 16 kept as credit (not allocated), then ``invoice`` (unpaid) credited in
    full on Mar 17: the account has ``amount`` of credit and its other invoice open."""
    with unit_of_work(db) as s:
        payments.record(s, customer, amount, "EUR", "cash", date(2026, 3, 16), "receipt", auto_allocate=False)
    with unit_of_work(db) as s:
        invoices.credit(s, invoice, date(2026, 3, 17))


def account_figures(db, customer: str) -> tuple[Decimal, Decimal]:
    """(balance, credit) of the customer's EUR account with the hoster."""
    with unit_of_work(db) as s:
        (acc,) = s.scalars(select(PaymentAccount).where(PaymentAccount.customer_key == customer,
                                                        PaymentAccount.currency == "EUR"))
        return ledger.balance(s, acc.id), allocation.credit(s, acc.id)


def key_of(db, code: str) -> str:
    from app.payments import accounts

    with unit_of_work(db) as s:
        return accounts.find_customer(s, code).key


def instd_amounts(path) -> list[str]:
    return re.findall(r'<InstdAmt Ccy="EUR">([0-9.]+)</InstdAmt>', open(path, encoding="utf-8").read())


def aging_of(db, customer: str, as_of: date) -> aging.AgingRow | None:
    """The customer's aging row (None: nothing open, no credit, no balance)."""
    with unit_of_work(db) as s:
        rows = aging.aging(s, as_of, customer=customer)
        assert len(rows) <= 1
        return rows[0] if rows else None


def test_sepa_debits_only_what_is_left_after_the_credit(db, world, tmp_path):
    # d2: 10.00 kept as credit, then N[2] (24.00) credited in full.
    credit_kept_then_credit(db, "d2", "10.00", N[2])
    d2 = key_of(db, "d2")
    # Balance: invoices 24.00 + 24.00, credit note -24.00, payment -10.00 = 14.00; credit 10.00.
    assert account_figures(db, d2) == (D("14.00"), D("10.00"))
    # Aging before the collection: N[3] open 24.00 less the credit 10.00 = 14.00 owed; no credit beside it.
    before = aging_of(db, "d2", date(2026, 3, 20))
    assert (before.open, before.credit, before.balance) == (D("14.00"), D("0.00"), D("14.00"))
    # The console's preview counts what the run takes: 14.00 of d2's (d1's card: 24.00 + 24.00 = 48.00).
    preview = collection_console.preview(db, date(2026, 3, 15))
    assert preview.amounts["EUR"] == D("14.00") + D("48.00")
    report = collection.collect_issued(db, invoice_ids=_ids(db, N[3]), day=date(2026, 3, 20),
                                       collection_date=COLLECT, out_dir=tmp_path)
    assert [(x.invoice, x.method, x.amount, x.status) for x in report.collected] == [
        (N[3], "sepa", D("14.00"), "submitted")]  # 24.00 - 10.00
    (path,) = report.files
    assert instd_amounts(path) == ["14.00"]
    # The credit is applied to N[3] as an allocation (recorded and audited), the debit pays the rest.
    with unit_of_work(db) as s:
        inv = invoices.find(s, N[3])
        rows = s.execute(select(Allocation.payment_id.is_not(None), Allocation.amount)
                         .where(Allocation.invoice_id == inv.id).order_by(Allocation.id)).all()
        assert [r[1] for r in rows] == [D("10.00"), D("14.00")]
        why = [e.after.get("by") for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "invoice",
                                                                              AuditEntry.entity_id == str(inv.id)))]
        assert "credit applied before collection" in why
    assert statuses(db)[N[3]] == "paid"
    # Nothing owed and nothing left as credit: 14.00 - 14.00 = 0.00.
    assert account_figures(db, d2) == (D("0.00"), D("0.00"))
    assert aging_of(db, "d2", COLLECT) is None  # nothing open, no credit, balance 0.00


def test_credit_that_covers_the_invoice_is_applied_and_nothing_is_debited(db, world, tmp_path):
    # d2: 24.00 kept as credit, N[2] credited: the credit 24.00 covers N[3] (24.00) exactly.
    credit_kept_then_credit(db, "d2", "24.00", N[2])
    # Aging before, months after N[3] was due: its 24.00 less the credit 24.00 = nothing owed, nothing overdue.
    assert aging_of(db, "d2", date(2026, 9, 30)) is None
    report = collection.collect_issued(db, invoice_ids=_ids(db, N[3]), day=date(2026, 3, 20),
                                       collection_date=COLLECT, out_dir=tmp_path)
    assert (report.collected, report.follow_up, report.files) == ([], [], [])
    assert [(x.invoice, x.method, x.amount, x.status) for x in report.settled_by_credit] == [
        (N[3], "credit", D("24.00"), "settled")]
    assert statuses(db)[N[3]] == "paid"
    assert account_figures(db, key_of(db, "d2")) == (D("0.00"), D("0.00"))


def test_card_charges_only_what_is_left_after_the_credit(db, world, tmp_path):
    # d1: 5.50 kept as credit, N[0] (24.00) credited: credit 5.50; N[1] 24.00 open.
    credit_kept_then_credit(db, "d1", "5.50", N[0])
    d1 = key_of(db, "d1")
    # Balance: 24.00 + 24.00 - 24.00 - 5.50 = 18.50.
    assert account_figures(db, d1) == (D("18.50"), D("5.50"))
    outcome = charges.charge(db, N[1], day=date(2026, 3, 20))
    assert (outcome.status, outcome.amount) == ("succeeded", D("18.50"))  # 24.00 - 5.50
    assert statuses(db)[N[1]] == "paid"
    assert account_figures(db, d1) == (D("0.00"), D("0.00"))


def test_collection_by_card_after_credit_and_aging(db, world, tmp_path):
    # d1: 24.00 kept as credit, N[0] credited, then 3.00 more in cash kept as credit.
    credit_kept_then_credit(db, "d1", "24.00", N[0])
    with unit_of_work(db) as s:
        payments.record(s, "d1", "3.00", "EUR", "cash", date(2026, 3, 18), "receipt 2", auto_allocate=False)
    # Credit 24.00 + 3.00 = 27.00 against N[1] 24.00: N[1] settled, 3.00 credit left; balance -3.00.
    assert account_figures(db, key_of(db, "d1")) == (D("-3.00"), D("27.00"))
    row = aging_of(db, "d1", date(2026, 6, 30))
    assert (row.open, row.credit, row.balance) == (D("0.00"), D("3.00"), D("-3.00"))
    report = collection.collect_issued(db, as_of=date(2026, 3, 15), day=date(2026, 3, 20),
                                       collection_date=COLLECT, out_dir=tmp_path)
    # d1 pays nothing by card; d2's two invoices are debited in full (no credit): 24.00 each.
    assert [(x.invoice, x.method, x.amount) for x in report.collected] == [
        (N[2], "sepa", D("24.00")), (N[3], "sepa", D("24.00"))]
    assert [(x.invoice, x.amount) for x in report.settled_by_credit] == [(N[1], D("24.00"))]
    (path,) = report.files
    assert instd_amounts(path) == ["24.00", "24.00"]
    assert account_figures(db, key_of(db, "d1")) == (D("-3.00"), D("3.00"))


def _ids(db, *numbers) -> list[int]:
    with unit_of_work(db) as s:
        return list(s.scalars(select(Invoice.id).where(Invoice.number.in_(numbers)).order_by(Invoice.id)))


def test_ach_debits_only_what_is_left_after_the_credit(db, us_world):  # noqa: F811
    from app.payments.ach import run as ach_run

    # u1: 7.25 USD paid on INV-2026-00001 (24.00), which is then credited: credit 7.25 USD.
    with unit_of_work(db) as s:
        payments.record(s, "u1", "7.25", "USD", "cash", date(2026, 3, 16), "receipt",
                        allocate_to=["INV-2026-00001"])
    with unit_of_work(db) as s:
        invoices.credit(s, "INV-2026-00001", date(2026, 3, 17))
    with unit_of_work(db) as s:
        done = ach_run.run(s, "hoster", date(2026, 4, 1), today=date(2026, 3, 20))
    # u1's INV-2026-00002: 24.00 - 7.25 = 16.75; u2's two invoices (no credit): 24.00 each. Oldest first:
    # INV-2026-00003 (Jan 31), then the Feb 28 ones.
    assert [(d["invoice"], d["amount"]) for d in done.debits] == [
        ("INV-2026-00003", "24.00"), ("INV-2026-00002", "16.75"), ("INV-2026-00004", "24.00")]
    assert done.total == D("64.75")  # 24.00 + 16.75 + 24.00
    entries = [line for line in done.text.split("\r\n") if line.startswith("6")]
    assert [line[29:39] for line in entries] == ["0000002400", "0000001675", "0000002400"]  # cents
    with unit_of_work(db) as s:
        (acc,) = s.scalars(select(PaymentAccount).where(PaymentAccount.customer_key == _key(s, "u1")))
        assert (ledger.balance(s, acc.id), allocation.credit(s, acc.id)) == (D("0.00"), D("0.00"))


def _key(session, code: str) -> str:
    from app.payments import accounts

    return accounts.find_customer(session, code).key
