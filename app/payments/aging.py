"""Aging: what is open of the issued invoices, per issuer and currency, by how long it is overdue.

Buckets: current (not yet due), 1-30, 31-60, 61-90 and over 90 days overdue, counted from each invoice's due
date (fixed when it was posted: app/payments/terms.py) to ``as_of``. As of a past day, only what was issued
and allocated by then counts. Unapplied credit is shown beside the buckets, not netted into them: the open
amounts less the credit is the receivable balance (the ledger's sum, statements to resellers left out).
The work is done by the database, grouped, so a large book is summed without reading every invoice.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from app.models.payments import Allocation, EntryKind, LedgerEntry, PaymentAccount
from app.money import to_text
from app.payments import accounts
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

    @property
    def open(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    def as_json(self) -> dict:
        cur = self.currency
        return {"issuer": self.issuer, "currency": cur,
                "buckets": {k: to_text(v, cur) for k, v in self.buckets.items()},
                "open": to_text(self.open, cur), "credit": to_text(self.credit, cur),
                "balance": to_text(self.balance, cur)}


def bucket_of(due: date, as_of: date) -> str:
    """The bucket of an invoice due on ``due``, on ``as_of`` (the rule the SQL below follows)."""
    late = (as_of - due).days
    if late <= 0:
        return "current"
    return "1-30" if late <= 30 else "31-60" if late <= 60 else "61-90" if late <= 90 else "90+"


def aging(session: Session, as_of: date, *, issuer: str | None = None, currency: str | None = None,
          customer: str | None = None) -> list[AgingRow]:
    """One row per issuer and currency that has anything open or any credit, by issuer then currency."""
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
    d = as_of
    bucket = case((e.due_date >= d, literal("current")),
                  (e.due_date >= d - timedelta(days=30), literal("1-30")),
                  (e.due_date >= d - timedelta(days=60), literal("31-60")),
                  (e.due_date >= d - timedelta(days=90), literal("61-90")),
                  else_=literal("90+")).label("bucket")
    rows = session.execute(
        select(acc.issuer_key, acc.currency, bucket, type_coerce(func.sum(open_), Amount()))
        .join_from(LedgerEntry.__table__, PaymentAccount.__table__, acc.id == e.account_id)
        .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
        .where(e.kind == EntryKind.INVOICE.value, e.entry_date <= as_of, open_ > 0, *where)
        .group_by(acc.issuer_key, acc.currency, bucket)).all()
    balances = session.execute(
        select(acc.issuer_key, acc.currency, type_coerce(func.sum(e.amount), Amount()))
        .join_from(LedgerEntry.__table__, PaymentAccount.__table__, acc.id == e.account_id)
        .where(e.entry_date <= as_of, e.kind.not_in((EntryKind.STATEMENT.value, EntryKind.PAYOUT.value)), *where)
        .group_by(acc.issuer_key, acc.currency)).all()
    out: dict[tuple[str, str], AgingRow] = {}
    names = accounts.issuer_names(session)

    def row(key: str, cur: str) -> AgingRow:
        return out.setdefault((key, cur), AgingRow(names(key), cur, {b: ZERO for b in BUCKETS}, ZERO, ZERO))
    for key, cur, name, amount in rows:
        row(key, cur).buckets[name] += amount
    for key, cur, amount in balances:
        row(key, cur).balance = amount
    for r in out.values():
        r.credit = r.open - r.balance
    return [r for _, r in sorted(out.items()) if r.open or r.credit or r.balance]
