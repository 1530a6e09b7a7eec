"""A payment returned (``reversals.reverse``) on a day before a credit note moved its money on
(``allocation.take_back``): as of every day, the payment settles nothing from the return's day on, and nothing
is undone before it was allocated. Aging as of the days between shows the figures of that history. The credit
note's sentence names each invoice once, with what all its sources paid of it. SQLite and PostgreSQL; every
figure by hand.

The world of tests/test_booking_collectors.py, both invoices collected by the hoster (margin mode): bc's
Feb 1 invoice FEB and Mar 1 invoice MAR, 7.26 each, due 14 days after issue (Feb 15, Mar 15). bc pays FEB with
two transfers on Feb 10: P1 3.00 and P2 4.26. FEB is credited on Mar 10: the 7.26 that paid it is freed and
goes at once to MAR (P1 3.00, P2 4.26). Then P2 comes back, the bank dating the return Feb 20.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import Invoice
from app.payments import aging, allocation, ledger, payments, reversals
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.test_booking_collectors import MARGIN, _scene

D = Decimal
FEB10, FEB20, MAR5, MAR10 = date(2026, 2, 10), date(2026, 2, 20), date(2026, 3, 5), date(2026, 3, 10)


def _world(db) -> tuple[str, str]:
    feb, mar, _ = _scene(db, MARGIN, MARGIN)
    with unit_of_work(db) as s:
        p1 = payments.record(s, "bc", "3.00", "EUR", "bank_transfer", FEB10, "P1", allocate_to=[f"acme:{feb}"])
        p2 = payments.record(s, "bc", "4.26", "EUR", "bank_transfer", FEB10, "P2", allocate_to=[f"acme:{feb}"])
        ids = p1.payment.id, p2.payment.id
        feb_id = s.scalars(select(Invoice.id).where(Invoice.number == feb, Invoice.company_id.is_not(None))).one()
    with unit_of_work(db) as s:
        note = invoices.credit(s, feb_id, MAR10)
        freed = ledger.freed_credit(s, note.id)
        # Two sources, one invoice: said once, 3.00 + 4.26 = 7.26.
        assert freed.note().message() == (f"7.26 EUR paid on {feb} became credit and was applied at once to the "
                                          f"oldest open invoices: {mar} 7.26")
    with unit_of_work(db) as s:
        back = reversals.reverse(s, ids[1], FEB20, "debit returned AC04")
        # Today: MAR loses P2's 4.26; FEB, credited, settles as much as before (only its history changes).
        assert [(a.invoice, a.amount) for a in back.allocations] == [(mar, D("-4.26"))]
    return feb, mar


def _aging(db, as_of: date) -> tuple[dict[str, Decimal], Decimal, Decimal]:
    with unit_of_work(db) as s:
        (row,) = aging.aging(s, as_of, customer="bc")
        return {k: v for k, v in row.buckets.items() if v}, row.credit, row.balance


def _opens(db, as_of: date) -> dict[str, Decimal]:
    """invoice -> open as of ``as_of``: its total less its allocations dated up to then."""
    with unit_of_work(db) as s:
        out = {}
        for inv in s.scalars(select(Invoice).where(Invoice.kind == "invoice", Invoice.company_id.is_not(None),
                                                   Invoice.issue_date <= as_of)):
            rows = s.scalars(select(allocation.Allocation.amount).where(
                allocation.Allocation.invoice_id == inv.id, allocation.Allocation.allocated_on <= as_of)).all()
            out[inv.number] = inv.total - sum(rows, D(0))
        return out


def test_a_return_dated_before_the_credit_note_ages_as_it_happened(db):
    feb, mar = _world(db)
    # Mar 5, between the return and the credit note: FEB has only P1's 3.00 (7.26 - 3.00 = 4.26 open, 18 days
    # late); MAR nothing yet (7.26, due Mar 15). Owed: 7.26 + 7.26 - 3.00 - 4.26 + 4.26 returned = 11.52, no credit.
    assert _opens(db, MAR5) == {feb: D("4.26"), mar: D("7.26")}
    assert _aging(db, MAR5) == ({"1-30": D("4.26"), "current": D("7.26")}, D("0"), D("11.52"))
    # Feb 20, the return's day, before MAR was issued: FEB 4.26 open (5 days late), MAR not yet there.
    assert _opens(db, FEB20) == {feb: D("4.26")}
    assert _aging(db, FEB20) == ({"1-30": D("4.26")}, D("0"), D("4.26"))
    # Mar 10 and today: FEB credited (0 open), MAR keeps P1's 3.00: 4.26 open. 11.52 - 7.26 credit note = 4.26.
    assert _opens(db, MAR10) == {feb: D("0"), mar: D("4.26")}
    assert _aging(db, MAR10) == ({"current": D("4.26")}, D("0"), D("4.26"))
    with unit_of_work(db) as s:
        got = {i.number: (i.status, allocation.open_amount(s, i)) for i in s.scalars(
            select(Invoice).where(Invoice.kind == "invoice", Invoice.company_id.is_not(None)))}
    assert got == {feb: ("void", D("0")), mar: ("partially_paid", D("4.26"))}
    # Nothing undone before it was made, nor allocated before its invoice was issued.
    with unit_of_work(db) as s:
        a, i = allocation.Allocation, Invoice
        rows = s.execute(select(a.id, a.allocated_on, a.takes_back_id, i.issue_date)
                         .join(i, i.id == a.invoice_id)).all()
        on = {r.id: r.allocated_on for r in rows}
    assert [r.id for r in rows if r.allocated_on < r.issue_date] == []
    assert [r.id for r in rows if r.takes_back_id is not None and r.allocated_on < on[r.takes_back_id]] == []
