"""Aging: what is open of the issued invoices, per issuer and currency, by how long it is overdue.

Buckets: current (not yet due), 1-30, 31-60, 61-90 and over 90 days overdue, counted from each invoice's due
date (fixed when it was posted; one posted without a due date is due on its issue date: app/payments/terms.py
``due_on``, the rule the payment console follows too) to ``as_of``. As of a past day, only what was issued
and allocated by then counts. The buckets show what is owed after credit: an account's credit not yet applied
(a payment kept as credit, say) is netted into its open invoices oldest first, each collector's into the
invoices it collects only, as a collection applies it before it takes anything (app/payments/allocation.py
``due_after_credit``, app/payments/position.py ``after_credit``), so an invoice the credit covers is not shown
overdue, and credit one collector holds stays credit beside another's invoice. Beside the buckets: what is owed
outside invoices (a refund that a later bank return left unpaid: the customer got the money back, then the
payment bounced), the credit beyond what is open, and what is still to pay out to resellers on their statements
(app/payments/payouts.py: statements less payouts, on a reseller's account with the hoster when the hoster
collects; not a receivable, so in no bucket); the buckets plus owed outside invoices, less the credit, less what
is to pay out and plus what resellers owe on their statements (to collect: a statement that nets against the
reseller, not yet paid) is the balance (the ledger's sum). These figures follow the one rule of
app/payments/position.py, as the account view does, so both agree as of every day; credit is never negative. The
work is done by the database, grouped, so a large book is summed without reading every invoice; only the open
invoices of accounts with credit are read one by one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from app.models.payments import Allocation, EntryKind, LedgerEntry, PaymentAccount
from app.money import to_text
from app.payments import accounts, position, terms
from app.storage.types import Amount

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
ZERO = Decimal(0)


@dataclass
class AgingRow:
    issuer: str
    currency: str
    buckets: dict[str, Decimal]
    credit: Decimal
    balance: Decimal
    outside: Decimal = ZERO  # owed outside invoices (app/payments/position.py): a refund a bank return left owed
    to_pay_out: Decimal = ZERO  # statements to resellers less payouts (``position.Position.to_pay_out``), of the
    # accounts where that is above zero
    to_collect: Decimal = ZERO  # what resellers owe on their statements (``position.Position.to_collect``)

    @property
    def open(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    def as_json(self) -> dict:
        cur = self.currency
        return {"issuer": self.issuer, "currency": cur,
                "buckets": {k: to_text(v, cur) for k, v in self.buckets.items()},
                "open": to_text(self.open, cur), "owed_outside_invoices": to_text(self.outside, cur),
                "credit": to_text(self.credit, cur), "to_pay_out": to_text(self.to_pay_out, cur),
                "to_collect": to_text(self.to_collect, cur),
                "balance": to_text(self.balance, cur)}


def bucket_of(due: date | None, as_of: date, issued: date | None = None) -> str:
    """The bucket of an invoice due on ``due``, on ``as_of`` (the rule the SQL below follows); one without a due
    date is due on its issue date ``issued`` (``terms.due_on``)."""
    late = terms.days_late(due, issued, as_of)
    if late <= 0:
        return "current"
    return "1-30" if late <= 30 else "31-60" if late <= 60 else "61-90" if late <= 90 else "90+"


def aging(session: Session, as_of: date, *, issuer: str | None = None, currency: str | None = None,
          customer: str | None = None) -> list[AgingRow]:
    """One row per issuer and currency that has anything open, owed outside invoices, in credit or to pay out,
    or a balance, by issuer then currency."""
    e, a, acc = LedgerEntry.__table__.c, Allocation.__table__.c, PaymentAccount.__table__.c
    where = []
    if issuer is not None:
        where.append(acc.issuer_key == accounts.issuer_key_of(session, issuer))
    if currency is not None:
        where.append(acc.currency == currency)
    if customer is not None:
        where.append(acc.customer_key == accounts.find_customer(session, customer).key)
    settled = (select(a.invoice_id, func.sum(a.amount).label("settled")).where(a.allocated_on <= as_of)
               .group_by(a.invoice_id).subquery())
    open_ = type_coerce(e.amount - func.coalesce(settled.c.settled, 0), Amount())
    d, due = as_of, terms.due_column(e)
    bucket = case((due >= d, literal("current")),
                  (due >= d - timedelta(days=30), literal("1-30")),
                  (due >= d - timedelta(days=60), literal("31-60")),
                  (due >= d - timedelta(days=90), literal("61-90")),
                  else_=literal("90+")).label("bucket")
    rows = session.execute(
        select(acc.issuer_key, acc.currency, bucket, type_coerce(func.sum(open_), Amount()))
        .join_from(LedgerEntry.__table__, PaymentAccount.__table__, acc.id == e.account_id)
        .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
        .where(e.kind == EntryKind.INVOICE.value, e.entry_date <= as_of, open_ > 0, *where)
        .group_by(acc.issuer_key, acc.currency, bucket)).all()
    # The one rule of an account's figures as of a day (app/payments/position.py), the account view's too.
    figures = position.positions(session, as_of, where=tuple(where))
    keys = {r.id: (r.issuer_key, r.currency)
            for r in session.execute(select(acc.id, acc.issuer_key, acc.currency).where(*where))}
    out: dict[tuple[str, str], AgingRow] = {}
    names = accounts.issuer_names(session)

    def row(key: str, cur: str) -> AgingRow:
        return out.setdefault((key, cur), AgingRow(names(key), cur, {b: ZERO for b in BUCKETS}, ZERO, ZERO))
    for key, cur, name, amount in rows:
        row(key, cur).buckets[name] += amount
    # Credit netted into the open invoices of its account, oldest first, each collector's into the invoices it
    # collects only (``position.after_credit``, the rule of ``due_after_credit``): only accounts with credit are
    # read.
    taken_of: dict[int, Decimal] = {}
    for account_id in sorted(k for k, f in figures.items() if f.credit > 0 and f.open > 0):
        opens = position.open_invoices(session, account_id, as_of)
        still = position.after_credit(session, account_id, as_of, opens)
        for inv in opens:
            taken = inv.open - still[inv.id]
            row(*keys[account_id]).buckets[bucket_of(inv.due_date, as_of, inv.issue_date)] -= taken
            taken_of[account_id] = taken_of.get(account_id, ZERO) + taken
    for account_id, f in figures.items():
        r = row(*keys[account_id])
        r.balance += f.balance
        r.outside += f.outside
        r.credit += f.credit - taken_of.get(account_id, ZERO)  # what the open invoices did not take
        r.to_pay_out += max(f.to_pay_out, ZERO)
        r.to_collect += f.to_collect
    return [r for _, r in sorted(out.items())
            if r.open or r.credit or r.outside or r.to_pay_out or r.to_collect or r.balance]
