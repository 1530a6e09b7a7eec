"""An account's position as of a day: the one rule aging (app/payments/aging.py), the account view
(app/payments/statement.py ``show``, ``prorata accounts show``) and the statement follow.

As of a day, only what is dated on or before it counts: documents issued (their ledger entry's date), payments
received, allocations (``allocated_on``), refunds and reversals (their entry's date). Of that, per account:

- open: what is open of each issued invoice (its total less its allocations), over those still open;
- credit: what each payment (received, less what it settles, what was refunded of it and its reversal) and
  each credit note (less what it settles) has left, over those with something left: money of the customer's
  that can still be applied or paid back; never negative;
- owed outside invoices: what the customer owes that sits on no invoice. A payment refunded, then reversed
  (a bounced check, a returned debit: app/payments/reversals.py) leaves its refund owed: the money did go out
  to the customer, the payment never came in. It is shown as such, never as negative credit;
- receivable: the ledger's sum less statements to resellers and payouts, which is open + owed outside
  invoices - credit (by construction: owed outside invoices is what the other two leave of it);
- balance: the ledger's sum (statements and payouts included), as the account's history runs it.

Four grouped queries, whatever the number of accounts (aging sums a whole book with them).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from app.errors import MESSAGES
from app.models import Invoice
from app.models.payments import Allocation, EntryKind, LedgerEntry, PaymentAccount
from app.storage.types import Amount

ZERO = Decimal(0)
# The words for what ``Position.outside`` is, where a person reads it (``prorata accounts show``, ``aging``).
OUTSIDE_WORDS = MESSAGES.setdefault("owed_outside_invoices", "owed outside invoices")
NOT_RECEIVABLE = (EntryKind.STATEMENT.value, EntryKind.PAYOUT.value)
OF_PAYMENT = (EntryKind.PAYMENT.value, EntryKind.REFUND.value, EntryKind.REVERSAL.value)


@dataclass(frozen=True)
class Position:
    """One account's figures as of a day (amounts in its currency)."""

    balance: Decimal = ZERO
    receivable: Decimal = ZERO
    open: Decimal = ZERO
    credit: Decimal = ZERO

    @property
    def outside(self) -> Decimal:
        """Owed outside invoices: receivable = open + outside - credit."""
        return self.receivable - self.open + self.credit


def positions(session: Session, as_of: date, *, account_ids: list[int] | None = None,
              where: tuple = ()) -> dict[int, Position]:
    """account id -> its position as of ``as_of``, for the accounts ``account_ids`` (else all), and only those
    matching ``where`` (conditions on ``PaymentAccount``'s columns); an account with nothing dated by then is
    left out."""
    e, a, acc = LedgerEntry.__table__.c, Allocation.__table__.c, PaymentAccount.__table__.c
    mine = list(where) + ([acc.id.in_(account_ids)] if account_ids is not None else [])

    def of_accounts(q):
        return q.join_from(LedgerEntry.__table__, PaymentAccount.__table__, acc.id == e.account_id) \
            .where(e.entry_date <= as_of, *mine)

    def money(x):
        return type_coerce(x, Amount())

    sums = session.execute(of_accounts(select(
        e.account_id, money(func.sum(e.amount)),
        money(func.sum(case((e.kind.in_(NOT_RECEIVABLE), literal(0)), else_=e.amount)))))
        .group_by(e.account_id)).all()
    # Open: each invoice's total less its allocations made by then.
    settled = (select(a.invoice_id, func.sum(a.amount).label("amount")).where(a.allocated_on <= as_of)
               .group_by(a.invoice_id).subquery())
    left = e.amount - func.coalesce(settled.c.amount, 0)
    opens = dict(session.execute(of_accounts(select(e.account_id, money(func.sum(left))))
                                 .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
                                 .where(e.kind == EntryKind.INVOICE.value, left > 0)
                                 .group_by(e.account_id)).all())
    credits = credit_by_account(as_of, account_ids, where)
    credit = dict(session.execute(select(credits.c.account_id, credits.c.credit)).all())
    return {k: Position(balance or ZERO, receivable or ZERO, opens.get(k) or ZERO, credit.get(k) or ZERO)
            for k, balance, receivable in sums}


def credit_by_account(as_of: date | None, account_ids=None, where: tuple = ()):
    """A subquery (``account_id``, ``credit``): each account's credit as of ``as_of`` (None: whatever its date),
    what each payment and each credit note has left by then, summed over those with something left (a payment
    reversed after a refund has less than nothing left: that is owed outside invoices, not less credit).
    ``account_ids``: those accounts only (a list, or a SQL expression of ids); ``where``: conditions on
    ``PaymentAccount``'s columns. For the console's list too, which sorts by it in the database."""
    from sqlalchemy import union_all

    e, a, acc = LedgerEntry.__table__.c, Allocation.__table__.c, PaymentAccount.__table__.c
    dated_e = [e.entry_date <= as_of] if as_of is not None else []
    dated_a = [a.allocated_on <= as_of] if as_of is not None else []
    mine = list(where) + ([acc.id.in_(account_ids)] if account_ids is not None else [])

    def of_accounts(q):
        return q.join_from(LedgerEntry.__table__, PaymentAccount.__table__, acc.id == e.account_id) \
            .where(*dated_e, *mine)

    by_payment = (select(a.payment_id, func.sum(a.amount).label("amount"))
                  .where(a.payment_id.is_not(None), *dated_a).group_by(a.payment_id).subquery())
    pays = (of_accounts(select(e.account_id.label("account_id"), e.payment_id.label("payment_id"),
                               (-func.sum(e.amount)).label("net")))
            .where(e.payment_id.is_not(None), e.kind.in_(OF_PAYMENT))
            .group_by(e.account_id, e.payment_id).subquery())
    pay_left = pays.c.net - func.coalesce(by_payment.c.amount, 0)
    by_note = (select(a.credit_note_id, func.sum(a.amount).label("amount"))
               .where(a.credit_note_id.is_not(None), *dated_a).group_by(a.credit_note_id).subquery())
    note_left = -e.amount - func.coalesce(by_note.c.amount, 0)
    lefts = union_all(
        select(pays.c.account_id, pay_left.label("left"))
        .join_from(pays, by_payment, by_payment.c.payment_id == pays.c.payment_id, isouter=True)
        .where(pay_left > 0),
        of_accounts(select(e.account_id.label("account_id"), note_left.label("left")))
        .join(by_note, by_note.c.credit_note_id == e.document_id, isouter=True)
        .where(e.kind == EntryKind.CREDIT_NOTE.value, note_left > 0)).subquery("lefts")
    return (select(lefts.c.account_id, type_coerce(func.sum(lefts.c.left), Amount()).label("credit"))
            .group_by(lefts.c.account_id).subquery("credits"))


def position(session: Session, account_id: int, as_of: date) -> Position:
    """The position of one account as of ``as_of`` (zeros if nothing is dated by then)."""
    return positions(session, as_of, account_ids=[account_id]).get(account_id, Position())


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice open as of a day: issued by then, its total less what was allocated to it by then."""

    id: int
    number: str
    issue_date: date
    due_date: date | None  # as posted (``terms.due_on`` gives the one to show)
    total: Decimal
    open: Decimal


def open_invoices(session: Session, account_id: int, as_of: date) -> list[OpenInvoice]:
    """The account's invoices open as of ``as_of`` (the rule ``positions`` sums), oldest first."""
    e, a, i = LedgerEntry.__table__.c, Allocation.__table__.c, Invoice.__table__.c
    settled = (select(a.invoice_id, func.sum(a.amount).label("amount"))
               .where(a.allocated_on <= as_of, a.account_id == account_id).group_by(a.invoice_id).subquery())
    left = type_coerce(e.amount - func.coalesce(settled.c.amount, 0), Amount())
    rows = session.execute(
        select(e.document_id, i.number, e.entry_date, e.due_date, type_coerce(e.amount, Amount()), left)
        .join_from(LedgerEntry.__table__, Invoice.__table__, i.id == e.document_id)
        .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
        .where(e.account_id == account_id, e.kind == EntryKind.INVOICE.value, e.entry_date <= as_of, left > 0)
        .order_by(e.entry_date, e.document_id)).all()
    return [OpenInvoice(*r) for r in rows]
